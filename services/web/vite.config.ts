import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API process at / (services/api/src/web-app.ts); `manifest` lets a test weigh the first page's JavaScript.
export default defineConfig({
  plugins: [react()],
  // The role sets come from the domain package itself (a file without imports), so menu and API agree.
  resolve: {
    alias: {
      '@dsr/domain/roles': fileURLToPath(new URL('../../packages/domain/src/roles.ts', import.meta.url)),
      // The draw room replays a draw with the domain's own engine (src/draw/verify): its node:crypto
      // becomes a synchronous SHA-256 (@noble/hashes), and the worker-thread path it never takes a stub.
      '@dsr/domain/verify-draw': fileURLToPath(
        new URL('../../packages/domain/src/draw/verify-draw.ts', import.meta.url),
      ),
      'node:crypto': fileURLToPath(new URL('src/draw/verify/node-crypto-browser.ts', import.meta.url)),
      'node:path': fileURLToPath(new URL('src/draw/verify/node-stub.ts', import.meta.url)),
      'node:worker_threads': fileURLToPath(new URL('src/draw/verify/node-stub.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
