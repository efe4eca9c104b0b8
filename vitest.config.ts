// Test projects: node (shared rules, core, shell with a mocked electron, CLI; SQLite), postgres (the core and CLI
// tests again on PostgreSQL), jsdom (components), e2e (real Chromium).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/core/**/*.test.ts',
            'test/shell/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
          // The postgres project's global setup names its cluster in the process's environment, which every
          // project's workers inherit in one run: this project's tests must still run on SQLite.
          env: { PD_TEST_PG_URL: '' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same core and CLI tests on the practice's shared PostgreSQL server (one throwaway cluster for the run).
        test: {
          name: 'postgres',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'],
          exclude: [
            // These start their own cluster (the faults test restarts it) and run the same whatever the project:
            // the node project runs them, and a second run would add nothing but minutes.
            'test/cli/postgres-cli.test.ts',
            'test/cli/enrol-cli.test.ts',
            'test/cli/workstations-*.test.ts',
            // Only the parser of the address and the path of this workstation's files: no database is opened.
            'test/cli/server-url.test.ts',
          ],
          globalSetup: ['test/support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
          // Bounds, not waits: a test ends as soon as its screens appear; these only stop a hung one on a loaded machine.
          testTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // expect.poll gives up after 1 s by default, less than one scrypt unlock takes on a loaded machine.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
