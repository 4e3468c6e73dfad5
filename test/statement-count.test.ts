import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness';
import { chinaToday } from './support/dates';
import type { Edge } from './support/graphql';
import { beginWithPrincipal, syntheticUscc } from '@dsr/db';
import {
  beginOrmTransaction,
  beginOrmTransactionWith,
  type RequestTransaction,
} from '../services/api/src/common/request-transaction';

/** N+1 is a bug: relation fields go through per-request DataLoaders. */
type NamedMember = { inspector: { name: string; department: { name: string }; bureau: { name: string } } };

describe('SQL statements per request', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('henan.admin');
  });
  afterAll(async () => t.close());

  const tree = (n: number) =>
    `{ bureaus(first: ${n}) { edges { node { name parent { name } children { name } departments { name } } } } }`;

  it('a page of bureaus with parent, children and departments costs the same for 2 rows as for all rows', async () => {
    const one = await t.countStatements(() => t.gql(tree(2), {}, token)); // the province and a city (which has a parent)
    const all = await t.countStatements(() => t.gql(tree(50), {}, token));
    expect(all.result.body.data!.bureaus.edges.length).toBeGreaterThan(3);
    expect(all.statements, all.sql.join('\n')).toBe(one.statements);
    // begin, session + scope, page, count, 3 loaders, commit
    expect(all.statements, all.sql.join('\n')).toBeLessThanOrEqual(8);
  });

  it('an authenticated one-object read: begin with session check and scope in one round trip, one select, commit', async () => {
    const me = (await t.gql('{ me { user { bureauId } } }', {}, token)).body.data!.me.user.bureauId;
    // The commit is not awaited before the answer: wait a moment so that it is counted too.
    const read = await t.countStatements(async () => {
      const res = await t.gql('query($id: ID!) { bureau(id: $id) { name } }', { id: me }, token);
      await new Promise((r) => setTimeout(r, 50));
      return res;
    });
    expect(read.result.body.data!.bureau.name).toBeTruthy();
    expect(read.statements, read.sql.join('\n')).toBeLessThanOrEqual(3);
    // BEGIN and the prepared principal statement (the session id bound) leave in one write
    expect(read.sql[0]).toMatch(/^BEGIN; select p\.\*.*session_principal\(\$1\)/s);
    expect(read.bindings[0]).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(read.sql.at(-1)).toMatch(/^COMMIT/);
  });

  it('a page of plans with tasks, items, departments, rounds, filings and warnings costs the same for 1 plan as for 3', async () => {
    // Three filed plans (叶县, 南乐县, 平顶山市), each with two tasks of two rounds, written directly as the owner.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      for (const path of ['41.4104.410422', '41.4109.410923', '41.4104']) {
        const {
          rows: [plan],
        } = await owner.query(
          `insert into plan (id, tenant_id, bureau_id, scope_path, year, title, kind, created_by)
          select gen_random_uuid(), b.tenant_id, b.id, b.path, 2027, b.name || '年度计划', 'BUREAU', u.id
          from bureau b join app_user u on u.bureau_id = b.id where b.path = $1::ltree limit 1 returning id, bureau_id`,
          [path],
        );
        const {
          rows: [dept],
        } = await owner.query(`select id from department where bureau_id = $1 and kind = 'POLICE' limit 1`, [
          plan.bureau_id,
        ]);
        const {
          rows: [item],
        } = await owner.query(`select gen_random_uuid() as id`);
        for (const name of ['任务一', '任务二']) {
          const {
            rows: [task],
          } = await owner.query(
            `insert into plan_task (id, tenant_id, bureau_id, scope_path, plan_id, name, item_version_ids, department_ids,
            ratio_bp, times_per_year, team_size) select gen_random_uuid(), tenant_id, bureau_id, scope_path, id, $2, array[$3::uuid], array[$4::uuid], 500, 2, 2
            from plan where id = $1 returning id`,
            [plan.id, name, item.id, dept.id],
          );
          for (const [no, month] of [
            [1, '03'],
            [2, '09'],
          ]) {
            await owner.query(
              `insert into plan_round (id, tenant_id, bureau_id, scope_path, plan_id, task_id, round_no, window_start, window_end)
              select gen_random_uuid(), tenant_id, bureau_id, scope_path, plan_id, id, $2, $3::date, $3::date + 10 from plan_task where id = $1`,
              [task.id, no, `2027-${month}-01`],
            );
          }
        }
        await owner.query(
          `insert into plan_filing (id, tenant_id, bureau_id, scope_path, plan_id, filing_no, filed_to_bureau_id, year, kind, content, filed_by)
          select gen_random_uuid(), p.tenant_id, p.bureau_id, p.scope_path, p.id, 1, b.parent_id, p.year, p.kind, '{}', p.created_by
          from plan p join bureau b on b.id = p.bureau_id where p.id = $1`,
          [plan.id],
        );
        await owner.query(`update plan set status = 'FILED', filing_count = 1 where id = $1`, [plan.id]);
      }
    } finally {
      await owner.end();
    }
    const plans = (
      n: number,
    ) => `{ plans(first: ${n}) { edges { node { title bureau { name } department { name } tasks { name itemVersions { name } departments { name }
      rounds { roundNo } } filings { filingNo filedTo { name } } latestFiling { filingNo } warnings { code } } } } }`;
    const one = await t.countStatements(() => t.gql(plans(1), {}, token));
    const all = await t.countStatements(() => t.gql(plans(10), {}, token));
    expect(all.result.body.errors).toBeUndefined();
    expect(all.result.body.data!.plans.edges.length).toBe(3);
    expect(all.result.body.data!.plans.edges[0].node.tasks[0].rounds.length).toBe(2);
    expect(all.statements, all.sql.join('\n')).toBe(one.statements);
    // begin, session + scope, page, then one query per relation and level: bureaus, tasks, filings, settings, rounds, item versions,
    // departments, the filings' receivers (bureaus again, one level down); commit
    expect(all.statements, all.sql.join('\n')).toBeLessThanOrEqual(12);
  });

  it("names, not ids: a page of inspections with target and each member's name, badge and department costs the same for 1 row as for 4", async () => {
    // Four direct checks of 叶县 targets, each with two of its inspectors, written directly as the owner.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const {
        rows: [b],
      } = await owner.query("select id, tenant_id from bureau where path = '41.4104.410422'");
      const {
        rows: [creator],
      } = await owner.query("select id, department_id from app_user where username = 'yexian.head'");
      const { rows: people } = await owner.query(
        `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until)
        select gen_random_uuid(), $1, $2, '41.4104.410422', $3, '计数检查员' || n, 'M', 'SC-' || n, 'SC-' || n, '2035-12-31' from generate_series(1, 8) n
        returning id, department_id`,
        [b.tenant_id, b.id, creator.department_id],
      );
      const { rows: targets } = await owner.query(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category)
        select gen_random_uuid(), $1, $2, '41.4104.410422', $3, 'ORGANISATION', '计数宾馆' || x.n, x.uscc, '410422100', 'HOTEL' from jsonb_to_recordset($4::jsonb) as x(n int, uscc text)
        returning id`,
        [
          b.tenant_id,
          b.id,
          creator.department_id,
          JSON.stringify([1, 2, 3, 4].map((n) => ({ n, uscc: syntheticUscc('410422', 880 + n) }))),
        ],
      );
      for (const [n, target] of targets.entries()) {
        const {
          rows: [inspection],
        } = await owner.query(
          `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
            item_version_ids, window_start, window_end, direct_reason, direct_reference, retention_until, created_by)
          values (gen_random_uuid(), $1, $2, '41.4104.410422', 'DIRECT', $3, $4, array[$4::uuid], array[gen_random_uuid()], $7::date, $7::date + 7, 'COMPLAINT', $5,
            $7::date + interval '3 years', $6)
          returning id`,
          [b.tenant_id, b.id, target.id, creator.department_id, `投诉-${n}`, creator.id, chinaToday()],
        );
        for (const p of people.slice(2 * n, 2 * n + 2)) {
          await owner.query(
            `insert into inspection_member (id, tenant_id, bureau_id, scope_path, inspection_id, inspector_id, department_id, joined_via)
            values (gen_random_uuid(), $1, $2, '41.4104.410422', $3, $4, $5, 'DIRECT')`,
            [b.tenant_id, b.id, inspection.id, p.id, p.department_id],
          );
        }
      }
    } finally {
      await owner.end();
    }
    const county = await t.login('yexian.coordinator');
    const q = (
      n: number,
    ) => `{ inspections(first: ${n}) { edges { node { id target { name uscc registeredAddress regionCode }
      members { inspectorId inspector { name badgeNo department { name } bureau { name } } } } } } }`;
    const one = await t.countStatements(() => t.gql(q(1), {}, county));
    const all = await t.countStatements(() => t.gql(q(10), {}, county));
    expect(all.result.body.errors).toBeUndefined();
    const nodes = all.result.body.data!.inspections.edges.map((e: Edge<{ members: NamedMember[] }>) => e.node) as {
      members: NamedMember[];
    }[];
    expect(nodes).toHaveLength(4);
    expect(
      nodes
        .flatMap((i) => i.members)
        .every((m) => m.inspector.name && m.inspector.department.name && m.inspector.bureau.name === '叶县公安局'),
    ).toBe(true);
    expect(all.statements, all.sql.join('\n')).toBe(one.statements);
    // begin, session + scope, page, count, targets, members, their names (one reviewed function), commit
    expect(all.statements, all.sql.join('\n')).toBeLessThanOrEqual(8);
  });

  it('a list page and its count in one statement: targets with totalCountCapped, myInspections with totalCount', async () => {
    const reads = (sql: string[], table: string) => sql.filter((q) => new RegExp(`from "?${table}"? `).test(q));
    const county = await t.login('yexian.coordinator');
    const page = await t.countStatements(() =>
      t.gql('{ targets(first: 5) { totalCountCapped totalCountOverCap edges { node { id name } } } }', {}, county),
    );
    expect(page.result.body.data!.targets.edges.length).toBeGreaterThan(0);
    expect(page.result.body.data!.targets.totalCountCapped).toBeGreaterThan(0);
    // begin with session + scope, the rows with the capped count, commit
    expect(page.statements, page.sql.join('\n')).toBeLessThanOrEqual(3);
    expect(reads(page.sql, 'target'), page.sql.join('\n')).toHaveLength(1);

    // yexian.inspector on the team of two of 叶县's direct checks, through a directory entry of their own.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const {
        rows: [me],
      } = await owner.query(
        `select u.id, u.tenant_id, u.bureau_id, u.department_id, b.path from app_user u join bureau b on b.id = u.bureau_id
          where u.username = 'yexian.inspector'`,
      );
      const {
        rows: [entry],
      } = await owner.query(
        `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, user_id, name, gender, badge_no, warrant_no, warrant_valid_until)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, '计数本人', 'F', 'SC-ME', 'SC-ME', '2035-12-31') returning id`,
        [me.tenant_id, me.bureau_id, me.path, me.department_id, me.id],
      );
      for (const n of [1, 2]) {
        const {
          rows: [inspection],
        } = await owner.query(
          `with tg as (insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category)
             values (gen_random_uuid(), $1, $2, $3, $4, 'ORGANISATION', '本人宾馆' || $6::int, $7, '410422100', 'HOTEL') returning id)
           insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
             item_version_ids, window_start, window_end, direct_reason, direct_reference, retention_until, created_by)
           select gen_random_uuid(), $1, $2, $3, 'DIRECT', tg.id, $4, array[$4::uuid], array[gen_random_uuid()], $8::date,
             $8::date + 7, 'COMPLAINT', '本人-' || $6::int, $8::date + interval '3 years', $5 from tg returning id`,
          [
            me.tenant_id,
            me.bureau_id,
            me.path,
            me.department_id,
            me.id,
            n,
            syntheticUscc('410422', 890 + n),
            chinaToday(),
          ],
        );
        await owner.query(
          `insert into inspection_member (id, tenant_id, bureau_id, scope_path, inspection_id, inspector_id, department_id, joined_via)
           values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 'DIRECT')`,
          [me.tenant_id, me.bureau_id, me.path, inspection.id, entry.id, me.department_id],
        );
      }
    } finally {
      await owner.end();
    }
    const inspector = await t.login('yexian.inspector');
    const mine = await t.countStatements(async () => {
      const res = await t.gql(
        '{ myInspections(first: 5) { totalCount edges { node { id target { name } leadDepartment { name } } } } }',
        {},
        inspector,
      );
      await new Promise((r) => setTimeout(r, 50)); // the commit is not awaited before the answer
      return res;
    });
    expect(mine.result.body.errors).toBeUndefined();
    const rows = mine.result.body.data!.myInspections.edges.length as number;
    expect(rows).toBe(2);
    expect(mine.result.body.data!.myInspections.totalCount).toBeGreaterThanOrEqual(rows);
    // begin with session + scope, the page with its count, targets, departments, commit
    expect(mine.statements, mine.sql.join('\n')).toBe(5);
    expect(reads(mine.sql, 'inspection'), mine.sql.join('\n')).toHaveLength(1);
    const names = mine.result.body.data!.myInspections.edges.map(
      (e: { node: { target: { name: string } | null; leadDepartment: { name: string } | null } }) => e.node,
    );
    expect(names.map((n: { target: { name: string } }) => n.target.name).sort()).toEqual(['本人宾馆1', '本人宾馆2']);
    expect(names.every((n: { leadDepartment: { name: string } | null }) => n.leadDepartment?.name)).toBe(true);
  });

  it('the request transaction: BEGIN and the principal leave in one write on the ORM’s own connections (one pg, with pipeline mode)', async () => {
    const sessionId = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
    const em = t.orm.em.fork({ clear: true, useContext: false });
    let writes = 0;
    let socket: Record<'_write' | '_writev', (...a: unknown[]) => void> | undefined;
    const principal = await beginOrmTransactionWith(em, (conn) => {
      socket = (conn as unknown as { connection: { stream: NonNullable<typeof socket> } }).connection.stream;
      for (const method of ['_write', '_writev'] as const) {
        const send = socket[method];
        socket[method] = (...args: unknown[]) => {
          writes += 1;
          send.apply(socket, args);
        };
      }
      return beginWithPrincipal(conn, sessionId);
    });
    try {
      expect(principal?.username).toBe('henan.admin');
      expect(writes).toBe(1);
    } finally {
      delete (socket as Partial<NonNullable<typeof socket>>)._write;
      delete (socket as Partial<NonNullable<typeof socket>>)._writev;
      await em.rollback();
    }
  });

  it('the request transaction: every connection goes back to the pool, and an ended transaction runs nothing more', async () => {
    const pool = (t.orm.em.getKnex().client as unknown as { pool: { numUsed(): number; numPendingAcquires(): number } })
      .pool;
    const county = await t.login('yexian.coordinator');
    // Three times the pool's size at once: reads, refused mutations (rolled back), anonymous reads.
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        i % 3 === 0
          ? t.gql('{ me { user { username } } }', {}, county)
          : i % 3 === 1
            ? t.gql('mutation { createDepartment(input: { name: "", kind: POLICE }) { id } }', {}, county)
            : t.gql('{ __typename }'),
      ),
    );
    await expect.poll(() => pool.numUsed() + pool.numPendingAcquires(), { timeout: 2000 }).toBe(0);

    const em = t.orm.em.fork();
    await beginOrmTransaction(em);
    const trx = em.getTransactionContext<RequestTransaction>()!;
    await em.commit();
    expect(trx.isCompleted()).toBe(true);
    await expect(
      em
        .getKnex()
        .raw('select 1')
        .transacting(trx as never),
    ).rejects.toThrow(/ended/);
    await expect.poll(() => pool.numUsed(), { timeout: 2000 }).toBe(0);
  });
});
