const preset = require('../../jest.preset.cjs');

/** supertest on the real api with real PostgreSQL (a database per run) and Redis. */
module.exports = {
  ...preset,
  displayName: 'api',
  testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
  testTimeout: 30000,
};
