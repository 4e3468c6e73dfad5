// pnpm bench, part 2: importing the target directory (issue 3). A 100,000-row .xlsx with
// Chinese headers is made here, then validated and imported through the real HTTP endpoint by
// the product running in its own process; wall time and the API process's peak memory are printed.
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const domain = apiRequire('@dsr/domain');
const ExcelJS = apiRequire('exceljs');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

function uscc(n) {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${domain.organisationCodeCheckChar(body)}`;
  return first17 + domain.usccCheckChar(first17);
}

async function makeSheet(rows) {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('检查对象');
  ws.addRow([
    '名称',
    '类型',
    '统一社会信用代码',
    '登记机关',
    '法定代表人',
    '注册地址',
    '区域代码',
    '行业类别',
    '等级',
    '联系电话',
    '管理部门',
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      `南乐县第${i}号宾馆`,
      '单位',
      uscc(i),
      '南乐县市场监督管理局',
      '王五',
      `南乐县城关镇${i}号`,
      '410923',
      '旅馆业',
      'B',
      '0393-1234567',
      '治安大队',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

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
  let t0 = Date.now();
  const file = await makeSheet(ROWS);
  console.log(
    `sheet: ${ROWS} rows, ${(file.length / 1e6).toFixed(1)} MB, made in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
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
