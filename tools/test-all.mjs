#!/usr/bin/env node
// `npm test`: every runner of the repo, then one plain total line: "N passed, N failed".
//   0. Debian packages npm cannot provide (Chromium for the browser tests): installed as root,
//      else the run stops at once naming the command to run (tools/system-packages.mjs)
//   1. Checks, each counted as one test: `tsc --noEmit` of tsconfig.json and of
//      apps/web-e2e/tsconfig.json (swc strips types without checking them), and `npm run lint`
//   2. Jest: unit, api (supertest on the real api), worker (real BullMQ), web components, tools
//   3. Build (server + web), then Playwright against the built app on real PostgreSQL and Redis
// Each run makes its own databases and Redis key prefix, so it never meets a running `npm start`.
// The arithmetic of the total is in tools/test-totals.mjs: a runner that crashed or left no report
// counts as failed, and never hides the tests that did run.
// Exits non-zero when any test or check fails, a runner crashes, or no test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildServer, buildWeb } from './build.mjs';
import { resolvePostgres, resolveRedis } from './services.mjs';
import { countsReporterArgs } from './jest-counts-reporter.mjs';
import { ensureDebianPackages, TEST_PACKAGES } from './system-packages.mjs';
import { checkOutcome, crashedOutcome, jestOutcome, playwrightOutcome, totals } from './test-totals.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, '.data/test-results');
const log = (msg) => console.log(`[test] ${msg}`);
const outcomes = [];

function run(cmd, args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('error', (err) => {
      console.error(`[test] ${cmd}: ${err.message}`);
      resolveRun(127);
    });
    child.once('exit', (code, signal) => resolveRun(signal ? 128 : (code ?? 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function report(outcome) {
  outcomes.push(outcome);
  const state = outcome.crashed
    ? `crashed: ${outcome.crashed}`
    : `${outcome.passed} passed, ${outcome.failed} failed`;
  log(`${outcome.name}: ${state}`);
}

async function checks() {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const projects = ['tsconfig.json', 'apps/web-e2e/tsconfig.json'];
  log(`type-check (${projects.join(', ')})`);
  const codes = await Promise.all(projects.map((p) => run(process.execPath, [tsc, '-p', p, '--noEmit'])));
  projects.forEach((p, i) => report(checkOutcome(`tsc -p ${p}`, codes[i])));
  log('lint (npm run lint)');
  const lint = await run('npm', ['run', 'lint', '--', '--outputStyle=static'], {
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
  });
  report(checkOutcome('lint', lint));
}

async function jest(env) {
  const out = join(resultsDir, 'jest-counts.json');
  const code = await run(
    process.execPath,
    ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...countsReporterArgs()],
    { ...env, NODE_NO_WARNINGS: '1', CAMPUS_JEST_COUNTS: out },
  );
  report(jestOutcome(readJson(out), code));
}

async function playwright(env) {
  const out = join(resultsDir, 'playwright.json');
  const code = await run(
    'npx',
    ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'],
    { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  );
  report(playwrightOutcome(readJson(out), code));
}

async function main() {
  const browser = ensureDebianPackages(TEST_PACKAGES, log);
  if (!browser.ok && !browser.canInstall) {
    console.error(`[test] ${browser.message}`);
    process.exit(1);
  }
  if (!browser.ok) console.error(`[test] ${browser.message} The browser tests will not run.`);

  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  await checks();

  const dataDir = join(root, '.data');
  const postgres = await resolvePostgres(dataDir, log);
  const redis = await resolveRedis(dataDir, log);
  const adminUrl =
    postgres.adminUrl ??
    (() => {
      const u = new URL(postgres.url);
      u.pathname = '/postgres';
      return u.toString();
    })();
  const env = { CAMPUS_TEST_ADMIN_DATABASE_URL: adminUrl, CAMPUS_TEST_REDIS_URL: redis.url };
  try {
    await jest(env);
    let built = true;
    try {
      await buildServer();
      buildWeb();
    } catch (err) {
      built = false;
      report(crashedOutcome('build', err.message));
    }
    if (!existsSync(join(root, 'apps/web-e2e/playwright.config.ts'))) {
      // no browser suite in this checkout
    } else if (!browser.ok) {
      report(crashedOutcome('playwright', 'chromium is not installed'));
    } else if (built) {
      await playwright(env);
    }
  } finally {
    await redis.stop();
    await postgres.stop();
  }
  finish();
}

function finish() {
  const result = totals(outcomes);
  for (const c of result.crashed) console.log(`[test] runner crashed: ${c}`);
  console.log(result.line);
  process.exit(result.exitCode);
}

main().catch((err) => {
  console.error(err);
  outcomes.push(crashedOutcome('npm test', err.message));
  finish();
});
