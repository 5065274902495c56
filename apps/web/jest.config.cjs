// Component tests of the web app and its design system (jsdom).
// Run: npx jest -c apps/web/jest.config.cjs   (the root jest config lists it under `projects`)
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  rootDir: root,
  testEnvironment: 'jsdom',
  testMatch: [
    '<rootDir>/apps/web/src/**/*.spec.tsx',
    '<rootDir>/apps/web/src/**/*.spec.ts',
    '<rootDir>/libs/web/ui/src/**/*.spec.tsx',
  ],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@campus/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@campus/web-ui$': '<rootDir>/libs/web/ui/src/index.ts',
    '\\.css$': '<rootDir>/apps/web/src/test/style-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup-tests.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
  clearMocks: true,
};
