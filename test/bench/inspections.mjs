// pnpm bench, part 5: the inspection lists at province size (issue 5). 500,000 inspections over
// 平顶山市 and six counties (five years, 2–4 members each, most CLOSED), then one client asks, in
// turn, an inspector's "my inspections" first page, a department head's and the coordinating
// office's overdue reports, and the city's overdue counts per county, through the HTTP API of the
// product in its own process. Baseline in the same run, interleaved: `{ me { sessionId } }`, the
// floor of any authenticated API call. Goal: each under 50 ms p99.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { pgCpuMs } from './lib.mjs';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const INSPECTIONS = Number(process.env.BENCH_INSPECTIONS ?? 500_000);
const ROUNDS = Number(process.env.BENCH_INSPECTION_ROUNDS ?? 200);
const WARMUP = 20;
const GOAL_P99_MS = 50;

const instance = `bench-inspections-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let child;
try {
  const loadAtStart = loadavg()[0];
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  // As the superuser of the throw-away instance: the seed then skips the foreign-key triggers.
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const seedStart = Date.now();
  const seeded = await db.seedSyntheticInspections(superUrl.toString(), {
    inspections: INSPECTIONS,
    linkUsers: ['yexian.inspector', 'yexian.head'],
  });
  const seedSeconds = (Date.now() - seedStart) / 1000;
  const owner = new pgLib.Client({ connectionString: pg.ownerUrl });
  await owner.connect();
  const {
    rows: [sizes],
  } =
    await owner.query(`select (select count(*) from inspection)::int as inspections, (select count(*) from inspection_member)::int as members,
      (select count(*) from inspection_member m join inspector i on i.id = m.inspector_id join app_user u on u.id = i.user_id where u.username = 'yexian.inspector')::int as mine,
      (select count(*) from inspection where status = 'RECORDED' and report_due < (now() at time zone 'Asia/Shanghai')::date)::int as overdue`);
  await owner.end();

  child = fork(new URL('./product-server.mjs', import.meta.url), {
    env: { ...process.env, BENCH_APP_URL: pg.appUrl, BENCH_JWT_SECRET: randomBytes(32).toString('hex') },
    stdio: 'inherit',
  });
  const port = await new Promise((r) => child.on('message', (m) => m.port && r(m.port)));
  const nodeCpuMs = async () => {
    const reply = new Promise((resolve) => {
      const on = (m) => {
        if (m?.cpu) {
          child.off('message', on);
          resolve(m.cpu);
        }
      };
      child.on('message', on);
    });
    child.send('cpu');
    const { user, system } = await reply;
    return (user + system) / 1000;
  };
  const gql = async (query, token) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = await res.json();
    if (res.status !== 200 || body.errors || !body.data)
      throw new Error(`${query}: ${JSON.stringify(body).slice(0, 500)}`);
    return body.data;
  };
  const login = async (u) =>
    (await gql(`mutation { login(input: { username: "${u}", password: "${db.DEMO_PASSWORD}" }) { token } }`)).login
      .token;
  const [inspector, head, office, city] = [
    await login('yexian.inspector'),
    await login('yexian.head'),
    await login('yexian.coordinator'),
    await login('pingdingshan.coordinator'),
  ];

  const NODE = 'id status windowStart windowEnd scheduledOn reportDue target { name } leadDepartment { name }';
  const DUE = `{ inspectionReportsDue(overdue: true, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`;
  // Each case: the query, its token, and what a right answer holds (a wrong one stops the run).
  const cases = [
    {
      name: 'baseline { me { sessionId } }',
      query: '{ me { sessionId } }',
      token: inspector,
      rows: (d) => (d.me.sessionId ? 1 : 0),
    },
    {
      name: 'inspector: myInspections first page + totalCount',
      token: inspector,
      query: `{ myInspections(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`,
      rows: (d) => d.myInspections.edges.length,
    },
    {
      name: 'inspector: myInspections(includeClosed) first page',
      token: inspector,
      query: `{ myInspections(first: 20, includeClosed: true) { pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`,
      rows: (d) => d.myInspections.edges.length,
    },
    {
      name: 'department head: inspectionReportsDue(overdue) first page + totalCount',
      token: head,
      query: DUE,
      rows: (d) => d.inspectionReportsDue.edges.length,
    },
    {
      name: 'office: inspectionReportsDue(overdue) first page + totalCount',
      token: office,
      query: DUE,
      rows: (d) => d.inspectionReportsDue.edges.length,
    },
    {
      name: 'city: overdueInspectionReportCounts',
      token: city,
      query: '{ overdueInspectionReportCounts { bureauId overdue } }',
      rows: (d) => d.overdueInspectionReportCounts.length,
    },
  ];
  for (const c of cases) {
    c.count = c.rows(await gql(c.query, c.token));
    if (!c.count) throw new Error(`${c.name}: empty answer — the seed or the query is wrong`);
    Object.assign(c, { ms: [], nodeCpu: 0, pgCpu: 0 });
  }
  // Interleaved rounds, one request at a time: drift from other work on the machine hits every case alike.
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const c of cases) {
      // CPU of the server process and of PostgreSQL around each request, read outside the timed part
      // (PostgreSQL's in 10 ms ticks: right on average over the rounds, not per request).
      const [node0, pg0] = [await nodeCpuMs(), pgCpuMs(pg.dataDir)];
      const t = process.hrtime.bigint();
      const rows = c.rows(await gql(c.query, c.token));
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const [node1, pg1] = [await nodeCpuMs(), pgCpuMs(pg.dataDir)];
      if (rows !== c.count) throw new Error(`${c.name}: ${rows} rows, expected ${c.count}`);
      if (round < WARMUP) continue;
      c.ms.push(ms);
      c.nodeCpu += (node1 - node0) / ROUNDS;
      c.pgCpu = pg0 === null || pg1 === null || c.pgCpu === null ? null : c.pgCpu + (pg1 - pg0) / ROUNDS;
    }
  }

  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  for (const c of cases) {
    const s = [...c.ms].sort((a, b) => a - b);
    Object.assign(c, { p50: pct(s, 0.5), p99: pct(s, 0.99), max: s.at(-1) });
  }
  const [base] = cases;
  const row = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `\ninspection lists through the API — ${sizes.inspections.toLocaleString()} inspections, ${sizes.members.toLocaleString()} members, ` +
      `${seeded.bureaus} bureaus, ${seeded.inspectors} inspectors; the inspector is on ${sizes.mine.toLocaleString()}; ${sizes.overdue.toLocaleString()} reports overdue`,
  );
  console.log(
    `seeded in ${seedSeconds.toFixed(1)} s; ${cpus().length}× ${cpus()[0].model}, Node ${process.version}, load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end`,
  );
  console.log(`one client, ${ROUNDS} requests per case after ${WARMUP} of warm-up, cases interleaved\n`);
  console.log(
    row([
      'request',
      'rows',
      'p50 ms',
      'p99 ms',
      'max ms',
      'p50 ÷ baseline',
      'p99 ÷ baseline',
      'server CPU ms/req',
      'PostgreSQL CPU ms/req',
      `p99 < ${GOAL_P99_MS} ms`,
    ]),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
  for (const c of cases) {
    console.log(
      row([
        c.name,
        c.count,
        c.p50.toFixed(1),
        c.p99.toFixed(1),
        c.max.toFixed(1),
        (c.p50 / base.p50).toFixed(2),
        (c.p99 / base.p99).toFixed(2),
        c.nodeCpu.toFixed(2),
        c.pgCpu === null ? 'n/a' : c.pgCpu.toFixed(2),
        c === base ? '' : c.p99 < GOAL_P99_MS ? 'yes' : 'NO',
      ]),
    );
  }
  console.log(
    '\nThe client, the server and PostgreSQL share the cores; absolute figures drift with other work on the machine, ratios less.',
  );
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
