// A Jest reporter for `npm test` (tools/test-all.mjs) in place of `--json`: it writes only the
// numbers the closing line needs to the file named by CAMPUS_JEST_COUNTS. `--json` serialises every
// failing test's error object and crashed on a circular one ("Converting circular structure to
// JSON"), losing the count of every test that had passed.
import { writeFileSync } from 'node:fs';
import { countsFromJestResults } from './test-totals.mjs';

export default class JestCountsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CAMPUS_JEST_COUNTS;
    if (!file) return;
    writeFileSync(file, JSON.stringify(countsFromJestResults(results)));
  }
}
