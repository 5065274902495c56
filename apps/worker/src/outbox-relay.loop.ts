import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SERVER_CONFIG } from '@campus/server-config';
import { OutboxRelayService, QUEUES, type QueueMap } from '@campus/server-jobs';
import type { WorkerConfig } from './config';

/**
 * Polls the outbox and, less often, re-enqueues e-mails that waited too long (their job may have
 * been lost with Redis). Every worker replica runs this; row locks keep them from doing work twice,
 * and stable job ids make any double enqueue harmless.
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(OutboxRelayLoop.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;
  private lastReconcile = 0;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(QUEUES) private readonly queues: QueueMap,
    private readonly relay: OutboxRelayService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private schedule(ms: number): void {
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.running = true;
    let moved = 0;
    try {
      moved = await this.relay.relayOnce();
      if (Date.now() - this.lastReconcile > 30_000) {
        this.lastReconcile = Date.now();
        await this.reconcileEmails();
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'outbox relay pass failed');
    } finally {
      this.running = false;
      // A full batch means more is waiting: go again at once.
      this.schedule(moved > 0 ? 0 : this.config.OUTBOX_POLL_MS);
    }
  }

  private async reconcileEmails(): Promise<void> {
    const stuck: { id: string }[] = await this.ds.query(
      `SELECT e.id FROM email_messages e
        WHERE e.status IN ('queued', 'retrying')
          AND e.created_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.job_id = 'email-' || e.id AND o.status = 'pending')
        LIMIT 500`,
      [this.config.EMAIL_RECONCILE_AFTER_SECONDS],
    );
    for (const { id } of stuck) {
      // An existing id is a no-op, so a job that is merely delayed by backoff stays as it is.
      await this.queues.enqueue('sendEmail', { messageId: id });
    }
  }
}
