// pnpm bench: the cost of the product's hot read against (a) a bare Apollo hello-world and
// (b) the hand-written floor of the same query. All three in one run on one machine, each
// server alone in its own child process, same autocannon settings, every response body checked.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import autocannon from 'autocannon';
import { pgCpuMs } from './lib.mjs';

const require = createRequire(import.meta.url);
const {
  startEmbeddedPostgres,
  removeInstance,
  migrate,
  seedDemoData,
  DEMO_PASSWORD,
} = require('../../packages/db/dist');

const CONNECTIONS = 50;
const WARMUP_S = 2;
const DURATION_S = 10;

const machine =
  `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.availableParallelism()} cores, Node ${process.version}, ` +
  `${os.platform()} ${os.arch()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC` +
  `, load average ${os.loadavg()[0].toFixed(2)} at start`; // others' work on the machine skews the figures

/** Forks a server script and resolves once it listens. */
function startServer(script, env) {
  const child = fork(new URL(script, import.meta.url), { env: { ...process.env, ...env }, stdio: 'inherit' });
  const exited = new Promise((r) => child.once('exit', r));
  const reply = (key) =>
    new Promise((resolve) => {
      const on = (m) => {
        if (m?.[key] !== undefined) {
          child.off('message', on);
          resolve(m[key]);
        }
      };
      child.on('message', on);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    exited.then((code) => reject(new Error(`${script} exited (${code}) before listening`)));
    reply('port').then((port) =>
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        cpuMs: async () => {
          const p = reply('cpu');
          child.send('cpu');
          const { user, system } = await p;
          return (user + system) / 1000;
        },
        stop: async () => {
          if (child.connected) child.send('stop');
          await exited;
        },
        kill: () => child.exitCode === null && child.kill('SIGKILL'),
      }),
    );
  });
}

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors || !body.data) throw new Error(`${url}: ${JSON.stringify(body)}`);
  return body.data;
}

/**
 * Warm-up then measurement, same connections. A response counts as a failure when it is not
 * 2xx, errors or times out, or when its body fails `ok` (missing data, or "errors").
 */
async function measure(name, server, { body, token, ok }) {
  const bad = [];
  const opts = {
    url: server.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    verifyBody: (b) => ok(b) || (bad.length < 3 && bad.push(b.slice(0, 300)), false),
  };
  // One request on its own, before and after the load: a wrong body stops the run instead of
  // being timed. The one after also queues behind the requests autocannon abandons at its
  // deadline, so the server is idle when it is stopped.
  const check = async () => {
    const text = await (await fetch(server.url, { method: 'POST', headers: opts.headers, body })).text();
    if (!ok(text)) throw new Error(`${name}: unexpected response ${text}`);
  };
  await check();
  process.stdout.write(`${name}: warm-up ${WARMUP_S} s, measuring ${DURATION_S} s …\n`);
  const warm = await autocannon({ ...opts, duration: WARMUP_S });
  const [node0, pg0] = [await server.cpuMs(), pgCpuMs(db.dataDir)];
  const r = await autocannon(opts);
  const [node1, pg1] = [await server.cpuMs(), pgCpuMs(db.dataDir)];
  await check();
  const failures = [warm, r].reduce((n, x) => n + x.errors + x.timeouts + x.non2xx + x.mismatches, 0);
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    failures,
    bad,
    nodeCpu: (node1 - node0) / r.requests.total,
    pgCpu: pg0 === null || pg1 === null ? null : (pg1 - pg0) / r.requests.total,
  };
}

const instance = `bench-${process.pid}`;
let db;
const servers = new Set();
async function cleanup() {
  for (const s of servers) s.kill();
  if (db) {
    await db.stop();
    removeInstance(db.layout, instance);
    db = undefined;
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

async function run(script, env, work) {
  const server = await startServer(script, env);
  servers.add(server);
  try {
    return await work(server);
  } finally {
    await server.stop();
    servers.delete(server);
  }
}

const results = {};
try {
  console.log(`machine: ${machine}`);
  db = await startEmbeddedPostgres({ instance, log: () => {} });
  await migrate(db.ownerUrl);
  await seedDemoData(db.ownerUrl);
  const env = { BENCH_APP_URL: db.appUrl, BENCH_JWT_SECRET: randomBytes(32).toString('hex') };

  // (c) first: its login mutation makes the session (and token) the floor then reuses, since
  // the floor runs with the same secret and checks the same session row.
  const bureauQuery = 'query($id: ID!) { bureau(id: $id) { id name divisionCode } }';
  let token, bureauId;
  const bureauLoad = () => ({
    token,
    body: JSON.stringify({ query: bureauQuery, variables: { id: bureauId } }),
    ok: (b) => b.includes(`"id":"${bureauId}"`) && b.includes('"name"') && !b.includes('"errors"'),
  });
  results.c = await run('./product-server.mjs', env, async (server) => {
    ({
      login: { token },
    } = await gql(
      server.url,
      `mutation { login(input: { username: "nanle.admin", password: "${DEMO_PASSWORD}" }) { token } }`,
    ));
    ({
      me: {
        user: { bureauId },
      },
    } = await gql(server.url, '{ me { user { bureauId } } }', undefined, token));
    return measure('(c) product', server, bureauLoad());
  });
  results.a = await run('./hello-server.mjs', env, (server) =>
    measure('(a) bare Apollo { hello }', server, {
      body: JSON.stringify({ query: '{ hello }' }),
      ok: (b) => b.includes('"hello":"world"') && !b.includes('"errors"'),
    }),
  );
  results.b = await run('./floor-server.mjs', env, (server) => measure('(b) hand-written floor', server, bureauLoad()));
} finally {
  await cleanup();
}

const { a, b, c } = results;
const row = (cells) => `| ${cells.join(' | ')} |`;
const ms = (v) => (v === null ? 'n/a' : v.toFixed(2));
console.log(
  `\npnpm bench: POST /graphql, autocannon ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s, each server alone in its own process`,
);
console.log(`machine: ${machine}\n`);
console.log(
  row(['server', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures', 'server CPU ms/req', 'PostgreSQL CPU ms/req']),
);
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const r of [a, b, c])
  console.log(row([r.name, r.rps.toFixed(0), r.p50, r.p99, r.total, r.failures, ms(r.nodeCpu), ms(r.pgCpu)]));
console.log(`\nc/a = ${(c.rps / a.rps).toFixed(2)}   c/b = ${(c.rps / b.rps).toFixed(2)}   (ratios of req/s)`);
console.log('autocannon runs on the same cores as the server and PostgreSQL; absolute figures drift, ratios less.');

const failed = [a, b, c].filter((r) => r.failures > 0);
for (const r of failed) {
  console.error(`\n!!! ${r.name}: ${r.failures} FAILED RESPONSES, its figures are not valid. First bodies:`);
  for (const body of r.bad) console.error(`    ${body}`);
}
if (failed.length) process.exitCode = 1;
