import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryHash, signAuditCheckpoint, type AuditEntryContent } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { checkpointAllChainsNow, startAuditCheckpointTimer } from './audit-checkpoints';
import { generateAuditKeys, publicKeyInfo } from './audit-keys';

const CREATE_DEPT = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }';
const VERIFY = `query($full: Boolean) { verifyAuditChain(full: $full) { ok tenants entries firstBreak { tenantId seq reason source }
  chains { tenantId tenantName ok entries verifiedFrom headSeq breaks { seq reason expected actual source } checkpoint { seq hash kind keyId } }
  signingKey { keyId publicKey } } }`;
const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli', 'audit-verify.js');

interface Chain {
  tenantId: string;
  tenantName: string;
  ok: boolean;
  entries: number;
  verifiedFrom: number;
  headSeq: number;
  breaks: { seq: number; reason: string; expected: string | null; actual: string | null; source: string }[];
  checkpoint: { seq: number; hash: string; kind: string } | null;
}

describe('audit checkpoints (R33)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const tenantOf = async (code: string) =>
    (await owner.query<{ id: string }>('select tenant_id as id from bureau where division_code = $1', [code])).rows[0]!
      .id;
  const grow = async (persona: string, count = 2) => {
    for (let i = 0; i < count; i++) {
      const res = await t.gql(
        CREATE_DEPT,
        { i: { code: `cp-${n}`, name: `检查点${n++}`, kind: 'POLICE' } },
        await t.login(persona),
      );
      expect(res.body.errors).toBeUndefined();
    }
  };
  const verify = async (persona: string, full = false) => {
    const res = await t.gql(VERIFY, { full }, await t.login(persona));
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.verifyAuditChain as {
      ok: boolean;
      chains: Chain[];
      firstBreak: unknown;
      signingKey: { keyId: string; publicKey: string };
    };
  };
  const chainOf = (report: { chains: Chain[] }, tenantId: string) =>
    report.chains.find((c) => c.tenantId === tenantId)!;
  /** The owner, with the append-only trigger switched off: what someone holding the owner's password can do. */
  const tamper = async (table: 'audit_entry' | 'audit_checkpoint', sql: string, params: unknown[]) => {
    await owner.query(`alter table ${table} disable trigger ${table}_append_only`);
    try {
      await owner.query(sql, params);
    } finally {
      await owner.query(`alter table ${table} enable trigger ${table}_append_only`);
    }
  };
  const newest = async (tenantId: string) =>
    (
      await owner.query(
        'select id, seq::int as seq, hash from audit_entry where tenant_id = $1 order by seq desc limit 1',
        [tenantId],
      )
    ).rows[0];

  it('R33 incremental verification walks only the entries after the last verified checkpoint', async () => {
    const tenant = await tenantOf('4109');
    await grow('puyang.admin', 3);
    const first = chainOf(await verify('puyang.admin'), tenant);
    expect(first).toMatchObject({ ok: true, verifiedFrom: 0, breaks: [] });
    expect(first.entries).toBe(first.headSeq);
    expect(first.entries).toBeGreaterThanOrEqual(3);

    const again = chainOf(await verify('puyang.admin'), tenant);
    expect(again).toMatchObject({
      ok: true,
      entries: 0,
      verifiedFrom: first.headSeq,
      headSeq: first.headSeq,
      checkpoint: { kind: 'VERIFIED', seq: first.headSeq },
    });

    await grow('puyang.admin', 2);
    const next = chainOf(await verify('puyang.admin'), tenant);
    expect(next).toMatchObject({ ok: true, entries: 2, verifiedFrom: first.headSeq, headSeq: first.headSeq + 2 });
    // full: true walks the whole chain again.
    expect(chainOf(await verify('puyang.admin', true), tenant)).toMatchObject({
      ok: true,
      verifiedFrom: 0,
      entries: first.headSeq + 2,
    });
  });

  it("R33 finds the newest entries deleted after a checkpoint, from the file when the table's checkpoints are gone too, and a reused number", async () => {
    const tenant = await tenantOf('4109');
    await grow('puyang.admin', 2);
    expect(await checkpointAllChainsNow(t.orm, t.server.services.auditCheckpoints)).toBeGreaterThanOrEqual(1);
    const head = await newest(tenant);
    // Cut the tail and cover the tracks in the database: the checkpoints of the table go as well.
    await tamper('audit_entry', 'delete from audit_entry where id = $1', [head.id]);
    await tamper('audit_checkpoint', 'delete from audit_checkpoint where tenant_id = $1', [tenant]);

    const cut = chainOf(await verify('puyang.admin', true), tenant);
    expect(cut.ok).toBe(false);
    expect(cut.breaks).toEqual([
      expect.objectContaining({
        seq: head.seq,
        reason: 'TRUNCATED_BEFORE_CHECKPOINT',
        expected: head.hash,
        source: 'FILE',
      }),
    ]);

    expect(existsSync(cli), 'run `pnpm run build` first (pnpm test does)').toBe(true);
    const env = {
      ...process.env,
      DATABASE_URL: t.db.ownerUrl,
      DSR_AUDIT_CHECKPOINT_FILE: t.auditCheckpointFile,
      DSR_AUDIT_SIGNING_KEY: '',
      DSR_AUDIT_PUBLIC_KEY: publicKeyInfo(t.auditKeys).publicKey,
    };
    const run = promisify(execFile)(process.execPath, [cli], { env });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`第 ${head.seq} 条断开 (TRUNCATED_BEFORE_CHECKPOINT)`),
    });

    // The next entry takes the deleted entry's number: the chain links up, the checkpoint does not.
    await grow('puyang.admin', 1);
    const reused = chainOf(await verify('puyang.admin'), tenant);
    expect(reused.breaks).toEqual([
      expect.objectContaining({
        seq: head.seq,
        reason: 'CHECKPOINT_HASH_MISMATCH',
        expected: head.hash,
        source: 'FILE',
      }),
    ]);
  });

  it('R33 finds a history re-chained by the owner behind a checkpoint (a change, and every later hash recomputed)', async () => {
    const tenant = await tenantOf('4104');
    await grow('pingdingshan.admin', 4);
    await checkpointAllChainsNow(t.orm, t.server.services.auditCheckpoints);
    const checkpoint = await newest(tenant);
    const { rows } = await owner.query(
      `select id, tenant_id, seq::int as seq, bureau_id, department_id, actor_user_id, actor_name, at, operation,
      object_type, object_id, before, after, request_id, prev_hash, hash from audit_entry where tenant_id = $1 order by seq`,
      [tenant],
    );
    let prev = rows[0].prev_hash as string;
    for (const r of rows) {
      const content: AuditEntryContent = {
        tenantId: r.tenant_id,
        seq: r.seq,
        bureauId: r.bureau_id,
        departmentId: r.department_id,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        at: new Date(r.at).toISOString(),
        operation: r.operation,
        objectType: r.object_type,
        objectId: r.object_id,
        before: r.before,
        after: r.seq === 2 ? { rewritten: '篡改' } : r.after,
        requestId: r.request_id,
      };
      const hash = auditEntryHash(prev, content);
      await tamper('audit_entry', 'update audit_entry set after = $2, prev_hash = $3, hash = $4 where id = $1', [
        r.id,
        JSON.stringify(content.after),
        prev,
        hash,
      ]);
      prev = hash;
    }
    for (const full of [true, false]) {
      const chain = chainOf(await verify('pingdingshan.admin', full), tenant);
      expect(chain.ok).toBe(false);
      expect(chain.breaks).toContainEqual(
        expect.objectContaining({
          seq: checkpoint.seq,
          reason: 'CHECKPOINT_HASH_MISMATCH',
          expected: checkpoint.hash,
          actual: prev,
        }),
      );
      expect(chain.breaks.every((b) => b.reason === 'CHECKPOINT_HASH_MISMATCH')).toBe(true); // the links themselves are consistent
    }
  });

  it('R33 reports a forged checkpoint signature, in the table and in the file', async () => {
    const tenant = await tenantOf('1306');
    await grow('baoding.admin', 2);
    const head = await newest(tenant);
    const signedAt = new Date().toISOString();
    // Signed with a key of the forger's own, under the service's key id; and a real signature over other fields.
    const forger = generateAuditKeys();
    const forged = signAuditCheckpoint(
      { tenantId: tenant, seq: head.seq, hash: head.hash, signedAt, kind: 'HEAD' },
      forger.signing!,
      t.auditKeys.keyId,
    );
    await owner.query(
      `insert into audit_checkpoint (tenant_id, scope_path, seq, hash, signed_at, kind, key_id, signature)
      select $1, path, $2, $3, $4, 'HEAD', $5, $6 from bureau where id = $1`,
      [tenant, head.seq, head.hash, signedAt, forged.keyId, forged.signature],
    );
    const genuine = signAuditCheckpoint(
      { tenantId: tenant, seq: head.seq, hash: head.hash, signedAt, kind: 'HEAD' },
      t.auditKeys.signing!,
      t.auditKeys.keyId,
    );
    appendFileSync(
      t.auditCheckpointFile,
      `${JSON.stringify({ format: 'dsr-audit-checkpoint/1', ...genuine, seq: head.seq + 50 })}\n`,
    );

    const chain = chainOf(await verify('baoding.admin', true), tenant);
    expect(chain.ok).toBe(false);
    expect(chain.breaks).toEqual([
      expect.objectContaining({
        seq: head.seq,
        reason: 'CHECKPOINT_SIGNATURE_INVALID',
        source: 'TABLE',
        actual: forged.signature,
      }),
      expect.objectContaining({ seq: head.seq + 50, reason: 'CHECKPOINT_SIGNATURE_INVALID', source: 'FILE' }),
    ]);
  });

  it('R33 a province reports every city chain with its status, an intact one after a broken one included', async () => {
    const [province, fushun, panjin] = [await tenantOf('21'), await tenantOf('2104'), await tenantOf('2111')];
    await grow('liaoning.admin', 1);
    await grow('fushun.admin', 3);
    await grow('panjin.admin', 2);
    const target = (
      await owner.query(
        'select id, seq::int as seq from audit_entry where tenant_id = $1 order by seq limit 1 offset 1',
        [fushun],
      )
    ).rows[0];
    await tamper('audit_entry', `update audit_entry set actor_name = '篡改' where id = $1`, [target.id]);

    const report = await verify('liaoning.admin', true);
    expect(report.ok).toBe(false);
    expect(report.chains.map((c) => [c.tenantId, c.ok])).toEqual([
      [province, true],
      [fushun, false],
      [panjin, true],
    ]);
    expect(chainOf(report, fushun)).toMatchObject({
      tenantName: '抚顺市公安局',
      headSeq: target.seq - 1,
      breaks: [{ seq: target.seq, reason: 'HASH_MISMATCH', source: 'CHAIN' }],
    });
    expect(chainOf(report, panjin).entries).toBeGreaterThanOrEqual(2);
    expect(report.firstBreak).toMatchObject({ tenantId: fushun, seq: target.seq, reason: 'HASH_MISMATCH' });
  });

  it('R33 the timer signs a checkpoint while a chain grows, into the table and the file; the private key is never in the database', async () => {
    const tenant = await tenantOf('41');
    await grow('henan.admin', 1);
    const timer = startAuditCheckpointTimer(
      () => checkpointAllChainsNow(t.orm, t.server.services.auditCheckpoints),
      30,
      () => undefined,
    );
    const head = await newest(tenant);
    const rowAt = async () =>
      (
        await owner.query(
          'select seq::int as seq, hash, kind, key_id from audit_checkpoint where tenant_id = $1 order by seq desc limit 1',
          [tenant],
        )
      ).rows[0];
    for (let i = 0; i < 100 && (await rowAt())?.seq !== head.seq; i++) await new Promise((r) => setTimeout(r, 30));
    await timer.stop();
    expect(await rowAt()).toEqual({ seq: head.seq, hash: head.hash, kind: 'HEAD', key_id: t.auditKeys.keyId });
    const lines = readFileSync(t.auditCheckpointFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toContainEqual(
      expect.objectContaining({ tenantId: tenant, seq: head.seq, hash: head.hash, kind: 'HEAD' }),
    );

    // Anyone can have the public key; it checks what the service signed.
    const key = await t.gql('{ auditSigningKey { keyId algorithm publicKey } }', {}, null);
    expect(key.body.data!.auditSigningKey).toEqual({
      keyId: t.auditKeys.keyId,
      algorithm: 'Ed25519',
      publicKey: publicKeyInfo(t.auditKeys).publicKey,
    });

    // No form of the private key anywhere in the database, not even for the superuser.
    const der = t.auditKeys.signing!.export({ type: 'pkcs8', format: 'der' });
    const forms = [der.subarray(-32), der].flatMap((b) => [
      b.toString('base64'),
      b.toString('base64url'),
      b.toString('hex'),
    ]);
    const su = new pg.Client({ connectionString: t.db.superUrl });
    await su.connect();
    try {
      const { rows: tables } = await su.query(
        `select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname in ('public', 'app_private')`,
      );
      for (const { t: table } of tables) {
        const { rows } = await su.query(`select coalesce(string_agg(x::text, ''), '') as text from ${table} x`);
        for (const f of forms) expect(rows[0].text.includes(f), `${table} holds the private key`).toBe(false);
      }
      const {
        rows: [fns],
      } = await su.query(`select string_agg(prosrc, '') as text from pg_proc`);
      for (const f of forms) expect(fns.text.includes(f)).toBe(false);
    } finally {
      await su.end();
    }
    // The service role reads checkpoints but cannot write, change or remove them itself.
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      await expect(
        app.query(
          `insert into audit_checkpoint (tenant_id, scope_path, seq, hash, signed_at, kind, key_id, signature)
        values ($1, '41', 1, repeat('0', 64), now(), 'HEAD', repeat('0', 16), 'x')`,
          [tenant],
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(app.query('update audit_checkpoint set seq = 1')).rejects.toThrow(/permission denied/);
      await expect(app.query('delete from audit_checkpoint')).rejects.toThrow(/permission denied/);
      // The verifier's chain reader crosses no scope: a county cannot read its city's chain through it.
      await app.query('begin');
      await app.query(
        `select set_config('app.scope_path', path::text, true) from bureau where division_code = '410923'`,
      );
      await expect(
        app.query('select * from app_private.audit_chain_rows($1, 0, 10)', [await tenantOf('4109')]),
      ).rejects.toThrow(/outside the caller's scope/);
      await app.query('rollback');
    } finally {
      await app.end();
    }
    await expect(owner.query('delete from audit_checkpoint')).rejects.toThrow(/只可追加/);
  });

  it("R33 the check rebuilds the writer's canonical text for any text (quotes, escapes, control and astral characters)", async () => {
    const tenant = await tenantOf('13');
    await grow('hebei.admin', 1);
    const last = (
      await owner.query('select * from audit_entry where tenant_id = $1 order by seq desc limit 1', [tenant])
    ).rows[0];
    const odd = 'a"b\\c\n\t\u0001\u001f\u007f\u2028 😀 名称 </script>';
    const content: AuditEntryContent = {
      tenantId: tenant,
      seq: Number(last.seq) + 1,
      bureauId: last.bureau_id,
      departmentId: null,
      actorUserId: null,
      actorName: odd,
      at: '2026-12-03T08:00:00.123Z',
      operation: 'TEST',
      objectType: odd,
      objectId: odd,
      before: { [odd]: [odd, 1, -2, true, null, { z: 0, a: [] }], '\u{1F600}': 1, '\uFFFF': 2 },
      after: [odd, {}],
      requestId: odd,
    };
    const hash = auditEntryHash(last.hash, content);
    await owner.query(
      `insert into audit_entry (id, tenant_id, seq, bureau_id, scope_path, department_id, actor_user_id, actor_name, at, operation,
      object_type, object_id, before, after, request_id, prev_hash, hash) values (gen_random_uuid(), $1, $2, $3, $4, null, null, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        tenant,
        content.seq,
        content.bureauId,
        last.scope_path,
        odd,
        content.at,
        'TEST',
        odd,
        odd,
        JSON.stringify(content.before),
        JSON.stringify(content.after),
        odd,
        last.hash,
        hash,
      ],
    );
    expect(chainOf(await verify('hebei.admin', true), tenant)).toMatchObject({
      ok: true,
      headSeq: content.seq,
      breaks: [],
    });
  });
});
