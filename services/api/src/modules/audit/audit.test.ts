import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { publicKeyInfo } from './audit-keys';

const CREATE_DEPT = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }';
const VERIFY = '{ verifyAuditChain { ok tenants entries firstBreak { tenantId seq reason } } }';
// A change behind the last verified checkpoint is found by a full walk (the incremental one starts after it).
const VERIFY_FULL = '{ verifyAuditChain(full: true) { ok tenants entries firstBreak { tenantId seq reason } } }';
const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli', 'audit-verify.js');

describe('audit chain', () => {
  let t: TestApp;
  let owner: pg.Client;
  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('records who, where, what, before and after for a mutation, in one entry chained to the previous', async () => {
    const admin = await t.login('nanle.admin');
    const res = await t.gql(CREATE_DEPT, { i: { code: 'jindu', name: '禁毒大队', kind: 'POLICE' } }, admin);
    const id = res.body.data!.createDepartment.department.id;
    const { rows } = await owner.query(
      `select a.*, u.username from audit_entry a join app_user u on u.id = a.actor_user_id where object_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operation: 'CREATE_DEPARTMENT',
      object_type: 'Department',
      username: 'nanle.admin',
      before: null,
      after: { code: 'jindu', name: '禁毒大队', kind: 'POLICE', active: true },
    });
    const prev = await owner.query('select hash from audit_entry where tenant_id = $1 and seq = $2', [
      rows[0].tenant_id,
      Number(rows[0].seq) - 1,
    ]);
    expect(rows[0].prev_hash).toBe(prev.rows[0].hash);
  });

  it('keeps one unforked chain per tenant under concurrent writers', async () => {
    const admin = await t.login('puyang.admin');
    const county = await t.login('nanle.admin');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(CREATE_DEPT, { i: { code: `par-${i}`, name: `并发${i}`, kind: 'POLICE' } }, i % 2 ? admin : county),
      ),
    );
    const res = await t.gql(VERIFY, {}, admin);
    expect(res.body.data!.verifyAuditChain).toMatchObject({ ok: true, firstBreak: null });
    expect(res.body.data!.verifyAuditChain.entries).toBeGreaterThanOrEqual(10);
  });

  it('refuses UPDATE and DELETE from the service role, and from the owner through the trigger', async () => {
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      await expect(app.query(`update audit_entry set actor_name = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`delete from audit_entry`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    await expect(owner.query(`update audit_entry set actor_name = 'x'`)).rejects.toThrow(/只可追加/);
    await expect(owner.query(`delete from audit_entry`)).rejects.toThrow(/只可追加/);
    await expect(owner.query(`truncate audit_entry`)).rejects.toThrow(/只可追加/);
  });

  it('finds a row changed behind its back (trigger disabled by the owner), in GraphQL and in pnpm audit:verify', async () => {
    const admin = await t.login('puyang.admin');
    const { rows } =
      await owner.query(`select a.id, a.seq, a.tenant_id from audit_entry a join bureau b on b.id = a.tenant_id
      where b.division_code = '4109' order by seq limit 1 offset 1`);
    const target = rows[0];
    await owner.query('alter table audit_entry disable trigger audit_entry_append_only');
    await owner.query(`update audit_entry set after = '{"name":"篡改"}' where id = $1`, [target.id]);
    await owner.query('alter table audit_entry enable trigger audit_entry_append_only');

    const res = await t.gql(VERIFY_FULL, {}, admin);
    expect(res.body.data!.verifyAuditChain).toMatchObject({
      ok: false,
      firstBreak: { tenantId: target.tenant_id, seq: Number(target.seq), reason: 'HASH_MISMATCH' },
    });
    // Another tenant's chain is not this city's business, and is intact.
    const yexian = await t.login('pingdingshan.admin');
    expect((await t.gql(VERIFY, {}, yexian)).body.data!.verifyAuditChain.ok).toBe(true);

    expect(existsSync(cli), 'run `pnpm run build` first (pnpm test does)').toBe(true);
    const run = promisify(execFile)(process.execPath, [cli, '--full'], {
      env: {
        ...process.env,
        DATABASE_URL: t.db.ownerUrl,
        DSR_AUDIT_CHECKPOINT_FILE: t.auditCheckpointFile,
        DSR_AUDIT_SIGNING_KEY: '',
        DSR_AUDIT_PUBLIC_KEY: publicKeyInfo(t.auditKeys).publicKey,
        // the byte loops in a worker thread, as for a long chain (the CLI runs the compiled code)
        DSR_AUDIT_THREAD_FROM: '0',
      },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(new RegExp(`第 ${target.seq} 条断开 \\(HASH_MISMATCH\\)`)),
    });
  });

  it('is refused to a county administrator, whose view of the chain has gaps', async () => {
    expect(errorCode(await t.gql(VERIFY, {}, await t.login('nanle.admin')))).toBe('FORBIDDEN');
  });
});
