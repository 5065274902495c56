import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { Enrolment } from '@campus/server-db';
import {
  buildOpenBadgeCredential,
  newVerificationCode,
  signCredential,
  type OpenBadgeCredential,
} from '@campus/server-credentials';
import { EmailOutbox } from '@campus/server-notifications';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';
import {
  enrolmentIssueFacts,
  meanOfFinalGrades,
  type IssueFacts,
  type RequiredQuizResult,
} from './enrolment-issue-facts';
import { SigningKeysService, type ActiveKey } from './signing-keys.service';
import { allocateStatusIndex, allocateStatusIndexWithActiveKey, type StatusSlot } from './status-lists';

/** What issuing takes from outside the issuing transaction (see `reserve`). */
export interface IssueReservation {
  slot: StatusSlot;
  key: ActiveKey;
}

/** A signed credential about to be written as a certificate row. */
interface SignedCertificate {
  id: string;
  code: string;
  issuedAt: Date;
  credential: OpenBadgeCredential;
  jwt: string;
  kid: string;
  slot: StatusSlot;
}

/** The partial unique index that keeps one live course certificate per holder and course. */
const ONE_LIVE_PER_COURSE = 'certificates_one_live_per_course_idx';

/**
 * Issues course certificates from `course.completed` events: exactly one live certificate per
 * holder and course, however many events or job runs (the enrolment row lock serialises issuers,
 * the partial unique index is the last word). A new certificate's PDF is rendered and stored
 * before its row is written, and the row is written with its PDF key: an issuer that then loses a
 * race removes the file it wrote. A run that finds a certificate without its PDF (one issued by
 * `reissue`, or before this order) renders it then.
 */
@Injectable()
export class CertificateIssuerService {
  private readonly log = new Logger(CertificateIssuerService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly keys: SigningKeysService,
    private readonly pdf: CertificatePdfService,
    private readonly mail: EmailOutbox,
  ) {}

  /** Returns the certificate's id, or null when the enrolment is gone or not completed. */
  async issueForEnrolment(enrolmentId: string): Promise<string | null> {
    // One read for the facts, the live certificate and the quiz results: a repeated event finds
    // its certificate without spending a status-list index.
    const facts = await enrolmentIssueFacts(this.ds, enrolmentId);
    if (!facts) return null;
    if (facts.live) return this.withPdf(facts.live);
    if (facts.status !== 'completed') return null;
    const signed = await this.sign(facts, facts.meanScorePercent, await this.reserve());
    const pdfKey = await this.pdf.store({
      id: signed.id,
      kind: 'course',
      organisationCity: null,
      pdfKey: null,
      organisationId: facts.organisationId,
      code: signed.code,
      jwt: signed.jwt,
      credential: signed.credential,
      locale: facts.locale,
      issuedAt: signed.issuedAt,
      eqfLevel: facts.eqfLevel,
      workloadHours: facts.workloadHours,
      meanScore: facts.meanScorePercent,
    });
    let issued = false;
    try {
      issued = await this.ds.transaction(async (m) => {
        // The enrolment's row lock (taken in the same statement) serialises this with `reissue`.
        const [row] = await m.query<{ id: string }[]>(
          `WITH e AS (SELECT id FROM enrolments WHERE id = $5 AND status = 'completed' FOR UPDATE)
           INSERT INTO certificates (id, achievement_kind, holder_id, holder_name, course_id, enrolment_id,
                                     organisation_id, verification_code, issued_at, credential, credential_jwt, kid,
                                     status_list_id, status_index, locale, pdf_key)
           SELECT $1::uuid, 'course', $2::uuid, $3::text, $4::uuid, e.id, $6::uuid, $7::text, $8::timestamptz,
                  $9::jsonb, $10::text, $11::text, $12::uuid, $13::int, $14::text, $15::text FROM e
            WHERE NOT EXISTS (SELECT 1 FROM certificates
                               WHERE holder_id = $2::uuid AND course_id = $4::uuid AND revoked_at IS NULL)
           RETURNING id`,
          [...this.rowValues(signed, facts, enrolmentId).slice(0, 14), pdfKey],
        );
        if (!row) return false;
        await this.queueMail(m, signed, facts);
        return true;
      });
    } catch (err) {
      // Another issuer committed this holder's certificate after our read: theirs stands.
      if ((err as { constraint?: string }).constraint !== ONE_LIVE_PER_COURSE) {
        await this.pdf.discard(pdfKey);
        throw err;
      }
    }
    if (issued) {
      this.log.log({ certificateId: signed.id, enrolmentId }, 'certificate issued');
      return signed.id;
    }
    await this.pdf.discard(pdfKey);
    const [live] = await this.ds.query<{ id: string; pdfKey: string | null }[]>(
      `SELECT id, pdf_key AS "pdfKey" FROM certificates
        WHERE holder_id = $1 AND course_id = $2 AND revoked_at IS NULL`,
      [facts.userId, facts.courseId],
    );
    return live ? this.withPdf(live) : null;
  }

  /**
   * The signing key (the active one now, so a rotation on any replica applies to the next issue)
   * and a status-list index for a certificate about to be issued. Taken before the issuing
   * transaction opens: an issuer must never hold one pooled connection while waiting for another
   * (with every connection held by issuers, that wait would never end), and the list's row lock
   * then lasts one statement. An index left unused by a rollback stays 0 forever. Both usually
   * come in one statement.
   */
  async reserve(): Promise<IssueReservation> {
    const both = await allocateStatusIndexWithActiveKey(this.ds);
    return {
      key: both.key ? this.keys.keyOf(both.key) : await this.keys.activeKey(),
      slot: both.slot ?? (await allocateStatusIndex(this.ds)),
    };
  }

  /** A new certificate for a completed enrolment, inside the caller's transaction (re-issuing). */
  async issue(m: EntityManager, enrolment: Enrolment, reservation: IssueReservation): Promise<string> {
    const facts = await this.facts(m, enrolment);
    const signed = await this.sign(
      facts,
      await this.meanRequiredQuizScore(m, facts.userId, facts.courseId),
      reservation,
    );
    await m.query(
      `INSERT INTO certificates (id, achievement_kind, holder_id, holder_name, course_id, enrolment_id,
                                 organisation_id, verification_code, issued_at, credential, credential_jwt, kid,
                                 status_list_id, status_index, locale)
       VALUES ($1, 'course', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      this.rowValues(signed, facts, enrolment.id),
    );
    await this.queueMail(m, signed, facts);
    this.log.log({ certificateId: signed.id, enrolmentId: enrolment.id }, 'certificate issued');
    return signed.id;
  }

  /** The certificate's id once it has its PDF. */
  private async withPdf(certificate: { id: string; pdfKey: string | null }): Promise<string> {
    if (!certificate.pdfKey) await this.pdf.ensure(certificate.id);
    return certificate.id;
  }

  /** The Open Badges credential of a new certificate, signed. */
  private async sign(
    facts: IssueFacts,
    meanScorePercent: number | null,
    { slot, key }: IssueReservation,
  ): Promise<SignedCertificate> {
    const id = randomUUID();
    const urls = certificateUrls(this.config.PUBLIC_URL);
    const issuedAt = new Date();
    const credential = buildOpenBadgeCredential({
      certificateId: id,
      validFrom: issuedAt,
      issuer: {
        id: urls.issuer(facts.organisationId),
        name: facts.organisationName,
        countryCode: facts.country,
      },
      holder: { id: facts.userId, name: facts.holderName },
      achievement: {
        kind: 'course',
        id: urls.course(facts.slug),
        name: facts.title,
        description: facts.summary,
        learningOutcomes: facts.learningOutcomes,
        eqfLevel: facts.eqfLevel,
        workloadHours: facts.workloadHours,
        language: facts.language,
      },
      meanScorePercent,
      statusListUrl: urls.statusList(slot.listId),
      statusIndex: slot.index,
    });
    const jwt = await signCredential(credential, { privateJwk: key.privateJwk, kid: key.kid });
    return { id, code: newVerificationCode(), issuedAt, credential, jwt, kid: key.kid, slot };
  }

  /** $1…$14 of a course certificate row, in the order both INSERTs list the columns. */
  private rowValues(c: SignedCertificate, facts: IssueFacts, enrolmentId: string): unknown[] {
    return [
      c.id,
      facts.userId,
      facts.holderName,
      facts.courseId,
      enrolmentId,
      facts.organisationId,
      c.code,
      c.issuedAt,
      JSON.stringify(c.credential),
      c.jwt,
      c.kid,
      c.slot.listId,
      c.slot.index,
      facts.locale,
    ];
  }

  private async queueMail(m: EntityManager, c: SignedCertificate, facts: IssueFacts): Promise<void> {
    const urls = certificateUrls(this.config.PUBLIC_URL);
    await this.mail.queue(m, {
      template: 'certificate-issued',
      to: facts.email,
      locale: facts.locale,
      userId: facts.userId,
      params: {
        name: facts.holderName,
        courseTitle: facts.title,
        link: urls.myCertificates(),
        verifyLink: urls.verify(c.code),
      },
    });
  }

  private async facts(m: EntityManager, enrolment: Enrolment): Promise<IssueFacts> {
    const [row] = await m.query<IssueFacts[]>(
      `SELECT u.id AS "userId", u.name AS "holderName", u.email, u.locale,
              c.id AS "courseId", c.slug, c.title, c.summary, c.language, c.learning_outcomes AS "learningOutcomes",
              c.eqf_level AS "eqfLevel", c.workload_hours AS "workloadHours",
              o.id AS "organisationId", o.name AS "organisationName", o.country
         FROM users u, courses c JOIN organisations o ON o.id = c.organisation_id
        WHERE u.id = $1 AND c.id = $2`,
      [enrolment.userId, enrolment.courseId],
    );
    return row;
  }

  /** The mean of the learner's final grades on the course's required quizzes; null without any. */
  private async meanRequiredQuizScore(
    m: EntityManager,
    userId: string,
    courseId: string,
  ): Promise<number | null> {
    return meanOfFinalGrades(
      await m.query<RequiredQuizResult[]>(
        `SELECT q.id AS "quizId", q.grading_method AS method, a.number, a.score_percent AS score
           FROM quizzes q JOIN lessons l ON l.id = q.lesson_id AND l.required AND l.deleted_at IS NULL
           LEFT JOIN quiz_attempts a ON a.quiz_id = q.id AND a.user_id = $1 AND a.status = 'graded'
          WHERE q.course_id = $2`,
        [userId, courseId],
      ),
    );
  }
}
