#!/usr/bin/env node
// `npm run bench:certificates`: certificates issued end to end per second by one worker process
// (sign, render, store), PDF renders per second alone, verification requests per second with p95,
// the time and api memory growth to stream a ZIP of BENCH_CERTIFICATES (default 1000)
// certificates, and the time and worker memory growth to build the same ZIP as a background export.
// Writes bench/results/certificates-*.json. BENCH_PROFILE=worker (or api) writes a V8 CPU profile
// of that process to bench/results/profiles/.
// Targets (issue 5): >= 100 issued/s per worker core, verification p95 < 20 ms, ZIP of 1,000 in
// < 10 s with peak RSS growth < 100 MB.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { buildServer } from '../tools/build.mjs';
import { mintAccessToken, openBenchStack, root, runNode, sleep, waitForUrl } from './support.mjs';
import { load } from './load.mjs';

const N = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const API_PORT = 4630;
const log = (m) => console.log(`[bench:certificates] ${m}`);
const children = [];
const secret = randomBytes(32).toString('hex');
const kek = randomBytes(32).toString('hex');

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, '')) / 1024;
};

/** Accepts and drops every message, so the certificate e-mails cost what sending them costs. */
async function startMailSink() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      stream.resume();
      stream.on('end', () => done());
    },
  });
  await new Promise((res) => server.listen(0, '127.0.0.1', res));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => server.close() };
}

const profiled = (name) =>
  process.env.BENCH_PROFILE === name
    ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/results/profiles')}`]
    : [];

/** CPU seconds (user + system) a process has used so far; /proc counts in clock ticks of 1/100 s. */
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function main() {
  const stack = await openBenchStack('cert', log);
  const mail = await startMailSink();
  const { dataDir, dbUrl, prefix } = stack;
  const redis = { url: stack.redisUrl };
  const common = {
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    PUBLIC_URL: `http://127.0.0.1:${API_PORT}`,
    ACCESS_TOKEN_SECRET: secret,
    CREDENTIAL_KEY_ENCRYPTION_KEY: kek,
    STORAGE_DIR: join(dataDir, `bench-files-${prefix}`),
    LOG_LEVEL: 'warn',
  };
  try {
    await buildServer();
    await runNode(['dist/server/tools/server/migrate.js'], { DATABASE_URL: dbUrl, DEMO_DATA: 'false' });

    log('PDF renders alone (this process, 200 renders)');
    const require = createRequire(import.meta.url);
    const creds = require(join(root, 'dist/server/libs/server/credentials/src/index.js'));
    const key = await creds.generateSigningKey();
    const sample = await creds.signCredential(
      { id: 'urn:uuid:0', issuer: { id: 'x' }, validFrom: new Date().toISOString(), credentialSubject: {} },
      key,
    );
    const labels = {
      title: 'Certificate of completion',
      awardedTo: 'This certifies that',
      completed: 'has completed',
      learningOutcomes: 'Learning outcomes',
      moreOutcomes: '… and {count} more',
      verificationCode: 'Verification code',
      verifyHint: 'Scan to check.',
    };
    const renderOnce = () =>
      creds.renderCertificatePdf({
        language: 'en',
        issuerName: 'Bench School',
        holderName: 'Ελένη Παπαδοπούλου',
        achievementName: 'Partnerships in VET',
        learningOutcomes: ['Plan a mobility', 'Write a learning agreement', 'Recognise outcomes'],
        details: [{ label: 'Date', value: '22 November 2026' }],
        verifyUrl: 'http://127.0.0.1/verify/X',
        verificationCode: 'AAAA-BBBB-CCCC-DDDD-EEEE',
        credentialJwt: sample,
        issuedAt: new Date(),
        labels,
      });
    await renderOnce();
    let t0 = Date.now();
    for (let i = 0; i < 200; i++) await renderOnce();
    const pdfRendersPerSec = Math.round(200 / ((Date.now() - t0) / 1000));

    log(`seeding ${N} completed enrolments with their course.completed events`);
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const {
      rows: [org],
    } = await db.query(
      `INSERT INTO organisations (name, country, city) VALUES ('Bench School', 'GR', 'Athens') RETURNING id`,
    );
    const {
      rows: [course],
    } = await db.query(
      `INSERT INTO courses (organisation_id, slug, title, summary, language, eqf_level, workload_hours, learning_outcomes, status, published_at)
       VALUES ($1, 'bench', 'Partnerships in VET', 'A benchmark course.', 'en', 4, 20, $2, 'published', now()) RETURNING id`,
      [org.id, JSON.stringify(['Plan a mobility', 'Write a learning agreement', 'Recognise outcomes'])],
    );
    const {
      rows: [manager],
    } = await db.query(
      `INSERT INTO users (email, name) VALUES ('manager@bench.campus', 'Bench Manager') RETURNING id`,
    );
    await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'manager')`, [
      manager.id,
      org.id,
    ]);
    const { rows: people } = await db.query(
      `INSERT INTO users (email, name, locale) SELECT 'holder' || g || '@bench.campus', 'Ελένη Παπαδοπούλου ' || g, 'el' FROM generate_series(1, $1) g RETURNING id`,
      [N],
    );
    const ids = people.map((p) => p.id);
    await db.query(
      `INSERT INTO memberships (user_id, organisation_id, role) SELECT u, $2, 'learner' FROM unnest($1::uuid[]) u`,
      [ids, org.id],
    );
    const { rows: enrolments } = await db.query(
      `INSERT INTO enrolments (user_id, course_id, source, status, progress_percent, completed_at)
       SELECT u, $2, 'manager', 'completed', 100, now() FROM unnest($1::uuid[]) u RETURNING id`,
      [ids, course.id],
    );
    await db.query(
      `INSERT INTO outbox_events (job, payload, job_id)
       SELECT 'courseCompleted', jsonb_build_object('enrolmentId', e), 'course-completed-' || e FROM unnest($1::uuid[]) e`,
      [enrolments.map((e) => e.id)],
    );

    log('one worker process issues them (sign, render, store, e-mail)');
    const worker = spawn(process.execPath, [...profiled('worker'), 'dist/server/apps/worker/src/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...common,
        SMTP_URL: mail.url,
        OUTBOX_POLL_MS: '100',
        ...(process.env.BENCH_CERTIFICATE_CONCURRENCY
          ? { CERTIFICATE_CONCURRENCY: process.env.BENCH_CERTIFICATE_CONCURRENCY }
          : {}),
        LOG_LEVEL: 'error',
      },
    });
    children.push(worker);
    // The clock and the worker's CPU count start at its first certificate: process start-up is
    // not issuing.
    let issued = 0;
    let firstAt = 0;
    let firstCount = 0;
    let workerCpuAtFirst = 0;
    t0 = Date.now();
    while (Date.now() - t0 < 300_000) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM certificates WHERE pdf_key IS NOT NULL`,
      );
      issued = rows[0].n;
      if (issued > 0 && !firstAt) {
        [firstAt, firstCount, workerCpuAtFirst] = [Date.now(), issued, cpuSeconds(worker.pid)];
      }
      if (issued >= N) break;
      await sleep(50);
    }
    const issueSeconds = (Date.now() - firstAt) / 1000;
    const issuedPerSec = +((issued - firstCount) / issueSeconds).toFixed(1);
    // Per worker core: certificates per CPU second the worker process used (it waits on the
    // database and disk part of the time, which the wall-clock rate also counts).
    const workerCpu = cpuSeconds(worker.pid) - workerCpuAtFirst;
    const issuedPerWorkerCpuSec = +((issued - firstCount) / workerCpu).toFixed(1);
    const {
      rows: [{ dup }],
    } = await db.query(
      `SELECT count(*)::int AS dup FROM (SELECT holder_id FROM certificates GROUP BY holder_id HAVING count(*) > 1) d`,
    );

    // The worker's e-mails are measured with issuing; verification is measured once they are out.
    for (const until = Date.now() + 120_000; Date.now() < until; await sleep(200)) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM email_messages WHERE template = 'certificate-issued' AND status = 'sent'`,
      );
      if (rows[0].n >= issued) break;
    }

    const api = spawn(process.execPath, [...profiled('api'), 'dist/server/apps/api/src/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...common,
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        RATE_LIMIT_PER_MINUTE: '100000000',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000000',
        RATE_LIMIT_VERIFY_PER_MINUTE: '100000000',
        // The streamed ZIP is measured at full size; the background export below builds the same set.
        CERTIFICATE_ZIP_STREAM_LIMIT: String(N),
      },
    });
    children.push(api);
    await waitForUrl(`http://127.0.0.1:${API_PORT}/api/ready`);
    const {
      rows: [{ code }],
    } = await db.query(`SELECT verification_code AS code FROM certificates LIMIT 1`);
    log('verification requests (50 clients, 10 s)');
    const verification = await load({
      url: `http://127.0.0.1:${API_PORT}/api/verify/${code}`,
      concurrency: 50,
      seconds: 10,
    });

    log(`streaming the ZIP of ${issued} certificates`);
    const token = await mintAccessToken(secret, manager.id);
    const baseline = rssMb(api.pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 20);
    t0 = Date.now();
    const zipBytes = await new Promise((res, rej) => {
      http
        .get(
          `http://127.0.0.1:${API_PORT}/api/orgs/${org.id}/certificates.zip`,
          { headers: { Authorization: `Bearer ${token}` } },
          (r) => {
            let bytes = 0;
            r.on('data', (c) => (bytes += c.length));
            r.on('end', () => (r.statusCode === 200 ? res(bytes) : rej(new Error(`zip: ${r.statusCode}`))));
          },
        )
        .on('error', rej);
    });
    const zipSeconds = +((Date.now() - t0) / 1000).toFixed(2);
    clearInterval(sampler);

    log(`building the same ZIP as a background export (reports worker)`);
    const exportBaseline = rssMb(worker.pid);
    let exportPeak = exportBaseline;
    const exportSampler = setInterval(() => (exportPeak = Math.max(exportPeak, rssMb(worker.pid))), 20);
    t0 = Date.now();
    const exportsUrl = `http://127.0.0.1:${API_PORT}/api/orgs/${org.id}/certificate-exports`;
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const requested = await (await fetch(exportsUrl, { method: 'POST', headers: auth, body: '{}' })).json();
    let built = requested;
    while (built.status === 'queued' || built.status === 'running') {
      await sleep(100);
      built = await (await fetch(`${exportsUrl}/${requested.id}`, { headers: auth })).json();
    }
    const exportSeconds = +((Date.now() - t0) / 1000).toFixed(2);
    clearInterval(exportSampler);
    if (built.status !== 'ready') throw new Error(`export ended ${built.status}`);
    await db.end();

    const target = { issuedPerSecPerWorker: 100, verificationP95Ms: 20, zipSeconds: 10, zipRssGrowthMb: 100 };
    const met = {
      issued: issuedPerWorkerCpuSec >= target.issuedPerSecPerWorker,
      verification:
        verification.latencyMs.p95 !== null && verification.latencyMs.p95 < target.verificationP95Ms,
      zipTime: zipSeconds < target.zipSeconds,
      zipMemory: peak - baseline < target.zipRssGrowthMb,
      exportTime: exportSeconds < target.zipSeconds,
      exportMemory: exportPeak - exportBaseline < target.zipRssGrowthMb,
    };
    const result = {
      benchmark: 'certificates',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      certificates: N,
      issued,
      duplicates: dup,
      issuedPerSec,
      issueSeconds: +issueSeconds.toFixed(2),
      workerCpuSeconds: +workerCpu.toFixed(2),
      issuedPerWorkerCpuSec,
      pdfRendersPerSec,
      verification,
      zip: {
        seconds: zipSeconds,
        bytes: zipBytes,
        apiRssBaselineMb: +baseline.toFixed(1),
        apiRssPeakMb: +peak.toFixed(1),
        growthMb: +(peak - baseline).toFixed(1),
      },
      backgroundExport: {
        seconds: exportSeconds,
        bytes: built.sizeBytes,
        workerRssBaselineMb: +exportBaseline.toFixed(1),
        workerRssPeakMb: +exportPeak.toFixed(1),
        growthMb: +(exportPeak - exportBaseline).toFixed(1),
      },
      target,
      met,
      targetMet: Object.values(met).every(Boolean),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, `bench/results/certificates-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(
      `issued ${issued} in ${result.issueSeconds} s: ${issuedPerSec}/s by one worker process, ` +
        `${issuedPerWorkerCpuSec} per worker CPU second; duplicates ${dup}; PDF renders alone ${pdfRendersPerSec}/s`,
    );
    log(`verification ${verification.reqPerSec} req/s, p95 ${verification.latencyMs.p95} ms`);
    log(
      `ZIP of ${issued}: ${zipSeconds} s, ${(zipBytes / 1e6).toFixed(1)} MB, api RSS +${result.zip.growthMb} MB`,
    );
    log(
      `background export of ${issued}: ${exportSeconds} s, worker RSS +${result.backgroundExport.growthMb} MB`,
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
    mail.close();
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err);
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
});
