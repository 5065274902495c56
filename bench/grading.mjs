#!/usr/bin/env node
// `npm run bench:grading`: attempts of 20 auto-graded questions graded per second by ONE worker
// process. BENCH_ATTEMPTS (default 5000) submitted attempts with their answers and their
// `gradeAttempt` outbox rows (as a submit writes them) are inserted by SQL; then one worker starts
// and the rate is taken from the first to the last graded_at. Every attempt must be graded
// exactly once (auto_gradings = 1), a sample with the score the grading rules give, and the quiz
// lesson done exactly for the passing learners. Writes bench/results/grading-*.json.
// BENCH_PROFILE=worker writes a V8 CPU profile of the worker to bench/results/profiles/.
//
// Ceiling, in the same run: empty BullMQ jobs per second through one process with the worker's
// grading concurrency (BENCH_CEILING_JOBS, default as many as attempts). Each attempt is one
// BullMQ job, so one process can never grade faster than it can take and complete empty jobs;
// the gap between the two is what grading itself costs.
//
// Target (issue 12): >= 1,000 attempts/s per worker process.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import pg from 'pg';
import { buildServer } from '../tools/build.mjs';
import { answerFor as plausibleAnswer, questions } from './exam-kit.mjs';
import { backendCpuSeconds, cpuSeconds, openBenchStack, root, runNode, sleep } from './support.mjs';

const N = Number(process.env.BENCH_ATTEMPTS ?? 5000);
const CEILING_JOBS = Number(process.env.BENCH_CEILING_JOBS ?? N);
/** The worker's default (apps/worker/src/config.ts); the ceiling runs with the same. */
const CONCURRENCY = Number(process.env.GRADING_CONCURRENCY ?? 200);
const TARGET_PER_SEC = 1000;
/** As many as exam-kit's questions() makes. */
const QUESTIONS = 20;
const log = (m) => console.log(`[bench:grading] ${m}`);
const children = [];

/**
 * CPU seconds the PostgreSQL backends of this bench's database used since `start()`. Sampled
 * often: a pool connection that closes takes its count with it, so the last sample of each counts.
 */
class BackendCpu {
  constructor(db) {
    this.db = db;
    this.base = new Map();
    this.last = new Map();
  }
  pids() {
    return backendCpuSeconds(this.db);
  }
  async start() {
    this.base = await this.pids();
    this.last = new Map(this.base);
  }
  async sample() {
    for (const [pid, cpu] of await this.pids()) this.last.set(pid, cpu);
  }
  seconds() {
    let total = 0;
    for (const [pid, cpu] of this.last) total += cpu - (this.base.get(pid) ?? 0);
    return total;
  }
}

/**
 * Learner n's answer to a question: every answer right for two learners in three, every one wrong
 * for the third (so a third fail the quiz), and question k unanswered for every seventh learner.
 */
function answerFor(type, n, k) {
  if (n % 7 === 0 && k === n % QUESTIONS) return null;
  return plausibleAnswer({ type }, n);
}

/** The course (a required page and the quiz, so passing never completes it), quiz and learners. */
async function seed(db, contracts) {
  const one = async (text, values) => (await db.query(text, values)).rows[0];
  const org = await one(
    `INSERT INTO organisations (name, country, city) VALUES ('Bench School', 'FI', 'Tampere') RETURNING id`,
  );
  const course = await one(
    `INSERT INTO courses (organisation_id, slug, title, summary, language, status, published_at)
     VALUES ($1, 'grading-bench', 'Grading bench', 'A benchmark course.', 'en', 'published', now()) RETURNING id`,
    [org.id],
  );
  const mod = await one(
    `INSERT INTO course_modules (course_id, position, title) VALUES ($1, 1, 'Module') RETURNING id`,
    [course.id],
  );
  await db.query(
    `INSERT INTO lessons (course_id, module_id, position, title, kind) VALUES ($1, $2, 1, 'Read', 'page')`,
    [course.id, mod.id],
  );
  const lesson = await one(
    `INSERT INTO lessons (course_id, module_id, position, title, kind) VALUES ($1, $2, 2, 'Quiz', 'quiz') RETURNING id`,
    [course.id, mod.id],
  );
  const quiz = await one(
    `INSERT INTO quizzes (course_id, lesson_id, pass_percent) VALUES ($1, $2, 60) RETURNING id, pass_percent`,
    [course.id, lesson.id],
  );
  const versions = [];
  for (const [k, input] of questions().entries()) {
    const q = contracts.QuestionInput.parse(input);
    const question = await one(`INSERT INTO questions (course_id) VALUES ($1) RETURNING id`, [course.id]);
    const v = await one(
      `INSERT INTO question_versions (question_id, version, type, prompt, content)
       VALUES ($1, 1, $2, $3, $4) RETURNING id`,
      [question.id, q.type, q.prompt, JSON.stringify(q.content)],
    );
    await db.query(`INSERT INTO quiz_slots (quiz_id, position, question_id) VALUES ($1, $2, $3)`, [
      quiz.id,
      k + 1,
      question.id,
    ]);
    versions.push({ id: v.id, question: q });
  }
  const { rows: users } = await db.query(
    `INSERT INTO users (email, name) SELECT 'learner' || g || '@grading.bench', 'Learner ' || g
       FROM generate_series(1, $1) g ORDER BY g RETURNING id`,
    [N],
  );
  const userIds = users.map((u) => u.id);
  await db.query(
    `INSERT INTO memberships (user_id, organisation_id, role) SELECT u, $2, 'learner' FROM unnest($1::uuid[]) u`,
    [userIds, org.id],
  );
  await db.query(
    `INSERT INTO enrolments (user_id, course_id, source) SELECT u, $2, 'self' FROM unnest($1::uuid[]) u`,
    [userIds, course.id],
  );
  const { rows: attempts } = await db.query(
    `INSERT INTO quiz_attempts (quiz_id, user_id, number, status, seed, started_at, submitted_at, submitted_by)
     SELECT $2, u, 1, 'submitted', 'bench', now() - interval '10 minutes', now(), 'learner'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n) ORDER BY n RETURNING id`,
    [userIds, quiz.id],
  );
  const attemptIds = attempts.map((a) => a.id);
  for (let from = 0; from < N; from += 500) {
    const rows = [];
    for (let n = from; n < Math.min(N, from + 500); n++)
      versions.forEach((v, k) =>
        rows.push({
          attempt_id: attemptIds[n],
          position: k + 1,
          question_version_id: v.id,
          response: answerFor(v.question.type, n, k),
        }),
      );
    await db.query(
      `INSERT INTO attempt_items (attempt_id, position, question_version_id, points, response, saved_at)
       SELECT attempt_id, position, question_version_id, 1, response, now()
         FROM jsonb_to_recordset($1::jsonb)
              AS r(attempt_id uuid, position integer, question_version_id uuid, response jsonb)`,
      [JSON.stringify(rows)],
    );
  }
  // As a submit writes it: one outbox row per attempt, its job id the stable key.
  await db.query(
    `INSERT INTO outbox_events (job, payload, job_id)
     SELECT 'gradeAttempt', jsonb_build_object('attemptId', a), 'grade-attempt-' || a FROM unnest($1::uuid[]) a`,
    [attemptIds],
  );
  return { attemptIds, versions, passPercent: Number(quiz.pass_percent), courseId: course.id };
}

/** The ceiling, run as its own process: empty jobs through one BullMQ Worker. */
async function ceilingChild() {
  const { redisUrl, prefix, jobs, concurrency } = JSON.parse(process.argv[3]);
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('ceiling', { connection, prefix });
  for (let i = 0; i < jobs; i += 1000)
    await queue.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({
        name: 'empty',
        data: { attemptId: randomBytes(16).toString('hex') },
        // As the grading jobs': a stable id, retries, completed jobs removed by age and count.
        opts: {
          jobId: `empty-${i + k}`,
          attempts: 10,
          backoff: { type: 'exponential', delay: 500 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
        },
      })),
    );
  let done = 0;
  let first = 0;
  const cpu0 = process.cpuUsage();
  const finished = new Promise((res) => {
    const worker = new Worker(
      'ceiling',
      async () => {
        first ||= performance.now();
        if (++done === jobs) res(worker);
      },
      { connection, prefix, concurrency },
    );
  });
  const worker = await finished;
  const seconds = (performance.now() - first) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  process.send({
    jobs,
    concurrency,
    seconds: +seconds.toFixed(2),
    jobsPerSec: Math.round((jobs - 1) / seconds),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
  });
}

function runCeiling(stack) {
  return new Promise((res, rej) => {
    const child = fork(
      join(root, 'bench/grading.mjs'),
      [
        '--ceiling',
        JSON.stringify({
          redisUrl: stack.redisUrl,
          prefix: `${stack.prefix}:ceiling`,
          jobs: CEILING_JOBS,
          concurrency: CONCURRENCY,
        }),
      ],
      { stdio: 'inherit' },
    );
    child.once('message', res);
    child.once('exit', (code) => code !== 0 && rej(new Error(`ceiling exited ${code}`)));
  });
}

async function main() {
  const stack = await openBenchStack('grading', log);
  const { dataDir, dbUrl, prefix } = stack;
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: dbUrl, DEMO_DATA: 'false' });
    const require = createRequire(import.meta.url);
    const contracts = require(join(root, 'dist/server/libs/contracts/src/index.js'));
    const grading = require(join(root, 'dist/server/libs/server/grading/src/index.js'));
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();

    log(`seeding ${N} submitted attempts of ${QUESTIONS} questions with their outbox rows`);
    const seeded = await seed(db, contracts);
    await db.query('VACUUM ANALYZE');

    log(`ceiling: ${CEILING_JOBS} empty BullMQ jobs through one process, concurrency ${CONCURRENCY}`);
    const ceiling = await runCeiling(stack);
    log(`ceiling: ${ceiling.jobsPerSec} empty jobs/s`);

    log('one worker process grades them');
    const startedAt = Date.now();
    const worker = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE === 'worker'
          ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/results/profiles')}`]
          : []),
        'dist/server/apps/worker/src/main.js',
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: dbUrl,
          REDIS_URL: stack.redisUrl,
          REDIS_PREFIX: prefix,
          PUBLIC_URL: 'http://127.0.0.1:4640',
          ACCESS_TOKEN_SECRET: randomBytes(32).toString('hex'),
          CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
          STORAGE_DIR: join(dataDir, `bench-files-${prefix}`),
          SMTP_URL: 'smtp://127.0.0.1:9',
          OUTBOX_POLL_MS: '100',
          // Only the queue grades here: the safety net would be a second path measured with it.
          GRADING_RECONCILE_AFTER_SECONDS: '3600',
          LOG_LEVEL: 'warn',
        },
      },
    );
    children.push(worker);
    let graded = 0;
    let cpuAtFirst = 0;
    let firstSeenAt = 0;
    const postgres = new BackendCpu(db);
    for (const until = Date.now() + 300_000; Date.now() < until; await sleep(20)) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM quiz_attempts WHERE status <> 'submitted'`,
      );
      graded = rows[0].n;
      if (graded > 0 && !firstSeenAt) {
        [firstSeenAt, cpuAtFirst] = [Date.now(), cpuSeconds(worker.pid)];
        await postgres.start();
      } else if (firstSeenAt) await postgres.sample();
      if (graded >= N) break;
    }
    const workerCpuSeconds = +(cpuSeconds(worker.pid) - cpuAtFirst).toFixed(2);
    const postgresCpuSeconds = +postgres.seconds().toFixed(2);
    const {
      rows: [span],
    } = await db.query(
      `SELECT extract(epoch FROM max(graded_at) - min(graded_at))::float8 AS seconds,
              count(*) FILTER (WHERE auto_gradings = 1)::int AS once,
              count(*) FILTER (WHERE auto_gradings <> 1)::int AS not_once,
              count(*) FILTER (WHERE status = 'graded')::int AS graded
         FROM quiz_attempts`,
    );
    // graded_at is each batch's transaction start: the span runs from the first batch to the last.
    const attemptsPerSec = Math.round((N - 1) / span.seconds);

    // Correctness: a sample's scores, the lesson done exactly for those who passed, nothing failed.
    const sample = Array.from({ length: 200 }, (_, s) => Math.floor((s * N) / 200));
    const { rows: scores } = await db.query(
      `SELECT id, score_percent, passed FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
      [sample.map((n) => seeded.attemptIds[n])],
    );
    const byId = new Map(scores.map((r) => [r.id, r]));
    const wrongScores = sample.filter((n) => {
      const expected = grading.attemptScore(
        seeded.versions.map((v, k) => ({
          points: 1,
          fraction: grading.gradeResponse(v.question, answerFor(v.question.type, n, k)).fraction,
        })),
      ).percent;
      const row = byId.get(seeded.attemptIds[n]);
      return Number(row?.score_percent) !== expected || row?.passed !== expected >= seeded.passPercent;
    }).length;
    const {
      rows: [lessons],
    } = await db.query(
      `SELECT (SELECT count(*)::int FROM lesson_progress) AS done,
              (SELECT count(*)::int FROM quiz_attempts WHERE passed) AS passed,
              (SELECT count(*)::int FROM enrolments WHERE progress_percent = 50) AS half_way`,
    );
    const redis = new IORedis(stack.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('grading', { connection: redis, prefix: `${prefix}:bull` });
    const counts = await queue.getJobCounts('failed', 'active', 'wait');
    await queue.close();
    redis.disconnect();

    const correct =
      span.once === N &&
      span.not_once === 0 &&
      wrongScores === 0 &&
      lessons.done === lessons.passed &&
      counts.failed === 0;
    const met = {
      attemptsPerSec: attemptsPerSec >= TARGET_PER_SEC,
      gradedOnceWithRightScores: correct,
    };
    const result = {
      benchmark: 'grading',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      attempts: N,
      questionsPerAttempt: QUESTIONS,
      gradingConcurrency: CONCURRENCY,
      graded: span.graded,
      needsReviewOrOther: N - span.graded,
      gradedOnce: span.once,
      gradedMoreThanOnceOrNever: span.not_once,
      sampleScoresChecked: sample.length,
      sampleScoresWrong: wrongScores,
      lessonsDone: lessons.done,
      attemptsPassed: lessons.passed,
      enrolmentsHalfWay: lessons.half_way,
      jobs: counts,
      firstGradedAfterStartSeconds: +((firstSeenAt - startedAt) / 1000).toFixed(2),
      gradingSeconds: +span.seconds.toFixed(2),
      attemptsPerSec,
      workerCpuSeconds,
      attemptsPerWorkerCpuSec: +(N / workerCpuSeconds).toFixed(1),
      // The worker's PostgreSQL backends (this bench's database only): the other half of the cost.
      postgresCpuSeconds,
      attemptsPerPostgresCpuSec: +(N / postgresCpuSeconds).toFixed(1),
      ceiling: { what: 'empty BullMQ jobs through one process, same concurrency', ...ceiling },
      ofCeiling: +(attemptsPerSec / ceiling.jobsPerSec).toFixed(2),
      target: { attemptsPerSec: TARGET_PER_SEC },
      met,
      targetMet: Object.values(met).every(Boolean),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, `bench/results/grading-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(
      `graded ${N} attempts in ${result.gradingSeconds} s: ${attemptsPerSec}/s by one worker process ` +
        `(${result.attemptsPerWorkerCpuSec} per worker CPU second, ${result.attemptsPerPostgresCpuSec} per ` +
        `PostgreSQL CPU second); ceiling ${ceiling.jobsPerSec} empty jobs/s ` +
        `(${Math.round(result.ofCeiling * 100)}%)`,
    );
    log(
      `graded once ${span.once}/${N}, wrong sample scores ${wrongScores}/${sample.length}, ` +
        `lessons done ${lessons.done} for ${lessons.passed} passed, failed jobs ${counts.failed}`,
    );
    log(
      `targets: ${Object.entries(met)
        .map(([k, v]) => `${k} ${v ? 'MET' : 'MISSED'}`)
        .join(', ')}`,
    );
    log(`results: ${file}`);
    await db.end();
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(1500);
    await stack.close();
  }
}

if (process.argv[2] === '--ceiling') {
  ceilingChild().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      for (const c of children) c.kill('SIGKILL');
      process.exit(1);
    },
  );
}
