import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { Jobs } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { CertificateIssuerService } from '@campus/server-certificates';
import { bullConnection } from '@campus/server-notifications';
import type { WorkerConfig } from './config';

/** Thin: course.completed → one certificate (the issuer is idempotent, so retries are safe). */
@Injectable()
export class CertificatesProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(CertificatesProcessor.name);
  private worker?: Worker;
  private readonly connection;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    private readonly issuer: CertificateIssuerService,
  ) {
    this.connection = bullConnection(this.config.REDIS_URL);
  }

  onApplicationBootstrap(): void {
    const spec = Jobs.courseCompleted;
    this.worker = new Worker(
      spec.queue,
      async (job) => this.issuer.issueForEnrolment(spec.data.parse(job.data).enrolmentId),
      {
        connection: this.connection,
        prefix: `${this.config.REDIS_PREFIX}:bull`,
        concurrency: this.config.CERTIFICATE_CONCURRENCY,
        lockDuration: this.config.WORKER_LOCK_DURATION_MS,
        stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
      },
    );
    this.worker.on('failed', (job, err) =>
      this.log.warn(
        { jobId: job?.id, attempts: job?.attemptsMade, err: err.message },
        'certificate job failed',
      ),
    );
    this.worker.on('error', (err) => this.log.error({ err: err.message }, 'certificates worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection.disconnect();
  }
}
