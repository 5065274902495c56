import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { csvFormat } from '@campus/server-csv';
import { EmailOutbox } from '@campus/server-notifications';
import { FILE_STORAGE, type FileStorage } from '@campus/server-storage';
import { EXPORT_COLUMNS, type CertificateExportRecord } from './certificate-exports.service';
import { OrgCertificatesService } from './org-certificates.service';

/** Progress is written at most this often: a ZIP of thousands would otherwise write a row per PDF. */
const PROGRESS_EVERY_MS = 500;

/**
 * The `reports` worker's side of certificate exports: streams the ZIP into file storage (one PDF
 * at a time, so memory stays flat), counts progress for the manager's page, e-mails the requester
 * when it is ready, and removes files past their retention.
 */
@Injectable()
export class CertificateExportBuilder {
  private readonly log = new Logger(CertificateExportBuilder.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly certificates: OrgCertificatesService,
    private readonly mail: EmailOutbox,
  ) {}

  /**
   * Idempotent: a ready, failed or expired export is left as it is; one found running (its worker
   * died) is built again from the start under the same key, replacing any partial file.
   */
  async build(exportId: string): Promise<void> {
    const [row] = await this.ds.query<CertificateExportRecord[]>(
      `SELECT ${EXPORT_COLUMNS} FROM certificate_exports WHERE id = $1`,
      [exportId],
    );
    if (!row || !['queued', 'running'].includes(row.status)) return;
    if (!(await this.requesterMayStillDownload(row))) {
      await this.fail(exportId, 'The person who asked for it is no longer a manager of the organisation.');
      return;
    }
    // Re-read at build time: certificates issued or revoked since the request are included as they are now.
    const certificates = await this.certificates.matching(row.organisationId, row.filters);
    await this.ds.query(
      `UPDATE certificate_exports SET status = 'running', started_at = now(), total = $2, done = 0 WHERE id = $1`,
      [exportId, certificates.length],
    );

    let lastWrite = 0;
    const progress = (done: number) => {
      if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = Date.now();
      this.ds
        .query(
          `UPDATE certificate_exports SET done = GREATEST(done, $2) WHERE id = $1 AND status = 'running'`,
          [exportId, done],
        )
        .catch((err: Error) => this.log.warn({ exportId, err: err.message }, 'export progress not saved'));
    };
    let sizeBytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    const key = `orgs/${row.organisationId}/exports/${exportId}.zip`;
    // The manifest is read by the requester: their language's headers and separator.
    const [requester] = await this.ds.query<{ locale: string }[]>(`SELECT locale FROM users WHERE id = $1`, [
      row.requestedBy,
    ]);
    const manifestFormat = csvFormat(requester?.locale ?? 'en');
    await this.storage.write(key, this.certificates.archive(certificates, progress, manifestFormat), counter);

    await this.ds.transaction(async (m) => {
      const [ready] = await m.query<[{ requestedBy: string | null }[], number]>(
        `UPDATE certificate_exports
            SET status = 'ready', done = total, storage_key = $2, size_bytes = $3, finished_at = now(),
                expires_at = now() + make_interval(days => $4)
          WHERE id = $1 AND status = 'running'
        RETURNING requested_by AS "requestedBy"`,
        [exportId, key, sizeBytes, this.config.CERTIFICATE_EXPORT_RETENTION_DAYS],
      );
      const requester = ready[0]?.requestedBy;
      if (requester)
        await this.tellRequester(m, requester, row.organisationId, exportId, certificates.length);
    });
    this.log.log({ exportId, certificates: certificates.length, sizeBytes }, 'certificate export ready');
  }

  /** Called when the job has used up its retries: the manager sees it failed and may ask again. */
  async fail(exportId: string, reason: string): Promise<void> {
    await this.ds.query(
      `UPDATE certificate_exports SET status = 'failed', error = $2, finished_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [exportId, reason],
    );
  }

  /** Removes the files of exports past their retention; returns how many expired. */
  async expireOld(): Promise<number> {
    const due = await this.ds.query<{ id: string; storageKey: string }[]>(
      `SELECT id, storage_key AS "storageKey" FROM certificate_exports
        WHERE status = 'ready' AND expires_at <= now() ORDER BY expires_at LIMIT 100`,
    );
    for (const d of due) {
      // The row first: once it says expired, no new download starts on the file.
      await this.ds.query(
        `UPDATE certificate_exports SET status = 'expired', storage_key = NULL WHERE id = $1`,
        [d.id],
      );
      await this.storage.remove(d.storageKey);
    }
    return due.length;
  }

  private async requesterMayStillDownload(row: CertificateExportRecord): Promise<boolean> {
    if (!row.requestedBy) return false;
    const [allowed] = await this.ds.query<unknown[]>(
      `SELECT 1 FROM users u
        WHERE u.id = $1 AND u.active
          AND (u.is_platform_admin OR EXISTS (SELECT 1 FROM memberships m
                WHERE m.user_id = u.id AND m.organisation_id = $2 AND m.role = 'manager'))`,
      [row.requestedBy, row.organisationId],
    );
    return Boolean(allowed);
  }

  private async tellRequester(
    m: EntityManager,
    userId: string,
    orgId: string,
    exportId: string,
    count: number,
  ): Promise<void> {
    const [user] = await m.query<{ email: string; name: string; locale: string }[]>(
      `SELECT email, name, locale FROM users WHERE id = $1`,
      [userId],
    );
    if (!user) return;
    await this.mail.queue(m, {
      template: 'certificate-export-ready',
      to: user.email,
      locale: user.locale,
      userId,
      params: {
        name: user.name,
        count,
        link: `${this.config.PUBLIC_URL}/orgs/${orgId}/certificates?export=${exportId}`,
        days: this.config.CERTIFICATE_EXPORT_RETENTION_DAYS,
      },
    });
  }
}
