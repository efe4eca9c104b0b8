// Mutation pass (StrykerJS + its vitest runner) over the rules and the services: `npm run test:mutation`.
// Slow on purpose and not in CI. Narrow it with `npm run test:mutation -- --mutate shared/domain/notice-lifecycle.ts`.
// Works in a copy of the project under /tmp, so a run never touches the working tree. Code only a practice's
// PostgreSQL server reaches: PD_MUTATION_DIALECT=postgres npm run test:mutation -- --mutate <file>.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
  mutate: ['shared/domain/**/*.ts', 'electron/core/services/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants that run only while modules load would need the whole suite per mutant; leave them out.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '/tmp/privacy-desk-stryker',
  ignorePatterns: [
    'out',
    'release',
    '.tsbuild',
    'reports',
    'test-results',
    'test/e2e',
    'test/ui',
    'test/shell',
    'test/cli',
  ],
};
