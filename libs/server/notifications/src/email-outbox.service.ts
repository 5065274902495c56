import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailTemplate } from '@campus/contracts';
import { EmailMessage } from '@campus/server-db';
import { OutboxService } from '@campus/server-jobs';
import type { TemplateParams } from './templates';

export interface OutgoingEmail<T extends EmailTemplate> {
  template: T;
  to: string;
  locale: string;
  userId?: string | null;
  params: TemplateParams[T];
}

/** Queues an e-mail as part of the caller's transaction (the e-mail row plus its outbox row). */
@Injectable()
export class EmailOutbox {
  constructor(private readonly outbox: OutboxService) {}

  async queue<T extends EmailTemplate>(manager: EntityManager, mail: OutgoingEmail<T>): Promise<string> {
    const result = await manager.insert(EmailMessage, {
      template: mail.template,
      locale: mail.locale,
      toAddress: mail.to,
      userId: mail.userId ?? null,
      params: mail.params as never, // jsonb; see TemplateParams for its shape
      status: 'queued',
    });
    const messageId = result.identifiers[0]['id'] as string;
    await this.outbox.add(manager, 'sendEmail', { messageId });
    return messageId;
  }
}
