// pnpm bench, part 1: the cost of the product's hot reads against (a) a bare Apollo hello-world
// and (b) the hand-written floor of the same query (floor-server.mjs), for three queries: one
// object (`bureau`), a page of 20 targets with the capped count, and `myInspections`. All in one
// run on one machine, each server in its own child process, same autocannon settings; each
// floor's answer is first checked equal to the product's, and every timed response body is
// checked byte for byte against the one checked.
// Knobs: BENCH_DURATION_S (5), BENCH_WARMUP_S (2), BENCH_CONNECTIONS (50), BENCH_QUERIES
// (bureau,targets,myInspections), BENCH_RUN_INSPECTIONS (20000: the synthetic history seeded),
// BENCH_NODE_ENV (production: the servers' NODE_ENV),
// BENCH_PROFILE=1 (CPU profiles of (b) and (c) per query into BENCH_PROFILE_DIR, summed here),
// BENCH_BASE_PRODUCT (the product-server.mjs of another build, e.g. a checkout of main: served as
// (c0) right after (c) on the same database, the before/after of a change in one run),
// BENCH_AMOUNT (the requests measured per server and round; default: the warm-up's rate × BENCH_DURATION_S),
// BENCH_ROUNDS (1: how many times (b), (c) and (c0) of each query are measured in turn; CPU per
// request is then the sum over rounds ÷ the requests, req/s and latencies the median round — on a
// machine others load, interleaved rounds let the ratios share the same moments).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { pgCpuMs } from './lib.mjs';
import { report } from './profile.mjs';

const require = createRequire(import.meta.url);
const db = require('../../packages/db/dist');

const env = process.env;
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const WARMUP_S = Number(env.BENCH_WARMUP_S ?? 2);
const DURATION_S = Number(env.BENCH_DURATION_S ?? 5);
const QUERIES = (env.BENCH_QUERIES ?? 'bureau,targets,myInspections').split(',');
const INSPECTIONS = Number(env.BENCH_RUN_INSPECTIONS ?? 20_000);
const PROFILE = env.BENCH_PROFILE === '1';
const ROUNDS = Math.max(1, Number(env.BENCH_ROUNDS ?? 1));
const AMOUNT = env.BENCH_AMOUNT ? Number(env.BENCH_AMOUNT) : null;
const BASE_PRODUCT = env.BENCH_BASE_PRODUCT ? pathToFileURL(path.resolve(env.BENCH_BASE_PRODUCT)).href : null;
const PROFILE_DIR = path.resolve(
  env.BENCH_PROFILE_DIR ?? path.join(os.tmpdir(), `dsr-bench-profiles-${new Date().toISOString().slice(0, 19)}`),
);
const GOALS = {
  throughput: { label: 'c/b req/s', goal: '≥ 0.8', pass: (v) => v >= 0.8 },
  nodeCpu: { label: 'c/b Node CPU', goal: '≤ 1.25', pass: (v) => v <= 1.25 },
  pgCpu: { label: 'c/b PG CPU', goal: '≤ 1', pass: (v) => v <= 1 },
  floor: { label: 'b/a req/s', goal: '≥ 0.5', pass: (v) => v >= 0.5 },
};

const machine = () =>
  `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.availableParallelism()} cores, Node ${process.version}, ` +
  `${os.platform()} ${os.arch()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC` +
  `, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`; // others' work on the machine skews the figures

/** Forks a server script and resolves once it listens. */
function startServer(script, extraEnv) {
  const child = fork(new URL(script, import.meta.url), { env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const exited = new Promise((r) => child.once('exit', r));
  const ask = (message, key, whole = false) =>
    new Promise((resolve) => {
      const on = (m) => {
        if (m?.[key] !== undefined) {
          child.off('message', on);
          resolve(whole ? m : m[key]);
        }
      };
      child.on('message', on);
      if (message !== undefined) child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    exited.then((code) => reject(new Error(`${script} exited (${code}) before listening`)));
    ask(undefined, 'port').then((port) =>
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        cpuMs: async () => {
          const { cpu, statements, requests } = await ask('cpu', 'cpu', true);
          return { ms: (cpu.user + cpu.system) / 1000, statements, requests };
        },
        profile: (what, file) => ask({ profile: what, file }, 'profiled'),
        idle: () => ask('idle', 'idle'),
        stop: async () => {
          if (child.connected) child.send('stop');
          await exited;
        },
        kill: () => child.exitCode === null && child.kill('SIGKILL'),
      }),
    );
  });
}

const headers = (token) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

/** One POST; its body text and parsed JSON. Throws on errors or no data. */
async function post(url, body, token) {
  const text = await (await fetch(url, { method: 'POST', headers: headers(token), body })).text();
  const json = JSON.parse(text);
  if (json.errors || !json.data) throw new Error(`${url}: ${text.slice(0, 500)}`);
  return { text, data: json.data };
}

const gql = async (url, query, variables, token) => (await post(url, JSON.stringify({ query, variables }), token)).data;

/**
 * Warm-up (timed), then a measured run of a fixed number of requests, as many as the warm-up's
 * rate fills DURATION_S with: every request counted in CPU per request is one that was answered,
 * none abandoned at a deadline (the server is idle at both ends). A response counts as a failure
 * when it is not 2xx, errors or times out, or when its body differs from `expected`, the body the
 * floor was checked with.
 */
async function measure(name, server, { body, token, expected }, profileFile) {
  const bad = [];
  const opts = {
    url: server.url,
    method: 'POST',
    connections: CONNECTIONS,
    body,
    headers: headers(token),
    verifyBody: (b) => b === expected || (bad.length < 3 && bad.push(b.slice(0, 300)), false),
  };
  const warm = await autocannon({ ...opts, duration: WARMUP_S });
  const amount = AMOUNT ?? Math.max(2 * CONNECTIONS, Math.round(warm.requests.average * DURATION_S));
  process.stdout.write(
    `${name}: warm-up ${WARMUP_S} s at ${warm.requests.average.toFixed(0)} req/s, measuring ${amount} requests …\n`,
  );
  await server.idle();
  if (profileFile) await server.profile('start');
  const [node0, pg0] = [await server.cpuMs(), pgCpuMs(db$.dataDir)];
  const r = await autocannon({ ...opts, amount });
  await server.idle();
  const [node1, pg1] = [await server.cpuMs(), pgCpuMs(db$.dataDir)];
  if (profileFile) await server.profile('stop', profileFile);
  const { text } = await post(server.url, body, token);
  if (text !== expected) throw new Error(`${name}: unexpected response ${text.slice(0, 500)}`);
  // Per request as the server counts them: autocannon may send a few past `amount`, all answered.
  const served = node1.requests - node0.requests;
  const failures = [warm, r].reduce((n, x) => n + x.errors + x.timeouts + x.non2xx + x.mismatches, 0);
  return {
    name,
    rps: r.requests.total / (r.duration || 1),
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: served,
    failures,
    bad,
    nodeCpu: (node1.ms - node0.ms) / served,
    statements: (node1.statements - node0.statements) / served,
    pgCpu: pg0 === null || pg1 === null ? null : (pg1 - pg0) / served,
    profileFile,
  };
}

/** Rounds of one server and query as one result: CPU summed over all requests, the median round's rate and latencies. */
function combine(rounds) {
  if (rounds.length === 1) return rounds[0];
  const served = rounds.reduce((n, r) => n + r.total, 0);
  const sum = (k) =>
    rounds.some((r) => r[k] === null) ? null : rounds.reduce((n, r) => n + r[k] * r.total, 0) / served;
  const median = [...rounds].sort((x, y) => x.rps - y.rps)[Math.floor(rounds.length / 2)];
  return {
    ...median,
    name: median.name.replace(/ \(round .*\)$/, ''),
    total: served,
    failures: rounds.reduce((n, r) => n + r.failures, 0),
    nodeCpu: sum('nodeCpu'),
    pgCpu: sum('pgCpu'),
    statements: sum('statements'),
    // profiled in the first round only
    profileFile: rounds[0].profileFile,
    profiled: rounds[0].total,
  };
}

const instance = `bench-${process.pid}`;
let db$;
const servers = new Set();
async function cleanup() {
  for (const s of servers) s.kill();
  servers.clear();
  if (db$) {
    await db$.stop();
    db.removeInstance(db$.layout, instance);
    db$ = undefined;
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

async function start(script, serverEnv) {
  const server = await startServer(script, serverEnv);
  servers.add(server);
  return server;
}

// The GraphQL documents both (b) and (c) answer; each query's user is the one it is meant for.
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const TARGET = 'id name uscc regionCode businessCategory grade status';
const INSPECTION = 'id status windowStart windowEnd scheduledOn reportDue target { name } leadDepartment { name }';
const DOCUMENTS = {
  bureau: { user: 'nanle.admin', query: 'query($id: ID!) { bureau(id: $id) { id name divisionCode } }' },
  targets: {
    user: 'yexian.coordinator',
    query: `{ targets(first: 20) { totalCountCapped totalCountOverCap ${PAGE_INFO} edges { cursor node { ${TARGET} } } } }`,
    rows: (d) => d.targets.edges.length,
  },
  myInspections: {
    user: 'yexian.inspector',
    query: `{ myInspections(first: 20) { totalCount ${PAGE_INFO} edges { cursor node { ${INSPECTION} } } } }`,
    rows: (d) => d.myInspections.edges.length,
  },
};

/** Logs in each query's user on the product, and checks (b) answers exactly what (c) answers. */
async function prepareLoads(product, floor) {
  const loads = {};
  for (const q of QUERIES) {
    const doc = DOCUMENTS[q];
    if (!doc) throw new Error(`BENCH_QUERIES: unknown query ${q} (known: ${Object.keys(DOCUMENTS).join(', ')})`);
    const { token } = (
      await gql(
        product.url,
        `mutation { login(input: { username: "${doc.user}", password: "${db.DEMO_PASSWORD}" }) { token } }`,
      )
    ).login;
    const variables =
      q === 'bureau'
        ? { id: (await gql(product.url, '{ me { user { bureauId } } }', undefined, token)).me.user.bureauId }
        : undefined;
    const body = JSON.stringify({ query: doc.query, variables });
    const [c, b] = [await post(product.url, body, token), await post(floor.url, body, token)];
    if (!isDeepStrictEqual(b.data, c.data))
      throw new Error(`${q}: the floor's answer differs from the product's\n(b) ${b.text}\n(c) ${c.text}`);
    if (doc.rows && doc.rows(c.data) === 0) throw new Error(`${q}: the product answers no rows: nothing to measure`);
    loads[q] = { product: { body, token, expected: c.text }, floor: { body, token, expected: b.text } };
    console.log(`${q}: the floor's answer equals the product's (${c.text.length} bytes of JSON)`);
  }
  return loads;
}

const results = {};
let machineAtStart;
try {
  machineAtStart = machine();
  console.log(`machine: ${machineAtStart}`);
  db$ = await db.startEmbeddedPostgres({ instance, log: () => {} });
  await db.migrate(db$.ownerUrl);
  await db.seedDemoData(db$.ownerUrl);
  // As the superuser of the throw-away instance (the seed skips foreign-key triggers then).
  const superUrl = new URL(db$.superUrl);
  superUrl.pathname = new URL(db$.ownerUrl).pathname;
  await db.seedSyntheticInspections(superUrl.toString(), {
    inspections: INSPECTIONS,
    inspectorsPerDepartment: 3,
    linkUsers: ['yexian.inspector'],
  });
  // NODE_ENV=production for all three, as deployed: graphql-js skips its development instanceOf checks.
  const serverEnv = {
    BENCH_APP_URL: db$.appUrl,
    BENCH_JWT_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: env.BENCH_NODE_ENV ?? 'production',
  };
  // All three up at once (an idle server costs nothing), so (b) and (c) of a query run back to back.
  const [hello, floor, product] = [
    await start('./hello-server.mjs', serverEnv),
    await start('./floor-server.mjs', serverEnv),
    await start('./product-server.mjs', serverEnv),
  ];
  const loads = await prepareLoads(product, floor);
  const base = BASE_PRODUCT ? await start(BASE_PRODUCT, serverEnv) : null;
  if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true });
  const profileFile = (who, q) => (PROFILE ? path.join(PROFILE_DIR, `${who}-${q}.cpuprofile`) : undefined);
  const helloText = (await post(hello.url, JSON.stringify({ query: '{ hello }' }))).text;
  results.a = await measure('(a) bare Apollo { hello }', hello, {
    body: JSON.stringify({ query: '{ hello }' }),
    expected: helloText,
  });
  const rounds = Object.fromEntries(QUERIES.map((q) => [q, { b: [], c: [], c0: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    const label = ROUNDS > 1 ? ` (round ${round + 1}/${ROUNDS})` : '';
    const file = (who, q) => (round === 0 ? profileFile(who, q) : undefined);
    for (const q of QUERIES) {
      rounds[q].b.push(await measure(`(b) floor ${q}${label}`, floor, loads[q].floor, file('floor', q)));
      const c = async () =>
        rounds[q].c.push(await measure(`(c) product ${q}${label}`, product, loads[q].product, file('product', q)));
      const c0 = async () =>
        base && rounds[q].c0.push(await measure(`(c0) base product ${q}${label}`, base, loads[q].product));
      // (c) and (c0) take turns going first: whichever follows the floor paid 15–20 % more CPU in
      // runs on a loaded machine (the same build either way), a bias a fixed order puts on one side.
      if (round % 2 === 0) await c().then(c0);
      else await c0().then(c);
    }
  }
  for (const q of QUERIES) {
    results[q] = {
      b: combine(rounds[q].b),
      c: combine(rounds[q].c),
      ...(base ? { c0: combine(rounds[q].c0) } : {}),
    };
  }
} finally {
  await cleanup();
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const ms = (v) => (v === null ? 'n/a' : v.toFixed(2));
const ratio = (x, y) => (x === null || y === null || y === 0 ? null : x / y);
console.log(
  `\npnpm bench: POST /graphql, autocannon ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + about ${DURATION_S} s each,` +
    ` each server in its own process${PROFILE ? ' — PROFILING ON: the profiler slows (b) and (c), ratios skewed' : ''}`,
);
console.log(`machine at start: ${machineAtStart}\nmachine at end:   ${machine()}\n`);
console.log(
  row([
    'query',
    'server',
    'req/s',
    'p50 ms',
    'p99 ms',
    'requests',
    'failures',
    'Node CPU ms/req',
    'PG CPU ms/req',
    'SQL/req',
  ]),
);
console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
const a = results.a;
const cells = (r) => [
  r.rps.toFixed(0),
  r.p50,
  r.p99,
  r.total,
  r.failures,
  ms(r.nodeCpu),
  ms(r.pgCpu),
  r.statements.toFixed(1),
];
console.log(row(['hello', a.name, ...cells(a)]));
const measured = (q) => [results[q].b, results[q].c, ...(results[q].c0 ? [results[q].c0] : [])];
for (const q of QUERIES) for (const r of measured(q)) console.log(row([q, r.name, ...cells(r)]));

console.log(`\n${row(['query', ...Object.values(GOALS).map((g) => `${g.label} (goal ${g.goal})`)])}`);
console.log(row(['---', ...Object.values(GOALS).map(() => '---:')]));
for (const q of QUERIES) {
  const { b, c } = results[q];
  const values = {
    throughput: ratio(c.rps, b.rps),
    nodeCpu: ratio(c.nodeCpu, b.nodeCpu),
    pgCpu: ratio(c.pgCpu, b.pgCpu),
    floor: ratio(b.rps, a.rps),
  };
  const cell = (k) =>
    values[k] === null ? 'n/a' : `${values[k].toFixed(2)} ${GOALS[k].pass(values[k]) ? 'PASS' : 'MISS'}`;
  console.log(row([q, ...Object.keys(GOALS).map(cell)]));
}
for (const q of QUERIES) {
  const { c, c0 } = results[q];
  if (c0) {
    const cpu = ratio(c.nodeCpu, c0.nodeCpu)?.toFixed(2);
    const pg = ratio(c.pgCpu, c0.pgCpu)?.toFixed(2);
    console.log(
      `${q}: (c) ÷ (c0) base product — Node CPU ${cpu}, PG CPU ${pg}, req/s ${ratio(c.rps, c0.rps)?.toFixed(2)}`,
    );
  }
}
console.log(
  'SQL/req: pg Client.query calls per request (the floor: BEGIN with the principal, then the read with its COMMIT,',
  'two round trips). autocannon runs on the same cores as the servers and PostgreSQL; absolute figures drift with',
  'load, ratios less.',
);

if (PROFILE)
  for (const q of QUERIES)
    for (const r of [results[q].c, results[q].b])
      console.log(report(r.profileFile, { requests: r.profiled ?? r.total }));

const all = [a, ...QUERIES.flatMap(measured)];
const failed = all.filter((r) => r.failures > 0);
for (const r of failed) {
  console.error(`\n!!! ${r.name}: ${r.failures} FAILED RESPONSES, its figures are not valid. First bodies:`);
  for (const body of r.bad) console.error(`    ${body}`);
}
if (failed.length) process.exitCode = 1;
