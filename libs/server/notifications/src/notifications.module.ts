import { Module } from '@nestjs/common';
import { EmailAdminService } from './email-admin.service';
import { EmailOutbox } from './email-outbox.service';
import { OutboxService } from './outbox.service';
import { QueueInspector } from './queue-inspector.service';

/**
 * Outbox writers and admin views. The app provides QUEUES (a QueueMap); the worker adds the relay
 * and the sender, which also need a mail transport.
 */
@Module({
  providers: [OutboxService, EmailOutbox, EmailAdminService, QueueInspector],
  exports: [OutboxService, EmailOutbox, EmailAdminService, QueueInspector],
})
export class NotificationsModule {}
