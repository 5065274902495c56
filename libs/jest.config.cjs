const preset = require('../jest.preset.cjs');

/** Unit tests of pure logic, beside the code (`*.spec.ts`) in libs and the server apps. */
module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/{api,worker}/src/**/*.spec.ts'],
};
