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
      await app.query(`select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true)`, [
        path,
        bureauId,
      ]);
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
      expect(await paths('select path::text as p from bureau order by path')).toEqual([
        '41',
        '41.4109',
        '41.4109.410923',
      ]);
    });
  });

  it('a city sees itself and its counties; a province everything below it', async () => {
    await inScope('41.4109', async () => {
      expect(new Set(await paths('select scope_path::text as p from department'))).toEqual(
        new Set(['41.4109', '41.4109.410923']),
      );
    });
    await inScope('41', async () => {
      const seen = new Set(await paths('select scope_path::text as p from department'));
      expect(seen).toEqual(new Set(tree.bureaus.filter((b) => b.path.startsWith('41')).map((b) => b.path)));
    });
  });

  it('a connection with no scope set sees no row at all', async () => {
    for (const table of [
      'bureau',
      'department',
      'app_user',
      'auth_session',
      'audit_entry',
      'inspection_item',
      'inspection_item_version',
      'target',
      'inspector',
    ]) {
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

  it("a county reads what its city publishes, never the city's drafts, never a sibling city's items", async () => {
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const city = tree.bureaus.find((b) => b.path === '41.4109')!;
      const other = tree.bureaus.find((b) => b.path === '41.4104')!;
      const dept = async (bureauId: string) =>
        (await owner.query('select id from department where bureau_id = $1 limit 1', [bureauId])).rows[0].id;
      for (const [bureau, status, name] of [
        [city, 'PUBLISHED', '市局发布'],
        [city, 'DRAFT', '市局草稿'],
        [other, 'PUBLISHED', '他市发布'],
      ] as const) {
        const item = (
          await owner.query(
            `insert into inspection_item (id, tenant_id, bureau_id, scope_path, code, department_id, status)
          values (gen_random_uuid(), $1, $1, $2, $3, $4, $5) returning id`,
            [
              bureau.id,
              bureau.path,
              `rls-${status}-${bureau.path}`,
              await dept(bureau.id),
              status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT',
            ],
          )
        ).rows[0].id;
        await owner.query(
          `insert into inspection_item_version (id, tenant_id, bureau_id, scope_path, item_id, version_no, status, name, legal_basis, department_id,
          target_type, category, sampling_ratio_bp, frequency_per_year, methods, created_by)
          values (gen_random_uuid(), $1, $1, $2, $3, 1, $4, $5, '[{"law":"x"}]', $6, 'x', 'GENERAL', 500, 1, '{ON_SITE}', $1)`,
          [bureau.id, bureau.path, item, status, name, await dept(bureau.id)],
        );
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
      await expect(
        app.query(
          `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind) values (gen_random_uuid(), $1, $1, '41.4104.410422', 'x', 'x', 'POLICE')`,
          [yexian.id],
        ),
      ).rejects.toThrow(/row-level security/);
    });
    // Nor can a city rename its county's department: the row is visible but not writable.
    await inScope('41.4109', async () => {
      const { rowCount } = await app.query(`update department set name = '越权' where scope_path = '41.4109.410923'`);
      expect(rowCount).toBe(0);
    });
  });

  it("app_private.target_search (security definer, migration 0004) never returns a target outside the caller's scope, nor any without a scope", async () => {
    await seedSyntheticTargets(db.ownerUrl, '410923', 40); // 南乐县, under the city 4109
    await seedSyntheticTargets(db.ownerUrl, '410422', 40); // 叶县, another city's county: the same names and numbers
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const all = (
      await owner.query<{ id: string; path: string; name: string; uscc: string }>(
        'select id, scope_path::text as path, name, uscc from target',
      )
    ).rows;
    await owner.end();
    const search = async (filter: object) =>
      (
        await app.query<{ id: string }>(
          'select id from app_private.target_search($1::jsonb, null, null, false) as id',
          [JSON.stringify(filter)],
        )
      ).rows
        .map((r) => r.id)
        .sort();
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
          const expected = all
            .filter((t) => within(t.path, scope) && matches(t))
            .map((t) => t.id)
            .sort();
          expect(await search(filter), `${scope} ${JSON.stringify(filter)}`).toEqual(expected);
        }
        // The function and the read policy agree on what the scope holds.
        expect(await search({})).toEqual(
          (await app.query<{ id: string }>('select id from target')).rows.map((r) => r.id).sort(),
        );
      });
    }
    expect(all.filter((t) => within(t.path, '41.4109.410923')).length).toBe(40);
    // No scope on this connection, and the empty setting a finished transaction leaves: nothing.
    expect(await search({})).toEqual([]);
    expect(await search({ nameContains: '迎宾' })).toEqual([]);
    await inScope('41', async () => {
      await expect(
        app.query(`select * from app_private.target_search('{"bureauId": "x"}'::jsonb, null, null, false)`),
      ).rejects.toThrow(/unknown filter bureauId/);
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
    const unprotected = rows
      .filter((r) => !r.enabled || !r.forced || r.policies === 0 || !r.has_tenant)
      .map((r) => r.table);
    expect(unprotected).toEqual([]);
  });

  it('the service role owns no table, bypasses nothing, and cannot become a privileged role', async () => {
    const owned = await owner.query(
      `select tablename from pg_tables where schemaname = 'public' and tableowner = 'dsr_app'`,
    );
    expect(owned.rows).toEqual([]);
    const role = await owner.query(
      `select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = 'dsr_app'`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    // Only the public reader (0026), without inheriting it: the service may SET ROLE to read less, never more.
    const memberOf = await owner.query(`select r.rolname, m.inherit_option, r.rolsuper, r.rolbypassrls
      from pg_auth_members m join pg_roles r on r.oid = m.roleid
      join pg_roles u on u.oid = m.member where u.rolname = 'dsr_app'`);
    expect(memberOf.rows).toEqual([
      { rolname: 'dsr_public', inherit_option: false, rolsuper: false, rolbypassrls: false },
    ]);
  });

  it('every unique index other than a primary key includes tenant_id (Citus layout; tables without tenant_id are reference tables)', async () => {
    const { rows } = await owner.query(`
      select i.relname as index, pg_get_indexdef(x.indexrelid) as def
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and x.indisunique and not x.indisprimary and t.relname <> 'mikro_orm_migrations'
        and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id' and not a.attisdropped)`);
    expect(rows.filter((r) => !/tenant_id/.test(r.def)).map((r) => r.index)).toEqual([]);
  });
});

/**
 * Plans and their filing under row-level security alone (raw SQL as the service role): the scope
 * decides who reads a plan; the filer writes only a filing to its parent; the decision is the
 * receiver's, only through app_private.decide_plan_filing (R20, R24; 0006-planning.sql.ts).
 */
describe('row-level security alone: plans and their filing', () => {
  let db: TestDatabase;
  let tree: Tree;
  let app: pg.Client;
  let owner: pg.Client;
  const P = '41.4104',
    Y = '41.4104.410422',
    N = '41.4109.410923',
    H = '41';
  const bureau = (path: string) => tree.bureaus.find((b) => b.path === path)!;
  const user = (name: string) => tree.users.find((u) => u.username === name)!.id;
  let yPlan: string, nPlan: string, yTask: string, yRound: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tree = await loadTree(db.ownerUrl);
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    const plan = async (path: string) =>
      (
        await owner.query(
          `insert into plan (id, tenant_id, bureau_id, scope_path, year, title, kind, created_by)
      select gen_random_uuid(), tenant_id, id, path, 2027, '年度计划', 'BUREAU', $2 from bureau where path = $1::ltree returning id`,
          [path, user('yexian.coordinator')],
        )
      ).rows[0].id;
    yPlan = await plan(Y);
    nPlan = await plan(N);
    const dept = tree.departments.find((d) => d.bureau_id === bureau(Y).id && d.kind === 'POLICE')!.id;
    yTask = (
      await owner.query(
        `insert into plan_task (id, tenant_id, bureau_id, scope_path, plan_id, name, item_version_ids, department_ids, ratio_bp, times_per_year, team_size)
      select gen_random_uuid(), tenant_id, bureau_id, scope_path, id, '任务', array[gen_random_uuid()], array[$2::uuid], 500, 1, 2 from plan where id = $1 returning id`,
        [yPlan, dept],
      )
    ).rows[0].id;
    yRound = (
      await owner.query(
        `insert into plan_round (id, tenant_id, bureau_id, scope_path, plan_id, task_id, round_no, window_start, window_end)
      select gen_random_uuid(), tenant_id, bureau_id, scope_path, plan_id, id, 1, '2027-03-01', '2027-03-31' from plan_task where id = $1 returning id`,
        [yTask],
      )
    ).rows[0].id;
  });
  afterAll(async () => {
    await app.end();
    await owner.end();
    await db.drop();
  });

  const enter = async (path: string) => {
    await app.query(
      `select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true), set_config('app.tenant_id', $3, true)`,
      [
        path,
        bureau(path).id,
        (await owner.query('select tenant_id from bureau where path = $1::ltree', [path])).rows[0].tenant_id,
      ],
    );
  };
  /** The error a statement raises, inside a savepoint so that the transaction goes on; null when it succeeds. */
  const failure = async (sql: string, params: unknown[] = []): Promise<string | null> => {
    await app.query('savepoint s');
    try {
      await app.query(sql, params);
      await app.query('release savepoint s');
      return null;
    } catch (err) {
      await app.query('rollback to savepoint s');
      return (err as Error).message;
    }
  };
  const ids = async (sql: string, params: unknown[] = []) =>
    (await app.query<{ id: string }>(sql, params)).rows.map((r) => r.id).sort();
  const decide = (filing: string, decider: string, decision = 'ACKNOWLEDGED') =>
    `select app_private.decide_plan_filing('${filing}', '${decision}', '意见', '${decider}') as plan_id`;

  it("a county reads its own plans, its city its counties', a province everything below; nobody another city's county; no scope, no row", async () => {
    await app.query('begin');
    try {
      for (const [path, expected] of [
        [Y, [yPlan]],
        [P, [yPlan]],
        [N, [nPlan]],
        ['41.4109', [nPlan]],
        [H, [yPlan, nPlan]],
      ] as const) {
        await enter(path);
        expect(await ids('select id from plan'), path).toEqual([...expected].sort());
        expect((await ids('select id from plan_task')).length, path).toBe(expected.includes(yPlan as never) ? 1 : 0);
        expect((await ids('select id from plan_round')).length, path).toBe(expected.includes(yPlan as never) ? 1 : 0);
      }
    } finally {
      await app.query('rollback');
    }
    for (const table of ['plan', 'plan_task', 'plan_round', 'plan_filing']) {
      expect((await app.query(`select count(*)::int as n from ${table}`)).rows[0].n, table).toBe(0);
    }
  });

  it("R20: a county files only with its parent and cannot decide its own filing; siblings and grandparents cannot decide; only the parent's coordinator, through the function", async () => {
    const filing = '01900000-0000-7000-8000-0000000000f1';
    const insertFiling = (to: string) =>
      failure(
        `insert into plan_filing (id, tenant_id, bureau_id, scope_path, plan_id, filing_no, filed_to_bureau_id, year, kind, content, filed_by)
      select $1, tenant_id, bureau_id, scope_path, id, 1, $2, year, kind, '{}', $3 from plan where id = $4`,
        [filing, to, user('yexian.coordinator'), yPlan],
      );
    await app.query('begin');
    try {
      await enter(Y);
      for (const to of [bureau(H).id, bureau('41.4109').id, bureau(Y).id])
        expect(await insertFiling(to), to).toMatch(/row-level security/);
      expect(await insertFiling(bureau(P).id)).toBeNull();
      expect(await failure(`update plan set status = 'FILED', filing_count = 1 where id = $1`, [yPlan])).toBeNull();
      // The county cannot acknowledge itself, by any road.
      expect(await failure(`update plan set status = 'ACKNOWLEDGED' where id = $1`, [yPlan])).toMatch(/计划状态不能由/);
      expect(
        await failure(
          `update plan_filing set decision = 'ACKNOWLEDGED', decided_by = $2, decided_at = now() where id = $1`,
          [filing, user('yexian.admin')],
        ),
      ).toMatch(/permission denied/);
      expect(await failure(decide(filing, user('yexian.admin')))).toMatch(/备案不存在/);
      // Filed means frozen.
      expect(await failure(`update plan set title = '改' where id = $1`, [yPlan])).toMatch(/已报备的计划不可修改/);
      expect(await failure(`update plan_task set ratio_bp = 900 where id = $1`, [yTask])).toMatch(
        /已报备的计划不可修改/,
      );
      expect(await failure(`update plan_round set window_end = '2027-04-30' where id = $1`, [yRound])).toMatch(
        /已报备的计划不可修改/,
      );

      // Another city's county sees nothing; the province sees it but is not the receiver.
      await enter(N);
      expect(await ids('select id from plan_filing')).toEqual([]);
      expect(await failure(decide(filing, user('nanle.coordinator')))).toMatch(/备案不存在/);
      await enter(H);
      expect(await ids('select id from plan_filing')).toEqual([filing]);
      expect(await failure(decide(filing, user('henan.coordinator')))).toMatch(/备案不存在/);

      // The city: reads it, cannot write the county's rows directly, decides through the function only as a coordinator or admin.
      await enter(P);
      expect(await ids('select id from plan_filing')).toEqual([filing]);
      expect((await app.query(`update plan set title = '越权' where id = $1`, [yPlan])).rowCount).toBe(0);
      expect(await failure(`update plan_filing set decision = 'ACKNOWLEDGED' where id = $1`, [filing])).toMatch(
        /permission denied/,
      );
      expect(await failure(decide(filing, user('pingdingshan.inspector')))).toMatch(/无权处理/);
      expect(await failure(decide(filing, user('yexian.coordinator')))).toMatch(/无权处理/); // not a user of the receiving bureau
      expect(
        await failure(decide(filing, user('pingdingshan.coordinator'), 'RETURNED').replace("'意见'", "''")),
      ).toMatch(/退回须写明意见/);
      expect((await app.query(decide(filing, user('pingdingshan.coordinator')))).rows[0].plan_id).toBe(yPlan);
      expect(await failure(decide(filing, user('pingdingshan.coordinator'), 'RETURNED'))).toMatch(/备案不存在|已处理/); // decided once
      expect((await app.query('select status, version from plan where id = $1', [yPlan])).rows[0]).toEqual({
        status: 'ACKNOWLEDGED',
        version: 2,
      }); // the decision bumps the version the county read
      expect((await app.query('select decision, decided_by from plan_filing where id = $1', [filing])).rows[0]).toEqual(
        { decision: 'ACKNOWLEDGED', decided_by: user('pingdingshan.coordinator') },
      );

      // R24: the round is drawable now, for whoever can see it; not for another city's county.
      for (const [path, drawable] of [
        [Y, true],
        [P, true],
        [N, false],
      ] as const) {
        await enter(path);
        expect((await app.query('select app_private.plan_round_drawable($1) as d', [yRound])).rows[0].d, path).toBe(
          drawable,
        );
      }
      await app.query('commit');
    } catch (err) {
      await app.query('rollback');
      throw err;
    }
    // Even the owner cannot rewrite what was filed, nor decide twice, nor delete a plan or a filing.
    await expect(
      owner.query(`update plan_filing set content = '{"tasks":[]}' where id = $1`, [filing]),
    ).rejects.toThrow(/报备版本不可修改/);
    await expect(owner.query(`update plan_filing set comment = '改' where id = $1`, [filing])).rejects.toThrow(
      /已处理/,
    );
    await expect(owner.query('delete from plan_filing where id = $1', [filing])).rejects.toThrow(/不能删除/);
    await expect(owner.query('delete from plan where id = $1', [yPlan])).rejects.toThrow(/不能删除/);
  });
});
