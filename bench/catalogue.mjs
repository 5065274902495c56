#!/usr/bin/env node
// `npm run bench:catalogue`: catalogue and course-outline reads under concurrent load, side by side
// with a bare Fastify hello-world (the ceiling) in the same run. Writes bench/results/catalogue-*.json.
// Targets (issues 3 and 12): the outline, the catalogue list and its search each >= 30% of the
// ceiling's req/s with p95 < 50 ms at 50 clients. List and search rotate over a realistic mix of
// pages, filters and query texts (the web app's page size), as visitors browse.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildServer } from '../tools/build.mjs';
import { openBenchStack, root, runNode, sleep, waitForUrl } from './support.mjs';
import { servingProcesses } from './exam-processes.mjs';
import { load } from './load.mjs';
import { formatSummary, summariseProfiles } from './profile-summary.mjs';

const PROFILE = !!process.env.BENCH_PROFILE;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const API_PORT = 4610;
const HELLO_PORT = 4611;
const log = (m) => console.log(`[bench] ${m}`);
const children = [];

/** Catalogue pages as the web app asks for them (12 a page): browsing, filters, deeper pages. */
const LIST_MIX = [
  ...[1, 2, 3, 4, 5].map((page) => `pageSize=12&page=${page}`),
  ...['en', 'it', 'fi', 'de'].flatMap((language) =>
    [1, 2].map((page) => `pageSize=12&language=${language}&page=${page}`),
  ),
  ...[4, 5, 6].map((eqf) => `pageSize=12&eqfLevel=${eqf}`),
  'pageSize=12&topic=mobility',
  'pageSize=12&maxHours=8',
];

/** Searches: words from titles, summaries and outcomes, some with a language, a few past page one. */
const SEARCH_MIX = [
  ...['mobility', 'partnerships', 'learning agreement', 'recognise', 'international', 'VET', 'plan'].flatMap(
    (q) => [
      `q=${encodeURIComponent(q)}`,
      `q=${encodeURIComponent(q)}&language=en`,
      `q=${encodeURIComponent(q)}&page=2`,
    ],
  ),
  ...[3, 17, 42, 101, 150].map((n) => `q=${encodeURIComponent(`course ${n}`)}`),
  'q=erasmus&language=it',
  'q=office',
].map((query) => `pageSize=12&${query}`);

/** Per phase, the profiles of every api process summed (files are api-<pid>-<k>.cpuprofile). */
function summarisePhases(dir, phases) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  return Object.fromEntries(
    phases.map((name, k) => {
      const mine = files.filter((f) => f.endsWith(`-${k + 1}.cpuprofile`)).map((f) => join(dir, f));
      const summary = summariseProfiles(
        mine.map((f) => JSON.parse(readFileSync(f, 'utf8'))),
        { top: 20 },
      );
      log(`profile of ${name}:\n${formatSummary(summary)}`);
      return [name, { files: mine, ...summary }];
    }),
  );
}

/** A `next` for `load` that sends the mix's queries one after another, round and round. */
function rotate(base, mix) {
  let i = 0;
  return () => ({ url: `${base}?${mix[i++ % mix.length]}` });
}

/** Fills the catalogue: the demo courses plus generated published courses with modules and lessons. */
async function seedCourses(url, count = 200) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT id FROM organisations WHERE name = 'Demo VET School'`);
    const orgId = rows[0].id;
    for (let i = 0; i < count; i++) {
      const { rows: c } = await client.query(
        `INSERT INTO courses (organisation_id, slug, title, summary, language, eqf_level, workload_hours, learning_outcomes, topics, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'published', now()) RETURNING id`,
        [
          orgId,
          `bench-course-${i}`,
          `Benchmark course ${i}: partnerships and mobility`,
          'A generated course for the catalogue benchmark, about international partnerships in VET.',
          ['en', 'it', 'fi', 'de'][i % 4],
          (i % 8) + 1,
          4 + (i % 20),
          JSON.stringify(['Plan a mobility', 'Write a learning agreement', 'Recognise outcomes']),
          ['mobility', 'erasmus+'],
        ],
      );
      for (let m = 1; m <= 4; m++) {
        const { rows: mod } = await client.query(
          `INSERT INTO course_modules (course_id, position, title) VALUES ($1, $2, $3) RETURNING id`,
          [c[0].id, m, `Module ${m}`],
        );
        for (let l = 1; l <= 4; l++) {
          await client.query(
            `INSERT INTO lessons (course_id, module_id, position, title, kind, body) VALUES ($1, $2, $3, $4, 'page', $5)`,
            [c[0].id, mod[0].id, l, `Lesson ${m}.${l}`, 'Body '.repeat(200)],
          );
        }
      }
    }
  } finally {
    await client.end();
  }
}

async function main() {
  const stack = await openBenchStack('catalogue', log);
  const { dataDir, dbUrl, prefix } = stack;
  const redis = { url: stack.redisUrl };
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], {
      DATABASE_URL: dbUrl.toString(),
      DEMO_DATA: 'true',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
    });
    await seedCourses(dbUrl.toString());
    // Settle the fresh tables now, so autovacuum does not start in the middle of a measured run.
    const settle = new pg.Client({ connectionString: dbUrl.toString() });
    await settle.connect();
    await settle.query('VACUUM ANALYZE');
    await settle.end();

    // BENCH_PROFILE=1: a V8 CPU profile of every api process during each measured phase (list,
    // search, outline: bench/cpu-profile-preload.cjs, toggled by SIGURG), summed by package into
    // the JSON (bench/profile-summary.mjs); the .cpuprofile files open in Chrome DevTools.
    const profileDir = join(root, `bench/results/profiles/catalogue-${Date.now()}`);
    if (PROFILE) mkdirSync(profileDir, { recursive: true });
    const api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_OPTIONS: PROFILE ? `--require=${join(root, 'bench/cpu-profile-preload.cjs')}` : '',
        CPU_PROFILE_DIR: PROFILE ? profileDir : '',
        NODE_ENV: 'production',
        DATABASE_URL: dbUrl.toString(),
        REDIS_URL: redis.url,
        REDIS_PREFIX: prefix,
        PUBLIC_URL: `http://127.0.0.1:${API_PORT}`,
        ACCESS_TOKEN_SECRET: randomBytes(32).toString('hex'),
        CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '100000000',
        STORAGE_DIR: join(dataDir, 'bench-files'),
      },
    });
    children.push(api);
    const hello = fork(join(root, 'bench/hello-fastify.mjs'), [String(HELLO_PORT)], { stdio: 'inherit' });
    children.push(hello);
    // Generous: on a busy machine, every api process starting Nest at once takes a while.
    await waitForUrl(`http://127.0.0.1:${API_PORT}/api/ready`, 120_000);
    await waitForUrl(`http://127.0.0.1:${HELLO_PORT}/`);
    const { serving } = await servingProcesses(api.pid);
    log(`api serving in ${serving.length} process(es)`);
    /** Runs one measured phase, profiled when asked (the k-th profile of each process is phase k). */
    const phases = [];
    const phase = async (name, run) => {
      if (!PROFILE) return run();
      for (const pid of serving) process.kill(pid, 'SIGURG');
      const result = await run();
      for (const pid of serving) process.kill(pid, 'SIGURG');
      await sleep(500);
      phases.push(name);
      return result;
    };

    const opts = { concurrency: CONCURRENCY, seconds: SECONDS };
    log(`ceiling: bare Fastify hello-world, ${CONCURRENCY} clients, ${SECONDS} s`);
    const ceiling = await load({ url: `http://127.0.0.1:${HELLO_PORT}/`, ...opts });
    // BENCH_ONLY=outline skips the list and search runs (e.g. to profile the outline alone).
    const skip = process.env.BENCH_ONLY === 'outline';
    const skipped = { reqPerSec: null, latencyMs: { p50: null, p95: null, p99: null }, errors: null };
    const base = `http://127.0.0.1:${API_PORT}/api/catalogue`;
    log(`catalogue list: ${LIST_MIX.length} pages and filters in turn`);
    const catalogue = skip
      ? skipped
      : await phase('catalogue', () =>
          load({ url: `${base}?<list mix>`, next: rotate(base, LIST_MIX), ...opts }),
        );
    log(`catalogue search: ${SEARCH_MIX.length} query texts, filters and pages in turn`);
    const search = skip
      ? skipped
      : await phase('search', () =>
          load({ url: `${base}?<search mix>`, next: rotate(base, SEARCH_MIX), ...opts }),
        );
    log('course outline');
    const outline = await phase('outline', () => load({ url: `${base}/bench-course-7`, ...opts }));

    const target = { shareOfCeiling: 0.3, p95Ms: 50 };
    const verdicts = Object.fromEntries(
      Object.entries({ outline, catalogue, search }).map(([name, run]) => {
        const share = run.reqPerSec === null ? null : +(run.reqPerSec / ceiling.reqPerSec).toFixed(3);
        const met =
          share !== null &&
          share >= target.shareOfCeiling &&
          run.latencyMs.p95 !== null &&
          run.latencyMs.p95 < target.p95Ms &&
          run.errors === 0;
        return [name, { shareOfCeiling: share, p95Ms: run.latencyMs.p95, met }];
      }),
    );
    const result = {
      benchmark: 'catalogue',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      ceiling,
      catalogue,
      search,
      outline,
      mixes: { list: LIST_MIX, search: SEARCH_MIX },
      outlineShareOfCeiling: verdicts.outline.shareOfCeiling,
      listShareOfCeiling: verdicts.catalogue.shareOfCeiling,
      searchShareOfCeiling: verdicts.search.shareOfCeiling,
      target,
      verdicts,
      profiles: PROFILE ? summarisePhases(profileDir, phases) : undefined,
      targetMet: Object.values(verdicts).every((v) => v.met || (skip && v.shareOfCeiling === null)),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, `bench/results/catalogue-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.table(
      Object.fromEntries(
        ['ceiling', 'catalogue', 'search', 'outline'].map((k) => [
          k,
          {
            'req/s': result[k].reqPerSec,
            p50: result[k].latencyMs.p50,
            p95: result[k].latencyMs.p95,
            p99: result[k].latencyMs.p99,
            errors: result[k].errors,
          },
        ]),
      ),
    );
    for (const [name, v] of Object.entries(verdicts)) {
      if (v.shareOfCeiling === null) continue;
      log(
        `${name} at ${(v.shareOfCeiling * 100).toFixed(1)}% of the ceiling (target >= ${target.shareOfCeiling * 100}%), p95 ${v.p95Ms} ms (target < ${target.p95Ms} ms): ${v.met ? 'MET' : 'MISSED'}`,
      );
    }
    log(`results: ${file}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(1500);
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err);
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
});
