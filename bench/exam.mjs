#!/usr/bin/env node
// `npm run bench:exam`: N learners (BENCH_LEARNERS, default 1000) start a 20-question quiz,
// autosave every answer and all submit within BENCH_SUBMIT_WINDOW_S (default 10) seconds, against
// real api and worker processes. Learners and their sessions are created directly (no sign-in), so
// this measures quizzes. Also measures the ceiling: single-row commits/s to PostgreSQL with as many
// connections as the api's pool. Writes bench/results/exam-*.json.
// Targets (issue 4): 0 errors, 0 lost, 0 double-graded, submit p95 < 300 ms, autosave p95 < 100 ms,
// every attempt graded within 15 s of the last submit.
// BENCH_MODE=burst (`npm run bench:exam:burst`) runs the Moodle mix instead: see exam-burst.mjs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildServer } from '../tools/build.mjs';
import {
  answerFor,
  apiClient,
  commitCeiling,
  freePort,
  gradingOutcome,
  seedPeople,
  seedQuiz,
  stats,
} from './exam-kit.mjs';
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
const API_PORT = await freePort();
const log = (m) => console.log(`[bench:exam] ${m}`);
const children = [];
const secret = randomBytes(32).toString('hex');

const client = apiClient({ port: API_PORT, maxSockets: SOCKETS });
const { request } = client;
const token = (userId) => mintAccessToken(secret, userId);

async function main() {
  const stack = await openBenchStack('exam', log);
  const { dataDir, dbUrl, prefix } = stack;
  const redis = { url: stack.redisUrl };
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: dbUrl, DEMO_DATA: 'false' });
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    // Dropping the database at the end (on failure too) ends this connection: not a second error.
    db.on('error', () => {});
    log(`creating ${LEARNERS} learners and their sessions directly`);
    const { org, trainer, learners } = await seedPeople(db, LEARNERS);

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
      },
    });
    children.push(worker);
    // Two api processes and the worker boot slowly on a busy 2-core machine.
    await waitForUrl(`http://127.0.0.1:${API_PORT}/api/ready`, 120_000);

    const quizId = await seedQuiz({ db, request, trainerToken: await token(trainer.id), org, learners });
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
    const {
      graded,
      lost,
      doubleGraded,
      submitToGradedMs: submitToGraded,
      lastGradedAfterLastSubmitSeconds: gradedWithinSeconds,
    } = await gradingOutcome(db, accepted, 120_000);
    await db.end();

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
    client.destroy();
    await sleep(1500);
    await stack.close();
  }
}

if (process.env.BENCH_MODE === 'burst') {
  await import('./exam-burst.mjs');
} else {
  main().catch((err) => {
    console.error(err);
    for (const c of children) c.kill('SIGKILL');
    process.exit(1);
  });
}
