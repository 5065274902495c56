import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import archiver from 'archiver';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  DomainError,
  type OrgCertificateRow,
  type OrgCertificatesFilters,
  type OrgCertificatesPage,
  type OrgCertificatesQuery,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { csvFormat, csvHeader, csvWords, fillIn, toCsv, type CsvFormat } from '@campus/server-csv';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';
import { MOBILITY_TITLE_COLUMNS, mobilityTitleOf, type MobilityTitleSource } from './mobility-titles';

/** Characters no file system or unzip tool takes in a name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A certificate as the manager's list, CSV and ZIP read it (a mobility credential's title is its signed name). */
export interface OrgCertificateRecord extends MobilityTitleSource {
  id: string;
  holderId: string;
  holderName: string;
  email: string;
  courseId: string | null;
  courseTitle: string | null;
  code: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  pdfKey: string | null;
  total: number;
}

/**
 * Managers' view of the certificates their organisation's members hold (whoever issued them):
 * a filtered list, a CSV and a ZIP of the PDFs with a manifest. The ZIP is streamed one PDF at a
 * time (the next is added when the previous has been written), so memory stays flat at any size.
 */
@Injectable()
export class OrgCertificatesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly pdf: CertificatePdfService,
  ) {}

  async list(actor: Actor, orgId: string, q: OrgCertificatesQuery): Promise<OrgCertificatesPage> {
    requireOrgRole(actor, orgId, ['manager']);
    const rows = await this.query(orgId, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      items: rows.map(toRow),
      total: rows[0]?.total ?? 0,
      page: q.page,
      pageSize: q.pageSize,
      zipStreamLimit: this.config.CERTIFICATE_ZIP_STREAM_LIMIT,
    };
  }

  /** The certificates as CSV in the reader's language and separator (see `toCsv`). */
  async csv(actor: Actor, orgId: string, q: OrgCertificatesFilters, format: CsvFormat): Promise<string> {
    requireOrgRole(actor, orgId, ['manager']);
    const rows = await this.query(orgId, q);
    const urls = certificateUrls(this.config.PUBLIC_URL);
    const words = csvWords(format.locale);
    const lines = [
      csvHeader(format.locale, ['name', 'email', 'course', 'code', 'issuedAt', 'status', 'verifyUrl']),
      ...rows.map((r) => [
        r.holderName,
        r.email,
        r.courseTitle,
        r.code,
        r.issuedAt.toISOString(),
        r.revokedAt
          ? r.revokedReason
            ? fillIn(words.revokedBecause, { reason: r.revokedReason })
            : words.revoked
          : words.valid,
        urls.verify(r.code),
      ]),
    ];
    return toCsv(lines, format);
  }

  /**
   * The ZIP of every filtered certificate, streamed in the request. Larger sets than
   * CERTIFICATE_ZIP_STREAM_LIMIT are refused: they are built as a certificate export.
   */
  async zip(actor: Actor, orgId: string, q: OrgCertificatesFilters): Promise<Readable> {
    requireOrgRole(actor, orgId, ['manager']);
    const limit = this.config.CERTIFICATE_ZIP_STREAM_LIMIT;
    // One past the limit is enough to know the set is too large, without reading all of it.
    const rows = await this.query(orgId, q, { limit: limit + 1, offset: 0 });
    if (rows.length > limit)
      throw new DomainError(
        'EXPORT_TOO_LARGE',
        `${rows[0].total} certificates match; a ZIP of more than ${limit} is built in the background: ` +
          `POST /api/orgs/${orgId}/certificate-exports with the same filters.`,
      );
    return this.archive(rows, undefined, csvFormat(actor.locale));
  }

  /** The certificates matching `filters` among the organisation's members, newest first. */
  matching(orgId: string, filters: OrgCertificatesFilters): Promise<OrgCertificateRecord[]> {
    return this.query(orgId, filters);
  }

  /**
   * A ZIP of the rows' PDFs plus manifest.csv (in `format`: the requester's language and
   * separator), as a stream. One PDF is read at a time (the next is added when the previous has
   * been written), so memory stays flat at any size; `onEntry(done)` is called after each PDF.
   */
  archive(
    rows: OrgCertificateRecord[],
    onEntry?: (done: number) => void,
    format: CsvFormat = csvFormat('en'),
  ): Readable {
    const archive = archiver('zip', { zlib: { level: 1 } }); // PDFs are already compressed
    const names = new Set<string>();
    const fileOf = (r: OrgCertificateRecord) => {
      const base = `${r.holderName} - ${r.courseTitle ?? 'certificate'} - ${r.code}`.replace(
        UNSAFE_IN_NAMES,
        '_',
      );
      let name = `${base}.pdf`;
      for (let n = 2; names.has(name); n++) name = `${base} (${n}).pdf`;
      names.add(name);
      return name;
    };
    void (async () => {
      try {
        const words = csvWords(format.locale);
        const manifest = [
          csvHeader(format.locale, ['file', 'name', 'email', 'course', 'code', 'issuedAt', 'status']),
        ];
        for (const r of rows) {
          const name = fileOf(r);
          const added = new Promise((res) => archive.once('entry', res));
          archive.append(await this.pdf.open(r.id, r.pdfKey), { name });
          await added;
          manifest.push([
            name,
            r.holderName,
            r.email,
            r.courseTitle ?? '',
            r.code,
            r.issuedAt.toISOString(),
            r.revokedAt ? words.revoked : words.valid,
          ]);
          onEntry?.(manifest.length - 1);
        }
        archive.append(toCsv(manifest, format), { name: 'manifest.csv' });
        await archive.finalize();
      } catch (err) {
        archive.destroy(err as Error);
      }
    })();
    return archive;
  }

  /** How many certificates match `filters` among the organisation's members. */
  async count(orgId: string, filters: OrgCertificatesFilters): Promise<number> {
    const { where, params } = matchingWhere(orgId, filters);
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM certificates c WHERE ${where}`,
      params,
    );
    return row.n;
  }

  private async query(
    orgId: string,
    q: OrgCertificatesFilters,
    page?: { limit: number; offset: number },
  ): Promise<OrgCertificateRecord[]> {
    const { where, params } = matchingWhere(orgId, q);
    const p = (v: unknown) => `$${params.push(v)}`;
    const limit = page ? `LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}` : '';
    return this.ds.query<OrgCertificateRecord[]>(
      `SELECT c.id, u.id AS "holderId", u.name AS "holderName", u.email, c.course_id AS "courseId",
              COALESCE(co.title, c.credential->>'name') AS "courseTitle", ${MOBILITY_TITLE_COLUMNS},
              c.verification_code AS code, c.issued_at AS "issuedAt",
              c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason", c.pdf_key AS "pdfKey",
              count(*) OVER ()::int AS total
         FROM certificates c JOIN users u ON u.id = c.holder_id LEFT JOIN courses co ON co.id = c.course_id
        WHERE ${where}
        ORDER BY c.issued_at DESC, c.id ${limit}`,
      params,
    );
  }
}

/** The filters as SQL over `certificates c`: held by a member of the organisation, and matching. */
function matchingWhere(orgId: string, q: OrgCertificatesFilters): { where: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = [
    `EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = c.holder_id AND m.organisation_id = $1)`,
  ];
  if (q.courseId) where.push(`c.course_id = ${p(q.courseId)}`);
  if (q.userId) where.push(`c.holder_id = ${p(q.userId)}`);
  if (q.from) where.push(`c.issued_at >= ${p(q.from)}::timestamptz`);
  // A plain date as the end includes that whole day.
  if (q.to)
    where.push(
      `c.issued_at < ${p(q.to)}::timestamptz + ${/^\d{4}-\d{2}-\d{2}$/.test(q.to) ? "interval '1 day'" : "interval '0'"}`,
    );
  return { where: where.join(' AND '), params };
}

function toRow(r: OrgCertificateRecord): OrgCertificateRow {
  return {
    id: r.id,
    holder: { id: r.holderId, name: r.holderName, email: r.email },
    courseId: r.courseId,
    courseTitle: r.courseTitle ?? '',
    mobility: mobilityTitleOf(r),
    code: r.code,
    issuedAt: r.issuedAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokedReason: r.revokedReason,
  };
}
