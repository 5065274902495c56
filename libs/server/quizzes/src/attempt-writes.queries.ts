import type { QuizAttempt } from '@campus/server-db';

/**
 * One autosave. $1 attempt, $2 position, $3 response JSON, $4 learner, $5 grace seconds, $6 the
 * question version the response was validated against (a regrade may have moved the item since).
 * No row: not the learner's, over, past deadline plus grace, or the version moved.
 */
export const SAVE_RESPONSE = `
  UPDATE attempt_items i SET response = $3, saved_at = now()
    FROM quiz_attempts a
   WHERE a.id = i.attempt_id AND i.attempt_id = $1 AND i.position = $2 AND a.user_id = $4
     AND i.question_version_id = $6
     AND a.status = 'in_progress'
     AND (a.deadline_at IS NULL OR now() <= a.deadline_at + make_interval(secs => $5))
  RETURNING i.saved_at AS "savedAt"`;

/**
 * Many autosaves in one statement, each row guarded as SAVE_RESPONSE guards one: $1 attempts,
 * $2 positions, $3 responses (JSON), $4 learners, $5 question versions, as arrays of one length;
 * $6 grace seconds. Returns the rows written; a save with no row was refused.
 */
export const SAVE_RESPONSES = `
  UPDATE attempt_items i SET response = x.response, saved_at = now()
    FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::uuid[], $5::uuid[])
           AS x(attempt_id, position, response, user_id, version_id)
    JOIN quiz_attempts a ON a.id = x.attempt_id
   WHERE i.attempt_id = x.attempt_id AND i.position = x.position AND a.user_id = x.user_id
     AND i.question_version_id = x.version_id
     AND a.status = 'in_progress'
     AND (a.deadline_at IS NULL OR now() <= a.deadline_at + make_interval(secs => $6))
  RETURNING i.attempt_id AS "attemptId", i.position, i.saved_at AS "savedAt"`;

/** What a submit answers with. */
export type AttemptSummaryRow = Pick<
  QuizAttempt,
  'id' | 'number' | 'status' | 'startedAt' | 'deadlineAt' | 'submittedAt' | 'scorePercent' | 'passed'
>;

/**
 * The learner's submit and its grading job, in one statement (so one transaction). $1 attempt,
 * $2 learner, $3 grace seconds, $4-$6 outbox job, payload and job id. No row: not the learner's,
 * already submitted, or too late.
 */
export const SUBMIT_ATTEMPT = `
  WITH submitted AS (
    UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), submitted_by = 'learner'
     WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
       AND (deadline_at IS NULL OR now() <= deadline_at + make_interval(secs => $3))
    RETURNING id, number, status, started_at, deadline_at, submitted_at
  ), queued AS (
    INSERT INTO outbox_events (job, payload, job_id) SELECT $4, $5::jsonb, $6 FROM submitted
  )
  SELECT id, number, status, started_at AS "startedAt", deadline_at AS "deadlineAt",
         submitted_at AS "submittedAt", NULL::numeric AS "scorePercent", NULL::boolean AS passed
    FROM submitted`;
