import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { Jobs, type JobName } from '@campus/contracts';
import { retryOptions, QUEUES, type QueueMap } from './queues';

const BATCH = 200;
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * Moves pending outbox rows into BullMQ. Safe with many workers (rows are claimed with SKIP LOCKED)
 * and when Redis is down (the rows stay pending and are retried on the next pass).
 */
@Injectable()
export class OutboxRelayService {
  private readonly log = new Logger(OutboxRelayService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(QUEUES) private readonly queues: QueueMap,
  ) {}

  /** One pass; returns how many rows were enqueued. */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows: { id: string; job: JobName; payload: unknown; job_id: string }[] = await m.query(
        `SELECT id, job, payload, job_id FROM outbox_events
          WHERE status = 'pending' AND available_at <= now()
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      // One addBulk per queue and one UPDATE for the rows sent: a round trip per row made the
      // relay the slowest step of an exam rush (BullMQ merges jobs whose id already exists).
      const byQueue = new Map<
        string,
        { row: (typeof rows)[number]; name: string; data: unknown; opts: JobsOptions }[]
      >();
      const bad: { id: string; message: string }[] = [];
      for (const row of rows) {
        const spec = Jobs[row.job];
        const parsed = spec?.data.safeParse(row.payload);
        if (!spec || !parsed?.success || !this.queues.get(spec.queue)) {
          bad.push({
            id: row.id,
            message: !spec ? `Unknown job ${row.job}` : `Bad payload or queue for ${row.job}`,
          });
          continue;
        }
        // The id persisted with the row (a resend merges); the retries declared for this job.
        const opts = { jobId: row.job_id, ...retryOptions(row.job, this.queues.retry) };
        byQueue.set(spec.queue, [
          ...(byQueue.get(spec.queue) ?? []),
          { row, name: spec.name, data: parsed.data, opts },
        ]);
      }
      const sentIds: string[] = [];
      for (const [queueName, jobs] of byQueue) {
        try {
          await withTimeout(
            this.queues
              .get(queueName)!
              .addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: j.opts }))),
            ENQUEUE_TIMEOUT_MS,
          );
          sentIds.push(...jobs.map((j) => j.row.id));
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          bad.push(...jobs.map((j) => ({ id: j.row.id, message })));
        }
      }
      if (sentIds.length)
        await m.query(
          `UPDATE outbox_events SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])`,
          [sentIds],
        );
      for (const { id, message } of bad) {
        // Back off this row a little so one bad row or a Redis outage does not spin the relay.
        await m.query(
          `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2,
             available_at = now() + least(interval '1 second' * power(2, attempts), interval '60 seconds')
           WHERE id = $1`,
          [id, message.slice(0, 1000)],
        );
        this.log.warn({ outboxId: id, err: message }, 'outbox row not enqueued; will retry');
      }
      const sent = sentIds.length;
      return sent;
    });
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`enqueue timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
