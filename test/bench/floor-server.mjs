// (b) The hand-written floors: what the product must do at the least for the same answers, with no
// framework beyond Apollo. Token check (HS256, key imported once, a verified token remembered
// until its exp as the product does), then on one pooled pg
// connection two round trips: BEGIN with the session principal that sets the RLS scope
// (@dsr/db's beginWithPrincipal, the product's SQL), then the read as one prepared statement with
// its COMMIT sent behind it and not awaited. Row-level security applies to every read (app role).
// BENCH_FLOOR_PIPELINE=0: a client without pipeline mode (BEGIN and principal as one simple query).
import pg from 'pg';
import { apolloApp, apiImport, apiRequire, countStatements, serve } from './lib.mjs';

countStatements();

const { jwtVerify } = await apiImport('jose');
const { LRUCache } = apiRequire('lru-cache');
const { GraphQLError } = apiRequire('graphql');
const { beginWithPrincipal, commitInBackground } = apiRequire('@dsr/db');
const { seesWholeBureau } = apiRequire('@dsr/domain');
// A CryptoKey, imported once: given a KeyObject, jose 6 exports and re-imports the secret on every verify.
const key = await crypto.subtle.importKey(
  'raw',
  Buffer.from(process.env.BENCH_JWT_SECRET, 'utf8'),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['verify'],
);
const pipeline = process.env.BENCH_FLOOR_PIPELINE !== '0';
const pool = new pg.Pool({ connectionString: process.env.BENCH_APP_URL, max: 10, pipeline });

/** Where a capped count stops (common/connection.ts COUNT_CAP). */
const COUNT_CAP = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const unauthenticated = () =>
  new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
const badCursor = () => new GraphQLError('分页游标无效', { extensions: { code: 'BAD_USER_INPUT' } });
const cursorOf = (id) => Buffer.from(id, 'utf8').toString('base64url');
const afterId = (after) => {
  if (!after) return null;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!UUID.test(id)) throw badCursor();
  return id;
};

/**
 * One request's transaction: principal and scope (round trip 1), the read (round trip 2, its
 * COMMIT right behind it), the connection back to the pool when the COMMIT completes.
 */
async function inScope(claims, read) {
  const client = await pool.connect();
  let committing = false;
  const commit = () => {
    committing = true;
    commitInBackground(client, (err) => client.release(err));
  };
  try {
    const principal = await beginWithPrincipal(client, claims.sid);
    if (!principal || principal.user_id !== claims.sub) throw unauthenticated();
    const result = read(client, principal);
    if (pipeline) commit(); // sent right behind the read; a failed read turns it into a rollback
    const rows = (await result).rows;
    if (!pipeline) commit();
    return rows;
  } catch (err) {
    if (!committing) {
      await client.query('ROLLBACK').then(
        () => client.release(),
        (e) => client.release(e),
      );
    }
    throw err;
  }
}

const BUREAU = 'select id, name, division_code from bureau where id = $1';

async function bureau(claims, { id }) {
  if (!UUID.test(id)) return null;
  const [row] = await inScope(claims, (c) => c.query({ name: 'floor_bureau', text: BUREAU, values: [id] }));
  return row ? { id: row.id, name: row.name, divisionCode: row.division_code } : null;
}

// The page and the capped count in one statement: the count row always comes, the page's rows joined on.
const TARGETS = `
  with page as (
    select t.id, t.name, t.uscc, t.region_code, t.business_category, t.grade, t.status from target t
     where t.bureau_id = any($1::uuid[]) and ($2::uuid is null or t.department_id = $2)
       and ($3::uuid is null or t.id > $3) order by t.id limit $4)
  select c.n, p.* from (select count(*)::int as n from (select 1 from target t
     where t.bureau_id = any($1::uuid[]) and ($2::uuid is null or t.department_id = $2) limit $5) s) c
  left join page p on true order by p.id`;

async function targets(claims, { first, after }) {
  const from = afterId(after);
  const rows = await inScope(claims, (c, p) => {
    const department = seesWholeBureau(p.roles) ? null : p.department_id;
    return c.query({
      name: 'floor_targets',
      text: TARGETS,
      values: [p.bureau_ids ?? [], department, from, first + 1, COUNT_CAP + 1],
    });
  });
  const n = rows[0].n;
  const page = rows.filter((r) => r.id !== null);
  const edges = page.slice(0, first).map((r) => ({
    cursor: cursorOf(r.id),
    node: {
      id: r.id,
      name: r.name,
      uscc: r.uscc,
      regionCode: r.region_code,
      businessCategory: r.business_category,
      grade: r.grade,
      status: r.status,
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCountCapped: Math.min(n, COUNT_CAP),
    totalCountOverCap: n > COUNT_CAP,
  };
}

// The caller's inspections (queries.service.ts myInspections, onMyTeam), the page with its target's
// and lead department's names, and the count, in one statement.
const MINE = `
  with mine as (
    select i.id, i.status, i.window_start, i.window_end, i.scheduled_on, i.report_due, i.target_id,
           i.lead_department_id from inspection i
     where i.bureau_id = $1 and ($2 or (i.status <> 'CLOSED' and i.status <> 'CANCELLED'))
       and i.id = any(array(select m.inspection_id from inspection_member m where m.left_at is null
         and m.inspector_id = any(array(select x.id from inspector x
           where x.tenant_id = $3 and x.user_id = $4 and x.bureau_id = $1)))))
  select c.n, p.* from (select count(*)::int as n from mine) c
  left join (select i.id, i.status, i.window_start::text, i.window_end::text, i.scheduled_on::text,
                    i.report_due::text, t.name as target_name, d.name as lead_department_name
               from mine i left join target t on t.id = i.target_id
               left join department d on d.id = i.lead_department_id
              where $5::uuid is null or i.id > $5 order by i.id limit $6) p on true
  order by p.id`;

async function myInspections(claims, { first, after, includeClosed }) {
  const from = afterId(after);
  const rows = await inScope(claims, (c, p) =>
    c.query({
      name: 'floor_my_inspections',
      text: MINE,
      values: [p.bureau_id, includeClosed, p.tenant_id, p.user_id, from, first + 1],
    }),
  );
  const page = rows.filter((r) => r.id !== null);
  const edges = page.slice(0, first).map((r) => ({
    cursor: cursorOf(r.id),
    node: {
      id: r.id,
      status: r.status,
      windowStart: r.window_start,
      windowEnd: r.window_end,
      scheduledOn: r.scheduled_on,
      reportDue: r.report_due,
      target: r.target_name === null ? null : { name: r.target_name },
      leadDepartment: r.lead_department_name === null ? null : { name: r.lead_department_name },
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: rows[0].n,
  };
}

const typeDefs = `
  type Query {
    bureau(id: ID!): Bureau
    targets(first: Int = 20, after: String): TargetConnection!
    myInspections(first: Int = 20, after: String, includeClosed: Boolean = false): InspectionConnection!
  }
  type Bureau { id: ID! name: String! divisionCode: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Target { id: ID! name: String! uscc: String regionCode: String! businessCategory: String! grade: String
    status: String! }
  type TargetEdge { cursor: String! node: Target! }
  type TargetConnection { edges: [TargetEdge!]! pageInfo: PageInfo! totalCountCapped: Int! totalCountOverCap: Boolean! }
  type Named { name: String! }
  type Inspection { id: ID! status: String! windowStart: String! windowEnd: String! scheduledOn: String
    reportDue: String target: Named leadDepartment: Named }
  type InspectionEdge { cursor: String! node: Inspection! }
  type InspectionConnection { edges: [InspectionEdge!]! pageInfo: PageInfo! totalCount: Int! }`;

// A token that passed the check is remembered until its exp, as the product's TokenService does
// (revocation is still decided by the session row on every request, in both).
const known = new LRUCache({ max: 10_000 });
async function verified(token) {
  const hit = known.get(token);
  if (hit && hit.exp > Math.floor(Date.now() / 1000)) return hit;
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: 'dsr-platform',
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw unauthenticated();
    known.set(token, payload);
    return payload;
  } catch {
    throw unauthenticated();
  }
}

const { app, stop } = await apolloApp({
  typeDefs,
  resolvers: {
    Query: {
      bureau: (_, args, ctx) => bureau(ctx.claims, args),
      targets: (_, args, ctx) => targets(ctx.claims, args),
      myInspections: (_, args, ctx) => myInspections(ctx.claims, args),
    },
  },
  context: async ({ req }) => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) throw unauthenticated();
    return { claims: await verified(m[1]) };
  },
});
serve(app, async () => {
  await stop();
  await pool.end();
});
