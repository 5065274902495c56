import type { Course, Quiz } from '@campus/server-db';
import type { BankQuestion, SlotSpec } from './attempt-builder';

/** Everything a start decides on, read in one statement before the attempt is written. */
export interface StartContext
  extends
    Pick<
      Quiz,
      | 'courseId'
      | 'lessonId'
      | 'attemptsAllowed'
      | 'timeLimitSeconds'
      | 'opensAt'
      | 'closesAt'
      | 'shuffleQuestions'
      | 'shuffleOptions'
    >,
    Pick<Course, 'organisationId' | 'status' | 'visibility'> {
  lessonLive: boolean;
  enrolled: boolean;
  openAttemptId: string | null;
  /** Attempts this learner has made on the quiz, in any state. */
  made: number;
  slots: SlotSpec[];
  /** Current versions of the course's questions (archived ones only for fixed slots that name them). */
  bank: BankQuestion[];
  /** The transaction's start on the database clock: deadlines come from it. */
  now: Date;
}

/** $1 quiz id, $2 learner id. No row: no such quiz. */
export const START_CONTEXT = `
  SELECT q.course_id AS "courseId", q.lesson_id AS "lessonId", q.attempts_allowed AS "attemptsAllowed",
         q.time_limit_seconds AS "timeLimitSeconds", q.opens_at AS "opensAt", q.closes_at AS "closesAt",
         q.shuffle_questions AS "shuffleQuestions", q.shuffle_options AS "shuffleOptions",
         c.organisation_id AS "organisationId", c.status, c.visibility,
         EXISTS (SELECT 1 FROM lessons l WHERE l.id = q.lesson_id AND l.deleted_at IS NULL) AS "lessonLive",
         EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = $2 AND e.course_id = q.course_id) AS enrolled,
         (SELECT a.id FROM quiz_attempts a
           WHERE a.quiz_id = q.id AND a.user_id = $2 AND a.status = 'in_progress') AS "openAttemptId",
         (SELECT count(*)::int FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = $2) AS made,
         (SELECT coalesce(json_agg(json_build_object(
                   'position', s.position, 'questionId', s.question_id, 'tag', s.tag,
                   'drawCount', s.draw_count, 'points', s.points) ORDER BY s.position), '[]')
            FROM quiz_slots s WHERE s.quiz_id = q.id) AS slots,
         (SELECT coalesce(json_agg(json_build_object(
                   'questionId', b.id, 'versionId', v.id, 'type', v.type, 'prompt', v.prompt,
                   'content', v.content, 'tags', b.tags) ORDER BY b.created_at, b.id), '[]')
            FROM questions b JOIN question_versions v ON v.question_id = b.id AND v.version = b.current_version
           WHERE b.course_id = q.course_id
             AND (b.archived_at IS NULL
                  OR b.id IN (SELECT question_id FROM quiz_slots WHERE question_id IS NOT NULL))) AS bank,
         now() AS now
    FROM quizzes q JOIN courses c ON c.id = q.course_id
   WHERE q.id = $1`;

/**
 * The attempt, its items and (with a deadline) its automatic submission in the outbox, in one
 * statement. $1 attempt id, $2 quiz, $3 learner, $4 number, $5 seed, $6 started at, $7 deadline,
 * $8 items as JSON [{position, versionId, points, displayOrder}], $9-$12 outbox job, payload,
 * job id and due time (no row when $12 is null).
 */
export const INSERT_ATTEMPT = `
  WITH attempt AS (
    INSERT INTO quiz_attempts (id, quiz_id, user_id, number, status, seed, started_at, deadline_at)
    VALUES ($1, $2, $3, $4, 'in_progress', $5, $6, $7)
    RETURNING id
  ), items AS (
    INSERT INTO attempt_items (attempt_id, position, question_version_id, points, display_order)
    SELECT attempt.id, x.position, x."versionId", x.points, x."displayOrder"
      FROM attempt,
           jsonb_to_recordset($8::jsonb) AS x(position int, "versionId" uuid, points int, "displayOrder" jsonb)
  )
  INSERT INTO outbox_events (job, payload, job_id, available_at)
  SELECT $9, $10::jsonb, $11, $12::timestamptz FROM attempt WHERE $12::timestamptz IS NOT NULL`;
