import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, auditEntryHash, type AuditEntryContent, type JsonValue } from '@dsr/domain';
import { startTestApp, type TestApp } from '../../../../../test/support/harness';
import { pgAuditSql } from './audit-sql';
import { walkChain } from './chain-walk';

interface Entry {
  id: string;
  seq: number;
  hash: string;
}
interface Item {
  before: JsonValue;
  after: JsonValue;
  at?: string;
  text?: string;
}

/**
 * The walk reads a binary COPY and rebuilds each entry's preimage from the column bytes, with an
 * exact path for values the byte path is not sure of (an escaped key, a long number, a time with
 * microseconds). Both must give the writer's canonical text, and neither may miss a changed column.
 */
describe('the audit chain walk (binary COPY, preimage rebuilt from the columns)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let tenant: { id: string; path: string; bureauId: string; scopePath: string };
  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const b = (await owner.query(`select id, path::text as path from bureau where division_code = '4109'`)).rows[0];
    tenant = { id: b.id, path: b.path, bureauId: b.id, scopePath: b.path };
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const walk = async (batch?: number) => {
    await owner.query(`select set_config('app.scope_path', $1, false)`, [tenant.path]);
    return walkChain(pgAuditSql(owner), tenant.id, undefined, new Set(), { batch });
  };

  /** Appends entries the way the service does (auditEntryHash over the content), as the owner. */
  const append = async (items: Item[]): Promise<Entry[]> => {
    const last = 'select seq::int as seq, hash from audit_entry where tenant_id = $1 order by seq desc limit 1';
    const tail = (await owner.query(last, [tenant.id])).rows[0];
    let seq: number = tail?.seq ?? 0;
    let prev: string = tail?.hash ?? AUDIT_GENESIS_HASH;
    const made: Entry[] = [];
    for (const item of items) {
      seq += 1;
      const text = item.text ?? `条目${seq}`;
      const content: AuditEntryContent = {
        tenantId: tenant.id,
        seq,
        bureauId: tenant.bureauId,
        departmentId: null,
        actorUserId: null,
        actorName: text,
        at: item.at ?? '2026-12-03T08:00:00.123Z',
        operation: 'TEST',
        objectType: 'Test',
        objectId: seq % 2 ? null : text,
        before: item.before,
        after: item.after,
        requestId: `req-${seq}`,
      };
      const hash = auditEntryHash(prev, content);
      const { rows } = await owner.query(
        `insert into audit_entry (id, tenant_id, seq, bureau_id, scope_path,
        department_id, actor_user_id, actor_name, at, operation, object_type, object_id, before, after, request_id,
        prev_hash, hash) values (gen_random_uuid(), $1, $2, $3, $4, null, null, $5, $6, $7, $8, $9, $10, $11, $12,
        $13, $14) returning id`,
        [
          tenant.id,
          seq,
          tenant.bureauId,
          tenant.scopePath,
          text,
          content.at,
          'TEST',
          'Test',
          content.objectId,
          JSON.stringify(item.before),
          JSON.stringify(item.after),
          content.requestId,
          prev,
          hash,
        ],
      );
      made.push({ id: rows[0].id, seq, hash });
      prev = hash;
    }
    return made;
  };

  /** The owner with the append-only trigger off changes one row, the walk runs, and the row is put back. */
  const tampered = async (id: string, column: string, value: unknown) => {
    const original = (await owner.query(`select ${column}::text as v from audit_entry where id = $1`, [id])).rows[0].v;
    const set = async (v: unknown) => {
      await owner.query('alter table audit_entry disable trigger audit_entry_append_only');
      try {
        await owner.query(`update audit_entry set ${column} = $2 where id = $1`, [id, v]);
      } finally {
        await owner.query('alter table audit_entry enable trigger audit_entry_append_only');
      }
    };
    await set(value);
    try {
      return await walk();
    } finally {
      await set(original);
    }
  };

  const varied: Item[] = [
    {
      before: null,
      after: { name: '平顶山', uscc: 'X1', version: 3, address: '建设路', riskLevel: 0, businessCategories: ['HOTEL'] },
    },
    {
      before: {
        z: { yy: [1, -2, 0, true, false, null], b: {} },
        a: [],
        '': 'empty key',
        é: 1,
        e: 2,
        '\u{1F600}': 3,
        '\uFFFF': 4,
      },
      after: [],
    },
    { before: 'a "quoted" \\ value\n\u0001 </script> \u2028', after: -123456789012345, text: 'tab\there "q" \\ 😀' },
    { before: { 'key "quoted"': 1, plain: 2 }, after: null }, // escaped key: exact path
    { before: 1234567890123456, after: 1.5e3 }, // 16 digits: exact path
    { before: null, after: { deep: [[[{ b: 1, a: 2 }]]] }, at: '2026-12-03T08:00:00.000Z' },
    { before: null, after: null, at: '1999-12-31T23:59:59.999Z' }, // before 2000: exact path
  ];

  it("gives the writer's hash for varied content on both paths, across COPY batches", async () => {
    const made = await append([...varied, ...varied]);
    const last = made.at(-1)!;
    for (const batch of [3, 50_000]) {
      expect(await walk(batch)).toMatchObject({
        entries: last.seq,
        head: { seq: last.seq, hash: last.hash },
        firstBreak: null,
      });
    }
    // A time with microseconds (written by something other than the service) takes the exact path, as before.
    expect((await tampered(last.id, 'at', '2026-12-03T08:00:00.000001Z')).firstBreak).toMatchObject({
      seq: last.seq,
      reason: 'HASH_MISMATCH',
    });
  });

  it('finds a change to any hashed column, on the byte path and on the exact path', async () => {
    const [plain, exact] = await append([
      { before: { a: 1 }, after: { name: '甲', list: [1, 2] } },
      { before: { 'key "quoted"': 1 }, after: { name: '乙' } },
    ]);
    const changes: [string, unknown][] = [
      ['actor_name', '篡改'],
      ['actor_user_id', '00000000-0000-4000-8000-000000000001'],
      ['after', '{"name":"篡改"}'],
      ['at', '2026-12-03T08:00:01.123Z'],
      ['before', 'null'],
      ['bureau_id', (await owner.query(`select id from bureau where division_code = '4104'`)).rows[0].id],
      ['department_id', '00000000-0000-4000-8000-000000000002'],
      ['object_id', 'x'],
      ['object_type', 'Other'],
      ['operation', 'DELETE'],
      ['request_id', 'req-other'],
    ];
    for (const entry of [plain!, exact!]) {
      for (const [column, value] of changes) {
        const outcome = await tampered(entry.id, column, value);
        expect({ column, ...outcome.firstBreak }).toMatchObject({ column, seq: entry.seq, reason: 'HASH_MISMATCH' });
        expect(outcome.head.seq).toBe(entry.seq - 1);
      }
      expect((await tampered(entry.id, 'hash', 'f'.repeat(64))).firstBreak).toMatchObject({
        seq: entry.seq,
        reason: 'HASH_MISMATCH',
      });
    }
    expect((await walk()).firstBreak).toBeNull();
  });

  it("reads through audit_chain_copy with audit_chain_rows's checks: a county cannot read its city", async () => {
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      const county = (await owner.query(`select path::text as path from bureau where division_code = '410923'`)).rows[0]
        .path;
      for (const [scope, tenantId] of [
        [county, tenant.id],
        [tenant.path, ''],
        ['', tenant.id],
      ] as const) {
        await app.query('begin');
        await app.query(
          `select set_config('app.scope_path', $1, true), set_config('app.audit_copy_tenant', $2, true),
          set_config('app.audit_copy_after', '0', true)`,
          [scope, tenantId],
        );
        await expect(app.query('select * from app_private.audit_chain_copy limit 1')).rejects.toThrow(
          /outside the caller's scope/,
        );
        await app.query('rollback');
      }
      await app.query('begin');
      await app.query(`select set_config('app.scope_path', $1, true)`, [county]);
      await expect(walkChain(pgAuditSql(app), tenant.id)).rejects.toThrow(/outside the caller's scope/);
      await app.query('rollback');
      await app.query('begin');
      await app.query(`select set_config('app.scope_path', $1, true)`, [tenant.path]);
      expect((await walkChain(pgAuditSql(app), tenant.id)).firstBreak).toBeNull();
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });

  it('reports the first break in chain order when an exact-path entry breaks before a byte-path one', async () => {
    const [exact, , plain] = await append([
      { before: { 'k"': 1 }, after: null },
      { before: null, after: null },
      { before: null, after: { a: 1 } },
    ]);
    await owner.query('alter table audit_entry disable trigger audit_entry_append_only');
    await owner.query(`update audit_entry set actor_name = '篡改' where id = any($1)`, [[exact!.id, plain!.id]]);
    await owner.query('alter table audit_entry enable trigger audit_entry_append_only');
    const outcome = await walk();
    expect(outcome.firstBreak).toMatchObject({ seq: exact!.seq, reason: 'HASH_MISMATCH' });
    expect(outcome).toMatchObject({ entries: exact!.seq - 1, head: { seq: exact!.seq - 1 } });
  });
});
