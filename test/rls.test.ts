import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticTargets, syntheticUscc } from '@dsr/db';
import { createTestDatabase, type TestDatabase } from './support/harness';
import { loadTree, within, type Tree } from './support/tenancy';

/**
 * Row-level security on its own: raw SQL as the service role, no ORM filter, no shield.
 * Each layer alone must stop a leak (ARCHITECTURE.md, "Tenancy by hierarchy").
 */
describe('row-level security alone', () => {
  let db: TestDatabase;
  let tree: Tree;
  let app: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    tree = await loadTree(db.ownerUrl);
    app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await db.drop();
  });

  async function inScope<T>(path: string, fn: () => Promise<T>): Promise<T> {
    await app.query('begin');
    try {
      const bureauId = tree.bureaus.find((b) => b.path === path)!.id;
      await app.query(`select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true)`, [path, bureauId]);
      return await fn();
    } finally {
      await app.query('rollback');
    }
  }
  const paths = async (sql: string) => (await app.query<{ p: string }>(sql)).rows.map((r) => r.p);

  it('a county sees only its own departments, users and audit rows', async () => {
    await inScope('41.4109.410923', async () => {
      expect(new Set(await paths('select scope_path::text as p from department'))).toEqual(new Set(['41.4109.410923']));
      expect(new Set(await paths('select scope_path::text as p from app_user'))).toEqual(new Set(['41.4109.410923']));
      // The bureau table: itself and its ancestors, never a sibling.
      expect((await paths('select path::text as p from bureau order by path'))).toEqual(['41', '41.4109', '41.4109.410923']);
    });
  });

  it('a city sees itself and its counties; a province everything below it', async () => {
    await inScope('41.4109', async () => {
      expect(new Set(await paths('select scope_path::text as p from department'))).toEqual(new Set(['41.4109', '41.4109.410923']));
    });
    await inScope('41', async () => {
      const seen = new Set(await paths('select scope_path::text as p from department'));
      expect(seen).toEqual(new Set(tree.bureaus.filter((b) => b.path.startsWith('41')).map((b) => b.path)));
    });
  });

  it('a connection with no scope set sees no row at all', async () => {
    for (const table of ['bureau', 'department', 'app_user', 'auth_session', 'audit_entry', 'inspection_item', 'inspection_item_version', 'target', 'inspector']) {
      const { rows } = await app.query(`select count(*)::int as n from ${table}`);
      expect(rows[0].n, table).toBe(0);
    }
  });

  it('a pooled connection reused after a request transaction sees no row (the empty-setting trap)', async () => {
    await inScope('41.4109', async () => {
      expect((await app.query('select count(*)::int as n from app_user')).rows[0].n).toBeGreaterThan(0);
    });
    // After the transaction the setting reads '' on this connection, not NULL.
    expect((await app.query(`select current_setting('app.scope_path', true) as s`)).rows[0].s).toBe('');
    expect((await app.query('select count(*)::int as n from app_user')).rows[0].n).toBe(0);
    expect((await app.query('select count(*)::int as n from bureau')).rows[0].n).toBe(0);
  });

  it('a county reads what its city publishes, never the city\'s drafts, never a sibling city\'s items', async () => {
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const city = tree.bureaus.find((b) => b.path === '41.4109')!;
      const other = tree.bureaus.find((b) => b.path === '41.4104')!;
      const dept = async (bureauId: string) => (await owner.query('select id from department where bureau_id = $1 limit 1', [bureauId])).rows[0].id;
      for (const [bureau, status, name] of [[city, 'PUBLISHED', '市局发布'], [city, 'DRAFT', '市局草稿'], [other, 'PUBLISHED', '他市发布']] as const) {
        const item = (await owner.query(`insert into inspection_item (id, tenant_id, bureau_id, scope_path, code, department_id, status)
          values (gen_random_uuid(), $1, $1, $2, $3, $4, $5) returning id`, [bureau.id, bureau.path, `rls-${status}-${bureau.path}`, await dept(bureau.id), status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT'])).rows[0].id;
        await owner.query(`insert into inspection_item_version (id, tenant_id, bureau_id, scope_path, item_id, version_no, status, name, legal_basis, department_id,
          target_type, category, sampling_ratio_bp, frequency_per_year, methods, created_by)
          values (gen_random_uuid(), $1, $1, $2, $3, 1, $4, $5, '[{"law":"x"}]', $6, 'x', 'GENERAL', 500, 1, '{ON_SITE}', $1)`,
          [bureau.id, bureau.path, item, status, name, await dept(bureau.id)]);
      }
    } finally {
      await owner.end();
    }
    await inScope('41.4109.410923', async () => {
      expect(await paths(`select name as p from inspection_item_version order by name`)).toEqual(['市局发布']);
    });
  });

  it('refuses a write into another bureau even inside a valid scope', async () => {
    const yexian = tree.bureaus.find((b) => b.path === '41.4104.410422')!;
    await inScope('41.4109', async () => {
      await expect(app.query(
        `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind) values (gen_random_uuid(), $1, $1, '41.4104.410422', 'x', 'x', 'POLICE')`,
        [yexian.id],
      )).rejects.toThrow(/row-level security/);
    });
    // Nor can a city rename its county's department: the row is visible but not writable.
    await inScope('41.4109', async () => {
      const { rowCount } = await app.query(`update department set name = '越权' where scope_path = '41.4109.410923'`);
      expect(rowCount).toBe(0);
    });
  });

  it('app_private.target_search (security definer, migration 0004) never returns a target outside the caller\'s scope, nor any without a scope', async () => {
    await seedSyntheticTargets(db.ownerUrl, '410923', 40); // 南乐县, under the city 4109
    await seedSyntheticTargets(db.ownerUrl, '410422', 40); // 叶县, another city's county: the same names and numbers
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const all = (await owner.query<{ id: string; path: string; name: string; uscc: string }>('select id, scope_path::text as path, name, uscc from target')).rows;
    await owner.end();
    const search = async (filter: object) => (await app.query<{ id: string }>(
      'select id from app_private.target_search($1::jsonb, null, null, false) as id', [JSON.stringify(filter)])).rows.map((r) => r.id).sort();
    const yexianCode = syntheticUscc('410422', 7);
    const filters: [object, (t: (typeof all)[number]) => boolean][] = [
      [{}, () => true],
      [{ nameContains: '迎宾' }, (t) => t.name.includes('迎宾')],
      [{ code: yexianCode }, (t) => t.uscc === yexianCode],
      [{ nameContains: '%' }, (t) => t.name.includes('%')],
    ];
    for (const scope of ['41.4109.410923', '41.4109', '41.4104.410422', '41', '13']) {
      await inScope(scope, async () => {
        for (const [filter, matches] of filters) {
          const expected = all.filter((t) => within(t.path, scope) && matches(t)).map((t) => t.id).sort();
          expect(await search(filter), `${scope} ${JSON.stringify(filter)}`).toEqual(expected);
        }
        // The function and the read policy agree on what the scope holds.
        expect(await search({})).toEqual((await app.query<{ id: string }>('select id from target')).rows.map((r) => r.id).sort());
      });
    }
    expect(all.filter((t) => within(t.path, '41.4109.410923')).length).toBe(40);
    // No scope on this connection, and the empty setting a finished transaction leaves: nothing.
    expect(await search({})).toEqual([]);
    expect(await search({ nameContains: '迎宾' })).toEqual([]);
    await inScope('41', async () => {
      await expect(app.query(`select * from app_private.target_search('{"bureauId": "x"}'::jsonb, null, null, false)`)).rejects.toThrow(/unknown filter bureauId/);
    });
  });
});

describe('structure: every bureau-owned table is protected', () => {
  let db: TestDatabase;
  let owner: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await db.drop();
  });

  it('each table with bureau_id or scope_path has RLS enabled and forced, with policies, and tenant_id', async () => {
    const { rows } = await owner.query(`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*) from pg_policy p where p.polrelid = c.oid)::int as policies,
             exists (select 1 from information_schema.columns k where k.table_name = c.relname and k.column_name = 'tenant_id') as has_tenant
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from information_schema.columns k where k.table_schema = 'public' and k.table_name = c.relname
                    and k.column_name in ('bureau_id', 'scope_path'))`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies === 0 || !r.has_tenant).map((r) => r.table);
    expect(unprotected).toEqual([]);
  });

  it('the service role owns no table, bypasses nothing, and cannot become a privileged role', async () => {
    const owned = await owner.query(`select tablename from pg_tables where schemaname = 'public' and tableowner = 'dsr_app'`);
    expect(owned.rows).toEqual([]);
    const role = await owner.query(`select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = 'dsr_app'`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const memberOf = await owner.query(`select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
      join pg_roles u on u.oid = m.member where u.rolname = 'dsr_app'`);
    expect(memberOf.rows).toEqual([]);
  });

  it('every unique index other than a primary key includes tenant_id (Citus layout)', async () => {
    const { rows } = await owner.query(`
      select i.relname as index, pg_get_indexdef(x.indexrelid) as def
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and x.indisunique and not x.indisprimary and t.relname <> 'mikro_orm_migrations'`);
    expect(rows.filter((r) => !/tenant_id/.test(r.def)).map((r) => r.index)).toEqual([]);
  });
});
