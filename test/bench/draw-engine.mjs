// pnpm bench, part 3: the draw engine alone (issue 4). 1,000,000 targets in 100 strata at 5%
// with 2,000 inspectors: draw (snapshot digest included) and offline verification (the replay in a
// worker thread beside the pool digest, as the CLI and the GraphQL verifyDraw run it).
// Baseline in the same run: JSON.stringify of the same targets, the least any verifier must do.
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const domain = apiRequire('@dsr/domain');
const TARGETS = Number(process.env.BENCH_DRAW_TARGETS ?? 1_000_000);
const RUNS = 3;

const hex = (n, width) => n.toString(16).padStart(width, '0');
const uuid = (n) => `0193${hex(n >>> 16, 4)}-${hex(n & 0xffff, 4)}-7000-8000-${hex(n, 12)}`;
const targets = Array.from({ length: TARGETS }, (_, i) => ({
  id: uuid(i),
  stratum: `4104${String(i % 100).padStart(2, '0')}`,
  weight: [10, 10, 10, 15, 7, 20][i % 6],
  inCycle: i % 4 === 0,
  excluded: i % 97 === 0 ? '已注销' : null,
}));
const inspectors = Array.from({ length: 2000 }, (_, i) => ({ id: uuid(10_000_000 + i), department: `dept-${i % 8}` }));
const conflicts = Array.from({ length: 1000 }, (_, i) => [
  inspectors[(i * 7) % 2000].id,
  targets[(i * 997) % TARGETS].id,
]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const snapshot = {
  algorithm: 'dsr-draw/1',
  drawId: 'bench-draw',
  ratioBp: 500,
  teamSize: 3,
  departments: ['dept-0', 'dept-1'],
  targets,
  inspectors,
  conflicts,
};
const nonce = 'a1'.repeat(32);

// Wall time and the process's CPU time (all threads: verification uses a worker thread for big draws).
const ms = async (f) => {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = await f();
  const used = process.cpuUsage(cpu);
  return [Number(process.hrtime.bigint() - t) / 1e6, value, (used.user + used.system) / 1000];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timings = { base: [], commit: [], draw: [], full: [], verify: [] };
const take = async (name, f) => {
  const [wall, value, cpu] = await ms(f);
  timings[name].push([wall, cpu]);
  return value;
};
let outcome;
for (let k = 0; k < RUNS; k++) {
  await take('base', () => JSON.stringify(targets).length);
  const poolDigest = await take('commit', () => domain.snapshotDigest(snapshot));
  outcome = await take('draw', () => domain.drawWithPoolDigest(snapshot, poolDigest, nonce, 'bench'));
  await take('full', () => domain.runDraw(snapshot, nonce, 'bench'));
  const record = {
    snapshot,
    nonce,
    beacon: 'bench',
    commitment: domain.commitmentOf(nonce),
    poolDigest: outcome.poolDigest,
    result: outcome.result,
    resultDigest: outcome.resultDigest,
  };
  const verdict = await take('verify', () => domain.verifyDrawRecordAsync(record));
  if (!verdict.ok) throw new Error('verification failed');
}
console.log(
  `\ndraw engine — ${TARGETS.toLocaleString()} targets, 100 strata, 5%, 2,000 inspectors, team of 3 (${cpus().length}× ${cpus()[0].model}, Node ${process.version}, load ${loadavg()[0].toFixed(2)})`,
);
console.log(`  selected ${outcome.result.selections.length}, median of ${RUNS} runs (wall, and CPU of all threads):`);
const wall = (name) => median(timings[name].map(([w]) => w));
const cpu = (name) => median(timings[name].map(([, c]) => c));
console.log(`  baseline JSON.stringify(targets): ${wall('base').toFixed(0)} ms  (CPU ${cpu('base').toFixed(0)} ms)`);
const line = (label, name) =>
  console.log(
    `  ${label}: ${wall(name).toFixed(0)} ms  (${(wall(name) / wall('base')).toFixed(2)}× baseline; ` +
      `CPU ${cpu(name).toFixed(0)} ms, ${(cpu(name) / cpu('base')).toFixed(2)}×)`,
  );
line('commit: pool digest of the snapshot (DRAW.md §1.1)', 'commit');
line('draw from the committed digest: seed, targets, teams, result digest (§1.2)', 'draw');
line('both in one call (runDraw)', 'full');
line('verify: commitment, pool digest, result digest, replay (§1.3)', 'verify');
