#!/usr/bin/env node
// `npm run bench:exam`: N learners (BENCH_LEARNERS, default 1000) start a 20-question quiz,
// autosave every answer and all submit within BENCH_SUBMIT_WINDOW_S (default 10) seconds, against
// real api and worker processes. Learners and their sessions are created directly (no sign-in), so
// this measures quizzes. Also measures the ceiling: single-row commits/s to PostgreSQL with as many
// connections as the api's pool. Writes bench/results/exam-*.json.
// Targets (issue 4): 0 errors, 0 lost, 0 double-graded, submit p95 < 300 ms, autosave p95 < 100 ms,
// every attempt graded within 15 s of the last submit.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildServer } from '../tools/build.mjs';
import { mintAccessToken, openBenchStack, root, runNode, sleep, waitForUrl } from './support.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1000);
const WINDOW_S = Number(process.env.BENCH_SUBMIT_WINDOW_S ?? 10);
const POOL = Number(process.env.BENCH_DB_POOL ?? 10);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 100);
/**
 * Learners start within the first 10 s and answer their 20 questions spread over this window:
 * with the default 120 s, one answer every ~5.5 s per learner, far quicker than a real exam.
 * BENCH_ANSWER_WINDOW_S=0 answers back to back (the api's saturation point, not an exam).
 */
const ANSWER_WINDOW_S = Number(process.env.BENCH_ANSWER_WINDOW_S ?? 120);
const START_SPREAD_S = Math.min(10, ANSWER_WINDOW_S);
const API_PORT = 4620;
const log = (m) => console.log(`[bench:exam] ${m}`);
const children = [];
const secret = randomBytes(32).toString('hex');

const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
function request(method, path, token, body) {
  return new Promise((res) => {
    const started = process.hrtime.bigint();
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: API_PORT,
        method,
        path,
        agent,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        },
      },
      (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () =>
          res({
            status: r.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            body: chunks.length ? safeJson(Buffer.concat(chunks).toString()) : null,
          }),
        );
      },
    );
    req.on('error', (err) =>
      res({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6, body: String(err) }),
    );
    // One write for headers and body: a separate body segment can wait on the peer's delayed ACK.
    req.end(data);
  });
}
const safeJson = (s) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};
const token = (userId) => mintAccessToken(secret, userId);

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const pct = (p) =>
    v.length ? +v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))].toFixed(1) : null;
  return {
    count: v.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: v.length ? +v[v.length - 1].toFixed(1) : null,
  };
}

/** Twenty auto-graded questions of every auto-graded type. */
function questions() {
  const kinds = [
    (i) => ({
      type: 'single_choice',
      prompt: `Q${i}: pick B`,
      content: {
        options: [
          { id: 'a', text: 'A', correct: false },
          { id: 'b', text: 'B', correct: true },
          { id: 'c', text: 'C', correct: false },
        ],
      },
    }),
    (i) => ({
      type: 'multiple_choice',
      prompt: `Q${i}: pick A and C`,
      content: {
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: false },
          { id: 'c', text: 'C', correct: true },
        ],
      },
    }),
    (i) => ({ type: 'true_false', prompt: `Q${i}: true?`, content: { correct: true } }),
    (i) => ({ type: 'short_answer', prompt: `Q${i}: say Erasmus`, content: { accepted: ['Erasmus'] } }),
    (i) => ({ type: 'numeric', prompt: `Q${i}: two`, content: { answers: [{ value: 2, tolerance: 0.1 }] } }),
    (i) => ({
      type: 'matching',
      prompt: `Q${i}: match`,
      content: {
        pairs: [
          { id: 'p1', prompt: 'one', match: '1' },
          { id: 'p2', prompt: 'two', match: '2' },
        ],
      },
    }),
    (i) => ({
      type: 'ordering',
      prompt: `Q${i}: order`,
      content: {
        items: [
          { id: 'x', text: 'X' },
          { id: 'y', text: 'Y' },
          { id: 'z', text: 'Z' },
        ],
      },
    }),
  ];
  return Array.from({ length: 20 }, (_, i) => kinds[i % kinds.length](i + 1));
}

/** A plausible answer for an item (right about two times in three). */
function answerFor(item, n) {
  const right = n % 3 !== 0;
  switch (item.type) {
    case 'single_choice':
      return { optionId: right ? 'b' : 'a' };
    case 'multiple_choice':
      return { optionIds: right ? ['a', 'c'] : ['b'] };
    case 'true_false':
      return { value: right };
    case 'short_answer':
      return { text: right ? 'erasmus' : 'horizon' };
    case 'numeric':
      return { text: right ? '2' : '3' };
    case 'matching':
      return { matches: { p1: right ? '1' : '2', p2: right ? '2' : '1' } };
    case 'ordering':
      return { order: right ? ['x', 'y', 'z'] : ['z', 'y', 'x'] };
    default:
      return { text: 'x' };
  }
}

async function commitCeiling(url, clients, seconds = 5) {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(
    'CREATE TABLE IF NOT EXISTS bench_commits (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())',
  );
  await setup.end();
  let commits = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      while (Date.now() < deadline) {
        await c.query('INSERT INTO bench_commits DEFAULT VALUES');
        commits++;
      }
      await c.end();
    }),
  );
  return { clients, seconds, commitsPerSec: Math.round(commits / seconds) };
}

async function main() {
  const stack = await openBenchStack('exam', log);
  const { dataDir, dbUrl, prefix } = stack;
  const redis = { url: stack.redisUrl };
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: dbUrl, DEMO_DATA: 'false' });
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    log(`creating ${LEARNERS} learners and their sessions directly`);
    const {
      rows: [org],
    } = await db.query(
      `INSERT INTO organisations (name, country, city) VALUES ('Bench School', 'IT', 'Bologna') RETURNING id`,
    );
    const {
      rows: [trainer],
    } = await db.query(
      `INSERT INTO users (email, name, email_verified_at) VALUES ('trainer@bench.campus', 'Bench Trainer', now()) RETURNING id`,
    );
    await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [
      trainer.id,
      org.id,
    ]);
    const { rows: learners } = await db.query(
      `INSERT INTO users (email, name, email_verified_at)
       SELECT 'learner' || g || '@bench.campus', 'Learner ' || g, now() FROM generate_series(1, $1) g RETURNING id`,
      [LEARNERS],
    );
    await db.query(
      `INSERT INTO memberships (user_id, organisation_id, role) SELECT u, $2, 'learner' FROM unnest($1::uuid[]) u`,
      [learners.map((l) => l.id), org.id],
    );

    const common = {
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      DATABASE_POOL_SIZE: String(POOL),
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      PUBLIC_URL: `http://127.0.0.1:${API_PORT}`,
      ACCESS_TOKEN_SECRET: secret,
      CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      STORAGE_DIR: join(dataDir, 'bench-files'),
      LOG_LEVEL: 'warn',
    };
    // BENCH_PROFILE=1 writes a V8 CPU profile of the api to bench/results/profiles/.
    const profile = process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/results/profiles')}`]
      : [];
    const api = spawn(process.execPath, [...profile, 'dist/server/apps/api/src/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...common,
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        RATE_LIMIT_PER_MINUTE: '100000000',
      },
    });
    children.push(api);
    const worker = spawn(process.execPath, ['dist/server/apps/worker/src/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...common,
        SMTP_URL: 'smtp://127.0.0.1:9',
        OUTBOX_POLL_MS: '100',
        GRADING_CONCURRENCY: '10',
      },
    });
    children.push(worker);
    await waitForUrl(`http://127.0.0.1:${API_PORT}/api/ready`);

    // The course, its 20 questions and the quiz, through the API as a trainer would.
    const trainerToken = await token(trainer.id);
    const course = await request('POST', `/api/orgs/${org.id}/courses`, trainerToken, {
      title: 'Exam rush',
      slug: 'exam-rush',
      language: 'en',
    });
    const mod = await request('POST', `/api/authoring/courses/${course.body.id}/modules`, trainerToken, {
      title: 'Exam',
    });
    const slots = [];
    for (const q of questions()) {
      const res = await request(
        'POST',
        `/api/authoring/courses/${course.body.id}/questions`,
        trainerToken,
        q,
      );
      if (res.status !== 201) throw new Error(`question: ${res.status} ${JSON.stringify(res.body)}`);
      slots.push({ questionId: res.body.id });
    }
    const withQuiz = await request(
      'POST',
      `/api/authoring/modules/${mod.body.modules[0].id}/quizzes`,
      trainerToken,
      {
        title: 'Final exam',
        settings: {
          attemptsAllowed: 1,
          timeLimitMinutes: 60,
          shuffleQuestions: true,
          shuffleOptions: true,
          slots,
        },
      },
    );
    const quizId = withQuiz.body.modules[0].lessons[0].quizId;
    await request('POST', `/api/authoring/courses/${course.body.id}/publish`, trainerToken);
    await db.query(
      `INSERT INTO enrolments (user_id, course_id, source) SELECT u, $2, 'manager' FROM unnest($1::uuid[]) u`,
      [learners.map((l) => l.id), course.body.id],
    );
    const tokens = await Promise.all(learners.map((l) => token(l.id)));

    log(`ceiling: single-row commits with ${POOL} connections`);
    const ceiling = await commitCeiling(dbUrl, POOL);

    log('learners start and autosave every answer');
    const startLat = [];
    const saveLat = [];
    const submitLat = [];
    const errors = { start: 0, autosave: 0, submit: 0, samples: [] };
    const fail = (kind, r) => {
      errors[kind]++;
      if (errors.samples.length < 5) errors.samples.push({ kind, status: r.status, body: r.body });
    };
    const attempts = new Array(LEARNERS);
    const phase1Started = Date.now();
    await Promise.all(
      tokens.map(async (t, n) => {
        const startAt = Date.now() + Math.random() * START_SPREAD_S * 1000;
        await sleep(startAt - Date.now());
        const started = await request('POST', `/api/quizzes/${quizId}/attempts`, t);
        startLat.push(started.ms);
        if (started.status !== 201) return fail('start', started);
        attempts[n] = started.body.id;
        const gap = ((ANSWER_WINDOW_S - START_SPREAD_S) * 1000) / started.body.items.length;
        for (const item of started.body.items) {
          await sleep(gap * (0.5 + Math.random()));
          const r = await request('PUT', `/api/attempts/${started.body.id}/responses/${item.position}`, t, {
            response: answerFor(item, n + item.position),
          });
          saveLat.push(r.ms);
          if (r.status !== 200) fail('autosave', r);
        }
      }),
    );
    const phase1Seconds = (Date.now() - phase1Started) / 1000;

    log(`everyone submits within ${WINDOW_S} s`);
    const accepted = [];
    const submitStarted = Date.now();
    await Promise.all(
      tokens.map(async (t, n) => {
        if (!attempts[n]) return;
        await new Promise((r) => setTimeout(r, Math.random() * WINDOW_S * 1000));
        const r = await request('POST', `/api/attempts/${attempts[n]}/submit`, t);
        submitLat.push(r.ms);
        if (r.status === 202) accepted.push(attempts[n]);
        else fail('submit', r);
      }),
    );
    const lastSubmitAt = Date.now();
    const submitSeconds = (lastSubmitAt - submitStarted) / 1000;

    log('waiting for grading');
    let graded = 0;
    const gradeDeadline = Date.now() + 120_000;
    while (Date.now() < gradeDeadline) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND status = 'graded'`,
        [accepted],
      );
      graded = rows[0].n;
      if (graded === accepted.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const { rows: timing } = await db.query(
      `SELECT extract(epoch FROM graded_at - submitted_at) * 1000 AS ms, graded_at, auto_gradings FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
      [accepted],
    );
    const {
      rows: [{ last_graded: lastGraded, last_submitted: lastSubmitted }],
    } = await db.query(
      `SELECT max(graded_at) AS last_graded, max(submitted_at) AS last_submitted FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
      [accepted],
    );
    await db.end();

    const submitToGraded = stats(timing.filter((r) => r.ms !== null).map((r) => Number(r.ms)));
    const lost = accepted.length - graded;
    const doubleGraded = timing.filter((r) => r.auto_gradings > 1).length;
    const gradedWithinSeconds =
      lastGraded && lastSubmitted ? +((lastGraded - lastSubmitted) / 1000).toFixed(2) : null;
    const autosave = stats(saveLat);
    const submit = stats(submitLat);
    const totalErrors = errors.start + errors.autosave + errors.submit;
    const target = {
      errors: 0,
      lost: 0,
      doubleGraded: 0,
      submitP95Ms: 300,
      autosaveP95Ms: 100,
      allGradedWithinSeconds: 15,
    };
    const met = {
      errors: totalErrors === 0,
      lost: lost === 0,
      doubleGraded: doubleGraded === 0,
      submitP95: submit.p95 !== null && submit.p95 < target.submitP95Ms,
      autosaveP95: autosave.p95 !== null && autosave.p95 < target.autosaveP95Ms,
      gradedInTime: gradedWithinSeconds !== null && gradedWithinSeconds <= target.allGradedWithinSeconds,
    };
    const result = {
      benchmark: 'exam',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      learners: LEARNERS,
      questions: 20,
      submitWindowSeconds: WINDOW_S,
      answerWindowSeconds: ANSWER_WINDOW_S,
      httpSockets: SOCKETS,
      dbPool: POOL,
      ceiling,
      start: stats(startLat),
      autosave,
      autosavePerSec: Math.round(saveLat.length / phase1Seconds),
      submit,
      submitsPerSec: +(submitLat.length / submitSeconds).toFixed(1),
      submitToGradedMs: submitToGraded,
      lastGradedAfterLastSubmitSeconds: gradedWithinSeconds,
      errors,
      accepted: accepted.length,
      graded,
      lost,
      doubleGraded,
      target,
      met,
      targetMet: Object.values(met).every(Boolean),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, `bench/results/exam-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.table({
      start: result.start,
      autosave: result.autosave,
      submit: result.submit,
      'submit→graded': result.submitToGradedMs,
    });
    log(
      `ceiling ${ceiling.commitsPerSec} commits/s; autosave ${result.autosavePerSec}/s; errors ${totalErrors}; lost ${lost}; double-graded ${doubleGraded}; last graded ${gradedWithinSeconds} s after the last submit`,
    );
    log(
      `targets: ${Object.entries(met)
        .map(([k, v]) => `${k} ${v ? 'MET' : 'MISSED'}`)
        .join(', ')}`,
    );
    log(`results: ${file}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    agent.destroy();
    await sleep(1500);
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err);
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
});
