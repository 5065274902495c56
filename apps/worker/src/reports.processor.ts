import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CertificateExportBuilder } from '@campus/server-certificates';
import { JobHandlers } from '@campus/server-jobs';

/** Thin: certificate-export → a ZIP in file storage (the builder is idempotent, so retries are safe). */
@Injectable()
export class ReportsProcessor implements OnModuleInit {
  private readonly log = new Logger(ReportsProcessor.name);

  constructor(
    private readonly handlers: JobHandlers,
    private readonly builder: CertificateExportBuilder,
  ) {}

  onModuleInit(): void {
    this.handlers.register('buildCertificateExport', {
      run: ({ exportId }) => this.builder.build(exportId),
      // Out of retries: the manager sees it failed (and can ask again) instead of waiting forever.
      exhausted: ({ exportId }, err) =>
        this.builder
          .fail(exportId, err.message)
          .catch((e: Error) => this.log.error({ err: e.message }, 'could not mark the export failed')),
    });
  }
}
