import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { DomainError, notFound, type MobilityCredentialView } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';

/** The sending school's managers: a validated mobility's credential, and the PDFs their staff hold. */
@Injectable()
export class MobilityCredentialsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly pdf: CertificatePdfService,
  ) {}

  /** The live credential of the mobility, or else its latest revoked one; pending until the worker issues it. */
  async forMobility(
    actor: Actor,
    organisationId: string,
    mobilityId: string,
  ): Promise<MobilityCredentialView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const [mobility] = await this.ds.query<{ status: string }[]>(
      `SELECT status FROM mobilities WHERE id = $1 AND organisation_id = $2`,
      [mobilityId, organisationId],
    );
    if (!mobility) throw notFound('Mobility');
    if (mobility.status !== 'validated')
      throw new DomainError(
        'CONFLICT',
        `Only a validated mobility has a credential; this one is ${mobility.status}.`,
      );
    const [row] = await this.ds.query<
      { id: string; code: string; issuedAt: Date; revokedAt: Date | null; revokedReason: string | null }[]
    >(
      `SELECT id, verification_code AS code, issued_at AS "issuedAt", revoked_at AS "revokedAt",
              revoked_reason AS "revokedReason"
         FROM certificates WHERE mobility_id = $1 AND achievement_kind = 'mobility'
        ORDER BY revoked_at IS NULL DESC, issued_at DESC LIMIT 1`,
      [mobilityId],
    );
    if (!row) return { status: 'pending', certificate: null };
    return {
      status: row.revokedAt ? 'revoked' : 'valid',
      certificate: {
        id: row.id,
        code: row.code,
        issuedAt: row.issuedAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
        revokedReason: row.revokedReason,
        verifyUrl: certificateUrls(this.config.PUBLIC_URL).verify(row.code),
        pdfUrl: `/api/orgs/${organisationId}/certificates/${row.id}/certificate.pdf`,
      },
    };
  }

  /** The PDF of a certificate held by a member of the organisation (the manager's list's scope). */
  async pdfForManager(actor: Actor, organisationId: string, certificateId: string): Promise<Readable> {
    requireOrgRole(actor, organisationId, ['manager']);
    const [row] = await this.ds.query<{ pdfKey: string | null }[]>(
      `SELECT c.pdf_key AS "pdfKey" FROM certificates c
        WHERE c.id = $1
          AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = c.holder_id AND m.organisation_id = $2)`,
      [certificateId, organisationId],
    );
    if (!row) throw notFound('Certificate');
    return this.pdf.open(certificateId, row.pdfKey);
  }
}
