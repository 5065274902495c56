import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { Enrolment } from '@campus/server-db';
import { buildOpenBadgeCredential, newVerificationCode, signCredential } from '@campus/server-credentials';
import { EmailOutbox } from '@campus/server-notifications';
import { finalGrade } from '@campus/server-grading';
import type { GradingMethod } from '@campus/contracts';
import { CertificatePdfService } from './certificate-pdf.service';
import { certificateUrls } from './certificate-urls';
import { SigningKeysService, type ActiveKey } from './signing-keys.service';
import { allocateStatusIndex, type StatusSlot } from './status-lists';

/** What issuing takes from outside the issuing transaction (see `reserve`). */
export interface IssueReservation {
  slot: StatusSlot;
  key: ActiveKey;
}

interface IssueFacts {
  userId: string;
  holderName: string;
  email: string;
  locale: string;
  courseId: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  learningOutcomes: string[];
  eqfLevel: number | null;
  workloadHours: number;
  organisationId: string;
  organisationName: string;
  country: string;
}

/**
 * Issues course certificates from `course.completed` events: exactly one live certificate per
 * holder and course, however many events or job runs (the enrolment row lock serialises issuers,
 * the partial unique index is the last word). The PDF is rendered after the row commits; a run
 * that finds the row without its PDF renders it then.
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
    // A repeated event finds its certificate without spending a status-list index.
    const [existing] = await this.ds.query<{ id: string; pdfKey: string | null }[]>(
      `SELECT c.id, c.pdf_key AS "pdfKey" FROM certificates c JOIN enrolments e ON e.id = $1
        WHERE c.holder_id = e.user_id AND c.course_id = e.course_id AND c.revoked_at IS NULL`,
      [enrolmentId],
    );
    if (existing) {
      if (!existing.pdfKey) await this.pdf.ensure(existing.id);
      return existing.id;
    }
    const reservation = await this.reserve();
    const id = await this.ds.transaction(async (m) => {
      const enrolment = await m.findOne(Enrolment, {
        where: { id: enrolmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!enrolment || enrolment.status !== 'completed') return null;
      const [live] = await m.query<{ id: string }[]>(
        `SELECT id FROM certificates WHERE holder_id = $1 AND course_id = $2 AND revoked_at IS NULL`,
        [enrolment.userId, enrolment.courseId],
      );
      if (live) return live.id;
      return this.issue(m, enrolment, reservation);
    });
    if (id) await this.pdf.ensure(id);
    return id;
  }

  /**
   * The signing key (the active one now, so a rotation on any replica applies to the next issue)
   * and a status-list index for a certificate about to be issued. Taken before the issuing
   * transaction opens: an issuer must never hold one pooled connection while waiting for another
   * (with every connection held by issuers, that wait would never end), and the list's row lock
   * then lasts one statement. An index left unused by a rollback stays 0 forever.
   */
  async reserve(): Promise<IssueReservation> {
    return { key: await this.keys.activeKey(), slot: await allocateStatusIndex(this.ds) };
  }

  /** A new certificate for a completed enrolment, inside the caller's transaction. */
  async issue(m: EntityManager, enrolment: Enrolment, { slot, key }: IssueReservation): Promise<string> {
    const facts = await this.facts(m, enrolment);
    const { listId, index } = slot;
    const id = randomUUID();
    const code = newVerificationCode();
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
      meanScorePercent: await this.meanRequiredQuizScore(m, facts.userId, facts.courseId),
      statusListUrl: urls.statusList(listId),
      statusIndex: index,
    });
    const jwt = await signCredential(credential, { privateJwk: key.privateJwk, kid: key.kid });
    await m.query(
      `INSERT INTO certificates (id, achievement_kind, holder_id, holder_name, course_id, enrolment_id,
                                 organisation_id, verification_code, issued_at, credential, credential_jwt, kid,
                                 status_list_id, status_index, locale)
       VALUES ($1, 'course', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        facts.userId,
        facts.holderName,
        facts.courseId,
        enrolment.id,
        facts.organisationId,
        code,
        issuedAt,
        JSON.stringify(credential),
        jwt,
        key.kid,
        listId,
        index,
        facts.locale,
      ],
    );
    await this.mail.queue(m, {
      template: 'certificate-issued',
      to: facts.email,
      locale: facts.locale,
      userId: facts.userId,
      params: {
        name: facts.holderName,
        courseTitle: facts.title,
        link: urls.myCertificates(),
        verifyLink: urls.verify(code),
      },
    });
    this.log.log({ certificateId: id, enrolmentId: enrolment.id }, 'certificate issued');
    return id;
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
    const rows = await m.query<
      { quizId: string; method: GradingMethod; number: number | null; score: string | null }[]
    >(
      `SELECT q.id AS "quizId", q.grading_method AS method, a.number, a.score_percent AS score
         FROM quizzes q JOIN lessons l ON l.id = q.lesson_id AND l.required AND l.deleted_at IS NULL
         LEFT JOIN quiz_attempts a ON a.quiz_id = q.id AND a.user_id = $1 AND a.status = 'graded'
        WHERE q.course_id = $2`,
      [userId, courseId],
    );
    const byQuiz = new Map<
      string,
      { method: GradingMethod; attempts: { number: number; scorePercent: number }[] }
    >();
    for (const r of rows) {
      const entry = byQuiz.get(r.quizId) ?? { method: r.method, attempts: [] };
      if (r.number !== null && r.score !== null)
        entry.attempts.push({ number: r.number, scorePercent: Number(r.score) });
      byQuiz.set(r.quizId, entry);
    }
    const finals = [...byQuiz.values()]
      .map((q) => finalGrade(q.method, q.attempts))
      .filter((g): g is number => g !== null);
    if (finals.length === 0) return null;
    return Math.round((finals.reduce((a, b) => a + b, 0) / finals.length) * 100) / 100;
  }
}
