import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { BASE_URL, DIST_DIR, E2E_PORT, E2E_SMTP_PORT, REPO_ROOT } from './settings';

// `npm test` (tools/test-all.mjs) passes the servers it found or started; the defaults are a local install.
const ADMIN_DATABASE_URL =
  process.env.CAMPUS_TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.CAMPUS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY_TIMEOUT_MS = 60_000;

export const BUILT = {
  migrate: join(DIST_DIR, 'server/tools/server/migrate.js'),
  api: join(DIST_DIR, 'server/apps/api/src/main.js'),
  worker: join(DIST_DIR, 'server/apps/worker/src/main.js'),
  web: join(DIST_DIR, 'apps/web/index.html'),
};

export interface Stack {
  databaseName: string;
  redisPrefix: string;
  logDir: string;
  stop(): Promise<void>;
}

/**
 * One isolated Campus for one test run: its own database, its own Redis prefix, the built api
 * (serving the built web app) and worker (with the demo SMTP sink).
 */
export async function startStack(): Promise<Stack> {
  const missing = Object.values(BUILT).filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `The browser tests run the built app, but these files are missing: ${missing.join(', ')}. ` +
        'Run `node tools/build.mjs` (server + web) first.',
    );
  }
  await assertPortFree(E2E_PORT, 'E2E_PORT');
  await assertPortFree(E2E_SMTP_PORT, 'E2E_SMTP_PORT');

  const id = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const redisPrefix = `campus-e2e-${id}`;
  const logDir = mkdtempSync(join(tmpdir(), `campus-e2e-${id}-`));
  const database = await createDatabase(`campus_e2e_${id}`);
  const databaseName = database.name;

  const processes: { name: string; child: ChildProcess }[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => terminate(p.child)));
    await database.drop();
    await deleteRedisKeys(`${redisPrefix}:*`).catch((e: unknown) =>
      console.warn(`[e2e] could not clean Redis keys ${redisPrefix}:*`, e),
    );
  };

  try {
    migrate(database.url, { demoData: true });
    const env: NodeJS.ProcessEnv = {
      ...serverEnv({ databaseUrl: database.url, redisPrefix, port: E2E_PORT }),
      DEMO_DATA: 'true',
      // Two api processes whatever the machine's cores, so every journey crosses processes.
      API_PROCESSES: '2',
      WEB_DIST_DIR: join(DIST_DIR, 'apps/web'),
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      RATE_LIMIT_VERIFY_PER_MINUTE: '1000',
      // Every managers' ZIP is built by the reports worker here (the streamed one has api tests).
      CERTIFICATE_ZIP_STREAM_LIMIT: '0',
      LOG_LEVEL: 'warn',
      MAIL_SINK_PORT: String(E2E_SMTP_PORT),
      OUTBOX_POLL_MS: '200',
      STORAGE_DIR: join(logDir, 'files'),
    };
    for (const name of ['api', 'worker'] as const) {
      const log = join(logDir, `${name}.log`);
      const child = spawn(process.execPath, ['--enable-source-maps', BUILT[name]], {
        cwd: REPO_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out = createWriteStream(log);
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      processes.push({ name, child });
    }
    await waitForReady(processes, logDir);
  } catch (err) {
    await stop();
    throw err;
  }
  return { databaseName, redisPrefix, logDir, stop };
}

/** Cheap password hashing: the tests sign in often and never need argon2's full cost. */
const ARGON = { ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' };

/** A new empty database on the test server; `drop()` removes it (and says so if it cannot). */
export async function createDatabase(
  name: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(ADMIN_DATABASE_URL, name),
    drop: () =>
      adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e: unknown) =>
        console.warn(`[e2e] could not drop ${name}:`, e),
      ),
  };
}

/** Applies the built migrations (and the demo data when asked), as `npm start` does before the api starts. */
export function migrate(databaseUrl: string, { demoData }: { demoData: boolean }): void {
  const migrated = spawnSync(process.execPath, [BUILT.migrate], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO_DATA: String(demoData), ...ARGON },
    encoding: 'utf8',
  });
  if (migrated.status !== 0)
    throw new Error(`Migrating the e2e database failed:\n${migrated.stdout}\n${migrated.stderr}`);
}

/** What the built api and worker need to run against a test database and Redis prefix. */
export function serverEnv(o: { databaseUrl: string; redisPrefix: string; port: number }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: o.databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: o.redisPrefix,
    PUBLIC_URL: `http://127.0.0.1:${o.port}`,
    PORT: String(o.port),
    HOST: '127.0.0.1',
    ACCESS_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    CREDENTIAL_KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    COOKIE_SECURE: 'false',
    STORAGE_DIR: join(tmpdir(), `${o.redisPrefix}-files`),
    ...ARGON,
  };
}

async function waitForReady(
  processes: { name: string; child: ChildProcess }[],
  logDir: string,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const dead = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead)
      throw new Error(`The ${dead.name} exited during start-up:\n${tail(join(logDir, `${dead.name}.log`))}`);
    try {
      const res = await fetch(`${BASE_URL}/api/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `GET /api/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s.\napi:\n${tail(join(logDir, 'api.log'))}\nworker:\n${tail(join(logDir, 'worker.log'))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new IORedis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`Port ${port} is in use; set ${variable} to a free port.`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
