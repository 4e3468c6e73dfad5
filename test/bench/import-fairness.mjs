// pnpm bench, import fairness (issue 12 §3): while one user commits a 100,000-row target import,
// does another user's `{ me }` stay fast, and how much memory does the API take? A second client
// measures `{ me }` idle, then while the import runs; the API's peak RSS is its VmHWM, reset
// before the import (/proc/<pid>/clear_refs), with sampled VmRSS as a fallback.
// The import runs as a background job in the API process (202, then followed with `job(id)`);
// BENCH_IMPORT_SYNC=1 answers it in the upload request instead (DSR_IMPORT_JOB_ROWS out of reach).
// Knobs: BENCH_IMPORT_ROWS (100000), BENCH_IDLE_SECONDS (8), BENCH_ME_PAUSE_MS (10), BENCH_IMPORT_SYNC.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { apiRequire, forkProductServer, pgCpuMs } from './lib.mjs';
import { makeTargetSheet } from './target-sheet.mjs';

const db = apiRequire('@dsr/db');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const IDLE_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 8) * 1000;
const PAUSE_MS = Number(process.env.BENCH_ME_PAUSE_MS ?? 10);
const SYNC = process.env.BENCH_IMPORT_SYNC === '1';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
/** A figure of /proc/<pid>/status in bytes; null when the process is gone. */
const status = (pid, key) => {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) * 1024 : null;
};

/** `{ me }` one at a time (a user clicking, PAUSE_MS apart) until `until()`; latencies in ms. */
async function meLoop(gql, token, until) {
  const times = [];
  while (!until()) {
    const t = performance.now();
    await gql('{ me { sessionId user { displayName } } }', {}, token);
    times.push(performance.now() - t);
    await sleep(PAUSE_MS);
  }
  return times;
}

const instance = `bench-fair-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
let server;
try {
  await db.migrate(pg.ownerUrl);
  await db.seedDemoData(pg.ownerUrl);
  // BENCH_CPU_PROF=<dir>: a CPU profile of the API process (written when it stops).
  const prof = process.env.BENCH_CPU_PROF;
  const execArgv = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [];
  // BENCH_API_NODE_ARGS: more node flags for the API process (e.g. --heapsnapshot-signal=SIGUSR2).
  execArgv.push(...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []));
  const env = { ...process.env, BENCH_JOBS: '1', ...(SYNC ? { DSR_IMPORT_JOB_ROWS: String(10 * ROWS) } : {}) };
  server = await forkProductServer({ appUrl: pg.appUrl, jwtSecret: 'bench-secret-'.padEnd(40, 'x'), execArgv, env });
  const { child, port, gql } = server;
  const login = async (username) =>
    (await gql(`mutation { login(input: { username: "${username}", password: "Demo2026dsr" }) { token } }`)).login
      .token;
  const importer = await login('nanle.coordinator');
  const other = await login('yexian.inspector');
  const file = await makeTargetSheet(ROWS);
  const cpu = () =>
    new Promise((r) => {
      child.once('message', (m) => r((m.cpu.user + m.cpu.system) / 1000));
      child.send('cpu');
    });

  await meLoop(
    gql,
    other,
    (
      (end) => () =>
        performance.now() > end
    )(performance.now() + 1000),
  ); // warm-up
  const idleEnd = performance.now() + IDLE_MS;
  const idle = await meLoop(gql, other, () => performance.now() > idleEnd);

  const rssBefore = status(child.pid, 'VmRSS');
  let hwmReset = true;
  try {
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
  } catch {
    hwmReset = false;
  }
  let sampledPeak = rssBefore;
  child.send('mem-start');
  // BENCH_HEAP_PROF=<file>: every allocation of the API during the import, sampled (a .heapprofile).
  const heapProf = process.env.BENCH_HEAP_PROF;
  const heapProfiled = (what) =>
    new Promise((r) => {
      child.once('message', (m) => r(m.heapProfiled));
      child.send({ heapProfile: what, file: heapProf });
    });
  if (heapProf) await heapProfiled('start');
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, status(child.pid, 'VmRSS') ?? 0)), 50);
  const [cpu0, pg0] = [await cpu(), pgCpuMs(pg.dataDir)];
  let done = false;
  const t0 = performance.now();
  const importing = fetch(`http://127.0.0.1:${port}/import/targets?mode=commit`, {
    method: 'POST',
    body: file,
    headers: {
      authorization: `Bearer ${importer}`,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  })
    .then((res) => res.json())
    .then((body) => (body.data?.jobId ? finished(body.data.jobId) : body))
    .finally(() => (done = true));
  /** The job's answer once it has ended, in the shape of the upload's (`{ data: report }`). */
  const finished = async (id) => {
    for (;;) {
      const { job } = await gql(`{ job(id: "${id}") { state result errors { code message } } }`, {}, importer);
      if (job.state === 'SUCCEEDED') return { data: job.result };
      if (job.state === 'FAILED' || job.state === 'CANCELLED') return { job };
      await sleep(250);
    }
  };
  // BENCH_HEAP_SNAPSHOT_AT=<s>: SIGUSR2 to the API that many seconds into the import (with
  // BENCH_API_NODE_ARGS='--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=<dir>').
  const snapAt = process.env.BENCH_HEAP_SNAPSHOT_AT;
  if (snapAt) setTimeout(() => done || child.kill('SIGUSR2'), Number(snapAt) * 1000);
  const busy = await meLoop(gql, other, () => done);
  const body = await importing;
  if (heapProf) console.log(`heap profile: ${await heapProfiled('stop')}`);
  const mem = await new Promise((r) => {
    child.once('message', (m) => r(m.mem));
    child.send('mem');
  });
  const wall = (performance.now() - t0) / 1000;
  const [importCpu, pgCpu] = [(await cpu()) - cpu0, pgCpuMs(pg.dataDir) - pg0];
  clearInterval(sampler);
  if (!body.data || body.data.inserted !== ROWS)
    throw new Error(`import failed: ${JSON.stringify(body).slice(0, 500)}`);
  const peak = hwmReset ? Math.max(status(child.pid, 'VmHWM'), sampledPeak) : sampledPeak;

  const ratio = pct(busy, 99) / pct(idle, 99);
  console.log(
    `\nmachine: ${cpus()[0].model}, ${cpus().length} cores, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}, Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log(
    `import of ${ROWS} target rows (commit, ${SYNC ? 'in the request' : 'as a job'}): ${wall.toFixed(1)} s, ${Math.round(ROWS / wall)} rows/s,`,
  );
  const perRow = (ms) => `${(ms / 1000).toFixed(1)} s (${((ms / ROWS) * 1000).toFixed(0)} µs/row)`;
  console.log(`  API Node CPU ${perRow(importCpu)}, PostgreSQL CPU ${perRow(pgCpu)} (\`{ me }\` included)`);
  console.log('| `{ me }` from a second client | requests | p50 ms | p99 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, xs] of [
    ['idle', idle],
    ['while the import runs', busy],
  ]) {
    console.log(
      `| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 99).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`,
    );
  }
  console.log(`p99 while importing / p99 idle: ${ratio.toFixed(2)} (goal < 3) ${ratio < 3 ? 'ok' : 'MISSED'}`);
  const mb = peak / 1e6;
  console.log(
    `API peak RSS during the import: ${mb.toFixed(0)} MB (${hwmReset ? 'VmHWM after reset' : 'sampled every 50 ms'}, ` +
      `${(rssBefore / 1e6).toFixed(0)} MB before; goal < 400) ${mb < 400 ? 'ok' : 'MISSED'}`,
  );
  const peaks = Object.entries(mem).map(([k, v]) => `${k} ${(v / 1e6).toFixed(0)}`);
  console.log(`  process.memoryUsage() peaks, MB (sampled every 50 ms): ${peaks.join(', ')}`);
} finally {
  server?.child.send('stop');
  if (server) await new Promise((r) => server.child.once('exit', r));
  await pg.stop();
  db.removeInstance(pg.layout, instance);
}
