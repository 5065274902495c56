import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  type DateRange,
  type LearningAgreementContent,
  type MobilityActivityType,
  type OutcomeRating,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { newVerificationCode, signCredential } from '@campus/server-credentials';
import { durationDays } from '@campus/server-mobility';
import { EmailOutbox } from '@campus/server-notifications';
import { CertificateIssuerService, type IssueReservation } from './certificate-issuer.service';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';
import { buildMobilityCredential } from './mobility-credential';
import { mobilityRecordTexts, mobilityTitle } from './mobility-pdf-labels';

interface MobilityFacts {
  mobilityId: string;
  organisationId: string;
  organisationName: string;
  country: string;
  userId: string;
  holderName: string;
  email: string;
  locale: string;
  activityType: MobilityActivityType;
  hostName: string;
  hostCountry: string;
  hostCity: string;
  hostAddress: string;
  hostWebsite: string;
  mentorName: string;
  mentorRole: string;
  interruptions: DateRange[];
  actualStart: string;
  actualEnd: string;
  ratings: { outcomeId: string; rating: OutcomeRating }[];
  statement: string;
  agreement: LearningAgreementContent | null;
  minutes: number;
}

/**
 * Issues mobility credentials from `mobilityValidated` events: one credential per validated
 * mobility, however many events or job runs. The mobility's row lock serialises issuers and the
 * partial unique index (one live credential per mobility) is the last word. Reads the mobility,
 * its agreement, logbook and the mentor's assessment; writes only certificates.
 */
@Injectable()
export class MobilityCredentialIssuerService {
  private readonly log = new Logger(MobilityCredentialIssuerService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly issuer: CertificateIssuerService,
    private readonly pdf: CertificatePdfService,
    private readonly mail: EmailOutbox,
  ) {}

  /**
   * Returns the credential's id, or null when the mobility is gone or not validated. A mobility
   * that already has a credential (live, or revoked by a manager since) gets nothing new: a
   * revoked one is replaced only by an explicit re-issue.
   */
  async issueForMobility(mobilityId: string): Promise<string | null> {
    const existing = await this.latest(this.ds.manager, mobilityId);
    if (existing) {
      if (!existing.revoked && !existing.pdfKey) await this.pdf.ensure(existing.id);
      return existing.id;
    }
    const reservation = await this.issuer.reserve();
    const id = await this.ds.transaction(async (m) => {
      const [mobility] = await m.query<{ status: string }[]>(
        `SELECT status FROM mobilities WHERE id = $1 FOR UPDATE`,
        [mobilityId],
      );
      if (mobility?.status !== 'validated') return null;
      const issued = await this.latest(m, mobilityId);
      if (issued) return issued.id;
      return this.issue(m, mobilityId, reservation);
    });
    if (id) await this.pdf.ensure(id);
    return id;
  }

  /**
   * A new credential for a validated mobility, inside the caller's transaction (which holds the
   * mobility's row lock). Throws 409 when the mentor's assessment behind it is gone.
   */
  async issue(m: EntityManager, mobilityId: string, { slot, key }: IssueReservation): Promise<string> {
    const f = await this.facts(m, mobilityId);
    if (!f)
      throw new DomainError(
        'CONFLICT',
        'The mentor’s assessment behind this mobility credential no longer exists.',
      );
    const labels = mobilityRecordTexts(f.locale);
    const id = randomUUID();
    const code = newVerificationCode();
    const urls = certificateUrls(this.config.PUBLIC_URL);
    const issuedAt = new Date();
    const statements = new Map((f.agreement?.outcomes ?? []).map((o) => [o.id, o.statement]));
    const host = {
      name: f.hostName,
      country: f.hostCountry,
      city: f.hostCity,
      address: f.hostAddress,
      website: f.hostWebsite,
    };
    const credential = buildMobilityCredential({
      certificateId: id,
      validFrom: issuedAt,
      achievementUrl: urls.verify(code),
      language: f.locale,
      issuer: { id: urls.issuer(f.organisationId), name: f.organisationName, countryCode: f.country },
      holder: { id: f.userId, name: f.holderName },
      activityType: f.activityType,
      name: mobilityTitle(labels, f.activityType, host),
      activityName: labels.activityTypes[f.activityType],
      objectives: f.agreement?.objectives ?? '',
      host,
      period: { start: f.actualStart, end: f.actualEnd },
      durationDays: durationDays({
        startDate: f.actualStart,
        endDate: f.actualEnd,
        interruptions: f.interruptions,
      }),
      // Whole minutes, so two decimals are exact for quarter hours.
      hours: Math.round((f.minutes / 60) * 100) / 100,
      // In the agreement's order; an outcome no longer in the assessed version is not certified.
      outcomes: f.ratings.flatMap((r) => {
        const statement = statements.get(r.outcomeId);
        return statement ? [{ statement, rating: r.rating }] : [];
      }),
      ratingNames: labels.ratings,
      mentor: { name: f.mentorName, role: f.mentorRole, statement: f.statement, heading: labels.statement },
      statusListUrl: urls.statusList(slot.listId),
      statusIndex: slot.index,
    });
    const jwt = await signCredential(credential, { privateJwk: key.privateJwk, kid: key.kid });
    await m.query(
      `INSERT INTO certificates (id, achievement_kind, holder_id, holder_name, mobility_id, organisation_id,
                                 verification_code, issued_at, credential, credential_jwt, kid,
                                 status_list_id, status_index, locale)
       VALUES ($1, 'mobility', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        id,
        f.userId,
        f.holderName,
        mobilityId,
        f.organisationId,
        code,
        issuedAt,
        JSON.stringify(credential),
        jwt,
        key.kid,
        slot.listId,
        slot.index,
        f.locale,
      ],
    );
    await this.mail.queue(m, {
      template: 'mobility-credential-issued',
      to: f.email,
      locale: f.locale,
      userId: f.userId,
      params: {
        name: f.holderName,
        hostName: f.hostName,
        link: urls.myCertificates(),
        verifyLink: urls.verify(code),
      },
    });
    this.log.log({ certificateId: id, mobilityId }, 'mobility credential issued');
    return id;
  }

  private async latest(
    m: EntityManager,
    mobilityId: string,
  ): Promise<{ id: string; pdfKey: string | null; revoked: boolean } | undefined> {
    const [row] = await m.query<{ id: string; pdfKey: string | null; revoked: boolean }[]>(
      `SELECT id, pdf_key AS "pdfKey", revoked_at IS NOT NULL AS revoked FROM certificates
        WHERE mobility_id = $1 AND achievement_kind = 'mobility'
        ORDER BY revoked_at IS NULL DESC, issued_at DESC LIMIT 1`,
      [mobilityId],
    );
    return row;
  }

  private async facts(m: EntityManager, mobilityId: string): Promise<MobilityFacts | undefined> {
    const [row] = await m.query<MobilityFacts[]>(
      `SELECT mo.id AS "mobilityId", mo.organisation_id AS "organisationId", o.name AS "organisationName",
              o.country, u.id AS "userId", u.name AS "holderName", u.email, u.locale,
              mo.activity_type AS "activityType", mo.host_name AS "hostName", mo.host_country AS "hostCountry",
              mo.host_city AS "hostCity", mo.host_address AS "hostAddress", mo.host_website AS "hostWebsite",
              mo.mentor_name AS "mentorName", mo.mentor_role AS "mentorRole", mo.interruptions,
              a.actual_start::text AS "actualStart", a.actual_end::text AS "actualEnd",
              a.outcomes AS ratings, a.statement, v.content AS agreement,
              (SELECT coalesce(sum(l.minutes), 0)::int FROM log_entries l WHERE l.mobility_id = mo.id) AS minutes
         FROM mobilities mo
         JOIN users u ON u.id = mo.participant_id
         JOIN organisations o ON o.id = mo.organisation_id
         JOIN mentor_assessments a ON a.mobility_id = mo.id
         LEFT JOIN learning_agreement_versions v ON v.mobility_id = mo.id AND v.version = a.agreement_version
        WHERE mo.id = $1`,
      [mobilityId],
    );
    return row;
  }
}
