export * from './notifications.module';
export * from './email-outbox.service';
export * from './email-sender.service';
export * from './email-admin.service';
export * from './mailer';
export * from './smtp-sink';
export { renderEmail, type TemplateParams } from './templates';
