// `npm run bench:exam:burst` (bench/exam.mjs with BENCH_MODE=burst): the mix Moodle 4.5 was measured
// with on this kind of machine (issue 12). Each of N learners starts an attempt, saves its 20
// answers back to back and submits, all N at once, no think time, all from one client address (one
// keep-alive connection per learner), against the api started as production starts it: NODE_ENV
// production, --enable-source-maps, default log level, default rate limits, default number of
// processes and pool size (none of those variables is passed on, even from the caller's shell).
// Learners hold access tokens minted with the api's secret (no sign-in, which is limited per address).
//
// BENCH_BURST_N="50,200,1000" runs one burst per N, each on fresh learners, after an unreported
// warm-up burst of BENCH_BURST_WARMUP (20) learners; each burst waits for grading before the next.
// Before each burst, the ceiling: a bare Fastify hello-world at the same concurrency (N clients);
// once, PostgreSQL single-row commits/s from as many connections as the api's pools.
// Targets at N = 200: >= 2,000 req/s, start, autosave and submit p95 < 300, 100 and 300 ms, every
// attempt graded within 5 s of the last submit; at N = 1,000: 0 errors, 0 lost.
// BENCH_PROFILE=1: a CPU profile of every api process during each burst (bench/cpu-profile-preload.cjs),
// summed per burst by bench/profile-summary.mjs into the JSON and printed.
// Writes bench/results/exam-burst-*.json; the api's and worker's logs go to exam-burst-*-{api,worker}.log.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
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
import { cpuSnapshot, cpuUse, servingProcesses } from './exam-processes.mjs';
import { load } from './load.mjs';
import { formatSummary, summariseProfiles } from './profile-summary.mjs';
import { mintAccessToken, openBenchStack, root, runNode, sleep, waitForUrl } from './support.mjs';

const SIZES = (process.env.BENCH_BURST_N ?? '50,200,1000').split(',').map(Number);
const WARMUP = Number(process.env.BENCH_BURST_WARMUP ?? 20);
const GRADE_TIMEOUT_S = Number(process.env.BENCH_GRADE_TIMEOUT_S ?? 60);
const CEILING_S = Number(process.env.BENCH_CEILING_SECONDS ?? 5);
const PROFILE = !!process.env.BENCH_PROFILE;
/** The api's default DATABASE_POOL_SIZE (libs/server/config), per api process. */
const DEFAULT_POOL = 10;
const API_PORT = await freePort();
const HELLO_PORT = await freePort();
const log = (m) => console.log(`[bench:exam:burst] ${m}`);
const children = [];
const secret = randomBytes(32).toString('hex');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(root, 'bench/results');
const profileDir = join(resultsDir, 'profiles', `exam-burst-${stamp}`);

const logFile = (name) => join(resultsDir, `exam-burst-${stamp}-${name}.log`);

/**
 * What the api logged about its failures: each error message with its count, and the message of
 * each sampled error by request id (a 500's body only says "something went wrong").
 */
function explainErrors(results) {
  const byRequest = new Map();
  const counts = {};
  for (const line of readFileSync(logFile('api'), 'utf8').split('\n')) {
    if (!line.includes('"level":50')) continue;
    try {
      const entry = JSON.parse(line);
      const message = String(entry.err?.message ?? entry.msg).slice(0, 200);
      counts[message] = (counts[message] ?? 0) + 1;
      if (entry.req?.id) byRequest.set(entry.req.id, message);
    } catch {
      // not one of pino's lines
    }
  }
  for (const r of results) {
    for (const list of Object.values(r.errorSamples)) {
      for (const sample of list)
        if (byRequest.has(sample.requestId)) sample.logged = byRequest.get(sample.requestId);
    }
  }
  return counts;
}

/** The caller's environment without anything that would move the api off its defaults. */
function productionEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(RATE_LIMIT_|API_PROCESSES$|DATABASE_POOL_SIZE$|LOG_LEVEL$|NODE_OPTIONS$)/.test(key))
      delete env[key];
  }
  return env;
}

function spawnStack({ stack }) {
  const common = {
    ...productionEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: stack.dbUrl,
    REDIS_URL: stack.redisUrl,
    REDIS_PREFIX: stack.prefix,
    PUBLIC_URL: `http://127.0.0.1:${API_PORT}`,
    ACCESS_TOKEN_SECRET: secret,
    CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    STORAGE_DIR: join(stack.dataDir, `bench-files-${stack.prefix}`),
  };
  const logTo = (name) => {
    const fd = openSync(logFile(name), 'a');
    return ['ignore', fd, fd];
  };
  // As docker/Dockerfile runs them; the preload only when profiling (cluster workers inherit it).
  const nodeOptions = ['--enable-source-maps'];
  if (PROFILE) nodeOptions.push(`--require=${join(root, 'bench/cpu-profile-preload.cjs')}`);
  const api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
    cwd: root,
    stdio: logTo('api'),
    env: {
      ...common,
      NODE_OPTIONS: nodeOptions.join(' '),
      CPU_PROFILE_DIR: PROFILE ? profileDir : '',
      PORT: String(API_PORT),
      HOST: '127.0.0.1',
    },
  });
  children.push(api);
  const worker = spawn(process.execPath, ['dist/server/apps/worker/src/main.js'], {
    cwd: root,
    stdio: logTo('worker'),
    env: { ...common, NODE_OPTIONS: '--enable-source-maps', SMTP_URL: 'smtp://127.0.0.1:9' },
  });
  children.push(worker);
  const hello = fork(join(root, 'bench/hello-fastify.mjs'), [String(HELLO_PORT)], { stdio: 'inherit' });
  children.push(hello);
  return { api, worker };
}

/** One learner: start, 20 autosaves back to back, submit. */
async function sitExam({ request, quizId, token, n, record, accepted }) {
  const started = await request('POST', `/api/quizzes/${quizId}/attempts`, token);
  if (!record('start', started, 201)) return;
  const attemptId = started.body.id;
  for (const item of started.body.items) {
    const saved = await request('PUT', `/api/attempts/${attemptId}/responses/${item.position}`, token, {
      response: answerFor(item, n + item.position),
    });
    record('autosave', saved, 200);
  }
  const submitted = await request('POST', `/api/attempts/${attemptId}/submit`, token);
  if (record('submit', submitted, 202)) accepted.push(attemptId);
}

/** All `tokens` sit the exam at once; latencies, errors by kind and what grading made of it. */
async function burst({ db, quizId, tokens, offset, cpu, afterRequests = async () => {} }) {
  const n = tokens.length;
  const client = apiClient({ port: API_PORT, maxSockets: n });
  const latency = { start: [], autosave: [], submit: [] };
  const errors = {};
  const samples = {};
  let requests = 0;
  const record = (kind, res, expected) => {
    requests++;
    latency[kind].push(res.ms);
    if (res.status === expected) return true;
    const key = `${kind} ${res.status || 'network'}`;
    errors[key] = (errors[key] ?? 0) + 1;
    samples[key] ??= [];
    if (samples[key].length < 3) {
      samples[key].push({
        body: JSON.stringify(res.body)?.slice(0, 300) ?? null,
        requestId: res.body?.requestId,
      });
    }
    return false;
  };
  const accepted = [];
  const before = await cpu();
  // The latencies are taken here, so this process's own event-loop delay is in every one of them.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const t0 = process.hrtime.bigint();
  await Promise.all(
    tokens.map((token, i) =>
      sitExam({ request: client.request, quizId, token, n: offset + i, record, accepted }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const after = await cpu();
  loopDelay.disable();
  client.destroy();
  await afterRequests();
  const grading = await gradingOutcome(db, accepted, GRADE_TIMEOUT_S * 1000);
  const used = cpuUse(before, after, seconds);
  return {
    learners: n,
    requests,
    seconds: +seconds.toFixed(2),
    reqPerSec: +(requests / seconds).toFixed(1),
    start: stats(latency.start),
    autosave: stats(latency.autosave),
    submit: stats(latency.submit),
    errors: Object.values(errors).reduce((a, b) => a + b, 0),
    errorsByKind: errors,
    errorSamples: samples,
    accepted: accepted.length,
    ...grading,
    cpu: used,
    loadGeneratorLoopDelayMs: {
      p50: +(loopDelay.percentile(50) / 1e6).toFixed(1),
      p99: +(loopDelay.percentile(99) / 1e6).toFixed(1),
      max: +(loopDelay.max / 1e6).toFixed(1),
    },
    // What a busy machine does not change: requests served per second of the api's own CPU.
    reqPerApiCpuSecond: used.apiCores ? Math.round(requests / seconds / used.apiCores) : null,
  };
}

function judge(results) {
  const at = (n) => results.find((r) => r.learners === n);
  const targets = [];
  const target = (name, n, ok) =>
    targets.push({ name, n, status: at(n) ? (ok(at(n)) ? 'MET' : 'MISSED') : 'NOT RUN' });
  target('throughput >= 2,000 req/s', 200, (r) => r.reqPerSec >= 2000);
  target('start p95 < 300 ms', 200, (r) => r.start.p95 !== null && r.start.p95 < 300);
  target('autosave p95 < 100 ms', 200, (r) => r.autosave.p95 !== null && r.autosave.p95 < 100);
  target('submit p95 < 300 ms', 200, (r) => r.submit.p95 !== null && r.submit.p95 < 300);
  target(
    'all graded within 5 s of the last submit',
    200,
    (r) =>
      r.lost === 0 && r.lastGradedAfterLastSubmitSeconds !== null && r.lastGradedAfterLastSubmitSeconds <= 5,
  );
  target('0 errors', 1000, (r) => r.errors === 0);
  target('0 lost', 1000, (r) => r.lost === 0);
  return targets;
}

/** Profiles are written per process per burst as api-<pid>-<k>.cpuprofile: sums the k-th of each. */
function summariseBurstProfiles(bursts) {
  let files = [];
  try {
    files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  } catch {
    return { error: `no profiles in ${profileDir}` };
  }
  return Object.fromEntries(
    bursts.map((n, k) => {
      const mine = files.filter((f) => f.endsWith(`-${k + 1}.cpuprofile`));
      const profiles = mine.map((f) => JSON.parse(readFileSync(join(profileDir, f), 'utf8')));
      return [
        n,
        { files: mine.map((f) => join(profileDir, f)), ...summariseProfiles(profiles, { top: 20 }) },
      ];
    }),
  );
}

function printTable(results, ceilings) {
  console.table(
    results.map((r) => ({
      N: r.learners,
      'req/s': r.reqPerSec,
      'hello req/s': ceilings[r.learners].reqPerSec,
      '% of hello': +((100 * r.reqPerSec) / ceilings[r.learners].reqPerSec).toFixed(1),
      'start p50/p95': `${r.start.p50} / ${r.start.p95}`,
      'autosave p50/p95': `${r.autosave.p50} / ${r.autosave.p95}`,
      'submit p50/p95': `${r.submit.p50} / ${r.submit.p95}`,
      errors: r.errors,
      accepted: r.accepted,
      graded: r.graded,
      lost: r.lost,
      'double-graded': r.doubleGraded,
      'last graded (s)': r.lastGradedAfterLastSubmitSeconds,
      'api cores': r.cpu.apiCores,
      'req/api CPU s': r.reqPerApiCpuSecond,
      'client loop delay p99 ms': r.loadGeneratorLoopDelayMs.p99,
    })),
  );
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  if (PROFILE) mkdirSync(profileDir, { recursive: true });
  const stack = await openBenchStack('examburst', log);
  let db;
  let api;
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: stack.dbUrl, DEMO_DATA: 'false' });
    db = new pg.Client({ connectionString: stack.dbUrl });
    await db.connect();
    // Dropping the database at the end (on failure too) ends this connection: not a second error.
    db.on('error', () => {});
    const total = WARMUP + SIZES.reduce((a, b) => a + b, 0);
    log(`creating ${total} learners directly`);
    const { org, trainer, learners } = await seedPeople(db, total);
    const started = spawnStack({ stack });
    api = started.api;
    // A busy 2-core machine boots two Nest processes and the worker slowly.
    await waitForUrl(`http://127.0.0.1:${API_PORT}/api/ready`, 120_000);
    await waitForUrl(`http://127.0.0.1:${HELLO_PORT}/`);
    const processes = await servingProcesses(api.pid);
    log(`api serving in ${processes.serving.length} process(es)`);
    const cpu = () => cpuSnapshot({ db, api: processes, workerPid: started.worker.pid });
    const signalProfilers = async () => {
      if (!PROFILE) return;
      for (const pid of processes.serving) process.kill(pid, 'SIGURG');
      await sleep(100);
    };

    const seedClient = apiClient({ port: API_PORT, maxSockets: 4 });
    const quizId = await seedQuiz({
      db,
      request: seedClient.request,
      trainerToken: await mintAccessToken(secret, trainer.id),
      org,
      learners,
    });
    seedClient.destroy();
    const tokens = await Promise.all(learners.map((l) => mintAccessToken(secret, l.id)));

    log(`ceiling: single-row commits with ${DEFAULT_POOL * processes.serving.length} connections`);
    const commits = await commitCeiling(stack.dbUrl, DEFAULT_POOL * processes.serving.length);

    let next = 0;
    const take = (n) => tokens.slice(next, (next += n));
    if (WARMUP > 0) {
      log(`warm-up burst of ${WARMUP} learners (not reported)`);
      await burst({ db, quizId, tokens: take(WARMUP), offset: 0, cpu });
    }
    const results = [];
    const ceilings = {};
    for (const n of SIZES) {
      log(`N = ${n}: bare Fastify hello-world with ${n} clients`);
      ceilings[n] = await load({
        url: `http://127.0.0.1:${HELLO_PORT}/`,
        concurrency: n,
        seconds: CEILING_S,
        warmupSeconds: 1,
      });
      log(`N = ${n}: burst`);
      const offset = next;
      await signalProfilers();
      const result = await burst({
        db,
        quizId,
        tokens: take(n),
        offset,
        cpu,
        afterRequests: signalProfilers,
      });
      results.push(result);
      log(
        `N = ${n}: ${result.reqPerSec} req/s (hello ${ceilings[n].reqPerSec}), errors ${result.errors}, lost ${result.lost}, last graded ${result.lastGradedAfterLastSubmitSeconds} s after the last submit`,
      );
    }
    await db.end();
    db = undefined;

    // Stop the api before reading profiles: every process has written its files by then.
    api.kill('SIGTERM');
    await Promise.race([
      new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r))),
      sleep(20_000),
    ]);
    const profiles = PROFILE ? summariseBurstProfiles(SIZES) : null;
    const apiErrorsLogged = explainErrors(results);
    const targets = judge(results);
    const result = {
      benchmark: 'exam-burst',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      mix: 'each learner: start, 20 autosaves back to back, submit; all at once; one client address',
      api: {
        processes: processes.serving.length,
        clusterPrimary: processes.primary !== null,
        defaults: 'API_PROCESSES, DATABASE_POOL_SIZE, LOG_LEVEL and RATE_LIMIT_* unset',
      },
      warmupLearners: WARMUP,
      ceiling: { commits, helloByN: ceilings },
      bursts: results,
      targets,
      targetMet: targets.every((t) => t.status === 'MET'),
      apiErrorsLogged,
      profiles,
    };
    const file = join(resultsDir, `exam-burst-${stamp}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    printTable(results, ceilings);
    log(`ceiling: ${commits.commitsPerSec} PostgreSQL commits/s with ${commits.clients} connections`);
    for (const t of targets) log(`N = ${t.n}: ${t.name}: ${t.status}`);
    for (const [message, count] of Object.entries(apiErrorsLogged)) log(`api logged ${count} × ${message}`);
    if (profiles && !profiles.error) {
      for (const [n, s] of Object.entries(profiles)) {
        console.log(`\nCPU profile of the api during N = ${n} (${s.files.length} process(es)):`);
        console.log(formatSummary({ ...s, selfByPackage: s.selfByPackage.slice(0, 12) }));
      }
    } else if (profiles) log(profiles.error);
    log(`results: ${file}`);
  } finally {
    await db?.end().catch(() => {});
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await sleep(1500);
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err);
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
});
