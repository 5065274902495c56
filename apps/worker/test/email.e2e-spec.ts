import { Queue } from 'bullmq';
import { EmailMessage } from '@campus/server-db';
import { bullConnection, OutboxService, QUEUES, type QueueMap } from '@campus/server-jobs';
import { EmailOutbox, EmailSender } from '@campus/server-notifications';
import { SmtpCapture, uniqueEmail } from '@campus/server-testing';
import { startWorker, waitUntil, type TestWorker } from './support';

const outbox = new EmailOutbox(new OutboxService());

async function queueInvitation(w: TestWorker, to: string): Promise<string> {
  return w.ds.transaction((m) =>
    outbox.queue(m, {
      template: 'invitation',
      to,
      locale: 'en',
      params: {
        organisationName: 'Scuola Demo',
        inviterName: 'Giulia',
        role: 'learner',
        link: 'http://campus.test/accept-invitation?token=abc',
        expiresInDays: 14,
      },
    }),
  );
}

const status = (w: TestWorker, id: string) => w.ds.getRepository(EmailMessage).findOneByOrFail({ id });

describe('e-mail pipeline: outbox → BullMQ → SMTP', () => {
  describe('with the SMTP server up', () => {
    const smtp = new SmtpCapture();
    let w: TestWorker;
    beforeAll(async () => {
      await smtp.listen();
      w = await startWorker({ SMTP_URL: smtp.url });
    });
    afterAll(async () => {
      await w.close();
      await smtp.close();
    });

    it('delivers a committed outbox message once, rendered in English, with a stable Message-ID', async () => {
      const to = uniqueEmail('delivered');
      const id = await queueInvitation(w, to);
      const mail = await smtp.waitFor(to);
      expect(mail.subject).toBe('You are invited to join Scuola Demo on Campus');
      expect(mail.text).toContain('http://campus.test/accept-invitation?token=abc');
      expect(mail.messageId).toBe(`<${id}@campus>`);
      const row = await waitUntil('sent status', async () =>
        (await status(w, id)).status === 'sent' ? status(w, id) : null,
      );
      expect(row).toMatchObject({ attempts: 1, lastError: null, subject: mail.subject });
      expect(row.sentAt).toBeInstanceOf(Date);
    });

    it('sends nothing for a change that rolled back', async () => {
      const to = uniqueEmail('rolled-back');
      await expect(
        w.ds.transaction(async (m) => {
          await outbox.queue(m, {
            template: 'password-changed',
            to,
            locale: 'en',
            params: { name: 'Rollo' },
          });
          throw new Error('the domain change failed');
        }),
      ).rejects.toThrow('the domain change failed');
      const control = uniqueEmail('control');
      await queueInvitation(w, control);
      await smtp.waitFor(control);
      expect(smtp.mailsTo(to)).toHaveLength(0);
      expect(await w.ds.getRepository(EmailMessage).countBy({ toAddress: to })).toBe(0);
    });

    it('sends one mail when the same message is processed twice, in sequence or in parallel', async () => {
      const to = uniqueEmail('twice');
      const id = await queueInvitation(w, to);
      await smtp.waitFor(to);
      // A second job for the same message (e.g. re-enqueued by the reconciler after a lost ack).
      const queue = w.ctx.get<symbol, QueueMap>(QUEUES).get('email')!;
      const again = await queue.add('send-email', { messageId: id }, { jobId: `email-${id}-again` });
      await waitUntil('second job done', async () => (await again.isCompleted()) || null);
      expect((await queue.getJob(again.id!))!.returnvalue).toBe('skipped');

      const sender = w.ctx.get(EmailSender);
      const parallelTo = uniqueEmail('parallel');
      const parallelId = await w.ds.transaction(async (m) => {
        const [{ id: msgId }] = await m.query(
          `INSERT INTO email_messages (template, locale, to_address, params) VALUES ('password-changed', 'en', $1, '{"name":"Pat"}') RETURNING id`,
          [parallelTo],
        );
        return msgId as string;
      });
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => sender.deliver(parallelId)));
      expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.mailsTo(to)).toHaveLength(1);
      expect(smtp.mailsTo(parallelTo)).toHaveLength(1);
    });

    it('merges a resent outbox row with the job already queued (stable job id)', async () => {
      const queue = w.ctx.get<symbol, QueueMap>(QUEUES).get('email')!;
      const to = uniqueEmail('merged');
      const id = await queueInvitation(w, to);
      await smtp.waitFor(to);
      const first = await queue.getJob(`email-${id}`);
      expect(first).toBeDefined();
      // The relay crashed after adding but before marking the row sent: it adds again on the next pass.
      await w.ds.query(`UPDATE outbox_events SET status = 'pending' WHERE job_id = $1`, [`email-${id}`]);
      await waitUntil('relay pass', async () => {
        const [row] = await w.ds.query(`SELECT status FROM outbox_events WHERE job_id = $1`, [`email-${id}`]);
        return row.status === 'sent';
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.mailsTo(to)).toHaveLength(1);
    });
  });

  it('keeps retrying while the SMTP server is down and delivers once it is back', async () => {
    const smtp = new SmtpCapture();
    const port = await smtp.listen();
    await smtp.close();
    const w = await startWorker({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      EMAIL_BACKOFF_MS: '200',
      EMAIL_MAX_ATTEMPTS: '20',
    });
    try {
      const to = uniqueEmail('smtp-down');
      const id = await queueInvitation(w, to);
      const failing = await waitUntil('a failed attempt', async () => {
        const row = await status(w, id);
        return row.status === 'retrying' && row.attempts >= 2 ? row : null;
      });
      expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);

      await smtp.listen(port);
      await smtp.waitFor(to, 30_000);
      const sent = await waitUntil('sent', async () =>
        (await status(w, id)).status === 'sent' ? status(w, id) : null,
      );
      expect(sent.attempts).toBeGreaterThanOrEqual(3);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.mailsTo(to)).toHaveLength(1);
    } finally {
      await w.close();
      await smtp.close();
    }
  });

  it('marks a message failed after the last attempt and keeps the failed job for inspection', async () => {
    const smtp = new SmtpCapture();
    const port = await smtp.listen();
    await smtp.close();
    const w = await startWorker({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      EMAIL_BACKOFF_MS: '50',
      EMAIL_MAX_ATTEMPTS: '2',
    });
    try {
      const id = await queueInvitation(w, uniqueEmail('gives-up'));
      const failed = await waitUntil('failed status', async () =>
        (await status(w, id)).status === 'failed' ? status(w, id) : null,
      );
      expect(failed.attempts).toBe(2);
      const connection = bullConnection(w.config.REDIS_URL);
      const queue = new Queue('email', { connection, prefix: `${w.config.REDIS_PREFIX}:bull` });
      try {
        const job = await waitUntil('failed job', async () => {
          const j = await queue.getJob(`email-${id}`);
          return j && (await j.isFailed()) ? j : null;
        });
        expect(job.attemptsMade).toBe(2);
      } finally {
        await queue.close();
        connection.disconnect();
      }
    } finally {
      await w.close();
    }
  });
});
