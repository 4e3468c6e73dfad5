// (c) The product: the real API server (services/api/dist), on the app role, as `pnpm start` runs it.
import { apiRequire, countStatements, serve } from './lib.mjs';

countStatements();

const { openOrm } = apiRequire('@dsr/db');
// BENCH_API_DIST: another build of the API, a folder under services/api, for A/B runs (e.g. a copy of the
// baseline's dist in node_modules/.bench-base: git ignores it and its packages resolve as the product's).
const dist = process.env.BENCH_API_DIST ?? 'dist';
const { createServer } = apiRequire(`./${dist}/server.js`);
const { auditKeysFromPrivate } = apiRequire(`./${dist}/modules/audit/audit-keys.js`);

// As main.js and worker.js start: V8's heap growth limited (DSR_HEAP_GROWING_PERCENT); an older build
// without it (a baseline) keeps V8's default.
try {
  apiRequire(`./${dist}/common/heap-growth.js`).limitHeapGrowth();
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
}
const orm = await openOrm({ clientUrl: process.env.BENCH_APP_URL });
// One user's token drives the whole load: keep the per-user rate limiter running (its cost is
// part of the product) but put its budget out of reach, or most answers would be 429s.
const server = await createServer({
  orm,
  jwtSecret: process.env.BENCH_JWT_SECRET,
  rateLimitPerMinute: Number.MAX_SAFE_INTEGER,
  // Likewise the per-address limit of /public: every bench client comes from 127.0.0.1.
  publicRateLimitPerMinute: Number.MAX_SAFE_INTEGER,
  auditKeys: process.env.DSR_AUDIT_SIGNING_KEY ? auditKeysFromPrivate(process.env.DSR_AUDIT_SIGNING_KEY) : undefined,
  // BENCH_JOBS=1: background jobs run in this process, as `pnpm start` runs them (import-fairness).
  ...(process.env.BENCH_JOBS === '1' ? { jobs: { run: true, settings: { pollSeconds: 0.5 } } } : {}),
});
serve(server.httpServer, async () => {
  await server.stop();
  await orm.close(true);
});
