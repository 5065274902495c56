import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { Jobs } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { bullConnection, EmailSender } from '@campus/server-notifications';
import type { WorkerConfig } from './config';

/** Thin: checks the job's payload and hands it to the domain service. */
@Injectable()
export class EmailProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(EmailProcessor.name);
  private worker?: Worker;
  private readonly connection;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    private readonly sender: EmailSender,
  ) {
    this.connection = bullConnection(this.config.REDIS_URL);
  }

  onApplicationBootstrap(): void {
    const spec = Jobs.sendEmail;
    this.worker = new Worker(
      spec.queue,
      async (job) => {
        const data = spec.data.parse(job.data);
        return this.sender.deliver(data.messageId);
      },
      {
        connection: this.connection,
        prefix: `${this.config.REDIS_PREFIX}:bull`,
        concurrency: this.config.EMAIL_CONCURRENCY,
        lockDuration: this.config.WORKER_LOCK_DURATION_MS,
        stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
      },
    );
    this.worker.on('failed', (job, err) =>
      this.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'email job failed'),
    );
    this.worker.on('error', (err) => this.log.error({ err: err.message }, 'email worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection.disconnect();
  }
}
