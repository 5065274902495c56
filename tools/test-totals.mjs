// The arithmetic of `npm test`'s closing line, kept pure so that it has its own tests
// (tools/test-totals.spec.mjs). Every phase becomes an outcome { name, passed, failed, crashed };
// a runner that crashed, or left no report, counts as one more failure, so the total never hides
// a run that did not finish, and a reporter that fails never hides the tests that did pass.

/**
 * The numbers our Jest reporter (tools/jest-counts-reporter.mjs) keeps from Jest's aggregated
 * results: plain numbers only, so writing them cannot fail on whatever a failing test threw.
 * A suite that failed with no failing test (it did not load, or a hook threw) counts as one failure.
 */
export function countsFromJestResults(results) {
  const brokenSuites = (results.testResults ?? []).filter(
    (suite) => (suite.testExecError != null || Boolean(suite.failureMessage)) && !(suite.numFailingTests > 0),
  ).length;
  return {
    numPassedTests: results.numPassedTests ?? 0,
    numFailedTests: results.numFailedTests ?? 0,
    numTotalTestSuites: results.numTotalTestSuites ?? 0,
    brokenSuites,
  };
}

/** One Jest run: `counts` from our reporter's file (null when it is missing or unreadable). */
export function jestOutcome(counts, exitCode) {
  if (!isCounts(counts)) {
    return { name: 'jest', passed: 0, failed: 0, crashed: `jest (exit ${exitCode}, no report)` };
  }
  const passed = counts.numPassedTests;
  const failed = counts.numFailedTests + counts.brokenSuites;
  return {
    name: 'jest',
    passed,
    failed,
    crashed: exitCode !== 0 && failed === 0 ? `jest (exit ${exitCode})` : null,
  };
}

/** One Playwright run, from its JSON report (null when missing or unreadable). */
export function playwrightOutcome(report, exitCode) {
  const stats = report?.stats;
  if (!stats || typeof stats !== 'object') {
    return {
      name: 'playwright',
      passed: 0,
      failed: 0,
      crashed: `playwright (exit ${exitCode}, no report)`,
    };
  }
  const passed = num(stats.expected) + num(stats.flaky);
  const failed = num(stats.unexpected);
  return {
    name: 'playwright',
    passed,
    failed,
    crashed: exitCode !== 0 && failed === 0 ? `playwright (exit ${exitCode})` : null,
  };
}

/** A check that is one command (a type-check, lint): one test, passed when it exits 0. */
export function checkOutcome(name, exitCode) {
  return exitCode === 0
    ? { name, passed: 1, failed: 0, crashed: null }
    : { name, passed: 0, failed: 1, crashed: null };
}

/** A phase that could not run at all (a build that failed, a browser that is missing). */
export function crashedOutcome(name, reason) {
  return { name, passed: 0, failed: 0, crashed: `${name} (${reason})` };
}

/**
 * The closing line and exit code: every test that ran is counted; each crashed runner is one more
 * failure; a run where nothing passed fails too.
 */
export function totals(outcomes) {
  const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
  const crashed = outcomes.map((o) => o.crashed).filter(Boolean);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0) + crashed.length;
  return {
    passed,
    failed,
    crashed,
    line: `${passed} passed, ${failed} failed`,
    exitCode: failed > 0 || passed === 0 ? 1 : 0,
  };
}

function isCounts(counts) {
  return (
    counts != null &&
    typeof counts === 'object' &&
    ['numPassedTests', 'numFailedTests', 'brokenSuites'].every((k) => Number.isInteger(counts[k]))
  );
}

function num(value) {
  return Number.isInteger(value) ? value : 0;
}
