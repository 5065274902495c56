import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { EmailTemplate } from '@campus/contracts';
import { hasSecrets, renderEmail, scrubSecrets, type TemplateParams } from './templates';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');
export interface MailSettings {
  from: string;
  maxAttempts: number;
}

/** How long a worker may hold a message in `sending` before another may take it over. */
const CLAIM_SECONDS = 120;

export type DeliveryOutcome = 'sent' | 'skipped';

interface ClaimedMessage {
  id: string;
  template: EmailTemplate;
  locale: string;
  to_address: string;
  params: TemplateParams[EmailTemplate];
  attempts: number;
}

@Injectable()
export class EmailSender {
  private readonly log = new Logger(EmailSender.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  /**
   * Sends one message at most once: the claim (an UPDATE guarded by status) lets exactly one run
   * through; a second job run, or a duplicate job, finds the message sent or claimed and does nothing.
   * Throws on SMTP failure so BullMQ retries with backoff.
   */
  async deliver(messageId: string): Promise<DeliveryOutcome> {
    // UPDATE … RETURNING answers [rows, affectedCount] through TypeORM.
    const [claimed] = await this.ds.query<[ClaimedMessage[], number]>(
      `UPDATE email_messages
          SET status = 'sending', attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
        WHERE id = $1
          AND (status IN ('queued', 'retrying') OR (status = 'sending' AND locked_until < now()))
        RETURNING id, template, locale, to_address, params, attempts`,
      [messageId, CLAIM_SECONDS],
    );
    const msg = claimed[0];
    if (!msg) return 'skipped';

    const rendered = renderEmail(msg.template, msg.locale, msg.params);
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: msg.to_address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        // Stable Message-ID: should a crash ever cause a resend, receivers can tell it is the same mail.
        messageId: `<${msg.id}@campus>`,
      });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const finalStatus = msg.attempts >= this.settings.maxAttempts ? 'failed' : 'retrying';
      // A message that will not be tried again keeps no usable link either.
      await this.ds.query(
        `UPDATE email_messages SET status = $2, last_error = $3, subject = $4, locked_until = NULL${
          finalStatus === 'failed' ? this.scrubSql(msg) : ''
        } WHERE id = $1`,
        [msg.id, finalStatus, error.slice(0, 2000), rendered.subject, ...this.scrubArgs(msg, finalStatus)],
      );
      this.log.warn(
        { messageId: msg.id, attempt: msg.attempts, status: finalStatus, err: error },
        'e-mail not sent',
      );
      throw err;
    }
    // The single-use link leaves the database in the same statement that marks the mail sent.
    await this.ds.query(
      `UPDATE email_messages SET status = 'sent', sent_at = now(), subject = $2, last_error = NULL, locked_until = NULL${this.scrubSql(msg, 3)} WHERE id = $1`,
      [msg.id, rendered.subject, ...this.scrubArgs(msg, 'sent')],
    );
    return 'sent';
  }

  /** `, params = $n, scrubbed_at = now()` for a message whose parameters carry a single-use token. */
  private scrubSql(msg: ClaimedMessage, n = 5): string {
    return hasSecrets(msg.template) ? `, params = $${n}::jsonb, scrubbed_at = now()` : '';
  }

  private scrubArgs(msg: ClaimedMessage, status: 'sent' | 'failed' | 'retrying'): string[] {
    return status !== 'retrying' && hasSecrets(msg.template)
      ? [JSON.stringify(scrubSecrets(msg.template, msg.params))]
      : [];
  }
}
