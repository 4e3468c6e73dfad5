// The audit trail's actor and date filters on a large trail (issue 13): EXPLAIN ANALYZE of the page
// and count statements the list sends, as the service role under row-level security, before and
// after migration 0028 (its indexes, and its read policy on bureau_id). BENCH_AUDIT_ENTRIES (default 300,000) entries in 平顶山市's
// tenant, by 10 users of its bureaus, spread over a year. Run after `pnpm run build`.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 300_000);
const INDEXES = ['audit_entry_actor_idx', 'audit_entry_at_idx'];
// The read policy of migration 0028 (as 0004's on the target tables).
const SUBTREE = 'array(select b.id from bureau b where b.path <@ app_scope())';

const instance = `bench-audit-filter-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const su = new pgLib.Client({ connectionString: superUrl.toString() });
  await su.connect();
  const { rows: users } = await su.query(
    `select u.id, u.bureau_id, u.tenant_id, b.path::text as path from app_user u join bureau b on b.id = u.bureau_id
      where b.tenant_id = (select tenant_id from bureau where division_code = '4104') order by u.username limit 10`,
  );
  const t0 = Date.now();
  // Not a valid chain (the hashes are filler): this measures reads only.
  await su.query(
    `insert into audit_entry (id, tenant_id, seq, bureau_id, scope_path, actor_user_id, actor_name, at, operation,
       object_type, object_id, request_id, prev_hash, hash)
     select gen_random_uuid(), u.tenant_id, 1000000 + g, u.bureau_id, u.path::ltree, u.id, '某人',
       timestamptz '2026-01-01 00:00+08' + (g * interval '1 second' * (365 * 86400 / $2::int)),
       'CREATE_TARGET', 'Target', g::text, 'r' || g, repeat('0', 64), repeat('0', 64)
     from generate_series(1, $2::int) g
     cross join lateral (select * from jsonb_to_recordset($1::jsonb) as x(id uuid, bureau_id uuid, tenant_id uuid,
       path text) offset (g % ${users.length}) limit 1) u`,
    [JSON.stringify(users), ENTRIES],
  );
  await su.query('vacuum analyze audit_entry');
  console.log(`seeded ${ENTRIES} entries in ${Date.now() - t0} ms; load ${loadavg()[0].toFixed(2)}`);
  const city = users.find((u) => u.path.split('.').length === 2) ?? users[0];
  const { rows: ids } = await su.query(`select array_agg(id) as ids from bureau where path <@ $1::ltree`, [city.path]);
  const app = new pgLib.Client({ connectionString: pg.appUrl });
  await app.connect();
  const actor = users[3].id;
  const cases = {
    actor: [`e0.actor_user_id = $2`, [actor]],
    'one day': [`e0.at >= $2 and e0.at < $3`, ['2026-06-01T00:00+08:00', '2026-06-02T00:00+08:00']],
    'actor + month': [
      `e0.actor_user_id = $2 and e0.at >= $3 and e0.at < $4`,
      [actor, '2026-06-01T00:00+08:00', '2026-07-01T00:00+08:00'],
    ],
  };
  const explain = async (label) => {
    for (const [name, [cond, params]] of Object.entries(cases)) {
      for (const [kind, sql] of [
        ['page', `select e0.* from audit_entry e0 where e0.bureau_id = any($1) and ${cond} order by e0.id limit 21`],
        ['count', `select count(*) from audit_entry e0 where e0.bureau_id = any($1) and ${cond}`],
      ]) {
        await app.query('begin');
        await app.query(`select set_config('app.scope_path', $1, true), set_config('app.tenant_id', $2, true)`, [
          city.path,
          city.tenant_id,
        ]);
        const plan = await app.query(`explain (analyze, buffers) ${sql}`, [ids[0].ids, ...params]);
        await app.query('rollback');
        const lines = plan.rows.map((r) => r['QUERY PLAN']);
        const time = lines.find((l) => l.startsWith('Execution Time')) ?? '';
        const nodes = lines.filter((l) => /Scan|Sort/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, ''));
        console.log(`${label} | ${name} | ${kind} | ${time} | ${nodes.join(' ; ')}`);
      }
    }
  };
  await su.query(`drop index if exists ${INDEXES.join(', ')}`);
  await su.query(`alter policy audit_entry_read on audit_entry using (scope_path <@ app_scope())`);
  await explain('0027 (ltree policy, no index)');
  await su.query(`create index audit_entry_actor_idx on audit_entry (actor_user_id, id)`);
  await su.query(`create index audit_entry_at_idx on audit_entry (at)`);
  await su.query('analyze audit_entry');
  await explain('indexes only');
  await su.query(`alter policy audit_entry_read on audit_entry using (bureau_id = any (${SUBTREE}))`);
  await explain('0028 (indexes, bureau_id policy)');
  await app.end();
  await su.end();
} finally {
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
