// pnpm bench, part 3: a filtered page of the target list over 1,000,000 targets (issue 3), one
// client, sequential requests through the product's HTTP API; p50/p99 per filter.
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const TARGETS = Number(process.env.BENCH_TARGETS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 200);

const instance = `bench-search-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let child;
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  let t0 = Date.now();
  await db.seedSyntheticTargets(pg.ownerUrl, '410923', TARGETS);
  console.log(`seeded ${TARGETS} targets in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  child = fork(new URL('./product-server.mjs', import.meta.url), {
    env: { ...process.env, BENCH_APP_URL: pg.appUrl, BENCH_JWT_SECRET: 'bench-secret-'.padEnd(40, 'x') },
    stdio: 'inherit',
  });
  const port = await new Promise((r) => child.on('message', (m) => m.port && r(m.port)));
  const gql = async (query, variables, token) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (username) =>
    (
      await gql('mutation($u: String!) { login(input: { username: $u, password: "Demo2026dsr" }) { token } }', {
        u: username,
      })
    ).login.token;
  const county = await login('nanle.coordinator');
  const city = await login('puyang.admin');
  // The list page asks for the capped count (what a list shows: "10000+"); the exact totalCount
  // is measured too, as a second line, since a client may still ask for it.
  const counts = {
    capped: 'totalCountCapped totalCountOverCap',
    exact: 'totalCount',
  };
  const page = (count) =>
    `query($f: TargetFilter, $n: Int) { targets(first: $n, filter: $f) { ${count} edges { node { id name uscc regionCode grade } } pageInfo { endCursor } } }`;
  const filters = [
    ['name contains 迎宾华联', { nameContains: '迎宾华联' }],
    ['name contains 迎宾 (two characters, 121,105 matches)', { nameContains: '迎宾' }],
    ['region + trade', { regionCode: '410923105', businessCategory: 'INTERNET_CAFE' }],
    ['trade + grade A', { businessCategory: 'HOTEL', grade: 'A' }],
    ['credit code (exact)', { code: db.syntheticUscc('410923', 123456) }],
    ['no filter (status ACTIVE)', { status: 'ACTIVE' }],
    ['region + trade, city user (濮阳)', { regionCode: '410923105', businessCategory: 'INTERNET_CAFE' }, city],
  ];
  console.log(
    `\nmachine: ${cpus()[0].model}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()[0].toFixed(2)} at start`,
  );
  console.log(
    `| filtered page of 20 over ${TARGETS} targets, one client | count asked | p50 ms | p99 ms | rows matching |`,
  );
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const [name, f, token = county] of filters) {
    for (const [kind, fields] of Object.entries(counts)) {
      const times = [];
      let total = 0;
      for (let i = 0; i < REQUESTS + 10; i++) {
        const t = performance.now();
        const d = await gql(page(fields), { f, n: 20 }, token);
        if (i >= 10) times.push(performance.now() - t); // the first ten warm up
        total =
          kind === 'exact'
            ? d.targets.totalCount
            : `${d.targets.totalCountCapped}${d.targets.totalCountOverCap ? '+' : ''}`;
      }
      times.sort((a, b) => a - b);
      const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      console.log(`| ${name} | ${kind} | ${q(0.5)} | ${q(0.99)} | ${total} |`);
    }
  }
  console.log('target: p99 under 50 ms (issue 3)');
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
