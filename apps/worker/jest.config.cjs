const preset = require('../../jest.preset.cjs');

/** The real BullMQ worker against real Redis, PostgreSQL and an in-process SMTP server. */
module.exports = {
  ...preset,
  displayName: 'worker',
  testMatch: ['<rootDir>/apps/worker/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
