import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QuestionInput } from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { gradeResponse, attemptScore } from '@campus/server-grading';
import { OrganisationFactory, sleep, UserFactory, waitFor } from '@campus/server-testing';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/**
 * Grading survives a worker killed mid-batch and a Redis outage during submissions: every attempt
 * is graded exactly once (auto_gradings = 1) with the score an undisturbed run gives.
 */
const ROOT = resolve(__dirname, '../../..');
// Real processes and a real outage: minutes at worst on a loaded two-core machine.
jest.setTimeout(180_000);
async function freePort(): Promise<number> {
  return new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

const QUESTIONS = [
  {
    type: 'single_choice',
    prompt: 'Pick b',
    content: {
      options: [
        { id: 'a', text: 'A', correct: false },
        { id: 'b', text: 'B', correct: true },
      ],
    },
  },
  { type: 'numeric', prompt: 'Two?', content: { answers: [{ value: 2, tolerance: 0.5 }] } },
  { type: 'short_answer', prompt: 'Say Erasmus', content: { accepted: ['Erasmus'] } },
].map((q) => QuestionInput.parse(q));
/** The answers of attempt i: a spread of right and wrong, so scores differ between attempts. */
const answersOf = (i: number) => [
  { optionId: i % 2 ? 'b' : 'a' },
  { text: String(i % 3) },
  { text: i % 5 ? ' erasmus ' : 'horizon' },
];
/** The undisturbed run: the pure grading rules applied directly. */
const expectedScore = (i: number) =>
  attemptScore(
    QUESTIONS.map((q, k) => ({
      points: 1,
      fraction: gradeResponse(q, answersOf(i)[k]).fraction,
    })),
  ).percent;

async function quizWithLearners(t: TestApp, learners: number) {
  const school: Organisation = await OrganisationFactory.create(t.ds);
  const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
  const course = await t
    .http()
    .post(`/api/orgs/${school.id}/courses`)
    .set(bearer(trainer))
    .send({ title: 'Reliability', slug: `rel-${Math.random().toString(36).slice(2, 8)}`, language: 'en' })
    .expect(201);
  const mod = await t
    .http()
    .post(`/api/authoring/courses/${course.body.id}/modules`)
    .set(bearer(trainer))
    .send({ title: 'M' })
    .expect(201);
  const slots = [];
  for (const q of QUESTIONS) {
    const res = await t
      .http()
      .post(`/api/authoring/courses/${course.body.id}/questions`)
      .set(bearer(trainer))
      .send(q)
      .expect(201);
    slots.push({ questionId: res.body.id });
  }
  const withQuiz = await t
    .http()
    .post(`/api/authoring/modules/${mod.body.modules[0].id}/quizzes`)
    .set(bearer(trainer))
    .send({ title: 'Q', settings: { attemptsAllowed: null, slots } })
    .expect(201);
  await t.http().post(`/api/authoring/courses/${course.body.id}/publish`).set(bearer(trainer)).expect(200);
  const tokens: string[] = [];
  for (let i = 0; i < learners; i++) {
    const token = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    await t.http().post(`/api/courses/${course.body.id}/enrolment`).set(bearer(token)).expect(200);
    tokens.push(token);
  }
  return { quizId: withQuiz.body.modules[0].lessons[0].quizId as string, tokens };
}

/** Starts an attempt and saves answersOf(i); returns its id. */
async function answeredAttempt(t: TestApp, quizId: string, token: string, i: number): Promise<string> {
  const attempt = (await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token)).expect(201))
    .body;
  for (const [k, response] of answersOf(i).entries())
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/responses/${k + 1}`)
      .set(bearer(token))
      .send({ response })
      .expect(200);
  return attempt.id as string;
}

async function expectGradedOnceWithExpectedScores(t: TestApp, ids: string[]) {
  const rows = await t.ds.query<
    { id: string; status: string; auto_gradings: number; score_percent: string }[]
  >(`SELECT id, status, auto_gradings, score_percent FROM quiz_attempts WHERE id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  ids.forEach((id, i) => {
    expect(byId.get(id)).toMatchObject({ status: 'graded', auto_gradings: 1 });
    expect(Number(byId.get(id)!.score_percent)).toBe(expectedScore(i));
  });
}

describe('grading reliability', () => {
  describe('a worker killed while grading a batch', () => {
    let t: TestApp;
    let worker: ChildProcess | undefined;
    const workerEnv = () => ({
      ...process.env,
      ...t.env,
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '50',
      GRADING_CONCURRENCY: '2',
      WORKER_LOCK_DURATION_MS: '1500',
      WORKER_STALLED_INTERVAL_MS: '1000',
      GRADING_RECONCILE_AFTER_SECONDS: '3600',
    });
    const startWorker = () =>
      spawn(process.execPath, [join(ROOT, 'dist/server/apps/worker/src/main.js')], {
        cwd: ROOT,
        env: workerEnv(),
        stdio: ['ignore', 'ignore', 'inherit'],
      });

    beforeAll(async () => {
      // The worker runs as its own process, from the build (swc: well under a second).
      const built = spawnSync(process.execPath, ['tools/build.mjs', '--server'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(built.stderr);
      t = await createTestApp();
    });
    afterAll(async () => {
      worker?.kill('SIGKILL');
      await t.close();
    });

    it('grades every attempt exactly once after a restart, with the undisturbed scores', async () => {
      const N = 160;
      const { quizId, tokens } = await quizWithLearners(t, 1);
      const [token] = tokens;
      const ids: string[] = [];
      // Submitted while no worker runs: the grading jobs wait in the outbox.
      for (let i = 0; i < N; i++) {
        const id = await answeredAttempt(t, quizId, token, i);
        await t.http().post(`/api/attempts/${id}/submit`).set(bearer(token)).expect(202);
        ids.push(id);
      }
      const connection = new IORedis(t.env.REDIS_URL!, { maxRetriesPerRequest: null });
      const queue = new Queue('grading', { connection, prefix: `${t.env.REDIS_PREFIX}:bull` });
      try {
        worker = startWorker();
        const activeAtKill = await waitFor(
          () => queue.getActiveCount(),
          (n) => n > 0,
          20_000,
        );
        worker.kill('SIGKILL');
        expect(activeAtKill).toBeGreaterThan(0);
        const gradedAtKill = await t.ds.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND status = 'graded'`,
          [ids],
        );
        expect(gradedAtKill[0].n).toBeLessThan(N);

        worker = startWorker();
        await waitFor(
          () =>
            t.ds.query<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND status = 'graded'`,
              [ids],
            ),
          (r) => r[0].n === N,
          60_000,
        );
        await expectGradedOnceWithExpectedScores(t, ids);
      } finally {
        await queue.close();
        connection.disconnect();
      }
    });
  });

  describe('Redis stopped while learners submit', () => {
    let redis: ChildProcess | undefined;
    let port: number;
    let t: TestApp;
    let worker: INestApplicationContext;
    const startRedis = async () => {
      redis = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      );
      const probe = new IORedis({
        port,
        host: '127.0.0.1',
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      await waitFor(
        () =>
          probe.connect().then(
            () => true,
            () => false,
          ),
        (ok) => ok,
        10_000,
      );
      probe.disconnect();
    };
    const stopRedis = async () => {
      const r = redis!;
      await new Promise<void>((res) => {
        r.once('exit', () => res());
        r.kill('SIGKILL');
      });
    };

    beforeAll(async () => {
      port = await freePort();
      await startRedis();
      t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
      worker = await startTestWorker({
        ...t.env,
        SMTP_URL: 'smtp://127.0.0.1:9',
        GRADING_RECONCILE_AFTER_SECONDS: '3600',
      });
    });
    afterAll(async () => {
      // BullMQ closes quickly only while Redis answers: bring it back if a failed test left it down.
      if (redis?.exitCode !== null) await startRedis();
      await worker.close();
      await t.close();
      await stopRedis();
    });

    it('accepts every submission while Redis is down and grades each exactly once when it is back', async () => {
      const K = 12;
      const { quizId, tokens } = await quizWithLearners(t, K);
      const ids = await Promise.all(tokens.map((token, i) => answeredAttempt(t, quizId, token, i)));

      await stopRedis();
      const submits = await Promise.all(
        tokens.map((token, i) => t.http().post(`/api/attempts/${ids[i]}/submit`).set(bearer(token))),
      );
      expect(submits.map((r) => r.status)).toEqual(Array(K).fill(202));
      await sleep(1000);
      const waiting = await t.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_events
          WHERE job = 'gradeAttempt' AND status = 'pending' AND payload->>'attemptId' = ANY($1::text[])`,
        [ids],
      );
      expect(waiting[0].n).toBe(K);

      await startRedis();
      await waitFor(
        () =>
          t.ds.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND status = 'graded'`,
            [ids],
          ),
        (r) => r[0].n === K,
        60_000,
      );
      await expectGradedOnceWithExpectedScores(t, ids);
    });
  });
});
