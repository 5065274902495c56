import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '@campus/server-jobs';
import { EmailSender } from '@campus/server-notifications';

/** Thin: `sendEmail` → the sender, which sends a message at most once (so retries are safe). */
@Injectable()
export class EmailProcessor implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly sender: EmailSender,
  ) {}

  onModuleInit(): void {
    this.handlers.register('sendEmail', ({ messageId }) => this.sender.deliver(messageId));
  }
}
