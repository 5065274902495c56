import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  DomainError,
  forbidden,
  notFound,
  type CourseCertificatesPage,
  type CourseCertificatesQuery,
  type MyCertificate,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { Enrolment } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { AuditService } from '@campus/server-audit';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';
import { MobilityCredentialIssuerService } from './mobility-credential-issuer.service';
import { MOBILITY_TITLE_COLUMNS, mobilityTitleOf, type MobilityTitleSource } from './mobility-titles';

interface OwnRow extends MobilityTitleSource {
  id: string;
  code: string;
  courseTitle: string;
  organisationName: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  holderId: string | null;
  organisationId: string;
  jwt: string;
}

/** A holder's certificates and downloads; revocation and re-issue by the course's trainers or admins. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly pdf: CertificatePdfService,
    private readonly issuer: CertificateIssuerService,
    private readonly mobilityIssuer: MobilityCredentialIssuerService,
    private readonly audit: AuditService,
    private readonly outline: CourseOutlineService,
  ) {}

  /** Every certificate of a course, flagged ones first: for the course's trainers and managers. */
  /** A course's certificates, a page at a time; flagged ones (still valid) first. */
  async forCourse(
    actor: Actor,
    courseId: string,
    q: CourseCertificatesQuery,
  ): Promise<CourseCertificatesPage> {
    requireAuthor(actor, await this.outline.course(courseId));
    const rows = await this.ds.query<
      {
        id: string;
        holderName: string;
        code: string;
        issuedAt: Date;
        revokedAt: Date | null;
        revokedReason: string | null;
        reviewRequestedAt: Date | null;
        total: number;
        flagged: number;
      }[]
    >(
      `SELECT id, holder_name AS "holderName", verification_code AS code, issued_at AS "issuedAt",
              revoked_at AS "revokedAt", revoked_reason AS "revokedReason", review_requested_at AS "reviewRequestedAt",
              count(*) OVER ()::int AS total,
              (count(*) FILTER (WHERE review_requested_at IS NOT NULL AND revoked_at IS NULL) OVER ())::int AS flagged
         FROM certificates WHERE course_id = $1
        ORDER BY (review_requested_at IS NOT NULL AND revoked_at IS NULL) DESC, issued_at DESC, id
        LIMIT $2 OFFSET $3`,
      [courseId, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const items = rows.map((r) => ({
      id: r.id,
      holderName: r.holderName,
      code: r.code,
      issuedAt: r.issuedAt.toISOString(),
      revokedAt: r.revokedAt?.toISOString() ?? null,
      revokedReason: r.revokedReason,
      reviewRequestedAt: r.reviewRequestedAt?.toISOString() ?? null,
    }));
    return {
      items,
      total: rows[0]?.total ?? 0,
      reviewRequested: rows[0]?.flagged ?? 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async mine(actor: Actor): Promise<MyCertificate[]> {
    const rows = await this.ds.query<OwnRow[]>(`${SELECT} WHERE c.holder_id = $1 ORDER BY c.issued_at DESC`, [
      actor.userId,
    ]);
    const urls = certificateUrls(this.config.PUBLIC_URL);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      courseTitle: r.courseTitle,
      mobility: mobilityTitleOf(r),
      issuedAt: r.issuedAt.toISOString(),
      revokedAt: r.revokedAt?.toISOString() ?? null,
      revokedReason: r.revokedReason,
      verifyUrl: urls.verify(r.code),
      pdfUrl: `/api/me/certificates/${r.id}/certificate.pdf`,
      credentialUrl: `/api/me/certificates/${r.id}/credential.jwt`,
      linkedInUrl: linkedIn(r, urls.verify(r.code)),
    }));
  }

  async pdfOf(actor: Actor, certificateId: string): Promise<Readable> {
    await this.own(actor, certificateId);
    return this.pdf.open(certificateId);
  }

  async jwtOf(actor: Actor, certificateId: string): Promise<string> {
    return (await this.own(actor, certificateId)).jwt;
  }

  /**
   * Trainers and managers of the issuing organisation (managers only for a mobility credential), or
   * admins. Shown on the public page at once.
   */
  async revoke(actor: Actor, certificateId: string, reason: string): Promise<void> {
    const row = await this.manageable(actor, certificateId);
    if (row.revokedAt) throw new DomainError('CONFLICT', 'This certificate is already revoked.');
    await this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE certificates SET revoked_at = now(), revoked_reason = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL`,
        [certificateId, reason, actor.userId],
      );
      await this.audit.record(
        {
          action: 'certificate.revoked',
          actorId: actor.userId,
          organisationId: row.organisationId,
          targetType: 'certificate',
          targetId: certificateId,
          details: { reason },
        },
        m,
      );
    });
  }

  /**
   * Settles a regrade's review request by keeping the certificate as it is: the flag is cleared, the
   * credential is untouched. Only a live, flagged certificate can be kept.
   */
  async keep(actor: Actor, certificateId: string): Promise<void> {
    const row = await this.manageable(actor, certificateId);
    await this.ds.transaction(async (m) => {
      // Locked, so a concurrent revoke or a second keep sees the outcome of this one.
      const [current] = await m.query<{ revokedAt: Date | null; reviewRequestedAt: Date | null }[]>(
        `SELECT revoked_at AS "revokedAt", review_requested_at AS "reviewRequestedAt"
           FROM certificates WHERE id = $1 FOR UPDATE`,
        [certificateId],
      );
      if (current.revokedAt)
        throw new DomainError(
          'CERTIFICATE_REVOKED',
          'This certificate is revoked; there is nothing to keep.',
        );
      if (!current.reviewRequestedAt)
        throw new DomainError('NO_REVIEW_REQUESTED', 'This certificate has no review request to settle.');
      await m.query(`UPDATE certificates SET review_requested_at = NULL WHERE id = $1`, [certificateId]);
      await this.audit.record(
        {
          action: 'certificate.kept',
          actorId: actor.userId,
          organisationId: row.organisationId,
          targetType: 'certificate',
          targetId: certificateId,
          details: { reviewRequestedAt: current.reviewRequestedAt.toISOString() },
        },
        m,
      );
    });
  }

  /**
   * Revokes the certificate as superseded and issues a new one for the same completed enrolment,
   * or for a mobility credential the same validated mobility (with its current assessment).
   */
  async reissue(actor: Actor, certificateId: string): Promise<string> {
    const row = await this.manageable(actor, certificateId);
    const reservation = await this.issuer.reserve();
    const newId = await this.ds.transaction(async (m) => {
      const [old] = await m.query<
        { enrolmentId: string | null; mobilityId: string | null; kind: string; revokedAt: Date | null }[]
      >(
        `SELECT enrolment_id AS "enrolmentId", mobility_id AS "mobilityId", achievement_kind AS kind,
                revoked_at AS "revokedAt" FROM certificates WHERE id = $1 FOR UPDATE`,
        [certificateId],
      );
      if (old.revokedAt) throw new DomainError('CONFLICT', 'A revoked certificate cannot be re-issued.');
      const supersede = () =>
        m.query(
          `UPDATE certificates SET revoked_at = now(), revoked_reason = 'superseded', revoked_by = $2 WHERE id = $1`,
          [certificateId, actor.userId],
        );
      let id: string;
      if (old.kind === 'mobility') {
        const [mobility] = old.mobilityId
          ? await m.query<{ status: string }[]>(`SELECT status FROM mobilities WHERE id = $1 FOR UPDATE`, [
              old.mobilityId,
            ])
          : [];
        if (mobility?.status !== 'validated')
          throw new DomainError(
            'CONFLICT',
            'The validated mobility behind this credential no longer exists.',
          );
        await supersede();
        id = await this.mobilityIssuer.issue(m, old.mobilityId!, reservation);
      } else {
        const enrolment = old.enrolmentId
          ? await m.findOne(Enrolment, {
              where: { id: old.enrolmentId },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
        if (!enrolment || enrolment.status !== 'completed')
          throw new DomainError(
            'CONFLICT',
            'The course completion behind this certificate no longer exists.',
          );
        await supersede();
        id = await this.issuer.issue(m, enrolment, reservation);
      }
      await m.query(`UPDATE certificates SET superseded_by = $2 WHERE id = $1`, [certificateId, id]);
      await this.audit.record(
        {
          action: 'certificate.reissued',
          actorId: actor.userId,
          organisationId: row.organisationId,
          targetType: 'certificate',
          targetId: certificateId,
          details: { newId: id },
        },
        m,
      );
      return id;
    });
    await this.pdf.ensure(newId);
    return newId;
  }

  private async own(actor: Actor, certificateId: string): Promise<OwnRow> {
    const [row] = await this.ds.query<OwnRow[]>(`${SELECT} WHERE c.id = $1`, [certificateId]);
    if (!row || row.holderId !== actor.userId) throw notFound('Certificate');
    return row;
  }

  private async manageable(actor: Actor, certificateId: string): Promise<OwnRow> {
    const [row] = await this.ds.query<OwnRow[]>(`${SELECT} WHERE c.id = $1`, [certificateId]);
    if (!row) throw notFound('Certificate');
    const role = actor.memberships.get(row.organisationId);
    if (actor.isPlatformAdmin || role === 'manager') return row;
    // A mobility credential belongs to the sending school's mobility records, which its trainers
    // do not see: only its managers (who validated the mobility) revoke or re-issue it.
    if (role === 'trainer' && row.kind !== 'mobility') return row;
    if (row.holderId === actor.userId || role === 'trainer')
      throw forbidden(
        row.kind === 'mobility'
          ? 'Only the sending school’s managers or an admin may do this.'
          : 'Only the issuing school’s trainers or an admin may do this.',
      );
    throw notFound('Certificate');
  }
}

const SELECT = `
  SELECT c.id, c.verification_code AS code, COALESCE(co.title, c.credential->>'name') AS "courseTitle",
         o.name AS "organisationName",
         c.issued_at AS "issuedAt", c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason",
         c.holder_id AS "holderId", c.organisation_id AS "organisationId", c.credential_jwt AS jwt,
         ${MOBILITY_TITLE_COLUMNS}
    FROM certificates c JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN courses co ON co.id = c.course_id`;

/** LinkedIn's "add license or certification" form, prefilled. */
function linkedIn(r: OwnRow, verifyUrl: string): string {
  const q = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: r.courseTitle,
    organizationName: r.organisationName,
    issueYear: String(r.issuedAt.getUTCFullYear()),
    issueMonth: String(r.issuedAt.getUTCMonth() + 1),
    certUrl: verifyUrl,
    certId: r.code,
  });
  return `https://www.linkedin.com/profile/add?${q.toString()}`;
}
