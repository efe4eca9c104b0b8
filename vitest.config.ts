// Test projects: node (shared rules, core, shell with a mocked electron; SQLite), postgres (the core tests again on
// PostgreSQL), jsdom (components), e2e (real Chromium).
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same core tests on the practice's shared PostgreSQL server (one throwaway cluster for the run).
        test: {
          name: 'postgres',
          environment: 'node',
          include: ['test/core/**/*.test.ts'],
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
