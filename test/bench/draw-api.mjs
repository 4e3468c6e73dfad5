// pnpm bench, part 4: a draw end to end through the API (issue 4). 100,000 targets in 叶县's
// directory, 60 inspectors in two departments, an acknowledged plan; commitDraw (snapshot from
// the database) and runDraw are timed over HTTP against the product in its own process.
// Baseline in the same run: a plain `{ me { sessionId } }` request, the floor of any API call.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { forkProductServer } from './lib.mjs';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const TARGETS = Number(process.env.BENCH_DRAW_API_TARGETS ?? 100_000);
const TRADES = [
  'HOTEL',
  'INTERNET_CAFE',
  'ENTERTAINMENT',
  'PRECURSOR_CHEMICALS',
  'SECURITY_SERVICE',
  'SEAL_ENGRAVING',
  'PAWN',
  'SCRAP_METAL',
  'LOCKSMITH',
  'LOGISTICS',
];

const instance = `bench-draw-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let child;
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  await db.seedSyntheticTargets(pg.ownerUrl, '410422', TARGETS);
  const owner = new pgLib.Client({ connectionString: pg.ownerUrl });
  await owner.connect();
  const { rows: departments } = await owner.query(
    `select d.id, d.name, b.id as bureau_id, b.tenant_id from department d join bureau b on b.id = d.bureau_id
      where b.division_code = '410422' and d.name in ('治安大队', '网安大队') order by d.name`,
  );
  for (const d of departments) {
    await owner.query(
      `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until)
      select gen_random_uuid(), $1, $2, '41.4104.410422', $3, $4 || n, 'M', $4 || n, $4 || n, '2035-12-31' from generate_series(1, 30) n`,
      [d.tenant_id, d.bureau_id, d.id, d.name],
    );
  }
  await owner.end();

  const secret = 'bench-secret-'.padEnd(40, 'x');
  let gql;
  let port;
  ({ child, gql, port } = await forkProductServer({
    appUrl: pg.appUrl,
    jwtSecret: secret,
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  }));
  const login = async (u) =>
    (await gql('mutation($u: String!) { login(input: { username: $u, password: "Demo2026dsr" }) { token } }', { u }))
      .login.token;
  const office = await login('yexian.coordinator');
  const legal = await login('yexian.legal');
  const city = await login('pingdingshan.coordinator');
  const [zhian, wangan] = departments.map((d) => d.id);
  const V = 'itemVersion { id version }';
  let v = (
    await gql(
      `mutation($i: CreateItemInput!) { createItem(input: $i) { ${V} } }`,
      {
        i: {
          content: {
            name: '治安重点行业联合抽查',
            legalBasis: [{ law: '《旅馆业治安管理办法》' }],
            departmentId: zhian,
            targetType: '重点行业场所',
            businessCategories: TRADES,
            category: 'GENERAL',
            samplingRatioBp: 500,
            frequencyPerYear: 1,
            methods: ['ON_SITE'],
          },
        },
      },
      office,
    )
  ).createItem.itemVersion;
  v = (
    await gql(
      `mutation($i: ItemVersionActionInput!) { submitItem(input: $i) { ${V} } }`,
      { i: { versionId: v.id, version: v.version } },
      office,
    )
  ).submitItem.itemVersion;
  v = (
    await gql(
      `mutation($i: ReviewItemInput!) { reviewItem(input: $i) { ${V} } }`,
      { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } },
      legal,
    )
  ).reviewItem.itemVersion;
  v = (
    await gql(
      `mutation($i: ItemVersionActionInput!) { publishItem(input: $i) { ${V} } }`,
      { i: { versionId: v.id, version: v.version } },
      office,
    )
  ).publishItem.itemVersion;
  const plan = (
    await gql(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { id } } }',
      { i: { year: 2027, title: '基准计划', kind: 'BUREAU' } },
      office,
    )
  ).createPlan.plan;
  const task = (
    await gql(
      'mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id } } }',
      {
        i: {
          planId: plan.id,
          task: {
            name: '联合抽查',
            itemVersionIds: [v.id],
            departmentIds: [zhian, wangan],
            joint: true,
            ratioBp: 500,
            timesPerYear: 1,
            teamSize: 3,
            requiredDepartmentIds: [zhian, wangan],
          },
        },
      },
      office,
    )
  ).addPlanTask.task;
  const round = (
    await gql(
      'mutation($i: AddPlanRoundInput!) { addPlanRound(input: $i) { round { id } } }',
      { i: { taskId: task.id, windowStart: '2027-03-01', windowEnd: '2027-03-31' } },
      office,
    )
  ).addPlanRound.round;
  const version = (await gql('query($id: ID!) { plan(id: $id) { version } }', { id: plan.id }, office)).plan;
  const parent = (await gql('{ me { user { bureau { parentId } } } }', {}, office)).me.user.bureau.parentId;
  const filing = (
    await gql(
      'mutation($i: FilePlanInput!) { filePlan(input: $i) { filing { id } } }',
      { i: { planId: plan.id, version: version.version, toBureauId: parent } },
      office,
    )
  ).filePlan.filing;
  await gql(
    'mutation($i: AcknowledgePlanFilingInput!) { acknowledgePlanFiling(input: $i) { filing { id } } }',
    { i: { filingId: filing.id } },
    city,
  );

  const time = async (f) => {
    const t = process.hrtime.bigint();
    const r = await f();
    return [Number(process.hrtime.bigint() - t) / 1e6, r];
  };
  const floor = [];
  for (let k = 0; k < 20; k++) floor.push((await time(() => gql('{ me { sessionId } }', {}, office)))[0]);
  floor.sort((a, b) => a - b);
  const [commitMs, committed] = await time(() =>
    gql(
      'mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id targetCount eligibleInspectorCount } } }',
      { i: { roundId: round.id, beaconSource: 'NONE' } },
      office,
    ),
  );
  const drawId = committed.commitDraw.draw.id;
  const [runMs, ran] = await time(() =>
    gql('mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { n resultDigest } } }', { i: { drawId } }, office),
  );
  const [verifyMs, verified] = await time(() =>
    gql('query($id: ID!) { verifyDraw(id: $id) { ok } }', { id: drawId }, office),
  );
  if (!verified.verifyDraw.ok) throw new Error('verification failed');

  // The public record (issue 14): the DRAW_RESULT publication as a visitor gets it — the download
  // route and the portal's publishedDraw query — against reading the same document's bytes through
  // pg as dsr_public (the floor of any way to hand them over). 20 times each, interleaved.
  const base = `http://127.0.0.1:${port}`;
  let coldCache = null; // the first download's X-Record-Cache (hit: encoded as the run's transaction committed)
  const download = async () => {
    const res = await fetch(`${base}/public/draws/${drawId}/record.json`);
    if (res.status !== 200) throw new Error(`record.json: ${res.status} ${(await res.text()).slice(0, 300)}`);
    coldCache ??= res.headers.get('x-record-cache') ?? 'not reported';
    return Buffer.from(await res.arrayBuffer());
  };
  const portal = async () => {
    const res = await fetch(`${base}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { publishedDraw(id: $id) { recordUrl result { document documentSha256 } } }',
        variables: { id: drawId },
      }),
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`publishedDraw: ${text.slice(0, 300)}`);
    return text;
  };
  const reader = new pgLib.Client({ connectionString: pg.appUrl });
  await reader.connect();
  const bytes = async () => {
    await reader.query('begin read only; set local role dsr_public');
    const { rows } = await reader.query(
      `select document::text as text from publication where subject_id = $1 and kind = 'DRAW_RESULT' and status = 'PUBLISHED'`,
      [drawId],
    );
    await reader.query('commit');
    if (!rows[0]) throw new Error('no published DRAW_RESULT');
    return rows[0].text;
  };
  // The first download: encoded since the run committed (this process's public side), or encoded by it (a build
  // before that, or another process); later ones are served from the cache.
  const [coldMs, coldBody] = await time(download);
  JSON.parse(coldBody.toString('utf8')); // the download is the record's JSON
  const etag = (await fetch(`${base}/public/draws/${drawId}/record.json`, { method: 'HEAD' })).headers.get('etag');
  const revalidate = async () => {
    // A Cache-Control of our own: fetch adds `no-cache` to a request with If-None-Match (the Fetch standard's
    // no-store mode), and a server must then answer in full — the revalidation would never be a 304.
    const headers = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const res = await fetch(`${base}/public/draws/${drawId}/record.json`, { headers });
    if (res.status !== 304)
      throw new Error(`record.json with If-None-Match ${etag}: ${res.status}, ETag ${res.headers.get('etag')}`);
    return Buffer.from(await res.arrayBuffer());
  };
  const publicCheck = await fetch(`${base}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($id: ID!) { verifyPublishedDraw(id: $id) { ok } }',
      variables: { id: drawId },
    }),
  }).then((r) => r.json());
  if (!publicCheck.data?.verifyPublishedDraw.ok) throw new Error(`published record: ${JSON.stringify(publicCheck)}`);
  const cases = [
    { name: 'baseline: the DRAW_RESULT document read through pg (dsr_public)', f: bytes, ms: [] },
    { name: 'GET /public/draws/:id/record.json (download)', f: download, ms: [] },
    { name: 'the same, repeated with If-None-Match (304)', f: revalidate, ms: [] },
    { name: 'publishedDraw(id) { result { document } } on /public/graphql', f: portal, ms: [] },
  ];
  for (let k = 0; k < 22; k++) {
    for (const c of cases) {
      const [ms, out] = await time(c.f);
      c.size = out.length;
      if (k >= 2) c.ms.push(ms); // two of warm-up
    }
  }
  await reader.end();
  const median = floor[10];
  console.log(
    `\ndraw through the API — ${committed.commitDraw.draw.targetCount.toLocaleString()} targets, ${committed.commitDraw.draw.eligibleInspectorCount} inspectors, ${ran.runDraw.draw.n} drawn (${cpus().length}× ${cpus()[0].model}, Node ${process.version})`,
  );
  console.log(`  baseline { me { sessionId } }: ${median.toFixed(1)} ms (median of 20)`);
  console.log(`  commitDraw (snapshot from the database): ${(commitMs / 1000).toFixed(2)} s`);
  console.log(`  runDraw (draw, selections, dispatch): ${(runMs / 1000).toFixed(2)} s`);
  console.log(`  verifyDraw: ${(verifyMs / 1000).toFixed(2)} s`);
  console.log(
    `  commit + run: ${((commitMs + runMs) / 1000).toFixed(2)} s (goal: a round over 100,000 targets under 10 s)`,
  );
  console.log(`\n  the public record of this draw, 20 times each (load average ${loadavg()[0].toFixed(2)}):`);
  console.log(
    `  first download (X-Record-Cache: ${coldCache}): ${coldMs.toFixed(0)} ms, ${coldBody.length.toLocaleString()} bytes`,
  );
  console.log('  | request | bytes | median ms | max ms | median ÷ baseline | max < 1 s |');
  console.log('  | --- | ---: | ---: | ---: | ---: | --- |');
  const med = (c) => [...c.ms].sort((a, b) => a - b)[c.ms.length >> 1];
  for (const c of cases) {
    const max = Math.max(...c.ms);
    console.log(
      `  | ${c.name} | ${c.size.toLocaleString()} | ${med(c).toFixed(0)} | ${max.toFixed(0)} | ${(med(c) / med(cases[0])).toFixed(2)} | ${c === cases[0] ? '' : max < 1000 ? 'yes' : 'NO'} |`,
    );
  }

  // The first download in a process that did not publish the draw (`pnpm start` again, or a second API process),
  // three times each way: before migration 0043 it built the record (read the document, parse, canonical JSON);
  // now it reads the bytes the publishing process stored. "Before" is the same record with its stored row taken
  // away (as the superuser, past the table's no-delete trigger: the bench's doing, never the product's); that
  // process then builds and stores it again, and the next one reads it as stored. Against, in the same rounds,
  // the document and the stored row read through pg by a new connection as dsr_public.
  const owner2 = new pgLib.Client({ connectionString: pg.ownerUrl });
  await owner2.connect();
  const storedRow = async () =>
    (
      await owner2.query(
        `select r.bytes, length(r.gzipped) as gzipped from published_record r join publication p on p.id = r.publication_id
          where p.subject_id = $1 and p.status = 'PUBLISHED' and p.kind = 'DRAW_RESULT'`,
        [drawId],
      )
    ).rows[0];
  const untilStored = async () => {
    for (let k = 0; k < 300 && !(await storedRow()); k++) await new Promise((r) => setTimeout(r, 100));
    const row = await storedRow();
    if (!row) throw new Error('the record was not stored');
    return row;
  };
  const kept = await untilStored(); // by the publishing process, after the run's commit
  const stop = async (c) => {
    c.send('stop');
    await new Promise((r) => c.once('exit', r));
  };
  await stop(child);
  child = undefined;
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const superuser = new pgLib.Client({ connectionString: superUrl.href });
  await superuser.connect();
  const firstRead = async (sql) => {
    const c = new pgLib.Client({ connectionString: pg.appUrl });
    const [ms] = await time(async () => {
      await c.connect();
      await c.query('begin read only; set local role dsr_public');
      const { rows } = await c.query(sql, [drawId]);
      await c.query('commit');
      if (!rows[0]) throw new Error(`nothing read: ${sql}`);
    });
    await c.end();
    return ms;
  };
  // warm: the process first answers one other request (a record that does not exist: 404), as a restarted server
  // has usually answered something (the web app, a look-up) before this draw's record is asked for.
  const firstDownload = async (warm = false) => {
    const server = await forkProductServer({ appUrl: pg.appUrl, jwtSecret: secret });
    try {
      const url = `http://127.0.0.1:${server.port}/public/draws/${drawId}/record.json`;
      if (warm) {
        const [ms, status] = await time(async () => (await fetch(url.replace(drawId, randomUUID()))).status);
        if (status !== 404) throw new Error(`a record that does not exist: ${status}`);
        rounds.warmup.push(ms);
      }
      const [ms, res] = await time(async () => {
        const r = await fetch(url);
        const body = Buffer.from(await r.arrayBuffer());
        return { status: r.status, cache: r.headers.get('x-record-cache'), body };
      });
      if (res.status !== 200 || !res.body.equals(coldBody)) throw new Error(`another process's record: ${res.status}`);
      await untilStored(); // a build stores in the background: let it finish before the process stops
      return [ms, res.cache];
    } finally {
      await stop(server.child);
    }
  };
  const rounds = { build: [], stored: [], warmup: [], storedWarm: [], document: [], row: [] };
  const seen = new Set();
  for (let k = 0; k < 3; k++) {
    await superuser.query(
      `begin; set local session_replication_role = replica;
       delete from published_record where publication_id in (select id from publication where subject_id = '${drawId}');
       commit`,
    );
    let [ms, cache] = await firstDownload();
    rounds.build.push(ms);
    seen.add(`before: ${cache}`);
    [ms, cache] = await firstDownload();
    rounds.stored.push(ms);
    seen.add(`after: ${cache}`);
    rounds.storedWarm.push((await firstDownload(true))[0]);
    rounds.document.push(
      await firstRead(
        `select document::text from publication where subject_id = $1 and kind = 'DRAW_RESULT' and status = 'PUBLISHED'`,
      ),
    );
    rounds.row.push(
      await firstRead(`select r.gzipped from published_record r join publication p on p.id = r.publication_id
        where p.subject_id = $1 and p.kind = 'DRAW_RESULT' and p.status = 'PUBLISHED'`),
    );
  }
  await superuser.end();
  await owner2.end();
  const ms3 = (a) => `${a.map((x) => x.toFixed(0)).join(', ')} ms`;
  console.log(
    `\n  first download in a process that did not publish the draw (3 restarts each; X-Record-Cache ${[...seen].join(', ')}; load average ${loadavg()[0].toFixed(2)}):`,
  );
  console.log(
    `  record: ${kept.bytes.toLocaleString()} bytes, stored as ${Number(kept.gzipped).toLocaleString()} bytes of gzip`,
  );
  console.log(`  | first download | ms (3 processes) | max < 1 s |`);
  console.log(`  | --- | ---: | --- |`);
  console.log(
    `  | before 0043: built from the document (miss) | ${ms3(rounds.build)} | ${Math.max(...rounds.build) < 1000 ? 'yes' : 'NO'} |`,
  );
  console.log(
    `  | now: the stored bytes (stored) | ${ms3(rounds.stored)} | ${Math.max(...rounds.stored) < 1000 ? 'yes' : 'NO'} |`,
  );
  console.log(
    `  | now, after one other request in that process (a 404: ${ms3(rounds.warmup)}) | ${ms3(rounds.storedWarm)} | ${Math.max(...rounds.storedWarm) < 1000 ? 'yes' : 'NO'} |`,
  );
  console.log(`  | baseline: the document read through pg (new connection) | ${ms3(rounds.document)} | |`);
  console.log(`  | baseline: the stored row read through pg (new connection) | ${ms3(rounds.row)} | |`);
} catch (e) {
  // Shown before the shutdown below: the bench's own clients then fail too and would hide it.
  console.error('draw-api bench failed:', e);
  process.exitCode = 1;
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
