// What every benchmark needs: a private database and Redis prefix on the machine's services (or
// the embedded ones), the built server, and small process and HTTP helpers.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { resolvePostgres, resolveRedis } from '../tools/services.mjs';
import { load } from './load.mjs';

export const root = resolve(import.meta.dirname, '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `url` answers 2xx. */
export async function waitForUrl(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

/** Runs a Node script of the repo to completion (e.g. the migrations). */
export function runNode(args, env) {
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    c.once('exit', (code) => (code === 0 ? res() : rej(new Error(`${args[0]} exited ${code}`))));
  });
}

/** An access token as the api issues them (the bench knows the secret it gave the api). */
export function mintAccessToken(secret, userId, ttl = '2h') {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer('campus')
    .setAudience('campus-api')
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}

/**
 * A fresh database `campus_bench_<name>_<random>` and a Redis prefix of its own; `close()` drops
 * the database and stops any embedded service started for it.
 */
export async function openBenchStack(name, log) {
  const dataDir = join(root, '.data');
  const postgres = await resolvePostgres(dataDir, log);
  const redis = await resolveRedis(dataDir, log);
  const adminUrl = postgres.adminUrl ?? postgres.url;
  const dbName = `campus_bench_${name}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return {
    dataDir,
    dbUrl: url.toString(),
    redisUrl: redis.url,
    prefix: `campus-bench-${name}-${randomBytes(3).toString('hex')}`,
    async close() {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
      await redis.stop();
      await postgres.stop();
    },
  };
}

/** CPU seconds (user + system) a process has used so far; /proc counts in clock ticks of 1/100 s. */
export const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Backend pid → CPU seconds so far, for every PostgreSQL backend on `db`'s database but its own. */
export async function backendCpuSeconds(db) {
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  const cpu = new Map();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuSeconds(pid));
    } catch {
      // exited since the query
    }
  }
  return cpu;
}

/**
 * CPU milliseconds one request costs the api process and the PostgreSQL backends serving it,
 * whatever else runs on the machine (a busy machine stretches latencies, not CPU time): `request`
 * (`{url, headers}` or `{next}`, as `load` takes them) run by 4 clients for 5 s, the CPU the
 * processes used divided by the requests answered.
 */
export async function cpuPerRequest(db, request, apiPid) {
  // Backend pid → CPU seconds so far. The api's pool closes idle connections, so a backend may
  // come or go between two looks: one that went was idle, one that came counts whole.
  const backends = () => backendCpuSeconds(db);
  // The api runs as a cluster by default: its processes are the primary and the primary's children.
  const apiCpu = () =>
    [
      apiPid,
      ...readFileSync(`/proc/${apiPid}/task/${apiPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
    ]
      .map((pid) => cpuSeconds(pid))
      .reduce((a, b) => a + b, 0);
  const [api0, pg0] = [apiCpu(), await backends()];
  const run = await load({ ...request, concurrency: 4, seconds: 5, warmupSeconds: 0 });
  const [api1, pg1] = [apiCpu(), await backends()];
  let pgSeconds = 0;
  for (const [pid, cpu] of pg1) pgSeconds += cpu - (pg0.get(pid) ?? 0);
  const per = (seconds) => +((seconds * 1000) / run.requests).toFixed(2);
  return { requests: run.requests, apiMs: per(api1 - api0), postgresMs: per(pgSeconds) };
}

/**
 * Starts the built api on the bench's database and Redis prefix (rate limits lifted: every request
 * comes from one address) and the bare Fastify hello-world the figures are compared with; both are
 * pushed on `children` (for the caller to stop) and ready when this returns.
 */
export async function startApiAndCeiling({ stack, secret, apiPort, helloPort, children }) {
  const api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: stack.dbUrl,
      REDIS_URL: stack.redisUrl,
      REDIS_PREFIX: stack.prefix,
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      ACCESS_TOKEN_SECRET: secret,
      CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      STORAGE_DIR: join(stack.dataDir, `bench-files-${stack.prefix}`),
      LOG_LEVEL: 'warn',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '100000000',
      RATE_LIMIT_AUTH_PER_MINUTE: '100000000',
      RATE_LIMIT_VERIFY_PER_MINUTE: '100000000',
    },
  });
  children.push(api);
  const hello = fork(join(root, 'bench/hello-fastify.mjs'), [String(helloPort)], { stdio: 'inherit' });
  children.push(hello);
  await waitForUrl(`http://127.0.0.1:${apiPort}/api/ready`);
  await waitForUrl(`http://127.0.0.1:${helloPort}/`);
  return { api, hello };
}
