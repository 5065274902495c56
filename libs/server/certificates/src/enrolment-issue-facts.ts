import type { DataSource } from 'typeorm';
import type { GradingMethod } from '@campus/contracts';
import { sqlPool } from '@campus/server-db';
import { finalGrade } from '@campus/server-grading';

/** What a course certificate states about its holder, course and school. */
export interface IssueFacts {
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

/** A graded attempt (or its absence: number and score null) on one of the course's required quizzes. */
export interface RequiredQuizResult {
  quizId: string;
  method: GradingMethod;
  number: number | null;
  score: number | string | null;
}

/** Everything issuing needs about one enrolment, read before anything is locked. */
export interface EnrolmentIssueFacts extends IssueFacts {
  enrolmentId: string;
  status: string;
  /** The holder's live certificate for this course, if there is one already. */
  live: { id: string; pdfKey: string | null } | null;
  meanScorePercent: number | null;
}

/**
 * The certificate's facts, the live certificate and the required quizzes' results of one
 * enrolment in one round trip (issuing used to read them in four). Null when the enrolment is gone.
 */
export async function enrolmentIssueFacts(
  ds: DataSource,
  enrolmentId: string,
): Promise<EnrolmentIssueFacts | null> {
  const {
    rows: [row],
  } = await sqlPool(ds).query<
    Omit<EnrolmentIssueFacts, 'live' | 'meanScorePercent'> & {
      liveId: string | null;
      livePdfKey: string | null;
      quizResults: RequiredQuizResult[];
    }
  >({
    name: 'certificates-enrolment-issue-facts',
    text: `SELECT e.id AS "enrolmentId", e.status, u.id AS "userId", u.name AS "holderName", u.email, u.locale,
                  c.id AS "courseId", c.slug, c.title, c.summary, c.language, c.learning_outcomes AS "learningOutcomes",
                  c.eqf_level AS "eqfLevel", c.workload_hours AS "workloadHours",
                  o.id AS "organisationId", o.name AS "organisationName", o.country,
                  live.id AS "liveId", live.pdf_key AS "livePdfKey",
                  (SELECT coalesce(json_agg(json_build_object('quizId', q.id, 'method', q.grading_method,
                                                              'number', a.number, 'score', a.score_percent)), '[]')
                     FROM quizzes q JOIN lessons l ON l.id = q.lesson_id AND l.required AND l.deleted_at IS NULL
                     LEFT JOIN quiz_attempts a ON a.quiz_id = q.id AND a.user_id = e.user_id AND a.status = 'graded'
                    WHERE q.course_id = e.course_id) AS "quizResults"
             FROM enrolments e
             JOIN users u ON u.id = e.user_id
             JOIN courses c ON c.id = e.course_id
             JOIN organisations o ON o.id = c.organisation_id
             LEFT JOIN LATERAL (SELECT id, pdf_key FROM certificates
                                 WHERE holder_id = e.user_id AND course_id = e.course_id AND revoked_at IS NULL
                                 LIMIT 1) live ON true
            WHERE e.id = $1`,
    values: [enrolmentId],
  });
  if (!row) return null;
  const { liveId, livePdfKey, quizResults, ...facts } = row;
  return {
    ...facts,
    live: liveId ? { id: liveId, pdfKey: livePdfKey } : null,
    meanScorePercent: meanOfFinalGrades(quizResults),
  };
}

/**
 * The mean of the learner's final grades on the course's required quizzes (each quiz's grading
 * method picks its final grade), to two decimals; null when no required quiz has a graded attempt.
 */
export function meanOfFinalGrades(results: RequiredQuizResult[]): number | null {
  const byQuiz = new Map<
    string,
    { method: GradingMethod; attempts: { number: number; scorePercent: number }[] }
  >();
  for (const r of results) {
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
