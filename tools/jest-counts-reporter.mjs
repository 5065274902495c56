// A Jest reporter for `npm test` (tools/test-all.mjs) in place of `--json`: it writes only the
// numbers the closing line needs to the file named by CAMPUS_JEST_COUNTS. `--json` serialises every
// failing test's error object and crashed on a circular one ("Converting circular structure to
// JSON"), losing the count of every test that had passed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countsFromJestResults } from './test-totals.mjs';

/**
 * Jest's command-line options that add this reporter beside the default one. The path is absolute:
 * Jest resolves a relative reporter path against each project's rootDir, not the working folder.
 */
export function countsReporterArgs() {
  return ['--reporters=default', `--reporters=${fileURLToPath(import.meta.url)}`];
}

export default class JestCountsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CAMPUS_JEST_COUNTS;
    if (!file) return;
    writeFileSync(file, JSON.stringify(countsFromJestResults(results)));
  }
}
