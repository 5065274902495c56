/** Tests of the repository's own scripts (tools/*.mjs, bench/*.mjs): plain ES modules, no transform. */
module.exports = {
  displayName: 'tools',
  rootDir: __dirname,
  roots: ['<rootDir>', '<rootDir>/../bench'],
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.spec.mjs', '<rootDir>/../bench/*.spec.mjs'],
  transform: {},
  moduleFileExtensions: ['mjs', 'js', 'cjs', 'json'],
};
