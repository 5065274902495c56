import { sqlPool, type Organisation, type User } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { AttemptsService, QuestionVersionCache } from '@campus/server-quizzes';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { accessTokenFor } from './support/access-tokens';
import { addQuizLesson, draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, type TestApp } from './support/test-app';

const CHOICE = {
  type: 'single_choice',
  prompt: 'Which key action funds staff mobility?',
  content: {
    options: [
      { id: 'a', text: 'KA1', correct: true },
      { id: 'b', text: 'KA2', correct: false },
      { id: 'c', text: 'KA3', correct: false },
    ],
  },
};
const TRUE_FALSE = {
  type: 'true_false',
  prompt: 'Mobility needs a learning agreement.',
  content: { correct: true },
};

/**
 * Start, autosave and submit answer from what the api holds in memory (an attempt's learner and
 * question versions) with one guarded write each. These tests prove the memory never answers
 * wrongly: not for someone else, not after the attempt closed elsewhere, not after a regrade, and
 * not in another api process that never saw the start.
 */
describe('attempts on the hot path: start, autosave and submit', () => {
  let t: TestApp;
  let school: Organisation;
  let trainer: string;
  let courseId: string;
  let moduleId: string;
  let choiceId: string;
  let trueFalseId: string;

  beforeAll(async () => {
    t = await createTestApp({ QUIZ_GRACE_SECONDS: '1' });
    school = await OrganisationFactory.create(t.ds);
    trainer = await accessTokenFor(t, await UserFactory.member(t.ds, school, 'trainer'));
    ({ courseId, moduleId } = await draftCourseWithModule(
      t,
      school.id,
      trainer,
      { title: 'Hot path' },
      'Quizzes',
    ));
    choiceId = (await question(CHOICE)).id;
    trueFalseId = (await question(TRUE_FALSE)).id;
    await quiz('Published check', { attemptsAllowed: null, slots: [{ questionId: trueFalseId }] });
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);
  });
  afterAll(() => t.close());

  async function question(body: object): Promise<{ id: string }> {
    const res = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/questions`)
      .set(bearer(trainer))
      .send(body)
      .expect(201);
    return res.body;
  }

  const quiz = (title: string, settings: object) => addQuizLesson(t, trainer, moduleId, title, settings);

  async function enrolledLearner(): Promise<{ user: User; token: string }> {
    const user = await UserFactory.member(t.ds, school, 'learner');
    const token = await accessTokenFor(t, user);
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(token)).expect(200);
    return { user, token };
  }

  const start = (quizId: string, token: string) =>
    t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token));
  const save = (attemptId: string, position: number, response: unknown, token: string) =>
    t.http().put(`/api/attempts/${attemptId}/responses/${position}`).set(bearer(token)).send({ response });
  const submit = (attemptId: string, token: string) =>
    t.http().post(`/api/attempts/${attemptId}/submit`).set(bearer(token));

  /** Another api process over the same database: its memory has never seen these attempts. */
  function otherProcess(): AttemptsService {
    return new AttemptsService(t.ds, t.config, new QuestionVersionCache(t.ds));
  }
  const actorOf = (user: User): Actor => ({
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: 'en',
    isPlatformAdmin: false,
    memberships: new Map([[school.id, 'learner']]),
  });

  it('answers a start with exactly what a reload reads back, and queues the automatic submission', async () => {
    const quizId = await quiz('Timed', {
      attemptsAllowed: 2,
      timeLimitMinutes: 30,
      shuffleOptions: true,
      slots: [{ questionId: choiceId, points: 2 }, { questionId: trueFalseId }],
    });
    const { token } = await enrolledLearner();
    const started = await start(quizId, token).expect(201);
    const reloaded = await t.http().get(`/api/attempts/${started.body.id}`).set(bearer(token)).expect(200);
    const { serverNow: _started, ...startedView } = started.body;
    const { serverNow: _reloaded, ...reloadedView } = reloaded.body;
    expect(startedView).toEqual(reloadedView);
    expect(startedView).toMatchObject({
      number: 1,
      status: 'in_progress',
      submittedAt: null,
      graceSeconds: 1,
    });
    expect(Date.parse(started.body.deadlineAt) - Date.parse(started.body.startedAt)).toBe(30 * 60_000);
    const outbox = await t.ds.query<{ jobId: string; availableAt: Date; status: string }[]>(
      `SELECT job_id AS "jobId", available_at AS "availableAt", status FROM outbox_events
        WHERE job = 'closeAttempt' AND payload->>'attemptId' = $1`,
      [started.body.id],
    );
    expect(outbox).toEqual([
      {
        jobId: `close-attempt-${started.body.id}`,
        availableAt: new Date(Date.parse(started.body.deadlineAt) + 1000),
        status: 'pending',
      },
    ]);
  });

  it('gives one attempt to parallel starts; the others hear 409 ATTEMPT_IN_PROGRESS naming it', async () => {
    const quizId = await quiz('Raced', {
      attemptsAllowed: 1,
      timeLimitMinutes: 10,
      slots: [{ questionId: choiceId }],
    });
    const { user, token } = await enrolledLearner();
    const results = await Promise.all(Array.from({ length: 8 }, () => start(quizId, token)));
    const winners = results.filter((r) => r.status === 201);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.status !== 201)) {
      expectProblem(loser, 409, 'ATTEMPT_IN_PROGRESS');
      expect(loser.body.attemptId).toBe(winners[0].body.id);
    }
    const [{ attempts, closes }] = await t.ds.query<{ attempts: number; closes: number }[]>(
      `SELECT (SELECT count(*)::int FROM quiz_attempts WHERE quiz_id = $1 AND user_id = $2) AS attempts,
              (SELECT count(*)::int FROM outbox_events WHERE job = 'closeAttempt' AND payload->>'attemptId' = $3) AS closes`,
      [quizId, user.id, winners[0].body.id],
    );
    expect({ attempts, closes }).toEqual({ attempts: 1, closes: 1 });
    // Submitted, the one allowed attempt is used up.
    await submit(winners[0].body.id, token).expect(202);
    expectProblem(await start(quizId, token), 409, 'NO_ATTEMPTS_LEFT');
  });

  it('keeps every reason a start is refused', async () => {
    const { token } = await enrolledLearner();
    const notYet = await quiz('Not yet', {
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      slots: [{ questionId: choiceId }],
    });
    expectProblem(await start(notYet, token), 409, 'QUIZ_NOT_OPEN');
    const empty = await quiz('Empty', { slots: [{ tag: 'no-such-tag', count: 1 }] });
    expectProblem(await start(empty, token), 409, 'CONFLICT');
    expectProblem(await start('00000000-0000-4000-8000-000000000000', token), 404, 'NOT_FOUND');
    const outsider = await accessTokenFor(t, await UserFactory.member(t.ds, school, 'learner'));
    expectProblem(await start(empty, outsider), 403, 'FORBIDDEN');
    const elsewhere = await accessTokenFor(t, await UserFactory.create(t.ds));
    // The course is public, so a stranger sees it (403, not enrolled); a draft course would be 404.
    expectProblem(await start(empty, elsewhere), 403, 'FORBIDDEN');
  });

  it('refuses, from memory, a bad response naming `response` and another learner with 404', async () => {
    const quizId = await quiz('Validated', { attemptsAllowed: null, slots: [{ questionId: choiceId }] });
    const owner = await enrolledLearner();
    const other = await enrolledLearner();
    const { body: attempt } = await start(quizId, owner.token).expect(201);
    await save(attempt.id, 1, { optionId: 'a' }, owner.token).expect(200);
    const bad = await save(attempt.id, 1, { optionId: 'zzz' }, owner.token);
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'response' })]);
    expectProblem(await save(attempt.id, 1, { optionId: 'b' }, other.token), 404, 'NOT_FOUND');
    expectProblem(await save(attempt.id, 2, { optionId: 'a' }, owner.token), 404, 'NOT_FOUND');
    expectProblem(await submit(attempt.id, other.token), 404, 'NOT_FOUND');
    const [{ response }] = await t.ds.query<{ response: unknown }[]>(
      `SELECT response FROM attempt_items WHERE attempt_id = $1`,
      [attempt.id],
    );
    expect(response).toEqual({ optionId: 'a' });
  });

  it('refuses with 409 a save to an attempt closed elsewhere (the deadline job, another process)', async () => {
    const quizId = await quiz('Closed elsewhere', {
      attemptsAllowed: null,
      slots: [{ questionId: trueFalseId }],
    });
    const { token } = await enrolledLearner();
    const byJob = (await start(quizId, token).expect(201)).body;
    await save(byJob.id, 1, { value: true }, token).expect(200);
    // What the worker's deadline job does to an attempt whose time ran out.
    await t.ds.query(
      `UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), submitted_by = 'deadline' WHERE id = $1`,
      [byJob.id],
    );
    expectProblem(await save(byJob.id, 1, { value: false }, token), 409, 'ATTEMPT_CLOSED');
    expectProblem(await submit(byJob.id, token), 409, 'ATTEMPT_CLOSED');

    const pastDeadline = (await start(quizId, token).expect(201)).body;
    await t.ds.query(`UPDATE quiz_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [
      pastDeadline.id,
    ]);
    expectProblem(await save(pastDeadline.id, 1, { value: false }, token), 409, 'ATTEMPT_CLOSED');
    await t.ds.query(
      `UPDATE quiz_attempts SET status = 'submitted', submitted_by = 'deadline' WHERE id = $1`,
      [pastDeadline.id],
    );

    const erased = (await start(quizId, token).expect(201)).body;
    await t.ds.query(`DELETE FROM quiz_attempts WHERE id = $1`, [erased.id]);
    expectProblem(await save(erased.id, 1, { value: false }, token), 404, 'NOT_FOUND');
  });

  it('stores autosaves arriving together in one statement, each caller hearing its own outcome', async () => {
    const quizId = await quiz('Saved together', {
      attemptsAllowed: null,
      slots: [{ questionId: choiceId }, { questionId: trueFalseId }],
    });
    const learners = await Promise.all([1, 2, 3, 4].map(() => enrolledLearner()));
    const attempts: { id: string; items: { position: number; type: string }[] }[] = [];
    for (const l of learners) attempts.push((await start(quizId, l.token).expect(201)).body);
    const closedAttempt = attempts[3];
    await t.ds.query(
      `UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), submitted_by = 'deadline' WHERE id = $1`,
      [closedAttempt.id],
    );
    const service = t.app.get(AttemptsService);
    const responseFor = (attempt: (typeof attempts)[number], position: number, n: number) =>
      attempt.items.find((i) => i.position === position)!.type === 'true_false'
        ? { value: n % 2 === 0 }
        : { optionId: ['a', 'b', 'c'][n % 3] };
    // All handed over in one turn of the event loop: one batch. Learner 0 saves position 1 twice.
    const calls = learners.flatMap((l, n) =>
      [1, 2].map((position) =>
        service.save(actorOf(l.user), attempts[n].id, position, responseFor(attempts[n], position, n)),
      ),
    );
    calls.push(service.save(actorOf(learners[0].user), attempts[0].id, 1, responseFor(attempts[0], 1, 1)));
    const outcomes = await Promise.allSettled(calls);

    const saved = outcomes.slice(0, 6).concat(outcomes[8]);
    expect(saved.every((o) => o.status === 'fulfilled')).toBe(true);
    // One statement, one transaction: one database clock reading for every answer in it.
    const stamps = new Set(
      saved.map((o) => (o as PromiseFulfilledResult<{ savedAt: string }>).value.savedAt),
    );
    expect(stamps.size).toBe(1);
    for (const refused of outcomes.slice(6, 8)) {
      expect(refused.status).toBe('rejected');
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'ATTEMPT_CLOSED' });
    }
    const rows: { attemptId: string; position: number; response: unknown }[] = await t.ds.query(
      `SELECT attempt_id AS "attemptId", position, response FROM attempt_items WHERE attempt_id = ANY($1)`,
      [attempts.map((a) => a.id)],
    );
    const stored = (n: number, position: number) =>
      rows.find((r) => r.attemptId === attempts[n].id && r.position === position)?.response;
    // The later of learner 0's two saves of position 1 is the one kept.
    expect(stored(0, 1)).toEqual(responseFor(attempts[0], 1, 1));
    for (const n of [1, 2])
      for (const position of [1, 2])
        expect(stored(n, position)).toEqual(responseFor(attempts[n], position, n));
    expect(stored(3, 1)).toBeNull();
  });

  it('answers an autosave the database cannot take with 503 (never 500) and saves it once it can', async () => {
    const quizId = await quiz('Database busy', {
      attemptsAllowed: null,
      slots: [{ questionId: trueFalseId }],
    });
    const { token } = await enrolledLearner();
    const attempt = (await start(quizId, token).expect(201)).body;
    // Every connection of the api's pool held past its connect timeout: the batch cannot run.
    const pool = sqlPool(t.ds);
    const held = await Promise.all(Array.from({ length: t.config.DATABASE_POOL_SIZE }, () => pool.connect()));
    try {
      const res = await save(attempt.id, 1, { value: true }, token);
      expectProblem(res, 503, 'DEPENDENCY_DOWN');
    } finally {
      for (const c of held) c.release();
    }
    await save(attempt.id, 1, { value: true }, token).expect(200);
    const [item] = await t.ds.query(`SELECT response FROM attempt_items WHERE attempt_id = $1`, [attempt.id]);
    expect(item.response).toEqual({ value: true });
  }, 30_000);

  it('reads through in a process that never saw the start, with the same answers', async () => {
    const quizId = await quiz('Other process', { attemptsAllowed: null, slots: [{ questionId: choiceId }] });
    const owner = await enrolledLearner();
    const other = await enrolledLearner();
    const { body: attempt } = await start(quizId, owner.token).expect(201);
    const elsewhere = otherProcess();
    await expect(elsewhere.save(actorOf(other.user), attempt.id, 1, { optionId: 'a' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(elsewhere.save(actorOf(owner.user), attempt.id, 1, { optionId: 'x' })).rejects.toMatchObject(
      {
        code: 'VALIDATION_FAILED',
      },
    );
    const saved = await elsewhere.save(actorOf(owner.user), attempt.id, 1, { optionId: 'c' });
    expect(saved).toEqual({ position: 1, savedAt: expect.any(String) });
    // Submitted through this process: the other one, which holds the attempt in memory, refuses.
    await submit(attempt.id, owner.token).expect(202);
    await expect(elsewhere.save(actorOf(owner.user), attempt.id, 1, { optionId: 'a' })).rejects.toMatchObject(
      {
        code: 'ATTEMPT_CLOSED',
      },
    );
    await expect(
      elsewhere.save(actorOf(owner.user), '00000000-0000-4000-8000-000000000000', 1, { optionId: 'a' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates against the fixed question once a trainer regrades it during the attempt', async () => {
    const fixable = await question({ ...CHOICE, prompt: 'Which key action is about partnerships?' });
    const quizId = await quiz('Regraded', { attemptsAllowed: null, slots: [{ questionId: fixable.id }] });
    const { token } = await enrolledLearner();
    const { body: attempt } = await start(quizId, token).expect(201);
    await save(attempt.id, 1, { optionId: 'c' }, token).expect(200);
    // The fix replaces option c by d; the regrade moves the running attempt to the new version.
    await t
      .http()
      .put(`/api/authoring/questions/${fixable.id}`)
      .set(bearer(trainer))
      .send({
        ...CHOICE,
        prompt: 'Which key action is about partnerships?',
        content: {
          options: [
            { id: 'a', text: 'KA1', correct: false },
            { id: 'b', text: 'KA2', correct: true },
            { id: 'd', text: 'Jean Monnet', correct: false },
          ],
        },
      })
      .expect(200);
    await t
      .http()
      .post(`/api/authoring/questions/${fixable.id}/regrade`)
      .set(bearer(trainer))
      .send({ fromVersion: 1 })
      .expect(201);
    await save(attempt.id, 1, { optionId: 'd' }, token).expect(200);
    expectProblem(await save(attempt.id, 1, { optionId: 'c' }, token), 400, 'VALIDATION_FAILED');
    await submit(attempt.id, token).expect(202);
  });

  it('answers a submit with the submitted attempt and queues its grading once', async () => {
    const quizId = await quiz('Submitted', { attemptsAllowed: null, slots: [{ questionId: trueFalseId }] });
    const { token } = await enrolledLearner();
    const { body: attempt } = await start(quizId, token).expect(201);
    const first = await submit(attempt.id, token).expect(202);
    const again = await submit(attempt.id, token).expect(202);
    expect(again.body).toEqual(first.body);
    expect(first.body).toEqual({
      id: attempt.id,
      number: attempt.number,
      status: 'submitted',
      startedAt: attempt.startedAt,
      deadlineAt: null,
      submittedAt: expect.any(String),
    });
    const jobs = await t.ds.query<{ jobId: string }[]>(
      `SELECT job_id AS "jobId" FROM outbox_events WHERE job = 'gradeAttempt' AND payload->>'attemptId' = $1`,
      [attempt.id],
    );
    expect(jobs).toEqual([{ jobId: `grade-attempt-${attempt.id}` }]);
    expectProblem(await save(attempt.id, 1, { value: true }, token), 409, 'ATTEMPT_CLOSED');
  });
});
