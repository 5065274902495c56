// ESLint flat config for the whole Nx workspace. Every project's `lint` target (nx.json
// targetDefaults) runs `eslint {projectRoot}` from the repository root with this file.
//
// TypeScript files are linted with type information: the project service picks, for each file, the
// nearest tsconfig.json (the root one for apps/ and libs/, apps/web-e2e/tsconfig.json for the
// Playwright project). Formatting is Prettier's job (.prettierrc, `npm run format`); no stylistic
// rules are enabled here (eslint-config-prettier is not installed, and none of the presets below
// contains formatting rules).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', 'apps/*/test/**/*.ts'];

/** Import boundaries between projects, by the tags of each project.json. */
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  // Quizzes raises events that certificates handles (the outbox): neither imports the other.
  { sourceTag: 'domain:quizzes', notDependOnLibsWithTags: ['domain:certificates'] },
  { sourceTag: 'domain:certificates', notDependOnLibsWithTags: ['domain:quizzes'] },
  // An app may use any library its scope allows (the scope constraint above still applies).
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
];

const moduleBoundaries = (extra = {}) => ['error', { allow: [], depConstraints, ...extra }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.data/',
      '**/.nx/',
      '**/coverage/',
      '**/test-results/',
      '**/playwright-report/',
      '**/screenshots/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Every JS and TS file.
  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { '@nx': nx },
    extends: [js.configs.recommended],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(),
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },

  // TypeScript, with type information.
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union must name every member, even with a `default`.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // A promise-returning handler passed where void is expected (onClick={async () => ...}, Nest
      // lifecycle hooks) is fine; a promise used as a condition is not.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // Plain JavaScript (jest configs, CommonJS stubs, tooling scripts): Node, no type information.
  {
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },

  // Tests. Values typed `any` by the test tooling (supertest's `res.body`, `expect.any()`,
  // `jest.requireActual()`) are normal there, so the no-unsafe-* family is off; `no-explicit-any`
  // still applies. `expect(mock.method)` is not an unbound call.
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Tool configuration files (jest.config.cjs requires ../../jest.preset.cjs) are not part of any
  // project's module graph.
  {
    files: ['**/*.config.{js,cjs,mjs,ts}'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },

  // Deliberate relative imports of another project's source. `allow` skips the rule for the matching
  // import specifiers only, in these files only:
  // - test harnesses under apps/*/test/ (apps/api/test/support/test-worker.ts boots the worker
  //   in-process from apps/worker/src);
  // - libs/server/testing's Jest globalSetup (and the database helpers it imports), which Jest
  //   loads without moduleNameMapper.
  {
    files: ['apps/*/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ allow: ['^(\\.\\./)+[\\w-]+/src/'] }),
    },
  },
  {
    // The migrations, and the shipped self-assessment framework every test database gets.
    files: ['libs/server/testing/src/databases.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({
        allow: ['^\\.\\./\\.\\./db/src/', '^\\.\\./\\.\\./self-assessment/src/shipped-framework\\.seed$'],
      }),
    },
  },
);
