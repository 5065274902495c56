import { Module } from '@nestjs/common';
import { EmailAdminService } from './email-admin.service';
import { EmailOutbox } from './email-outbox.service';

/**
 * The e-mail outbox and the admin's view of mail. Needs the app's JobsModule (QUEUES and the
 * outbox writer); the worker adds the sender, which also needs a mail transport.
 */
@Module({
  providers: [EmailOutbox, EmailAdminService],
  exports: [EmailOutbox, EmailAdminService],
})
export class NotificationsModule {}
