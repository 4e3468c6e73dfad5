import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gqlDocumentsPerModule } from './vite-gql-documents.ts';

// Served by the API process at / (services/api/src/web-app.ts); `manifest` lets a test weigh the first page's JavaScript.
const domain = (file: string) => fileURLToPath(new URL(`../../packages/domain/${file}`, import.meta.url));
const web = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // Each route's chunk carries only its own GraphQL documents (vite-gql-documents.ts).
  plugins: [
    react(),
    gqlDocumentsPerModule([
      { sources: web('src/'), gqlDir: web('src/gql') },
      { sources: web('src/public/'), gqlDir: web('src/public/gql') },
    ]),
  ],
  // The role sets come from the domain package itself (a file without imports), so menu and API agree.
  resolve: {
    alias: [
      { find: '@dsr/domain/roles', replacement: domain('src/roles.ts') },
      // A target's page explains its draw weight with the API's own rule (R27).
      { find: '@dsr/domain/risk', replacement: domain('src/risk.ts') },
      // A target's region shows its county's and township's names from the domain's list of divisions.
      { find: '@dsr/domain/divisions', replacement: domain('src/divisions.ts') },
      // The portal and the publication pages label a document's fields with the masking table's own words.
      { find: '@dsr/domain/publication-fields', replacement: domain('src/publication/masking-rules.ts') },
      // …and takes the 处罚类别 and each kind's field order from the domain (the API's open data uses the same).
      { find: '@dsr/domain/publication-kind-fields', replacement: domain('src/publication/fields.ts') },
      // The draw room and the portal's draw page replay a draw with the domain's own engine (src/draw-verify): its node:crypto
      // becomes a synchronous SHA-256 (@noble/hashes), and the worker-thread replay it never takes a stub.
      { find: '@dsr/domain/verify-draw', replacement: domain('src/draw/verify-draw.ts') },
      { find: 'node:crypto', replacement: web('src/draw-verify/node-crypto-browser.ts') },
      { find: /^\.\/replay-thread$/, replacement: web('src/draw-verify/replay-thread-stub.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/public': 'http://localhost:4000' } },
});
