// (c) The product: the real API server (services/api/dist), on the app role, as `pnpm start` runs it.
import { apiRequire, serve } from './lib.mjs';

const { openOrm } = apiRequire('@dsr/db');
const { createServer } = apiRequire('./dist/server.js');

const orm = await openOrm({ clientUrl: process.env.BENCH_APP_URL });
const server = await createServer({ orm, jwtSecret: process.env.BENCH_JWT_SECRET });
serve(server.httpServer, async () => { await server.stop(); await orm.close(true); });
