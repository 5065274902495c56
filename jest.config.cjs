// Every Jest project of the repo; `npm test` runs them all (see tools/test-all.mjs).
// One project alone: `npx jest -c apps/api/jest.config.cjs`.
module.exports = {
  projects: [
    '<rootDir>/libs/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/worker/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
  ],
};
