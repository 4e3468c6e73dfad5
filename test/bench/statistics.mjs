// Issue 15: the dashboard's statistics at province size. Two measurements:
//  1. the refresh of the summaries (0033) over BENCH_STAT_INSPECTIONS synthetic inspections of 平顶山市
//     (default 100,000; the province has 500,000): its duration;
//  2. the reads, over summaries of province shape: 河南 with 14 cities and 100 counties, each county
//     with a year of summary rows (12 months × 4 departments × all items + 3 items × 10 trades),
//     1,000 coverage rows and 5,000 inspectors' rows, written directly (the read path's cost depends
//     on the summary rows, not on how they were computed). BENCH_STAT_CLIENTS concurrent clients
//     (default 50) ask the dashboard's whole document (and its parts alone) through the HTTP API,
//     as the province and as a city. Goal: p99 under 200 ms.
// BENCH_STAT_SCALE_DIR=<the DSR_DATA_DIR of a `pnpm seed:scale` run>: the same reads on that data set instead
// (the summaries refreshed over its 500,000 inspections first, timed), and the dashboard's first view painted in
// Chromium as the province and as a city.
import { randomBytes } from 'node:crypto';
import { apiRequire, forkProductServer } from './lib.mjs';

const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const INSPECTIONS = Number(process.env.BENCH_STAT_INSPECTIONS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_STAT_CLIENTS ?? 50);
const PER_CLIENT = Number(process.env.BENCH_STAT_ROUNDS ?? 10);
const GOAL_P99_MS = 200;
const PACE_MS = Number(process.env.BENCH_STAT_PACE_MS ?? 1000);
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

const FIGURES =
  'due dueInspected inspected reported findings notices noticesConcluded published inspectors targets targetsInspected plans tasks completionRate publicationRate closureRate coverageRate';
const PARTS = {
  totals: `totals { ${FIGURES} }`,
  rows: `rows { unit { id name } figures { ${FIGURES} } overdue { total } }`,
  trend: 'trend { month due dueInspected inspected findings published }',
  findings: 'findingsByKind { opinion count } findingsByTrade { category inspected findings }',
  items: 'coverageByItem { itemId due dueInspected inspected }',
  overdue: 'overdue { reports dispatches rectifications publications appeals total }',
  workload: 'workload { top { name assigned } inspectorsWithWork idle assigned max }',
};
const documentOf = (parts) =>
  `query($f: StatisticsFilter!) { statistics(filter: $f) { year unit { name } refreshedAt ${parts.join(' ')} } }`;

/** The province's shape written directly into a fresh instance (the default). */
async function syntheticProvince() {
  const instance = `bench-statistics-${process.pid}`;
  const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
  const stop = async () => {
    await pg.stop();
    db.removeInstance(pg.layout, instance);
  };
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
         due, due_done_by, inspected, reported, no_anomaly, rectification, published, notices, notices_concluded, refreshed_at)
       select w.tenant_id, w.owner, w.path, w.child, $1, m, (array['office', 'zhian', 'jindu', 'wangan'])[d], k.item, k.trade,
              5, array(select least(5, greatest(0, c - m + 2)) from generate_series(1, 12) c), 4, 3, 2, 1, 2, 1, 1, now()
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
    return {
      pg,
      stop,
      describe: [
        `Refresh of the summaries over ${INSPECTIONS.toLocaleString('en')} inspections (平顶山市, seeded in ${seedSeconds.toFixed(0)} s): ` +
          `${refreshSeconds.toFixed(1)} s, ${written} summary rows.`,
        `Reads over the province's shape: ${sizes.counties} counties, ${sizes.inspection_rows.toLocaleString('en')} stat_inspection rows, ` +
          `${sizes.coverage_rows} coverage rows, ${sizes.inspector_rows} inspector rows; ${CLIENTS} concurrent clients × ${PER_CLIENT} requests.\n`,
      ],
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The data set of `pnpm seed:scale` in BENCH_STAT_SCALE_DIR (its `dev` instance): migrated, summaries refreshed. */
async function scaleProvince(dir) {
  process.env.DSR_DATA_DIR = dir;
  const pg = await db.attachEmbeddedPostgres('dev', () => {});
  await db.migrate(pg.ownerUrl);
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const sql = new pgLib.Client({ connectionString: superUrl.toString() });
  await sql.connect();
  sql.on('error', () => {});
  try {
    // BENCH_STAT_REFRESH=0: the summaries of an earlier run as they are (a second look at the reads).
    const refresh = process.env.BENCH_STAT_REFRESH !== '0';
    const refreshStart = Date.now();
    const written = refresh ? (await sql.query('select app_private.refresh_statistics() as n')).rows[0].n : 'kept';
    const refreshSeconds = (Date.now() - refreshStart) / 1000;
    if (refresh) await sql.query('vacuum analyze stat_inspection, stat_coverage, stat_inspector');
    const sizes = (
      await sql.query(`select (select count(*) from bureau where path <@ '41'::ltree and level = 'COUNTY')::int as counties,
        (select count(*) from target where scope_path <@ '41')::int as targets,
        (select count(*) from inspection where scope_path <@ '41')::int as inspections,
        (select count(*) from stat_inspection)::int as inspection_rows`)
    ).rows[0];
    return {
      pg,
      stop: () => pg.stop(),
      describe: [
        `The seed:scale data set (${dir}): ${sizes.counties} counties, ${sizes.targets.toLocaleString('en')} targets, ` +
          `${sizes.inspections.toLocaleString('en')} inspections; refresh of the summaries ${refreshSeconds.toFixed(1)} s, ` +
          `${written} summary rows (${sizes.inspection_rows.toLocaleString('en')} stat_inspection rows); ` +
          `${CLIENTS} concurrent clients × ${PER_CLIENT} requests.\n`,
      ],
    };
  } finally {
    await sql.end();
  }
}

/**
 * The dashboard's first view in Chromium (goal: painted in under 2 s): from navigation to the KPI figures and the
 * unit table shown, and to the charts drawn, by the page's own clock; the first load (nothing cached) and the median
 * of the next three (the bundles cached, as for a user who comes back).
 */
async function firstViews(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.DSR_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    console.log('\n| caller | load | figures and table ms | charts ms | < 2,000 ms |');
    console.log('|---|---|---:|---:|---|');
    for (const [who, username] of [
      ['省厅', 'henan.admin'],
      ['平顶山市', 'pingdingshan.admin'],
    ]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(db.DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      const view = async () => {
        await page.goto(`${base}/dashboard?year=${YEAR}`);
        await page.locator('.dashboard-kpis .ant-statistic-content').first().waitFor({ timeout: 60_000 });
        await page.locator('.dashboard-units tbody tr').first().waitFor({ timeout: 60_000 });
        const figures = await page.evaluate(() => performance.now());
        await page.locator('.dashboard canvas').first().waitFor({ timeout: 60_000 });
        const charts = await page.evaluate(() => performance.now());
        return { figures, charts };
      };
      const runs = [];
      for (let k = 0; k < 4; k++) runs.push(await view());
      const [first, ...rest] = runs;
      const median = (key) => rest.map((r) => r[key]).sort((a, b) => a - b)[1];
      const ok = (ms) => (ms < 2000 ? 'yes' : 'NO');
      console.log(
        `| ${who} | first | ${first.figures.toFixed(0)} | ${first.charts.toFixed(0)} | ${ok(first.charts)} |`,
      );
      console.log(
        `| ${who} | median of 3 more | ${median('figures').toFixed(0)} | ${median('charts').toFixed(0)} | ${ok(median('charts'))} |`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

const SCALE_DIR = process.env.BENCH_STAT_SCALE_DIR;
const setup = SCALE_DIR ? await scaleProvince(SCALE_DIR) : await syntheticProvince();
const { pg } = setup;
let server;
try {
  server = await forkProductServer({ appUrl: pg.appUrl, jwtSecret: randomBytes(32).toString('hex') });
  const login = async (u) =>
    (await server.gql(`mutation { login(input: { username: "${u}", password: "${db.DEMO_PASSWORD}" }) { token } }`))
      .login.token;
  const callers = { 省厅: await login('henan.admin'), 平顶山市: await login('pingdingshan.admin') };

  const percentiles = (times) => {
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    return { p50: at(0.5), p99: at(0.99), max: times.at(-1), count: times.length };
  };
  const timed = async (times, token, query, variables) => {
    const start = performance.now();
    await server.gql(query, variables, token);
    times.push(performance.now() - start);
  };
  /** Closed loop: CLIENTS clients each send the next request as soon as the last is answered (the saturation case). */
  const saturated = async (token, query, variables = { f: { year: YEAR } }) => {
    const times = [];
    await server.gql(query, variables, token); // warm
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let k = 0; k < PER_CLIENT; k++) await timed(times, token, query, variables);
      }),
    );
    return percentiles(times);
  };
  /**
   * CLIENTS people with the dashboard open, each asking for it every PACE_MS (60 × more often than the page's
   * auto-refresh), their phases spread over the interval: CLIENTS × 1000 / PACE_MS requests a second offered.
   */
  const paced = async (token, query, variables = { f: { year: YEAR } }) => {
    const times = [];
    await server.gql(query, variables, token); // warm
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let k = 0; k < PER_CLIENT; k++) {
          const due = t0 + (c * PACE_MS) / CLIENTS + k * PACE_MS;
          await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
          await timed(times, token, query, variables);
        }
      }),
    );
    return percentiles(times);
  };
  const row = (who, name, r) =>
    `| ${who} | ${name} | ${r.count} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.p99 < GOAL_P99_MS ? 'yes' : 'NO'} |`;
  const HEAD =
    '| caller | document | requests | p50 ms | p99 ms | max ms | p99 < 200 ms |\n|---|---|---:|---:|---:|---:|---|';

  console.log(`\n## Dashboard statistics (issue 15)\n`);
  for (const line of setup.describe) console.log(line);
  const me = '{ me { user { id } } }';
  console.log(
    `Paced: ${CLIENTS} clients, each one request every ${PACE_MS} ms (${((CLIENTS * 1000) / PACE_MS).toFixed(0)} requests/s offered).\n`,
  );
  console.log(HEAD);
  console.log(row('省厅', 'baseline { me }', await paced(callers.省厅, me, {})));
  for (const [who, token] of Object.entries(callers)) {
    const cases = [['whole dashboard', Object.values(PARTS)], ...Object.entries(PARTS).map(([k, v]) => [k, [v]])];
    for (const [name, parts] of cases) console.log(row(who, name, await paced(token, documentOf(parts))));
  }
  console.log(`\nSaturated: ${CLIENTS} clients in a closed loop (latency = clients ÷ throughput).\n`);
  console.log(HEAD);
  console.log(row('省厅', 'baseline { me }', await saturated(callers.省厅, me, {})));
  for (const [who, token] of Object.entries(callers))
    console.log(row(who, 'whole dashboard', await saturated(token, documentOf(Object.values(PARTS)))));
  await firstViews(`http://127.0.0.1:${server.port}`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  server?.child.send('stop');
  if (server) await new Promise((r) => server.child.once('exit', r));
  await setup.stop();
}
