import { Jobs, QuestionInput } from '@campus/contracts';
import { QUEUES, type QueueMap } from '@campus/server-jobs';
import { AttemptGradingService } from '@campus/server-quizzes';
import { OrganisationFactory, SmtpCapture, UserFactory } from '@campus/server-testing';
import type { DataSource } from 'typeorm';
import { startWorker, waitUntil, type TestWorker } from './support';

/**
 * Grading jobs that arrive together are graded in one transaction; an attempt that cannot be
 * graded fails its own job only: the batch is rolled back and every attempt graded alone, so the
 * others are graded exactly once and the bad one is retried by BullMQ until it can be.
 */
const CHOICE = QuestionInput.parse({
  type: 'single_choice',
  prompt: 'Pick B',
  content: {
    options: [
      { id: 'a', text: 'A', correct: false },
      { id: 'b', text: 'B', correct: true },
    ],
  },
});
const SHORT = QuestionInput.parse({
  type: 'short_answer',
  prompt: 'Say Erasmus',
  content: { accepted: ['Erasmus'] },
});

interface Course {
  courseId: string;
  pageLessonId: string;
  quizLessonId: string;
  quizId: string;
  versionIds: [string, string];
}

/** A published course: a required page, then a quiz (pass 50%) of a choice and a short answer. */
async function courseWithQuiz(ds: DataSource): Promise<Course> {
  const org = await OrganisationFactory.create(ds);
  const one = async <T>(sql: string, values: unknown[]) => (await ds.query<T[]>(sql, values))[0];
  const { id: courseId } = await one<{ id: string }>(
    `INSERT INTO courses (organisation_id, slug, title, language, status, published_at)
     VALUES ($1, $2, 'Batch', 'en', 'published', now()) RETURNING id`,
    [org.id, `batch-${Math.random().toString(36).slice(2, 10)}`],
  );
  const { id: moduleId } = await one<{ id: string }>(
    `INSERT INTO course_modules (course_id, position, title) VALUES ($1, 1, 'M') RETURNING id`,
    [courseId],
  );
  const lesson = (position: number, kind: string) =>
    one<{ id: string }>(
      `INSERT INTO lessons (course_id, module_id, position, title, kind) VALUES ($1, $2, $3, 'L', $4) RETURNING id`,
      [courseId, moduleId, position, kind],
    );
  const pageLessonId = (await lesson(1, 'page')).id;
  const quizLessonId = (await lesson(2, 'quiz')).id;
  const { id: quizId } = await one<{ id: string }>(
    `INSERT INTO quizzes (course_id, lesson_id, pass_percent) VALUES ($1, $2, 50) RETURNING id`,
    [courseId, quizLessonId],
  );
  const version = async ({ type, prompt, content }: QuestionInput) => {
    const { id: questionId } = await one<{ id: string }>(
      `INSERT INTO questions (course_id) VALUES ($1) RETURNING id`,
      [courseId],
    );
    return (
      await one<{ id: string }>(
        `INSERT INTO question_versions (question_id, version, type, prompt, content)
         VALUES ($1, 1, $2, $3, $4) RETURNING id`,
        [questionId, type, prompt, JSON.stringify(content)],
      )
    ).id;
  };
  return {
    courseId,
    pageLessonId,
    quizLessonId,
    quizId,
    versionIds: [await version(CHOICE), await version(SHORT)],
  };
}

/** An enrolled learner's submitted attempt with `answers` (one per question); returns its id and enrolment. */
async function submittedAttempt(
  ds: DataSource,
  c: Course,
  answers: [unknown, unknown],
  opts: { pageDone?: boolean } = {},
): Promise<{ attemptId: string; enrolmentId: string }> {
  const org = await OrganisationFactory.create(ds);
  const user = await UserFactory.member(ds, org, 'learner');
  const [{ id: enrolmentId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO enrolments (user_id, course_id, source) VALUES ($1, $2, 'self') RETURNING id`,
    [user.id, c.courseId],
  );
  if (opts.pageDone)
    await ds.query(`INSERT INTO lesson_progress (enrolment_id, lesson_id) VALUES ($1, $2)`, [
      enrolmentId,
      c.pageLessonId,
    ]);
  const [{ id: attemptId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO quiz_attempts (quiz_id, user_id, number, status, seed, submitted_at, submitted_by)
     VALUES ($1, $2, 1, 'submitted', 's', now(), 'learner') RETURNING id`,
    [c.quizId, user.id],
  );
  await ds.query(
    `INSERT INTO attempt_items (attempt_id, position, question_version_id, points, response)
     VALUES ($1, 1, $2, 1, $3), ($1, 2, $4, 1, $5)`,
    [attemptId, c.versionIds[0], JSON.stringify(answers[0]), c.versionIds[1], JSON.stringify(answers[1])],
  );
  return { attemptId, enrolmentId };
}

describe('grading in batches', () => {
  const smtp = new SmtpCapture();
  let w: TestWorker;
  beforeAll(async () => {
    await smtp.listen();
    // A long window: every job of the test lands in one batch.
    w = await startWorker({ SMTP_URL: smtp.url, GRADING_BATCH_WINDOW_MS: '400' });
  });
  afterAll(async () => {
    await w.ds.query(`DROP TRIGGER IF EXISTS grading_batch_spec_fault ON quiz_attempts`);
    await w.close();
    await smtp.close();
  });

  it('grades the good attempts of a batch once and fails only the bad one, which a retry then grades', async () => {
    const c = await courseWithQuiz(w.ds);
    const right: [unknown, unknown] = [{ optionId: 'b' }, { text: ' erasmus ' }];
    const half: [unknown, unknown] = [{ optionId: 'b' }, { text: 'horizon' }];
    const wrong: [unknown, unknown] = [{ optionId: 'a' }, { text: 'horizon' }];
    const passed = await submittedAttempt(w.ds, c, right);
    const halfWay = await submittedAttempt(w.ds, c, half);
    const failed = await submittedAttempt(w.ds, c, wrong);
    const completes = await submittedAttempt(w.ds, c, right, { pageDone: true });
    const bad = await submittedAttempt(w.ds, c, right);
    const good = [passed, halfWay, failed, completes];
    // The bad attempt fails at its attempt UPDATE, after the batch already wrote every item.
    await w.ds.query(`
      CREATE OR REPLACE FUNCTION grading_batch_spec_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'attempt % cannot be graded', NEW.id; END $$;
      CREATE TRIGGER grading_batch_spec_fault BEFORE UPDATE ON quiz_attempts FOR EACH ROW
        WHEN (NEW.id = '${bad.attemptId}' AND NEW.status <> 'submitted') EXECUTE FUNCTION grading_batch_spec_fault();
    `);
    const gradeMany = jest.spyOn(w.ctx.get(AttemptGradingService), 'gradeMany');

    const all = [...good, bad].map((a) => a.attemptId);
    await w.ds.query(
      `INSERT INTO outbox_events (job, payload, job_id)
       SELECT 'gradeAttempt', jsonb_build_object('attemptId', a), 'grade-attempt-' || a FROM unnest($1::uuid[]) a`,
      [all],
    );
    const attempts = () =>
      w.ds.query<{ id: string; status: string; auto_gradings: number; score_percent: string | null }[]>(
        `SELECT id, status, auto_gradings, score_percent FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
        [all],
      );
    const queue = w.ctx.get<symbol, QueueMap>(QUEUES).get(Jobs.gradeAttempt.queue)!;
    const badJob = await waitUntil('the bad attempt to fail its job', async () => {
      const job = await queue.getJob(`grade-attempt-${bad.attemptId}`);
      return job?.failedReason ? job : null;
    });
    expect(badJob.failedReason).toContain('cannot be graded');

    // One batch held them all, and it was the one that failed.
    const batches = gradeMany.mock.calls.map(([ids]) => [...ids].sort());
    expect(batches[0]).toEqual([...all].sort());
    expect(batches.slice(1).every((ids) => ids.length === 1)).toBe(true);
    const byId = new Map((await attempts()).map((a) => [a.id, a]));
    expect(byId.get(bad.attemptId)).toMatchObject({ status: 'submitted', auto_gradings: 0 });
    expect(good.map((a) => byId.get(a.attemptId))).toEqual([
      expect.objectContaining({ status: 'graded', auto_gradings: 1, score_percent: '100.00' }),
      expect.objectContaining({ status: 'graded', auto_gradings: 1, score_percent: '50.00' }),
      expect.objectContaining({ status: 'graded', auto_gradings: 1, score_percent: '0.00' }),
      expect.objectContaining({ status: 'graded', auto_gradings: 1, score_percent: '100.00' }),
    ]);
    const items = await w.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM attempt_items WHERE attempt_id = $1 AND graded_at IS NOT NULL`,
      [bad.attemptId],
    );
    expect(items[0].n).toBe(0); // the failed batch's writes were rolled back

    // The quiz lesson is done for those who passed (50% passes), and one course is now complete.
    const enrolments = await w.ds.query<
      { id: string; status: string; progress_percent: number; last_lesson_id: string; lessons: string[] }[]
    >(
      `SELECT e.id, e.status, e.progress_percent, e.last_lesson_id,
              coalesce(array_agg(p.lesson_id) FILTER (WHERE p.lesson_id IS NOT NULL), '{}') AS lessons
         FROM enrolments e LEFT JOIN lesson_progress p ON p.enrolment_id = e.id
        WHERE e.id = ANY($1::uuid[]) GROUP BY e.id`,
      [good.map((a) => a.enrolmentId)],
    );
    const enrolment = new Map(enrolments.map((e) => [e.id, e]));
    expect(enrolment.get(passed.enrolmentId)).toMatchObject({
      status: 'active',
      progress_percent: 50,
      last_lesson_id: c.quizLessonId,
      lessons: [c.quizLessonId],
    });
    expect(enrolment.get(halfWay.enrolmentId)).toMatchObject({ progress_percent: 50 });
    expect(enrolment.get(failed.enrolmentId)).toMatchObject({
      status: 'active',
      progress_percent: 0,
      last_lesson_id: c.quizLessonId,
      lessons: [],
    });
    expect(enrolment.get(completes.enrolmentId)).toMatchObject({
      status: 'completed',
      progress_percent: 100,
    });
    const completedEvents = await w.ds.query<{ payload: { enrolmentId: string } }[]>(
      `SELECT payload FROM outbox_events WHERE job = 'courseCompleted' AND payload->>'enrolmentId' = ANY($1::text[])`,
      [good.map((a) => a.enrolmentId)],
    );
    expect(completedEvents.map((e) => e.payload.enrolmentId)).toEqual([completes.enrolmentId]);

    // Fixed: BullMQ's retry grades the bad attempt, alone, once.
    await w.ds.query(`DROP TRIGGER grading_batch_spec_fault ON quiz_attempts`);
    await waitUntil('the retried attempt to be graded', async () =>
      (await attempts()).find((a) => a.id === bad.attemptId && a.status === 'graded'),
    );
    // A second run of every job changes nothing.
    expect([...(await w.ctx.get(AttemptGradingService).gradeMany(all))]).toEqual([]);
    expect((await attempts()).map((a) => a.auto_gradings)).toEqual([1, 1, 1, 1, 1]);
  });
});
