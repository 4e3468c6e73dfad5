import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API process at / (services/api/src/web-app.ts); `manifest` lets a test weigh the first page's JavaScript.
export default defineConfig({
  plugins: [react()],
  // The role sets come from the domain package itself (a file without imports), so menu and API agree.
  resolve: {
    alias: { '@dsr/domain/roles': fileURLToPath(new URL('../../packages/domain/src/roles.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
