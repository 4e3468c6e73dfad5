// pnpm bench, part 2: importing the target directory (issue 3). A 100,000-row .xlsx with
// Chinese headers is made here, then validated and imported through the real HTTP endpoint by
// the product running in its own process; wall time and the API process's peak memory are printed.
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { makeTargetSheet } from './target-sheet.mjs';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

const instance = `bench-import-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let child;
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  const secret = 'bench-secret-'.padEnd(40, 'x');
  child = fork(new URL('./product-server.mjs', import.meta.url), {
    env: { ...process.env, BENCH_APP_URL: pg.appUrl, BENCH_JWT_SECRET: secret },
    stdio: 'inherit',
  });
  const port = await new Promise((r) => child.on('message', (m) => m.port && r(m.port)));
  const base = `http://127.0.0.1:${port}`;
  const login = await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { username: "nanle.coordinator", password: "Demo2026dsr" }) { token } }',
      }),
    })
  ).json();
  const token = login.data.login.token;
  const file = await makeTargetSheet(ROWS);
  const rss = async () =>
    new Promise((r) => {
      child.once('message', (m) => r(m.rss));
      child.send('rss');
    });
  const run = async (query) => {
    const t = Date.now();
    const res = await fetch(`${base}/import/targets?${query}`, {
      method: 'POST',
      body: file,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
    const body = await res.json();
    const secs = (Date.now() - t) / 1000;
    if (!body.data || body.data.errorCount !== 0)
      throw new Error(`import ${query} failed: ${JSON.stringify(body).slice(0, 500)}`);
    return { secs, body: body.data, rss: await rss() };
  };
  const v = await run('mode=validate');
  const c = await run('mode=commit');
  // Issue 10: the same file again with duplicates=update changes nothing: no new version, no audit entry.
  const u = await run('mode=commit&duplicates=update');
  if (u.body.updated !== 0 || u.body.unchanged !== ROWS)
    throw new Error(`unchanged re-import wrote rows: ${JSON.stringify(u.body).slice(0, 300)}`);
  console.log(
    `\nmachine: ${cpus()[0].model}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log('| import of the target directory | rows | seconds | rows/s | API peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| validate only | ${v.body.rows} | ${v.secs.toFixed(1)} | ${Math.round(v.body.rows / v.secs)} | ${(v.rss / 1e6).toFixed(0)} |`,
  );
  console.log(
    `| commit (all or nothing) | ${c.body.inserted} | ${c.secs.toFixed(1)} | ${Math.round(c.body.inserted / c.secs)} | ${(c.rss / 1e6).toFixed(0)} |`,
  );
  console.log(
    `| same file, duplicates=update (${u.body.unchanged} unchanged, ${u.body.updated} updated) | ${u.body.rows} | ${u.secs.toFixed(1)} | ${Math.round(u.body.rows / u.secs)} | ${(u.rss / 1e6).toFixed(0)} |`,
  );
  console.log('targets: validate under 30 s, commit under 60 s, API memory under 1 GiB (issue 3)');
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
