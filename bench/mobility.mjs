#!/usr/bin/env node
// `npm run bench:mobility`: 10,000 mobilities with 100,000 log entries across 50 schools (one of
// them with 2,000 mobilities, the others about 163 each); at 20 concurrent clients, p95 of a
// manager's mobility report and of the first page of the mobilities list of the largest school,
// side by side with a bare Fastify hello-world (the ceiling) in the same run; then the api's RSS
// growth while it streams the Erasmus+ Beneficiary Module CSV of that school's 2,000 mobilities.
// Writes bench/results/mobility.json.
// Targets (issue 10): report and list p95 < 100 ms at 20 clients; CSV memory growth < 50 MB.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { buildServer } from '../tools/build.mjs';
import {
  cpuPerRequest,
  mintAccessToken,
  openBenchStack,
  root,
  runNode,
  sleep,
  startApiAndCeiling,
} from './support.mjs';
import { load } from './load.mjs';

const SCHOOLS = 50;
const MOBILITIES = 10_000;
const LARGEST = 2_000;
const ENTRIES_PER_MOBILITY = 10;
const PEOPLE_PER_SCHOOL = 100;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const API_PORT = 4640;
const HELLO_PORT = 4641;
const log = (m) => console.log(`[bench:mobility] ${m}`);
const children = [];
const secret = randomBytes(32).toString('hex');

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, '')) / 1024;
};

/**
 * Schools, their staff, mobilities and log entries in a few set-based statements. School 0 gets
 * LARGEST mobilities, the others share the rest; about one in ten mobilities has an interruption,
 * every status and activity type is present.
 */
export async function seed(db) {
  const { rows: schools } = await db.query(
    `INSERT INTO organisations (name, country, city)
     SELECT 'Bench School ' || s, (ARRAY['IT','FI','PT','GR','DE','ES','SE'])[1 + s % 7], 'City ' || s
     FROM generate_series(0, $1 - 1) s ORDER BY s RETURNING id`,
    [SCHOOLS],
  );
  const schoolIds = schools.map((s) => s.id);
  const { rows: managers } = await db.query(
    `INSERT INTO users (email, name) SELECT 'manager' || s || '@bench.campus', 'Manager ' || s
     FROM generate_series(0, $1 - 1) s ORDER BY s RETURNING id`,
    [SCHOOLS],
  );
  await db.query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT u, o, 'manager' FROM unnest($1::uuid[], $2::uuid[]) AS x(u, o)`,
    [managers.map((m) => m.id), schoolIds],
  );
  const { rows: people } = await db.query(
    `INSERT INTO users (email, name, locale)
     SELECT 'p' || g || '@bench.campus', 'Maria Grazia Rossi ' || g, 'it'
     FROM generate_series(0, $1 - 1) g ORDER BY g RETURNING id`,
    [SCHOOLS * PEOPLE_PER_SCHOOL],
  );
  const personIds = people.map((p) => p.id);
  await db.query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT u, ($2::uuid[])[1 + (n - 1) / $3], 'learner' FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n)`,
    [personIds, schoolIds, PEOPLE_PER_SCHOOL],
  );

  // Mobility n (0-based): school 0 for the first LARGEST, then round robin over the others.
  const school = (n) => (n < LARGEST ? 0 : 1 + ((n - LARGEST) % (SCHOOLS - 1)));
  const orgOf = [];
  const participantOf = [];
  for (let n = 0; n < MOBILITIES; n++) {
    orgOf.push(schoolIds[school(n)]);
    participantOf.push(personIds[school(n) * PEOPLE_PER_SCHOOL + (n % PEOPLE_PER_SCHOOL)]);
  }
  await db.query(
    `INSERT INTO mobilities (organisation_id, participant_id, activity_type, project_number, mobility_code,
       host_name, host_country, host_city, host_address, host_website, host_oid, mentor_name, mentor_role,
       mentor_email, mentor_language, start_date, end_date, travel_days_before, travel_days_after,
       transport, green_travel, distance_band, interruptions, status)
     SELECT o, p,
       (ARRAY['SM-JOB-SHDW','SM-TTA','SM-COUR-TRAIN','LM-SHORT-VET','LM-LONG-VET'])[1 + n % 5],
       '2026-1-IT01-KA121-VET-' || lpad((n % 3)::text, 9, '0'),
       'MOB-' || lpad(n::text, 6, '0'),
       'Host school ' || (n % 300), c, 'City of ' || c, 'Main street ' || n % 97, 'https://host.example',
       'E1' || lpad((n % 1000)::text, 7, '0'),
       'Mentor ' || n % 300, 'Teacher', 'mentor' || n % 300 || '@host.example',
       (ARRAY['en','it','fi','pt','el','de','es','sv'])[1 + n % 8],
       s, s + (9 + n % 20), n % 3, n % 3,
       (ARRAY['train','bus','car','car_sharing','plane','boat','bicycle','other'])[1 + n % 8],
       n % 2 = 0, (ARRAY['10-99','100-499','500-1999','2000-2999','3000-3999','4000-7999','8000+'])[1 + n % 7],
       CASE WHEN n % 10 = 0
            THEN jsonb_build_array(jsonb_build_object('from', (s + 3)::text, 'to', (s + 4)::text))
            ELSE '[]'::jsonb END,
       (ARRAY['draft','agreed','in_progress','completed','validated','cancelled'])[1 + n % 6]
     FROM (
       SELECT o, p, (n - 1)::int AS n, date '2024-01-08' + ((n * 37) % 1400)::int AS s,
              (ARRAY['FI','ES','DE','FR','IE','NL','SE','AT','PT','GR','PL','CZ','DK','BE','HU','SI','HR','MT','LT','EE'])[1 + n % 20] AS c
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(o, p, n)
     ) g`,
    [orgOf, participantOf],
  );
  // Ten days logged per mobility, 6 to 8 hours in quarter hours. In bulk the per-row trigger that
  // keeps mobilities.logged_minutes would update each mobility ten times: it is paused and the
  // sums written once, as the migration that added the column does.
  await db.query(`ALTER TABLE log_entries DISABLE TRIGGER log_entries_logged_minutes`);
  await db.query(
    `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities, reflection)
     SELECT gen_random_uuid(), m.id, m.start_date + k, 360 + 15 * ((k * 7 + length(m.mobility_code)) % 9),
            'Shadowed the international office: partner meetings, learning agreements, Erasmus+ reporting.',
            'What I will take home.'
     FROM mobilities m, generate_series(0, $1 - 1) k`,
    [ENTRIES_PER_MOBILITY],
  );
  await db.query(
    `UPDATE mobilities mo SET logged_minutes = s.minutes
     FROM (SELECT mobility_id, sum(minutes) AS minutes FROM log_entries GROUP BY mobility_id) s
     WHERE s.mobility_id = mo.id`,
  );
  await db.query(`ALTER TABLE log_entries ENABLE TRIGGER log_entries_logged_minutes`);
  // Steady state: the rows the update above left behind compacted, statistics and the visibility
  // map up to date, as autovacuum leaves a table between a school's working days.
  await db.query(`VACUUM FULL mobilities`);
  await db.query(`VACUUM ANALYZE organisations, users, memberships, mobilities, log_entries`);
  const {
    rows: [counts],
  } = await db.query(
    `SELECT (SELECT count(*)::int FROM mobilities) AS mobilities, (SELECT count(*)::int FROM log_entries) AS entries,
            (SELECT count(*)::int FROM mobilities WHERE organisation_id = $1) AS largest`,
    [schoolIds[0]],
  );
  return { schoolId: schoolIds[0], managerId: managers[0].id, counts };
}

/** Downloads `url`, sampling the api's RSS every 20 ms; bytes, lines, seconds and RSS figures. */
async function streamWithRss(url, headers, pid) {
  const baseline = rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const started = Date.now();
  try {
    const { bytes, lines } = await new Promise((res, rej) => {
      http
        .get(url, { headers }, (r) => {
          let size = 0;
          let crlf = 0;
          r.on('data', (chunk) => {
            size += chunk.length;
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) crlf++;
          });
          r.on('end', () =>
            r.statusCode === 200 ? res({ bytes: size, lines: crlf }) : rej(new Error(`csv: ${r.statusCode}`)),
          );
        })
        .on('error', rej);
    });
    return {
      seconds: +((Date.now() - started) / 1000).toFixed(2),
      bytes,
      rows: lines - 1,
      apiRssBaselineMb: +baseline.toFixed(1),
      apiRssPeakMb: +peak.toFixed(1),
      growthMb: +(peak - baseline).toFixed(1),
    };
  } finally {
    clearInterval(sampler);
  }
}

async function main() {
  const stack = await openBenchStack('mobility', log);
  const { dbUrl } = stack;
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: dbUrl, DEMO_DATA: 'false' });

    log(
      `seeding ${MOBILITIES} mobilities with ${MOBILITIES * ENTRIES_PER_MOBILITY} log entries across ${SCHOOLS} schools`,
    );
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const t0 = Date.now();
    const { schoolId, managerId, counts } = await seed(db);
    const seedSeconds = +((Date.now() - t0) / 1000).toFixed(1);
    await db.end();
    log(`seeded in ${seedSeconds} s: ${JSON.stringify(counts)}`);

    const { api } = await startApiAndCeiling({
      stack,
      secret,
      apiPort: API_PORT,
      helloPort: HELLO_PORT,
      children,
    });

    const headers = { Authorization: `Bearer ${await mintAccessToken(secret, managerId)}` };
    const orgUrl = `http://127.0.0.1:${API_PORT}/api/orgs/${schoolId}`;
    const opts = { concurrency: CONCURRENCY, seconds: SECONDS };
    log(`ceiling: bare Fastify hello-world, ${CONCURRENCY} clients, ${SECONDS} s`);
    const ceiling = await load({ url: `http://127.0.0.1:${HELLO_PORT}/`, ...opts });
    log(`report of the school with ${counts.largest} mobilities, ${CONCURRENCY} clients, ${SECONDS} s`);
    const report = await load({ url: `${orgUrl}/mobility-reports`, headers, ...opts });
    log(`first page of its mobilities list, ${CONCURRENCY} clients, ${SECONDS} s`);
    const list = await load({ url: `${orgUrl}/mobilities?page=1`, headers, ...opts });

    log('CPU per request (4 clients, 5 s each)');
    const probe = new pg.Client({ connectionString: dbUrl });
    await probe.connect();
    let cpu;
    try {
      cpu = {
        report: await cpuPerRequest(probe, { url: `${orgUrl}/mobility-reports`, headers }, api.pid),
        list: await cpuPerRequest(probe, { url: `${orgUrl}/mobilities?page=1`, headers }, api.pid),
      };
    } finally {
      await probe.end();
    }

    log(`streaming its Beneficiary Module CSV`);
    const csv = await streamWithRss(`${orgUrl}/mobility-reports/beneficiary-module.csv`, headers, api.pid);

    const target = { reportP95Ms: 100, listP95Ms: 100, csvRssGrowthMb: 50 };
    const met = {
      report:
        report.errors === 0 && report.latencyMs.p95 !== null && report.latencyMs.p95 < target.reportP95Ms,
      list: list.errors === 0 && list.latencyMs.p95 !== null && list.latencyMs.p95 < target.listP95Ms,
      csvMemory: csv.rows === counts.largest && csv.growthMb < target.csvRssGrowthMb,
    };
    const result = {
      benchmark: 'mobility',
      at: new Date().toISOString(),
      // Other work on the machine during the run (1, 5 and 15 minute load averages) weighs on every figure.
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
      seeded: { schools: SCHOOLS, ...counts, seconds: seedSeconds },
      ceiling,
      report,
      list,
      reportP95OverCeilingP95: +(report.latencyMs.p95 / ceiling.latencyMs.p95).toFixed(1),
      listP95OverCeilingP95: +(list.latencyMs.p95 / ceiling.latencyMs.p95).toFixed(1),
      cpuPerRequest: cpu,
      csv,
      target,
      met,
      targetMet: Object.values(met).every(Boolean),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, 'bench/results/mobility.json');
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`ceiling ${ceiling.reqPerSec} req/s, p95 ${ceiling.latencyMs.p95} ms`);
    log(
      `report ${report.reqPerSec} req/s, p95 ${report.latencyMs.p95} ms (${result.reportP95OverCeilingP95}× the ceiling's), errors ${report.errors}`,
    );
    log(
      `list ${list.reqPerSec} req/s, p95 ${list.latencyMs.p95} ms (${result.listP95OverCeilingP95}× the ceiling's), errors ${list.errors}`,
    );
    for (const [name, c] of Object.entries(cpu)) {
      log(`${name}: ${c.apiMs} ms api CPU + ${c.postgresMs} ms PostgreSQL CPU per request`);
    }
    log(
      `CSV of ${csv.rows} mobilities: ${csv.seconds} s, ${(csv.bytes / 1e6).toFixed(2)} MB, api RSS +${csv.growthMb} MB`,
    );
    log(
      `targets: ${Object.entries(met)
        .map(([k, v]) => `${k} ${v ? 'MET' : 'MISSED'}`)
        .join(', ')}`,
    );
    log(`results: ${file}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(1500);
    await stack.close();
  }
}

// Run as a script; imported (e.g. to seed a database for EXPLAIN), only `seed` is used.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    for (const c of children) c.kill('SIGKILL');
    process.exit(1);
  });
}
