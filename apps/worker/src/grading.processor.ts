import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { Jobs } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { bullConnection } from '@campus/server-notifications';
import { AttemptGradingService } from '@campus/server-quizzes';
import type { WorkerConfig } from './config';

/** Thin: checks the payload and hands it to the grading service (idempotent, so retries are safe). */
@Injectable()
export class GradingProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(GradingProcessor.name);
  private worker?: Worker;
  private readonly connection;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    private readonly grading: AttemptGradingService,
  ) {
    this.connection = bullConnection(this.config.REDIS_URL);
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker(
      Jobs.gradeAttempt.queue,
      async (job) => {
        switch (job.name) {
          case Jobs.gradeAttempt.name:
            return this.grading.grade(Jobs.gradeAttempt.data.parse(job.data).attemptId);
          case Jobs.closeAttempt.name:
            return this.grading.close(Jobs.closeAttempt.data.parse(job.data).attemptId);
          default:
            throw new Error(`Unknown job ${job.name} on the grading queue`);
        }
      },
      {
        connection: this.connection,
        prefix: `${this.config.REDIS_PREFIX}:bull`,
        concurrency: this.config.GRADING_CONCURRENCY,
        lockDuration: this.config.WORKER_LOCK_DURATION_MS,
        stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
      },
    );
    this.worker.on('failed', (job, err) =>
      this.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'grading job failed'),
    );
    this.worker.on('error', (err) => this.log.error({ err: err.message }, 'grading worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection.disconnect();
  }
}
