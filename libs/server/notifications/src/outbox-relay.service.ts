import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Jobs, type JobName } from '@campus/contracts';
import { QUEUES, type QueueMap } from './queues';

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
      let sent = 0;
      for (const row of rows) {
        try {
          const spec = Jobs[row.job];
          if (!spec) throw new Error(`Unknown job ${row.job}`);
          const data = spec.data.parse(row.payload);
          const queue = this.queues.get(spec.queue);
          if (!queue) throw new Error(`No queue ${spec.queue}`);
          await withTimeout(queue.add(spec.name, data, { jobId: row.job_id }), ENQUEUE_TIMEOUT_MS);
          await m.query(
            `UPDATE outbox_events SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1`,
            [row.id],
          );
          sent++;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          // Back off this row a little so one bad row or a Redis outage does not spin the relay.
          await m.query(
            `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2,
               available_at = now() + least(interval '1 second' * power(2, attempts), interval '60 seconds')
             WHERE id = $1`,
            [row.id, message.slice(0, 1000)],
          );
          this.log.warn({ outboxId: row.id, err: message }, 'outbox row not enqueued; will retry');
        }
      }
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
