#!/usr/bin/env node
// `npm start`: the whole platform in demo mode on http://localhost:3000 (PORT to change): the api
// in one process per core but one (API_PROCESSES to change) and the worker.
// `npm run dev`: the same with the server rebuilt and restarted on change, and Vite's dev server.
// Ctrl-C stops everything this script started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildServer, buildWeb } from './build.mjs';
import { ensureDatabase, resolvePostgres, resolveRedis } from './services.mjs';

const root = resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const dataDir = join(root, '.data');
const log = (msg) => console.log(`[campus] ${msg}`);
const port = Number(process.env.PORT ?? 3000);
const stops = [];
const children = new Set();
let shuttingDown = false;

/** Demo secrets are generated once and kept under .data/ (production must set them itself). */
function demoSecrets() {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // Added one by one, so a .data/ from an older version gains the new secrets and keeps the old.
  secrets.ACCESS_TOKEN_SECRET ??= randomBytes(32).toString('hex');
  secrets.CREDENTIAL_KEY_ENCRYPTION_KEY ??= randomBytes(32).toString('hex');
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return newest;
}

function webIsStale() {
  const index = join(root, 'dist/apps/web/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return [join(root, 'apps/web'), join(root, 'libs/web'), join(root, 'libs/contracts')].some(
    (d) => existsSync(d) && newestMtime(d) > built,
  );
}

// Source maps put TypeScript lines in stack traces, but Node reads every loaded file's map at start
// (node_modules' too): ~18 MB more in each process. `npm run dev` keeps them; `npm start` rests lighter.
const nodeFlags = dev ? ['--enable-source-maps'] : [];

function run(name, args, env) {
  const child = spawn(process.execPath, [...nodeFlags, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!shuttingDown && !child.restarting) {
      log(`${name} stopped (${signal ?? `exit code ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  return child;
}

function runOnce(args, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping …');
  await Promise.all(
    [...children].map(
      (c) =>
        new Promise((r) => {
          c.once('exit', r);
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 8000).unref();
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop().catch((e) => console.error(e.message));
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  const postgres = await resolvePostgres(dataDir, log);
  stops.push(postgres.stop);
  let databaseUrl = postgres.url;
  if (!databaseUrl) {
    const url = new URL(postgres.adminUrl);
    url.pathname = '/campus';
    databaseUrl = url.toString();
    await ensureDatabase(databaseUrl);
  }
  const redis = await resolveRedis(dataDir, log);
  stops.push(redis.stop);

  const apiPort = dev ? port + 1 : port;
  const env = {
    NODE_ENV: dev ? 'development' : 'production',
    DEMO_DATA: 'true',
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    REDIS_PREFIX: process.env.REDIS_PREFIX ?? 'campus',
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'false',
    WEB_DIST_DIR: dev ? '' : join(root, 'dist/apps/web'),
    PORT: String(apiPort),
    // The api serves from one process per core (apps/api/src/cluster.ts); `npm run dev` keeps one,
    // so a change restarts one process and a debugger sees every request.
    API_PROCESSES: process.env.API_PROCESSES ?? (dev ? '1' : ''),
    HOST: process.env.HOST ?? '0.0.0.0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    STORAGE_DIR: process.env.STORAGE_DIR ?? join(dataDir, 'files'),
    ...demoSecrets(),
  };

  await buildServer();
  if (!dev && webIsStale()) buildWeb();
  log('applying migrations and demo data …');
  await runOnce(['dist/server/tools/server/migrate.js'], env);

  const apps = () => [
    run('api', ['dist/server/apps/api/src/main.js'], env),
    run('worker', ['dist/server/apps/worker/src/main.js'], env),
  ];
  let running = apps();

  if (dev) {
    // Node runs vite's bin directly (not through npx), so stopping this child stops Vite itself.
    const vite = spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        '--config',
        'apps/web/vite.config.ts',
        '--port',
        String(port),
        '--strictPort',
      ],
      {
        cwd: root,
        env: { ...process.env, API_PROXY_TARGET: `http://127.0.0.1:${apiPort}` },
        stdio: 'inherit',
      },
    );
    children.add(vite);
    let timer;
    const rebuild = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        log('server code changed: rebuilding and restarting api and worker …');
        for (const c of running) {
          c.restarting = true;
          c.kill('SIGTERM');
        }
        await Promise.all(
          running.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
        );
        await buildServer().catch((e) => console.error(e));
        running = apps();
      }, 300);
    };
    for (const dir of ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/contracts/src']) {
      watch(join(root, dir), { recursive: true }, rebuild);
    }
  }

  console.log(`
  Campus is starting on http://localhost:${port}
  Demo accounts (password: campus-demo-pass):
    admin@demo.campus (platform admin), manager@demo.campus, trainer@demo.campus, learner@demo.campus,
    manager@partner.campus, learner@partner.campus
  E-mails are caught by the local SMTP sink: sign in as admin and open Admin → Captured mail.
  API docs: http://localhost:${port}/api/docs    Ctrl-C stops everything.
`);
}

main().catch(async (err) => {
  console.error(`[campus] ${err.message}`);
  await shutdown(1);
});
