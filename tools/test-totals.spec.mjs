import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countsReporterArgs } from './jest-counts-reporter.mjs';
import { ensureDebianPackages, TEST_PACKAGES } from './system-packages.mjs';
import {
  checkOutcome,
  countsFromJestResults,
  crashedOutcome,
  jestOutcome,
  playwrightOutcome,
  totals,
} from './test-totals.mjs';

const root = resolve(import.meta.dirname, '..');

describe("npm test's closing line", () => {
  it('counts every test that ran when a later runner left no report (the fresh-machine run)', () => {
    const jest = jestOutcome({ numPassedTests: 936, numFailedTests: 8, brokenSuites: 0 }, 1);
    const browser = playwrightOutcome(null, 1);
    const result = totals([checkOutcome('tsc', 0), checkOutcome('lint', 0), jest, browser]);
    expect(result.line).toBe('938 passed, 9 failed');
    expect(result.crashed).toEqual(['playwright (exit 1, no report)']);
    expect(result.exitCode).toBe(1);
  });

  it('counts a Jest run without a report as one crashed runner, keeping the other phases', () => {
    const result = totals([
      jestOutcome(null, 1),
      playwrightOutcome({ stats: { expected: 13, unexpected: 0, flaky: 0 } }, 0),
    ]);
    expect(result.line).toBe('13 passed, 1 failed');
    expect(result.crashed).toEqual(['jest (exit 1, no report)']);
  });

  it('treats a garbled report as missing', () => {
    expect(jestOutcome({ numPassedTests: '12' }, 0).crashed).toBe('jest (exit 0, no report)');
    expect(playwrightOutcome({ suites: [] }, 0).crashed).toBe('playwright (exit 0, no report)');
  });

  it('counts a runner that exits non-zero with nothing failed as crashed', () => {
    const jest = jestOutcome({ numPassedTests: 10, numFailedTests: 0, brokenSuites: 0 }, 1);
    expect(jest).toMatchObject({ passed: 10, failed: 0, crashed: 'jest (exit 1)' });
    expect(totals([jest]).line).toBe('10 passed, 1 failed');
    const browser = playwrightOutcome({ stats: { expected: 3, unexpected: 0 } }, 130);
    expect(totals([browser]).line).toBe('3 passed, 1 failed');
  });

  it('adds broken suites to failed tests, and flaky browser tests to passed ones', () => {
    const jest = jestOutcome({ numPassedTests: 5, numFailedTests: 2, brokenSuites: 1 }, 1);
    const browser = playwrightOutcome({ stats: { expected: 4, unexpected: 1, flaky: 1 } }, 1);
    expect(totals([jest, browser]).line).toBe('10 passed, 4 failed');
  });

  it('counts each check as one test, and a phase that could not run as a failure', () => {
    const result = totals([
      checkOutcome('tsc', 0),
      checkOutcome('lint', 2),
      crashedOutcome('playwright', 'chromium missing'),
    ]);
    expect(result.line).toBe('1 passed, 2 failed');
    expect(result.crashed).toEqual(['playwright (chromium missing)']);
  });

  it('passes only when something passed and nothing failed', () => {
    expect(totals([checkOutcome('tsc', 0)])).toMatchObject({ line: '1 passed, 0 failed', exitCode: 0 });
    expect(totals([])).toMatchObject({ line: '0 passed, 0 failed', exitCode: 1 });
  });

  it('keeps from Jest results the suites that failed without a failing test', () => {
    const circular = { message: 'boom' };
    circular.self = circular;
    const counts = countsFromJestResults({
      numPassedTests: 7,
      numFailedTests: 1,
      numTotalTestSuites: 4,
      testResults: [
        { numFailingTests: 0, failureMessage: null, testExecError: null },
        { numFailingTests: 1, failureMessage: 'one failed', testExecError: null },
        { numFailingTests: 0, failureMessage: 'Cannot find module', testExecError: circular },
        { numFailingTests: 0, failureMessage: 'afterAll hook threw', testExecError: null },
      ],
    });
    expect(counts).toEqual({ numPassedTests: 7, numFailedTests: 1, numTotalTestSuites: 4, brokenSuites: 2 });
    expect(JSON.parse(JSON.stringify(counts))).toEqual(counts);
  });
});

describe('the Jest counts reporter', () => {
  it('reports a real run whose failing test threw a circular error object, and a suite that did not load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-jest-counts-'));
    try {
      const out = join(dir, 'counts.json');
      const run = spawnSync(
        process.execPath,
        [
          '--experimental-vm-modules',
          join(root, 'node_modules/jest/bin/jest.js'),
          '-c',
          join(root, 'tools/fixtures/jest-counts/jest.config.cjs'),
          // The options npm test passes; the fixture's rootDir is not the working folder, as with
          // the repository's Jest projects.
          ...countsReporterArgs(),
        ],
        {
          cwd: root,
          env: { ...process.env, CAMPUS_JEST_COUNTS: out, NODE_NO_WARNINGS: '1' },
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(1);
      const counts = JSON.parse(readFileSync(out, 'utf8'));
      expect(counts).toEqual({
        numPassedTests: 2,
        numFailedTests: 1,
        numTotalTestSuites: 2,
        brokenSuites: 1,
      });
      expect(totals([jestOutcome(counts, run.status)]).line).toBe('2 passed, 2 failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('Debian packages for npm test', () => {
  it('asks for nothing when every package is there', () => {
    const lines = [];
    const present = [{ pkg: 'coreutils', path: process.execPath, why: 'nothing' }];
    expect(ensureDebianPackages(present, (l) => lines.push(l), { isRoot: true })).toEqual({ ok: true });
    expect(lines).toEqual([]);
  });

  it('stops a user who is not root at once, naming the command that installs what is missing', () => {
    const lines = [];
    const missing = [{ pkg: 'chromium', path: '/nonexistent/campus/chromium', why: 'the browser tests' }];
    const result = ensureDebianPackages(missing, (l) => lines.push(l), { isRoot: false });
    expect(result.ok).toBe(false);
    expect(result.canInstall).toBe(false);
    expect(result.message).toContain('chromium (for the browser tests)');
    expect(result.message).toContain('apt-get install -y chromium');
    expect(lines).toEqual([]);
  });

  it('needs Chromium for the browser tests and no poppler-utils', () => {
    expect(TEST_PACKAGES.map((p) => p.pkg)).toEqual(['chromium']);
  });
});
