// Issue 15: the dashboard's statistics at province size. Two measurements:
//  1. the refresh of the summaries (0033) over BENCH_STAT_INSPECTIONS synthetic inspections of 平顶山市
//     (default 100,000; the province has 500,000): its duration;
//  2. the reads, over summaries of province shape: 河南 with 14 cities and 100 counties, each county
//     with a year of summary rows (12 months × 4 departments × all items + 3 items × 10 trades),
//     1,000 coverage rows and 5,000 inspectors' rows, written directly (the read path's cost depends
//     on the summary rows, not on how they were computed). BENCH_STAT_CLIENTS concurrent clients
//     (default 50) ask the dashboard's whole document (and its parts alone) through the HTTP API,
//     as the province and as a city. Goal: p99 under 200 ms.
// Until `pnpm seed:scale` lands, this is the stand-in for "dashboard p99 measured on the province data".
import { randomBytes } from 'node:crypto';
import { apiRequire, forkProductServer } from './lib.mjs';

const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const INSPECTIONS = Number(process.env.BENCH_STAT_INSPECTIONS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_STAT_CLIENTS ?? 50);
const PER_CLIENT = Number(process.env.BENCH_STAT_ROUNDS ?? 10);
const GOAL_P99_MS = 200;
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

const FIGURES =
  'due inspected reported findings notices noticesConcluded published inspectors targets targetsInspected plans tasks completionRate publicationRate closureRate coverageRate';
const PARTS = {
  totals: `totals { ${FIGURES} }`,
  rows: `rows { unit { id name } figures { ${FIGURES} } overdue { total } }`,
  trend: 'trend { month due inspected findings published }',
  findings: 'findingsByKind { opinion count } findingsByTrade { category inspected findings }',
  items: 'coverageByItem { itemId due inspected }',
  overdue: 'overdue { reports dispatches rectifications publications appeals total }',
  workload: 'workload { top { name assigned } inspectorsWithWork idle assigned max }',
};
const documentOf = (parts) =>
  `query($f: StatisticsFilter!) { statistics(filter: $f) { year unit { name } refreshedAt ${parts.join(' ')} } }`;

const instance = `bench-statistics-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let server;
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const seedStart = Date.now();
  if (INSPECTIONS > 0)
    await db.seedSyntheticInspections(superUrl.toString(), { inspections: INSPECTIONS, targetsPerBureau: 20_000 });
  const seedSeconds = (Date.now() - seedStart) / 1000;
  const sql = new pgLib.Client({ connectionString: superUrl.toString() });
  await sql.connect();
  sql.on('error', () => {}); // the instance stops under it at the end
  const refreshStart = Date.now();
  const written = (await sql.query('select app_private.refresh_statistics() as n')).rows[0].n;
  const refreshSeconds = (Date.now() - refreshStart) / 1000;

  // The province's shape: 14 cities, 100 counties (the two demo cities keep theirs), summary rows for each county.
  const province = (await sql.query(`select id, path::text as path from bureau where division_code = '41'`)).rows[0];
  await sql.query(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
     select c.id, c.id, $1, c.code, '合成市' || c.code, 'CITY', ('41.' || c.code)::ltree
       from (select gen_random_uuid() as id, (4110 + n)::text as code from generate_series(1, 12) n) c`,
    [province.id],
  );
  await sql.query(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
     select gen_random_uuid(), c.tenant_id, c.id, x.code, '合成县' || x.code, 'COUNTY', (c.path::text || '.' || x.code)::ltree
       from bureau c cross join lateral (select c.division_code || lpad(n::text, 2, '0') as code from generate_series(1, 8) n) x
      where c.level = 'CITY' and c.division_code like '41%' and c.division_code::int > 4110`,
  );
  // Rolled up as the refresh writes them: every bureau owns a row set per direct subordinate (and itself).
  const owners = `select o.id as owner, o.tenant_id, o.path, c.id as child from bureau o join bureau c on c.parent_id = o.id or c.id = o.id
      where o.path <@ '41'::ltree and not exists (select 1 from stat_inspection s where s.bureau_id = o.id)`;
  await sql.query(
    `insert into stat_inspection (tenant_id, bureau_id, scope_path, child_id, year, month, department_code, item_id, business_category,
       due, inspected, reported, no_anomaly, rectification, published, notices, notices_concluded, refreshed_at)
     select w.tenant_id, w.owner, w.path, w.child, $1, m, (array['office', 'zhian', 'jindu', 'wangan'])[d], k.item, k.trade,
            5, 4, 3, 2, 1, 2, 1, 1, now()
       from (${owners}) w cross join generate_series(1, 12) m cross join generate_series(1, 4) d
       cross join lateral (select '00000000-0000-0000-0000-000000000000'::uuid as item, 'CAT' || t as trade from generate_series(1, 10) t
                           union all select md5(w.child::text || k)::uuid, '' from generate_series(1, 3) k) k`,
    [YEAR],
  );
  await sql.query(
    `insert into stat_coverage (tenant_id, bureau_id, scope_path, child_id, year, business_category, targets, targets_inspected, refreshed_at)
     select w.tenant_id, w.owner, w.path, w.child, $1, 'CAT' || t, 1000, 400, now()
       from (${owners.replace('stat_inspection', 'stat_coverage')}) w cross join generate_series(1, 10) t`,
    [YEAR],
  );
  await sql.query(
    `insert into stat_inspector (tenant_id, bureau_id, scope_path, year, inspector_id, department_id, assigned, ended, refreshed_at)
     select b.tenant_id, b.id, b.path, $1, gen_random_uuid(), md5(b.id::text || 1)::uuid, 1 + n % 40, n % 40, now()
       from bureau b cross join generate_series(1, 50) n
      where b.level = 'COUNTY' and b.path <@ '41'::ltree and not exists (select 1 from stat_inspector s where s.bureau_id = b.id)`,
    [YEAR],
  );
  await sql.query('vacuum analyze stat_inspection, stat_coverage, stat_inspector, bureau');
  const sizes = (
    await sql.query(`select (select count(*) from bureau where path <@ '41'::ltree and level = 'COUNTY')::int as counties,
      (select count(*) from stat_inspection)::int as inspection_rows, (select count(*) from stat_coverage)::int as coverage_rows,
      (select count(*) from stat_inspector)::int as inspector_rows`)
  ).rows[0];
  if (process.env.BENCH_STAT_EXPLAIN) {
    // The totals' statement as the service role with the province's scope (what RLS adds is in the plan).
    await sql.query('set role dsr_app');
    await sql.query(`select set_config('app.scope_path', '41', false), set_config('app.bureau_id', $1, false)`, [
      province.id,
    ]);
    for (const text of process.env.BENCH_STAT_EXPLAIN.split(';;')) {
      const plan = await sql.query(`explain (analyze, buffers) ${text}`);
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    await sql.query('reset role');
  }
  await sql.end();

  server = await forkProductServer({ appUrl: pg.appUrl, jwtSecret: randomBytes(32).toString('hex') });
  const login = async (u) =>
    (await server.gql(`mutation { login(input: { username: "${u}", password: "${db.DEMO_PASSWORD}" }) { token } }`))
      .login.token;
  const callers = { 省厅: await login('henan.admin'), 平顶山市: await login('pingdingshan.admin') };

  const measure = async (token, query, variables = { f: { year: YEAR } }) => {
    const times = [];
    const client = async () => {
      for (let k = 0; k < PER_CLIENT; k++) {
        const start = performance.now();
        await server.gql(query, variables, token);
        times.push(performance.now() - start);
      }
    };
    await server.gql(query, variables, token); // warm
    await Promise.all(Array.from({ length: CLIENTS }, client));
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    return { p50: at(0.5), p99: at(0.99), max: times.at(-1), count: times.length };
  };

  console.log(`\n## Dashboard statistics (issue 15)\n`);
  console.log(
    `Refresh of the summaries over ${INSPECTIONS.toLocaleString('en')} inspections (平顶山市, seeded in ${seedSeconds.toFixed(0)} s): ` +
      `${refreshSeconds.toFixed(1)} s, ${written} summary rows.`,
  );
  console.log(
    `Reads over the province's shape: ${sizes.counties} counties, ${sizes.inspection_rows.toLocaleString('en')} stat_inspection rows, ` +
      `${sizes.coverage_rows} coverage rows, ${sizes.inspector_rows} inspector rows; ${CLIENTS} concurrent clients × ${PER_CLIENT} requests.\n`,
  );
  console.log('| caller | document | requests | p50 ms | p99 ms | max ms | p99 < 200 ms |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  // The floor of any signed-in request on this machine now (the cores are shared): read the rows against it.
  const floor = await measure(callers.省厅, '{ me { user { id } } }', {});
  console.log(
    `| — | baseline { me } | ${floor.count} | ${floor.p50.toFixed(1)} | ${floor.p99.toFixed(1)} | ${floor.max.toFixed(1)} | |`,
  );
  for (const [who, token] of Object.entries(callers)) {
    const cases = [['whole dashboard', Object.values(PARTS)], ...Object.entries(PARTS).map(([k, v]) => [k, [v]])];
    for (const [name, parts] of cases) {
      const r = await measure(token, documentOf(parts));
      console.log(
        `| ${who} | ${name} | ${r.count} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.p99 < GOAL_P99_MS ? 'yes' : 'NO'} |`,
      );
    }
  }
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  server?.child.send('stop');
  if (server) await new Promise((r) => server.child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
