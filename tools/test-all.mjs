#!/usr/bin/env node
// `npm test`: every runner of the repo, then one plain total line: "N passed, N failed".
//   1. Jest: unit, api (supertest on the real api), worker (real BullMQ), web components
//   2. Build (server + web), then Playwright against the built app on real PostgreSQL and Redis
// Each run makes its own databases and Redis key prefix, so it never meets a running `npm start`.
// Exits non-zero when any test fails, a runner crashes, or no test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildServer, buildWeb } from './build.mjs';
import { resolvePostgres, resolveRedis } from './services.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, '.data/test-results');
const log = (msg) => console.log(`[test] ${msg}`);
const totals = { passed: 0, failed: 0, crashed: [] };

function run(cmd, args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
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

async function jest(env) {
  const out = join(resultsDir, 'jest.json');
  const code = await run(
    process.execPath,
    ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--json', `--outputFile=${out}`],
    {
      ...env,
      NODE_NO_WARNINGS: '1',
    },
  );
  const report = readJson(out);
  if (!report) {
    totals.crashed.push(`jest (exit ${code}, no report)`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // Suites that failed to load count as failures even though no test inside them ran.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  totals.failed += brokenSuites;
  if (code !== 0 && report.numFailedTests === 0 && brokenSuites === 0)
    totals.crashed.push(`jest (exit ${code})`);
  log(`jest: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed`);
}

async function playwright(env) {
  const out = join(resultsDir, 'playwright.json');
  const code = await run(
    'npx',
    ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'],
    {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    },
  );
  const report = readJson(out);
  if (!report?.stats) {
    totals.crashed.push(`playwright (exit ${code}, no report)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  if (code !== 0 && unexpected === 0) totals.crashed.push(`playwright (exit ${code})`);
  log(`playwright: ${expected + flaky} passed, ${unexpected} failed`);
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
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
    try {
      await buildServer();
      buildWeb();
    } catch (err) {
      totals.crashed.push(`build (${err.message})`);
    }
    if (
      existsSync(join(root, 'apps/web-e2e/playwright.config.ts')) &&
      !totals.crashed.some((c) => c.startsWith('build'))
    ) {
      await playwright(env);
    }
  } finally {
    await redis.stop();
    await postgres.stop();
  }
  for (const c of totals.crashed) console.log(`[test] runner crashed: ${c}`);
  const failed = totals.failed + totals.crashed.length;
  console.log(`${totals.passed} passed, ${failed} failed`);
  process.exit(failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
