// pnpm bench: the public look-up by credit code (issue 14, Performance) over the province data of
// `pnpm seed:scale` (1,000,000 targets, ~470,000 published results), 50 concurrent clients on
// POST /public/graphql of the product in its own process, each request a different published code.
// Baselines in the same run, same clients and duration: (a) `{ __typename }` on /public/graphql, the
// endpoint's cheapest answer (express, rate limit, Apollo; no database), and (b) the look-up's own
// SQL (what the resolver sends, in the dsr_public read-only transaction, on a pool the size of the
// public reader's) through pg alone. Goal: p99 under 20 ms.
// Two ways of loading: paced — each of the 50 clients asks BENCH_RATE times a second (4: 200 look-ups a
// second in all), the clients' phases spread over the period, latency counted from when a request was
// due (a late answer delays the ones behind it and counts for them) — the goal's measure; and saturated — every client asks again as soon as it is answered,
// where p99 is mostly queueing (Little's law: 50 ÷ throughput), shown for the ratios and the ceiling.
// Knobs: BENCH_SCALE (1: the province; 0.05 for a quick run), BENCH_SCALE_INSTANCE (an embedded
// instance already seeded by `pnpm seed:scale`, e.g. dev: no seeding), BENCH_CONNECTIONS (50),
// BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_CODES (2,000 distinct codes asked in turn), BENCH_RATE (4).
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { forkProductServer } from './lib.mjs';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const env = process.env;
const SCALE = Number(env.BENCH_SCALE ?? 1);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(env.BENCH_WARMUP_S ?? 3);
const CODES = Number(env.BENCH_CODES ?? 2000);
const RATE = Number(env.BENCH_RATE ?? 4);
const POOL = Number(env.DSR_PUBLIC_POOL_MAX ?? 4); // the public reader's pool (services/api public/record-cache.ts)
const GOAL_P99_MS = 20;
// BENCH_API_DIST: another build of the API (a folder under services/api, as product-server.mjs takes it), for A/B
// runs: (b) then sends that build's SQL.
const DIST = env.BENCH_API_DIST ?? 'dist';
// What the portal's search page asks for a credit code (services/web's public search).
const LOOKUP = `query($code: String!) { publications(filter: { creditCode: $code }) { hasMore items { id kind
  bureau { code name } version action current publishedAt eventDate targetCreditCode targetName document documentSha256
  history { id version action current publishedAt documentSha256 } } } }`;

const attached = env.BENCH_SCALE_INSTANCE;
const instance = attached ?? `bench-public-${process.pid}`;
const pg = attached
  ? await db.attachEmbeddedPostgres(attached, () => {})
  : await db.startEmbeddedPostgres({ instance, log: () => {} });
let child;
try {
  const loadAtStart = loadavg();
  let seedSeconds = null;
  if (!attached) {
    await db.migrate(pg.ownerUrl, () => {});
    await db.seedDemoData(pg.ownerUrl);
    const superUrl = new URL(pg.superUrl);
    superUrl.pathname = new URL(pg.ownerUrl).pathname;
    const t0 = Date.now();
    await db.seedScale(superUrl.toString(), { scale: SCALE });
    seedSeconds = (Date.now() - t0) / 1000;
  }
  const owner = new pgLib.Client({ connectionString: pg.ownerUrl });
  await owner.connect();
  const {
    rows: [sizes],
  } = await owner.query(`select (select count(*) from target)::int as targets,
    (select count(*) from publication where status = 'PUBLISHED')::int as published`);
  // Codes spread over the province (a stable pseudo-random order), each with at least one current document.
  const codes = (
    await owner.query(
      `select target_credit_code as code from (select distinct target_credit_code from publication
        where status = 'PUBLISHED' and target_credit_code is not null) c order by md5(target_credit_code) limit $1`,
      [CODES],
    )
  ).rows.map((r) => r.code);
  await owner.end();
  if (!codes.length) throw new Error('no published document: the province is not seeded');

  const server = await forkProductServer({
    appUrl: pg.appUrl,
    jwtSecret: 'bench-secret-'.padEnd(40, 'x'),
    // BENCH_PROFILE=<folder>: a CPU profile of the product (as in draw-api.mjs).
    execArgv: env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_PROFILE}`] : [],
  });
  child = server.child;
  const port = server.port;
  const url = `http://127.0.0.1:${port}/public/graphql`;
  const bodyOf = (code) => JSON.stringify({ query: LOOKUP, variables: { code } });
  // Every answer is checked once before the run: it holds documents of that code and no error.
  const first = await (
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyOf(codes[0]) })
  ).json();
  if (first.errors || !first.data.publications.items.length) throw new Error(JSON.stringify(first).slice(0, 500));

  /** autocannon at CONNECTIONS for DURATION_S after a warm-up, saturated; `body(i)` is the i-th request's body. */
  async function load(name, body) {
    let i = 0;
    let bad = 0;
    const opts = {
      url,
      method: 'POST',
      connections: CONNECTIONS,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: body(i++) }) }],
      verifyBody: (text) => {
        const ok = text.startsWith('{"data":{') && !text.includes('"errors"');
        if (!ok) bad++;
        return ok;
      },
    };
    await autocannon({ ...opts, duration: WARMUP_S });
    const r = await autocannon({ ...opts, duration: DURATION_S });
    const failures = r.errors + r.timeouts + r.non2xx + bad;
    return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, failures };
  }

  /**
   * The resolver's SQL alone, on a pool of the public reader's size. Since issue 14's look-up in one round trip:
   * the product's own reader (BEGIN with SET ROLE dsr_public, the one statement with publishers and history,
   * COMMIT, written together); before (a build without `reader.one`): BEGIN, the look-up, bureaus, series, COMMIT.
   */
  async function sqlAlone(rate) {
    const { BY_CREDIT_CODE, BUREAUS, SERIES, SHAPED_BY_CREDIT_CODE } = apiRequire(
      `./${DIST}/modules/public/public.queries.js`,
    );
    if (SHAPED_BY_CREDIT_CODE) return measureSql(rate, oneStatement(SHAPED_BY_CREDIT_CODE), 'one round trip');
    const pool = new pgLib.Pool({ connectionString: pg.appUrl, max: POOL });
    const once = async (code) => {
      const c = await pool.connect();
      try {
        await c.query("begin transaction read only; set local role dsr_public; set local statement_timeout = '10s'");
        const rows = (await c.query(BY_CREDIT_CODE, [code, 21, 0])).rows;
        await c.query(BUREAUS, [[...new Set(rows.map((r) => r.bureau_id))], []]);
        await c.query(SERIES, [[...new Set(rows.map((r) => r.series_id))]]);
        await c.query('commit');
        if (!rows.length) throw new Error(`no document for ${code}`);
      } finally {
        c.release();
      }
    };
    return measureSql(rate, { once, end: () => pool.end() }, 'five round trips');
  }

  /** The product's public reader sending `sql` for a code (first page of 20 and one more). */
  function oneStatement(sql) {
    const { createPublicReader } = apiRequire(`./${DIST}/modules/public/public-reader.js`);
    const reader = createPublicReader(pg.appUrl, POOL);
    const once = async (code) => {
      if (!(await reader.one(sql, [code, 21, 0])).length) throw new Error(`no document for ${code}`);
    };
    return { once, end: () => reader.close() };
  }

  /**
   * Each of CONNECTIONS clients asks `once(i)` `rate` times a second, the clients' phases spread evenly over the
   * period (as people with the page open are not in step); each request's latency is counted from when it was
   * due, so a late answer also delays and counts against the requests queued behind it. rate null: every client
   * asks again as soon as it is answered.
   */
  async function pacedRun(once, rate, seconds) {
    const ms = [];
    const start = performance.now();
    let i = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, c) => {
        for (let k = 0; ; k++) {
          const due = rate ? start + (k + c / CONNECTIONS) * (1000 / rate) : performance.now();
          if (due - start > seconds * 1000) break;
          if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
          await once(i++);
          ms.push(performance.now() - due);
        }
      }),
    );
    return ms.sort((a, b) => a - b);
  }

  const summary = (name, ms, failures = 0) => {
    const pct = (p) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)];
    return { name, rps: ms.length / DURATION_S, p50: pct(0.5), p99: pct(0.99), total: ms.length, failures };
  };

  async function measureSql(rate, { once, end }, how) {
    await pacedRun((i) => once(codes[i % codes.length]), rate, WARMUP_S);
    const ms = await pacedRun((i) => once(codes[i % codes.length]), rate, DURATION_S);
    await end();
    return summary(`(b) the look-up SQL alone (pg, pool of ${POOL}, ${how})${rate ? '' : ', saturated'}`, ms);
  }

  /**
   * The same paced schedule over HTTP (one keep-alive connection per client). Not autocannon's connectionRate:
   * it sends each client's quota for a second back to back at the start of that second, all clients in step —
   * a burst of CONNECTIONS × rate requests once a second, whose p99 is the time to drain the burst.
   */
  async function pacedHttp(name, body, rate) {
    const agents = Array.from({ length: CONNECTIONS }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    let bad = 0;
    const post = (i) =>
      new Promise((resolve, reject) => {
        const text = body(i);
        const req = http.request(
          url,
          {
            method: 'POST',
            agent: agents[i % CONNECTIONS],
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
          },
          (res) => {
            let answer = '';
            res.setEncoding('utf8');
            res.on('data', (d) => (answer += d));
            res.on('end', () => {
              if (res.statusCode !== 200 || !answer.startsWith('{"data":{') || answer.includes('"errors"')) bad++;
              resolve();
            });
          },
        );
        req.on('error', reject);
        req.end(text);
      });
    await pacedRun(post, rate, WARMUP_S);
    bad = 0;
    const ms = await pacedRun(post, rate, DURATION_S);
    for (const a of agents) a.destroy();
    return summary(name, ms, bad);
  }

  const typename = () => JSON.stringify({ query: '{ __typename }' });
  const codeAt = (i) => bodyOf(codes[i % codes.length]);
  const paced = {
    floor: await pacedHttp('(a) { __typename } on /public/graphql', typename, RATE),
    sql: await sqlAlone(RATE),
    lookup: await pacedHttp('publications(filter: { creditCode }) on /public/graphql', codeAt, RATE),
  };
  const saturated = {
    floor: await load('(a) { __typename }, saturated', typename),
    sql: await sqlAlone(null),
    lookup: await load('publications(filter: { creditCode }), saturated', codeAt),
  };

  const row = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `\npublic look-up by credit code — ${sizes.targets.toLocaleString()} targets, ${sizes.published.toLocaleString()} current published documents, ${codes.length} codes asked in turn` +
      (seedSeconds === null
        ? ` (instance ${attached}, seeded before)`
        : `, seeded (scale ${SCALE}) in ${seedSeconds.toFixed(0)} s`),
  );
  console.log(
    `${cpus().length}× ${cpus()[0].model}, Node ${process.version}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  );
  console.log(
    `${CONNECTIONS} concurrent clients, ${WARMUP_S} s warm-up + ${DURATION_S} s each; paced: ${RATE} requests a second per client, saturated: none waiting\n`,
  );
  console.log(
    row([
      'request',
      'req/s',
      'p50 ms',
      'p99 ms',
      'requests',
      'failures',
      'p99 ÷ (a)',
      'p99 ÷ (b)',
      `p99 < ${GOAL_P99_MS} ms`,
    ]),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
  for (const r of [paced, saturated].flatMap((m) => [m.floor, m.sql, m.lookup])) {
    const { floor, sql } = r.name.includes('saturated') ? saturated : paced;
    console.log(
      row([
        r.name,
        r.rps.toFixed(0),
        r.p50.toFixed(1),
        r.p99.toFixed(1),
        r.total,
        r.failures,
        (r.p99 / floor.p99).toFixed(2),
        (r.p99 / sql.p99).toFixed(2),
        r === paced.lookup ? (r.p99 < GOAL_P99_MS ? 'yes' : 'NO') : '',
      ]),
    );
  }
  console.log(
    '\nThe clients, the server and PostgreSQL share the cores; absolute figures drift with other work on the machine, ratios less.',
  );
  if ([paced, saturated].some((m) => m.floor.failures || m.lookup.failures)) {
    console.error('!!! failed responses: the figures are not valid');
    process.exitCode = 1;
  }
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  if (!attached) {
    await pg.stop();
    db.removeInstance(pg.layout, instance);
  } else await pg.stop();
}
