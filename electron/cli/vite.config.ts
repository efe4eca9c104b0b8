// Builds the `privacy-desk` CLI into out/cli/main.js (run by electron/cli/bin.js): one ESM file for Node whose npm
// imports stay external, so at run time it needs only the package's dependencies (test/cli/cli-build.test.ts checks).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repo = resolve(import.meta.dirname, '..', '..');

export default defineConfig({
  root: repo,
  // The CLI has no web assets; without this Vite would copy public/ if one ever appeared.
  publicDir: false,
  build: {
    ssr: resolve(import.meta.dirname, 'main.ts'),
    outDir: resolve(repo, 'out', 'cli'),
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
});
