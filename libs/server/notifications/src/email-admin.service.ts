import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  Jobs,
  jobIdFor,
  notFound,
  type CapturedEmailView,
  type EmailMessageView,
  type EmailQuery,
  type Page,
  type PageQuery,
} from '@campus/contracts';
import { CapturedEmail, EmailMessage } from '@campus/server-db';
import { QUEUES, type QueueMap } from '@campus/server-jobs';

/** What admins see of the e-mail pipeline: every message with its state, and the demo sink's mail. */
@Injectable()
export class EmailAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(QUEUES) private readonly queues: QueueMap,
  ) {}

  async listMessages(q: EmailQuery): Promise<Page<EmailMessageView>> {
    const [rows, total] = await this.ds.getRepository(EmailMessage).findAndCount({
      where: q.status ? { status: q.status } : {},
      order: { createdAt: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return { items: rows.map(toMessageView), total, page: q.page, pageSize: q.pageSize };
  }

  /** Puts a failed message back in the queue with a fresh attempt budget. */
  async retry(messageId: string): Promise<EmailMessageView> {
    const repo = this.ds.getRepository(EmailMessage);
    const msg = await repo.findOneBy({ id: messageId });
    if (!msg) throw notFound('E-mail');
    if (msg.status !== 'failed')
      throw new DomainError('CONFLICT', `Only failed e-mails can be retried; this one is ${msg.status}.`);
    if (msg.scrubbedAt)
      throw new DomainError(
        'CONFLICT',
        'This e-mail carried a single-use link, removed after its last attempt. Ask the person to request a new link, or invite them again.',
      );
    await repo.update(
      { id: messageId, status: 'failed' },
      { status: 'queued', attempts: 0, lastError: null },
    );
    const spec = Jobs.sendEmail;
    const queue = this.queues.get(spec.queue)!;
    const jobId = jobIdFor.sendEmail({ messageId });
    const existing = await queue.getJob(jobId);
    // The failed job is kept for inspection; retrying it reuses the stable id instead of adding a twin.
    if (existing && (await existing.isFailed())) await existing.retry();
    else if (!existing) await this.queues.enqueue('sendEmail', { messageId });
    return toMessageView((await repo.findOneBy({ id: messageId }))!);
  }

  async listCaptured(q: PageQuery): Promise<Page<CapturedEmailView>> {
    const [rows, total] = await this.ds.getRepository(CapturedEmail).findAndCount({
      order: { receivedAt: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return { items: rows.map(toCapturedView), total, page: q.page, pageSize: q.pageSize };
  }

  async getCaptured(id: string): Promise<CapturedEmailView> {
    const row = await this.ds.getRepository(CapturedEmail).findOneBy({ id });
    if (!row) throw notFound('Captured e-mail');
    return toCapturedView(row);
  }
}

function toMessageView(m: EmailMessage): EmailMessageView {
  return {
    id: m.id,
    template: m.template,
    locale: m.locale,
    to: m.toAddress,
    subject: m.subject ?? '',
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

function toCapturedView(c: CapturedEmail): CapturedEmailView {
  return {
    id: c.id,
    from: c.fromAddress,
    to: c.toAddresses,
    subject: c.subject,
    text: c.text,
    html: c.html,
    receivedAt: c.receivedAt.toISOString(),
  };
}
