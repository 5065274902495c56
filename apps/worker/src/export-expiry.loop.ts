import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVER_CONFIG } from '@campus/server-config';
import { CertificateExportBuilder } from '@campus/server-certificates';
import type { WorkerConfig } from './config';
import { PeriodicTask } from './periodic-task';

/** Removes certificate ZIPs past their retention, every EXPORT_EXPIRY_EVERY_MS (replicas may overlap harmlessly). */
@Injectable()
export class ExportExpiryLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  constructor(@Inject(SERVER_CONFIG) config: WorkerConfig, builder: CertificateExportBuilder) {
    this.task = new PeriodicTask(
      'export expiry',
      config.EXPORT_EXPIRY_EVERY_MS,
      () => builder.expireOld(),
      new Logger(ExportExpiryLoop.name),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
