// Every Jest project of the repo; `npm test` runs them all (see tools/test-all.mjs).
// One project alone: `npx jest -c apps/api/jest.config.cjs`.
module.exports = {
  // Per-project testTimeout is ignored when projects run together: the API suites need this one.
  testTimeout: 30000,
  projects: [
    '<rootDir>/libs/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/worker/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/tools/jest.config.cjs',
  ],
};
