// Builds the Electron main process (ESM), the sandboxed preload (CJS) and the minified renderer.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { main: resolve('electron/main.ts') },
        external: ['better-sqlite3-multiple-ciphers', 'pdfkit', 'fontkit', 'pg'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle zod and the contract into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // Loaded from the local disk, never over a network: one ~650 kB bundle costs nothing to split.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
