// What every benchmark needs: a private database and Redis prefix on the machine's services (or
// the embedded ones), the built server, and small process and HTTP helpers.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { resolvePostgres, resolveRedis } from '../tools/services.mjs';

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
