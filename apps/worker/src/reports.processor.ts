import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { Jobs } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { CertificateExportBuilder } from '@campus/server-certificates';
import { bullConnection } from '@campus/server-notifications';
import type { WorkerConfig } from './config';

/** Thin: certificate-export → a ZIP in file storage (the builder is idempotent, so retries are safe). */
@Injectable()
export class ReportsProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(ReportsProcessor.name);
  private worker?: Worker;
  private readonly connection;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    private readonly builder: CertificateExportBuilder,
  ) {
    this.connection = bullConnection(this.config.REDIS_URL);
  }

  onApplicationBootstrap(): void {
    const spec = Jobs.buildCertificateExport;
    this.worker = new Worker(
      spec.queue,
      async (job) => this.builder.build(spec.data.parse(job.data).exportId),
      {
        connection: this.connection,
        prefix: `${this.config.REDIS_PREFIX}:bull`,
        concurrency: this.config.REPORT_CONCURRENCY,
        lockDuration: this.config.WORKER_LOCK_DURATION_MS,
        stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
      },
    );
    this.worker.on('failed', (job, err) => {
      this.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'report job failed');
      const parsed = spec.data.safeParse(job?.data);
      // Out of retries: the manager sees it failed (and can ask again) instead of waiting forever.
      if (job && parsed.success && job.attemptsMade >= (job.opts.attempts ?? 1))
        void this.builder
          .fail(parsed.data.exportId, err.message)
          .catch((e: Error) => this.log.error({ err: e.message }, 'could not mark the export failed'));
    });
    this.worker.on('error', (err) => this.log.error({ err: err.message }, 'reports worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection.disconnect();
  }
}
