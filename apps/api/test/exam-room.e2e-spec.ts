import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { generalRateLimits } from '../src/http/rate-limit';
import { accessTokenFor } from './support/access-tokens';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, type TestApp } from './support/test-app';

const LEARNERS = 200;
const AUTOSAVES = 20;
const QUESTIONS = 5;
const IN_FLIGHT = 50;

/** Runs at most `max` of the given calls at once (a school's browsers, not an unbounded flood). */
function limiter(max: number): <T>(call: () => PromiseLike<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (call) => {
    while (active >= max) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await call();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Issue 9: an exam room behind one address (NAT), default settings. Every request here comes from
 * 127.0.0.1, so with the general limit counted per address most autosaves were refused (429).
 */
describe('an exam room of 200 learners behind one address, default rate limits', () => {
  let t: TestApp;
  let school: Organisation;
  let courseId: string;
  let quizId: string;

  beforeAll(async () => {
    // The defaults, not the generous limits tests otherwise run with.
    t = await createTestApp({
      RATE_LIMIT_PER_MINUTE: undefined,
      RATE_LIMIT_PER_USER_PER_MINUTE: undefined,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: undefined,
      RATE_LIMIT_AUTH_PER_MINUTE: undefined,
      LOGIN_FREE_FAILURES_PER_IP: undefined,
    });
    // A listening server: supertest would otherwise open and close one per request.
    await t.app.listen(0, '127.0.0.1');
    school = await OrganisationFactory.create(t.ds);
    const trainer = await accessTokenFor(t, await UserFactory.member(t.ds, school, 'trainer'));
    const created = await draftCourseWithModule(t, school.id, trainer, { title: 'Erasmus+ exam' }, 'Exam');
    courseId = created.courseId;
    const questionIds: string[] = [];
    for (let i = 1; i <= QUESTIONS; i++) {
      const res = await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(trainer))
        .send({ type: 'true_false', prompt: `Statement ${i} is true.`, content: { correct: true } })
        .expect(201);
      questionIds.push(res.body.id as string);
    }
    const withQuiz = await t
      .http()
      .post(`/api/authoring/modules/${created.moduleId}/quizzes`)
      .set(bearer(trainer))
      .send({
        title: 'Final exam',
        settings: { attemptsAllowed: 1, slots: questionIds.map((questionId) => ({ questionId })) },
      })
      .expect(201);
    quizId = (withQuiz.body.modules[0].lessons as { quizId?: string }[]).find((l) => l.quizId)!.quizId!;
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);
  });
  afterAll(() => t.close());

  it('runs on the default limits: 600 a minute per person and per anonymous address, per route', () => {
    expect(generalRateLimits(t.config)).toEqual({ perUser: 600, anonymous: 600 });
    expect(t.config.RATE_LIMIT_AUTH_PER_MINUTE).toBe(20);
  });

  it('answers every learner: start, 20 autosaves and submit, all at once, no 429, every attempt submitted', async () => {
    const learners = await Promise.all(
      Array.from({ length: LEARNERS }, () => UserFactory.member(t.ds, school, 'learner')),
    );
    // The school's coordinator enrols the class, as before an exam.
    const manager = await accessTokenFor(t, await UserFactory.member(t.ds, school, 'manager'));
    const enrolled = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments`)
      .set(bearer(manager))
      .send({ courseId, userIds: learners.map((l) => l.id) })
      .expect(200);
    expect(enrolled.body.enrolled).toBe(LEARNERS);
    const tokens = await Promise.all(learners.map((l) => accessTokenFor(t, l)));

    const statuses = new Map<number, number>();
    const inFlight = limiter(IN_FLIGHT);
    const send = async (call: () => PromiseLike<{ status: number; body: { id?: string } }>) => {
      const res = await inFlight(call);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      return res;
    };
    // All learners at once, each one's requests in order, as their browsers send them.
    await Promise.all(
      tokens.map(async (token) => {
        const started = await send(() => t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token)));
        const attemptId = started.body.id;
        if (started.status !== 201 || !attemptId) return; // counted in `statuses`
        for (let i = 0; i < AUTOSAVES; i++) {
          await send(() =>
            t
              .http()
              .put(`/api/attempts/${attemptId}/responses/${(i % QUESTIONS) + 1}`)
              .set(bearer(token))
              .send({ response: { value: i % 2 === 0 } }),
          );
        }
        await send(() => t.http().post(`/api/attempts/${attemptId}/submit`).set(bearer(token)));
      }),
    );

    // 4,400 requests from one address, as in the issue; none refused.
    expect(Object.fromEntries(statuses)).toEqual({
      201: LEARNERS, // start
      200: LEARNERS * AUTOSAVES,
      202: LEARNERS, // submit
    });
    const ids = learners.map((l) => l.id);
    const attempts = await t.ds.query<{ status: string; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM quiz_attempts
          WHERE quiz_id = $1 AND user_id = ANY($2) GROUP BY status`,
      [quizId, ids],
    );
    expect(attempts).toEqual([{ status: 'submitted', n: LEARNERS }]);
    // Every question of every attempt holds its last autosave.
    const saved = await t.ds.query<{ response: unknown; n: number }[]>(
      `SELECT i.response, count(*)::int AS n
           FROM attempt_items i JOIN quiz_attempts a ON a.id = i.attempt_id
          WHERE a.quiz_id = $1 AND a.user_id = ANY($2)
          GROUP BY i.response ORDER BY n DESC`,
      [quizId, ids],
    );
    // The last save of each position is i = 15..19: false, true, false, true, false.
    expect(saved).toEqual([
      { response: { value: false }, n: LEARNERS * 3 },
      { response: { value: true }, n: LEARNERS * 2 },
    ]);
  }, 120_000);

  it('lets one learner autosave every second for far longer than a minute, within one minute', async () => {
    // 120 saves as fast as they go: two minutes of one save a second, all inside one limit window.
    const token = await accessTokenFor(t, await UserFactory.member(t.ds, school, 'learner'));
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(token)).expect(200);
    const started = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token)).expect(201);
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) {
      const res = await t
        .http()
        .put(`/api/attempts/${started.body.id}/responses/${(i % QUESTIONS) + 1}`)
        .set(bearer(token))
        .send({ response: { value: true } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual(Array(120).fill(200));
    await t.http().post(`/api/attempts/${started.body.id}/submit`).set(bearer(token)).expect(202);
  });
});
