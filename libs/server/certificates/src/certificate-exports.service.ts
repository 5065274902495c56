import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  notFound,
  type CertificateExportStatus,
  type CertificateExportView,
  type OrgCertificatesFilters,
} from '@campus/contracts';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { OutboxService } from '@campus/server-jobs';
import { FILE_STORAGE, FileUrls, type FileStorage } from '@campus/server-storage';
import { OrgCertificatesService } from './org-certificates.service';

/** A certificate_exports row as read here. */
export interface CertificateExportRecord {
  id: string;
  organisationId: string;
  requestedBy: string | null;
  filters: OrgCertificatesFilters;
  status: CertificateExportStatus;
  total: number;
  done: number;
  storageKey: string | null;
  sizeBytes: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

export const EXPORT_COLUMNS = `id, organisation_id AS "organisationId", requested_by AS "requestedBy", filters, status,
  total, done, storage_key AS "storageKey", size_bytes AS "sizeBytes", created_at AS "createdAt",
  finished_at AS "finishedAt", expires_at AS "expiresAt"`;

/** The exports a manager sees on the certificates page: the latest ones. */
const LISTED = 10;

/**
 * Managers' ZIPs of certificates too large to stream in one request: requested here (an outbox
 * job for the `reports` worker, see CertificateExportBuilder), followed by polling, downloaded
 * through a signed link while ready. Every manager of the organisation sees its exports: they
 * may all download the same certificates.
 */
@Injectable()
export class CertificateExportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly urls: FileUrls,
    private readonly certificates: OrgCertificatesService,
    private readonly outbox: OutboxService,
  ) {}

  /** A new export of the filtered certificates; while the same one is still being built, that one. */
  async request(
    actor: Actor,
    orgId: string,
    filters: OrgCertificatesFilters,
  ): Promise<CertificateExportView> {
    requireOrgRole(actor, orgId, ['manager']);
    const wanted = canonical(filters);
    return this.ds.transaction(async (m) => {
      // Platform admins pass the role check for any id: a missing organisation is 404, never an
      // insert that fails on its foreign key. FOR KEY SHARE keeps it there until the row is in.
      const [org] = await m.query<unknown[]>(`SELECT 1 FROM organisations WHERE id = $1 FOR KEY SHARE`, [
        orgId,
      ]);
      if (!org) throw notFound('Organisation');
      // Serialises requests of one organisation, so a double click cannot start two builds.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`certificate-export:${orgId}`]);
      const [same] = await m.query<CertificateExportRecord[]>(
        `SELECT ${EXPORT_COLUMNS} FROM certificate_exports
          WHERE organisation_id = $1 AND status IN ('queued', 'running') AND filters = $2::jsonb`,
        [orgId, JSON.stringify(wanted)],
      );
      if (same) return this.view(same);
      const total = await this.certificates.count(orgId, wanted);
      const [created] = await m.query<CertificateExportRecord[]>(
        `INSERT INTO certificate_exports (id, organisation_id, requested_by, filters, total)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${EXPORT_COLUMNS}`,
        [randomUUID(), orgId, actor.userId, JSON.stringify(wanted), total],
      );
      await this.outbox.add(m, 'buildCertificateExport', { exportId: created.id });
      return this.view(created);
    });
  }

  async list(actor: Actor, orgId: string): Promise<CertificateExportView[]> {
    requireOrgRole(actor, orgId, ['manager']);
    const rows = await this.ds.query<CertificateExportRecord[]>(
      `SELECT ${EXPORT_COLUMNS} FROM certificate_exports WHERE organisation_id = $1
        ORDER BY created_at DESC LIMIT ${LISTED}`,
      [orgId],
    );
    return rows.map((r) => this.view(r));
  }

  async get(actor: Actor, orgId: string, exportId: string): Promise<CertificateExportView> {
    requireOrgRole(actor, orgId, ['manager']);
    const [row] = await this.ds.query<CertificateExportRecord[]>(
      `SELECT ${EXPORT_COLUMNS} FROM certificate_exports WHERE id = $1 AND organisation_id = $2`,
      [exportId, orgId],
    );
    if (!row) throw notFound('Export');
    return this.view(row);
  }

  /**
   * The ZIP behind a signed link; a bad signature, or an export no longer ready, is not found. So
   * is one whose requester is no longer an active manager of the organisation (or an admin): the
   * link they were handed stops working the moment they lose the right to the certificates.
   */
  async openFile(
    exportId: string,
    expires: number,
    signature: string,
  ): Promise<{ stream: Readable; sizeBytes: number; fileName: string }> {
    if (!this.urls.verify(exportId, expires, signature)) throw notFound('Export');
    const [row] = await this.ds.query<CertificateExportRecord[]>(
      `SELECT ${EXPORT_COLUMNS} FROM certificate_exports x
        WHERE x.id = $1 AND x.status = 'ready'
          AND EXISTS (SELECT 1 FROM users u
                WHERE u.id = x.requested_by AND u.active
                  AND (u.is_platform_admin OR EXISTS (SELECT 1 FROM memberships mb
                        WHERE mb.user_id = u.id AND mb.organisation_id = x.organisation_id AND mb.role = 'manager')))`,
      [exportId],
    );
    if (!row?.storageKey) throw notFound('Export');
    return {
      stream: this.storage.read(row.storageKey),
      sizeBytes: Number(row.sizeBytes),
      fileName: `certificates-${row.createdAt.toISOString().slice(0, 10)}.zip`,
    };
  }

  private view(r: CertificateExportRecord): CertificateExportView {
    return {
      id: r.id,
      status: r.status,
      filters: r.filters,
      total: r.total,
      done: r.done,
      sizeBytes: r.sizeBytes === null ? null : Number(r.sizeBytes),
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      downloadUrl:
        r.status === 'ready' ? `/api/certificate-exports/${r.id}/file?${this.urls.query(r.id)}` : null,
    };
  }
}

/** The filters as stored and compared: only the ones set, in one key order. */
function canonical(f: OrgCertificatesFilters): OrgCertificatesFilters {
  const out: OrgCertificatesFilters = {};
  if (f.courseId) out.courseId = f.courseId;
  if (f.userId) out.userId = f.userId;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}
