// Mutation testing: Stryker makes small deliberate bugs in the code users rely
// on most and checks that some test fails for each. Not part of `npm test`
// (it reruns the related tests once per mutant). One module at a time:
//   npm run mutate -- --mutate 'core/search/**/!(*.test).ts'  (a comma-separated list)
// and, to run only that folder's tests for each mutant (vitest.mutate.config.ts):
//   MUTATE_TESTS=core/search npm run mutate -- --mutate 'core/search/**/!(*.test).ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'core/annotations/**/*.ts',
    'core/search/**/*.ts',
    'core/compare/**/*.ts',
    'electron/services/store/**/*.ts',
    'electron/main/security.ts',
    'electron/main/protocol.ts',
    'electron/main/assets.ts',
    '!**/*.test.ts',
    '!**/*.testing.ts',
    '!**/fixtures/**',
    // Test support itself: mutating it only tests the tests.
    '!electron/services/store/fault-injection.ts',
    '!electron/services/store/fault-control.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in a module-level constant can only be tested by loading the module
  // again, which the vitest runner does not do: skip those Stryker recognises.
  // Any it still runs show as survived; the README says how to read them.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
