// (b) The hand-written floor: what the product's `bureau(id)` query must do at the least, with
// no framework beyond Apollo. Token check (HS256, key imported once), then on one pooled pg
// connection: BEGIN, the session check that also sets the RLS scope (same SQL as the product's
// enterSessionScope), the SELECT by id that row-level security filters, COMMIT.
import { createSecretKey } from 'node:crypto';
import pg from 'pg';
import { apolloApp, apiImport, apiRequire, serve } from './lib.mjs';

const { jwtVerify } = await apiImport('jose');
const { GraphQLError } = apiRequire('graphql');
const key = createSecretKey(Buffer.from(process.env.BENCH_JWT_SECRET, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.BENCH_APP_URL, max: 10 });

const unauthenticated = () =>
  new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

async function readBureau(claims, id) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [principal],
    } = await client.query(
      `select p.*, set_config('app.scope_path', p.scope_path::text, true),
              set_config('app.bureau_id', p.bureau_id::text, true),
              set_config('app.tenant_id', p.tenant_id::text, true)
       from app_private.session_principal($1) p`,
      [claims.sid],
    );
    if (!principal || principal.user_id !== claims.sub) throw unauthenticated();
    const {
      rows: [row],
    } = await client.query('select id, name, division_code from bureau where id = $1', [id]);
    await client.query('COMMIT');
    return row ? { id: row.id, name: row.name, divisionCode: row.division_code } : null;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const { app, stop } = await apolloApp({
  typeDefs: 'type Query { bureau(id: ID!): Bureau } type Bureau { id: ID! name: String! divisionCode: String! }',
  resolvers: { Query: { bureau: (_, { id }, ctx) => readBureau(ctx.claims, id) } },
  context: async ({ req }) => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) throw unauthenticated();
    try {
      const { payload } = await jwtVerify(m[1], key, { issuer: 'dsr-platform', algorithms: ['HS256'] });
      return { claims: payload };
    } catch {
      throw unauthenticated();
    }
  },
});
serve(app, async () => {
  await stop();
  await pool.end();
});
