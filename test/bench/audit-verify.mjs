// pnpm bench, part 6: the audit chain check at 1,000,000 entries (issue 10, R33). One tenant
// chain (平顶山市) of 1,000,000 entries shaped like an import's, then, in the same run:
//   baseline (a) reading the rows alone (every column, no hashing) as the owner;
//   baseline (b) the verifier before issue 10 (rows as objects, canonical JSON rebuilt per entry,
//                batches of 2,000) on the first 100,000 entries, scaled to the chain;
//   verifyAuditChain(full: true) through the API (the city administrator, row-level security on);
//   verifyAuditChain again after one new entry (starts after the verified checkpoint);
//   pnpm audit:verify --full (the CLI, as the owner) and its repeat.
// Goal: the full check under 10 s; the repeated check near-instant.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { generateKeyPairSync } from 'node:crypto';
import { forkProductServer, pgCpuMs } from './lib.mjs';
import { seedAuditChain } from './audit-seed.mjs';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const db = apiRequire('@dsr/db');
const pgLib = apiRequire('pg');
const { AUDIT_GENESIS_HASH, findFirstBreak } = apiRequire('@dsr/domain');
const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const OLD_SAMPLE = Math.min(ENTRIES, Number(process.env.BENCH_AUDIT_OLD_SAMPLE ?? 100_000));
const GOAL_S = 10;

const OLD_SQL = `select tenant_id, seq, bureau_id, department_id, actor_user_id, actor_name, at, operation, object_type,
  object_id, before, after, request_id, prev_hash, hash from audit_entry where tenant_id = $1 and seq > $2 order by seq limit $3`;

/** The verifier as it was before issue 10 (services/api/src/modules/audit/audit.service.ts), for the baseline. */
async function oldVerify(client, tenantId, upTo) {
  let start = { seq: 0, hash: AUDIT_GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const rows = (await client.query(OLD_SQL, [tenantId, start.seq, Math.min(2000, upTo - entries)])).rows;
    if (rows.length === 0) return entries;
    const links = rows.map((row) => ({
      seq: Number(row.seq),
      prevHash: row.prev_hash,
      hash: row.hash,
      content: {
        tenantId: row.tenant_id,
        seq: Number(row.seq),
        bureauId: row.bureau_id,
        departmentId: row.department_id,
        actorUserId: row.actor_user_id,
        actorName: row.actor_name,
        at: new Date(row.at).toISOString(),
        operation: row.operation,
        objectType: row.object_type,
        objectId: row.object_id,
        before: row.before,
        after: row.after,
        requestId: row.request_id,
      },
    }));
    const broken = findFirstBreak(links, start);
    if (broken) throw new Error(`old verifier: break at ${broken.seq}`);
    entries += links.length;
    start = { seq: links.at(-1).seq, hash: links.at(-1).hash };
  }
}

/** A kept instance's 平顶山市 chain when it already holds ENTRIES entries (else null: migrate and seed). */
async function seededChain(url) {
  const c = new pgLib.Client({ connectionString: url });
  try {
    await c.connect();
    const { rows } = await c.query(
      `select a.tenant_id as "tenantId", max(a.seq)::int as seq from audit_entry a
      join bureau b on b.tenant_id = a.tenant_id and b.division_code = '4104' group by a.tenant_id`,
    );
    return rows[0]?.seq >= ENTRIES ? rows[0] : null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Entries the CLI says it hashed, over all chains. */
const hashedBy = (stdout) => [...stdout.matchAll(/校验 (\d+) 条/g)].reduce((n, m) => n + Number(m[1]), 0);

// BENCH_AUDIT_INSTANCE=<name>: keep that embedded instance and its seeded chain between runs
// (seeding 1,000,000 entries takes minutes) and its checkpoint signing key.
const kept = process.env.BENCH_AUDIT_INSTANCE;
const instance = kept || `bench-audit-${process.pid}`;
const pg = await db.startEmbeddedPostgres({ instance, log: () => {} });
const work = mkdtempSync(path.join(tmpdir(), 'dsr-bench-audit-'));
let child;
try {
  const loadAtStart = loadavg()[0];
  const superUrl = new URL(pg.superUrl);
  superUrl.pathname = new URL(pg.ownerUrl).pathname;
  const reuse = kept ? await seededChain(superUrl.toString()) : null;
  if (!reuse) {
    await db.migrate(pg.ownerUrl);
    await db.seedDemoData(pg.ownerUrl);
  }
  const su = new pgLib.Client({ connectionString: superUrl.toString() });
  await su.connect();
  const seedStart = Date.now();
  const chain = reuse ?? (await seedAuditChain(su, '4104', ENTRIES));
  if (!reuse) await su.query('vacuum analyze audit_entry');
  await su.end();
  const seedSeconds = (Date.now() - seedStart) / 1000;

  const keyFile = path.join(pg.layout.home, `bench-audit-key-${instance}`);
  const signingKey =
    kept && existsSync(keyFile)
      ? readFileSync(keyFile, 'utf8')
      : generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  if (kept) writeFileSync(keyFile, signingKey, { mode: 0o600 });
  const env = {
    ...process.env,
    DSR_AUDIT_SIGNING_KEY: signingKey,
    DSR_AUDIT_CHECKPOINT_FILE: path.join(work, 'audit-checkpoints.jsonl'),
  };
  const results = [];
  /** CPU seconds of the API process (child), or of this process for the baselines. */
  const nodeCpuS = async () => {
    if (!child) return (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
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
    return (user + system) / 1e6;
  };
  const measure = async (name, entries, fn) => {
    const [pg0, node0] = [pgCpuMs(pg.dataDir), /CLI/.test(name) ? null : await nodeCpuS()];
    const t = process.hrtime.bigint();
    const out = await fn();
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    const [pg1, node1] = [pgCpuMs(pg.dataDir), node0 === null ? null : await nodeCpuS()];
    results.push({
      name,
      load: loadavg()[0],
      entries: out?.entries ?? entries,
      s,
      pgS: pg0 === null || pg1 === null ? null : (pg1 - pg0) / 1000,
      scaled: out?.scaled,
      nodeS: out?.nodeS ?? (node0 === null ? null : node1 - node0),
    });
    return out;
  };

  // Baselines, as the owner (no row-level security), on the same rows.
  const owner = new pgLib.Client({ connectionString: pg.ownerUrl });
  await owner.connect();
  await measure('baseline (a): read every row, no hashing', ENTRIES, async () => {
    let after = 0;
    let n = 0;
    for (;;) {
      const { rows } = await owner.query({
        text: OLD_SQL.replace(/limit \$3/, 'limit $3'),
        values: [chain.tenantId, after, 20_000],
        rowMode: 'array',
      });
      if (rows.length === 0) return { entries: n };
      n += rows.length;
      after = Number(rows.at(-1)[1]);
    }
  });
  await measure(
    `baseline (b): the verifier before issue 10, ${OLD_SAMPLE.toLocaleString()} entries`,
    OLD_SAMPLE,
    async () => ({ entries: await oldVerify(owner, chain.tenantId, OLD_SAMPLE), scaled: ENTRIES / OLD_SAMPLE }),
  );
  await owner.end();

  let gql;
  ({ child, gql } = await forkProductServer({
    appUrl: pg.appUrl,
    jwtSecret: 'bench-secret-'.padEnd(40, 'x'),
    env,
    // BENCH_PROFILE=<dir>: a CPU profile of the API process (node test/bench/profile.mjs <file> sums it)
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  }));
  const token = (
    await gql('mutation { login(input: { username: "pingdingshan.admin", password: "Demo2026dsr" }) { token } }')
  ).login.token;
  const VERIFY =
    'query($full: Boolean) { verifyAuditChain(full: $full) { ok chains { tenantId ok entries verifiedFrom headSeq } } }';
  const verify = async (full) => {
    const report = (await gql(VERIFY, { full }, token)).verifyAuditChain;
    const c = report.chains.find((x) => x.tenantId === chain.tenantId);
    if (!report.ok || !c?.ok) throw new Error(`verifyAuditChain: ${JSON.stringify(report)}`);
    return c;
  };
  const full = await measure('verifyAuditChain(full: true) through the API', ENTRIES, () => verify(true));
  if (full.entries < ENTRIES) throw new Error(`walked ${full.entries} entries, expected ${ENTRIES}`);
  await gql(
    `mutation { createDepartment(input: { code: "bench-audit-${Date.now().toString(36)}", name: "基准部门", kind: POLICE }) { department { id } } }`,
    {},
    token,
  );
  const again = await measure('verifyAuditChain() again after one new entry', 1, () => verify(false));
  if (again.entries !== 1) throw new Error(`the repeated check walked ${again.entries} entries`);

  const cli = fileURLToPath(new URL('../../services/api/dist/cli/audit-verify.js', import.meta.url));
  const run = promisify(execFile);
  const cliEnv = { ...env, DATABASE_URL: pg.ownerUrl };
  const preload = fileURLToPath(new URL('./cpu-on-exit.cjs', import.meta.url));
  /** The CLI's own CPU seconds, as its preload printed them. */
  const cliCpuS = (stderr) => Number(/bench-cpu-us (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1e6;
  const fullCli = async (script) => {
    const prof = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}/cli`] : [];
    const { stdout, stderr } = await run(process.execPath, [...prof, '-r', preload, script, '--full'], { env: cliEnv });
    if (!/审计链完好/.test(stdout)) throw new Error(stdout);
    return { entries: hashedBy(stdout), nodeS: cliCpuS(stderr) };
  };
  // BENCH_AUDIT_BEFORE_CLI=<path of an earlier build's dist/cli/audit-verify.js>: that build's CLI too, in the same run.
  const before = process.env.BENCH_AUDIT_BEFORE_CLI;
  if (before)
    await measure('pnpm audit:verify --full, the earlier build (BENCH_AUDIT_BEFORE_CLI)', ENTRIES, () =>
      fullCli(before),
    );
  await measure('pnpm audit:verify --full (CLI, as the owner, node start included)', ENTRIES, () => fullCli(cli));
  await measure('pnpm audit:verify again (incremental)', 0, async () => {
    const { stdout } = await run(process.execPath, [cli], { env: cliEnv });
    if (!/审计链完好/.test(stdout)) throw new Error(stdout);
    return { entries: hashedBy(stdout) };
  });

  const row = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `\naudit chain verification — one chain of ${ENTRIES.toLocaleString()} entries (seeded in ${seedSeconds.toFixed(0)} s)`,
  );
  console.log(
    `${cpus().length}× ${cpus()[0].model}, Node ${process.version}, load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end\n`,
  );
  console.log(
    row([
      'check',
      'entries hashed',
      'seconds',
      `seconds for ${ENTRIES.toLocaleString()}`,
      'µs per entry',
      '× baseline (a)',
      'Node CPU s',
      'PostgreSQL CPU s',
      'load',
      `< ${GOAL_S} s`,
    ]),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
  // The read-only baseline of the same run: the ratios hold better than seconds on a shared machine.
  const readOnly = results[0].s;
  for (const r of results) {
    const forAll = r.scaled ? r.s * r.scaled : r.s;
    const goal = /full/.test(r.name) ? (forAll < GOAL_S ? 'yes' : 'NO') : '';
    const ratio = r.entries >= ENTRIES / 10 ? (forAll / readOnly).toFixed(2) : '';
    console.log(
      row([
        r.name,
        r.entries.toLocaleString(),
        r.s.toFixed(2),
        r.scaled ? `${forAll.toFixed(1)} (scaled)` : '',
        r.entries >= 1000 ? ((r.s * 1e6) / r.entries).toFixed(1) : '',
        ratio,
        r.nodeS === null ? 'n/a' : r.nodeS.toFixed(1),
        r.pgS === null ? 'n/a' : r.pgS.toFixed(1),
        r.load.toFixed(1),
        goal,
      ]),
    );
  }
  // The figure: 1,000,000 entries verified in under 10 s (scaled linearly when the chain is shorter).
  console.log('');
  for (const r of results.filter((x) => /full/.test(x.name) && !/earlier/.test(x.name))) {
    const per = r.s / r.entries;
    const million = per * 1e6;
    const cpu = r.nodeS === null ? '' : `, Node CPU ${((r.nodeS / r.entries) * 1e6).toFixed(2)} µs per entry`;
    console.log(
      `${r.name}: ${million.toFixed(1)} s for 1,000,000 entries${ENTRIES === 1e6 ? '' : ' (scaled)'} — goal < ${GOAL_S} s: ` +
        `${million < GOAL_S ? 'met' : 'NOT met'} (${(million / GOAL_S).toFixed(2)} × the goal; ${(r.s / readOnly).toFixed(2)} × ` +
        `the read-only baseline of this run${cpu}; load ${r.load.toFixed(1)} on ${cpus().length} cores)`,
    );
  }
  console.log(
    '\nThe client, the server and PostgreSQL share the cores; absolute figures drift with other work on the machine, ratios less.',
  );
} finally {
  child?.send('stop');
  if (child) await new Promise((r) => child.once('exit', r));
  await pg.stop();
  if (!kept) db.removeInstance(pg.layout, instance);
  rmSync(work, { recursive: true, force: true });
}
