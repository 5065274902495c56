/** Tests of the repository's own scripts (tools/*.mjs): plain ES modules, no transform. */
module.exports = {
  displayName: 'tools',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.spec.mjs'],
  transform: {},
  moduleFileExtensions: ['mjs', 'js', 'cjs', 'json'],
};
