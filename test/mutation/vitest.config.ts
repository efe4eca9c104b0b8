// The tests the mutation pass runs: the node project's rule and core tests (test/shared, test/core), without
// the shell, CLI, UI or end-to-end projects, whose processes and browsers would make every mutant slow.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/shared/**/*.test.ts', 'test/core/**/*.test.ts'],
    // PD_MUTATION_DIALECT=postgres runs the same tests on a throwaway PostgreSQL cluster, for the code only a
    // practice's server reaches (enrolment, live updates): on SQLite those tests are skipped and cover nothing.
    ...(process.env['PD_MUTATION_DIALECT'] === 'postgres'
      ? { globalSetup: ['test/support/postgres-global-setup.ts'] }
      : {}),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
