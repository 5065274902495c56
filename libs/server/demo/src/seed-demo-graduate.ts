import type { EntityManager } from 'typeorm';
import { jobIdFor } from '@campus/contracts';

export const DEMO_GRADUATE = {
  email: 'graduate@demo.campus',
  courseSlug: 'setting-up-an-international-office',
};

/**
 * The demo graduate has completed the English course: an enrolment with every required lesson
 * done, and the `courseCompleted` outbox event, so the worker issues the certificate exactly as
 * for anyone else (within seconds of `npm start`). Only once: an existing enrolment is left alone.
 */
export async function seedDemoGraduate(m: EntityManager, graduate = DEMO_GRADUATE): Promise<void> {
  const [row] = await m.query<{ userId: string; courseId: string }[]>(
    `SELECT u.id AS "userId", c.id AS "courseId" FROM users u, courses c WHERE lower(u.email) = $1 AND c.slug = $2`,
    [graduate.email, graduate.courseSlug],
  );
  if (!row) return;
  const inserted = await m.query<{ id: string }[]>(
    `INSERT INTO enrolments (user_id, course_id, source, status, progress_percent, completed_at, last_activity_at)
     VALUES ($1, $2, 'self', 'completed', 100, now(), now())
     ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id`,
    [row.userId, row.courseId],
  );
  const enrolmentId = inserted[0]?.id;
  if (!enrolmentId) return;
  await m.query(
    `INSERT INTO lesson_progress (enrolment_id, lesson_id)
     SELECT $1, id FROM lessons WHERE course_id = $2 AND required AND deleted_at IS NULL`,
    [enrolmentId, row.courseId],
  );
  const payload = { enrolmentId };
  await m.query(`INSERT INTO outbox_events (job, payload, job_id) VALUES ('courseCompleted', $1, $2)`, [
    JSON.stringify(payload),
    jobIdFor.courseCompleted(payload),
  ]);
}
