import { randomBytes } from 'node:crypto';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Bureau, DEMO_PASSWORD, Department, openOrm, syntheticUscc } from '@dsr/db';
import { createServer, type AppServer } from '../services/api/src/server';
import { createTestDatabase, type TestDatabase } from './support/harness';

/**
 * The ORM scope filter alone stops a leak: the product served on a superuser connection, where
 * row-level security does not apply (a superuser bypasses it even when FORCEd), still answers a
 * county's reads within the county. Shield lets these fields through for any signed-in caller,
 * so what stops the neighbour's rows here is the filter on the product's request path.
 */
describe('the ORM scope filter with row-level security out of the way', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let server: AppServer;
  let token: string;
  let neighbour: { bureauId: string; departmentId: string };

  const gql = async (query: string, variables: Record<string, unknown> = {}, as = token) => {
    const res = await supertest(server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${as}`)
      .send({ query, variables });
    return res.body as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm({ clientUrl: db.superUrl, poolMax: 2 });
    server = await createServer({ orm, jwtSecret: randomBytes(32).toString('hex'), log: () => undefined });
    const login = await supertest(server.app)
      .post('/graphql')
      .send({
        query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
        variables: { u: 'nanle.admin', p: DEMO_PASSWORD },
      });
    token = (login.body as { data: { login: { token: string } } }).data.login.token;
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ bureau_id: string; department_id: string }>(
        `select b.id as bureau_id, d.id as department_id from bureau b join department d on d.bureau_id = b.id
         where b.path = '41.4104.410422' limit 1`, // 叶县: 南乐县's neighbour under another city
      );
      neighbour = { bureauId: rows[0]!.bureau_id, departmentId: rows[0]!.department_id };
    } finally {
      await owner.end();
    }
  });
  afterAll(async () => {
    await server?.stop();
    await orm?.close(true);
    await db?.drop();
  });

  it('the connection itself sees the neighbour: row-level security is not what stops it here', async () => {
    const em = orm.em.fork();
    expect(await em.findOne(Bureau, { id: neighbour.bureauId }, { filters: false })).not.toBeNull();
    expect(await em.findOne(Department, { id: neighbour.departmentId }, { filters: false })).not.toBeNull();
    const [{ rls }] = await em
      .getConnection()
      .execute<{ rls: boolean }[]>(`select rolbypassrls or rolsuper as rls from pg_roles where rolname = current_user`);
    expect(rls).toBe(true);
  });

  it("a county reads its own bureau but not its neighbour's, nor the neighbour's department, by id", async () => {
    const own = await gql('{ me { user { bureauId } } }');
    const ownId = (own.data!.me as { user: { bureauId: string } }).user.bureauId;
    expect((await gql('query($id: ID!) { bureau(id: $id) { id } }', { id: ownId })).data!.bureau).toEqual({
      id: ownId,
    });

    const bureau = await gql('query($id: ID!) { bureau(id: $id) { id name } }', { id: neighbour.bureauId });
    expect(bureau.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const department = await gql('query($id: ID!) { department(id: $id) { id name } }', { id: neighbour.departmentId });
    expect(department.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("two counties' requests side by side each get their own scope (the filter's condition is kept per scope, never shared)", async () => {
    const login = await supertest(server.app)
      .post('/graphql')
      .send({
        query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
        variables: { u: 'yexian.coordinator', p: DEMO_PASSWORD },
      });
    const other = (login.body as { data: { login: { token: string } } }).data.login.token;
    const own = await gql('{ me { user { bureauId } } }');
    const ownId = (own.data!.me as { user: { bureauId: string } }).user.bureauId;
    const bureau = 'query($id: ID!) { bureau(id: $id) { id } }';
    for (let round = 0; round < 3; round++) {
      const [mine, theirs, mineOfTheirs, theirsOfMine] = await Promise.all([
        gql(bureau, { id: ownId }),
        gql(bureau, { id: neighbour.bureauId }, other),
        gql(bureau, { id: neighbour.bureauId }),
        gql(bureau, { id: ownId }, other),
      ]);
      expect(mine.data!.bureau).toEqual({ id: ownId });
      expect(theirs.data!.bureau).toEqual({ id: neighbour.bureauId });
      expect(mineOfTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(theirsOfMine.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it("a county's list of bureaus holds no neighbour", async () => {
    const page = await gql('{ bureaus(first: 100) { edges { node { id path } } } }');
    const paths = (page.data!.bureaus as { edges: { node: { path: string } }[] }).edges.map((e) => e.node.path);
    expect(paths).toContain('41.4109.410923');
    expect(paths.some((p) => p.startsWith('41.4104'))).toBe(false);
  });

  it("a page's joined names pass the filter too: an inspection naming the neighbour's target and department shows neither", async () => {
    // 南乐's own inspection, written as the owner with 叶县's target and department in it (no API would),
    // with nanle.admin on its team through a directory entry of their own.
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const {
        rows: [own],
      } = await owner.query<{ tenant_id: string; bureau_id: string; department_id: string; user_id: string }>(
        `select u.tenant_id, u.bureau_id, u.department_id, u.id as user_id from app_user u where u.username = 'nanle.admin'`,
      );
      const {
        rows: [target],
      } = await owner.query<{ id: string }>(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category)
         select gen_random_uuid(), b.tenant_id, b.id, b.path, $2, 'ORGANISATION', '叶县过滤宾馆', $3, '410422100', 'HOTEL'
           from bureau b where b.id = $1 returning id`,
        [neighbour.bureauId, neighbour.departmentId, syntheticUscc('410422', 991)],
      );
      const {
        rows: [person],
      } = await owner.query<{ id: string }>(
        `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, user_id, name, gender, badge_no, warrant_no, warrant_valid_until)
         values (gen_random_uuid(), $1, $2, '41.4109.410923', $3, $4, '过滤检查员', 'M', 'OF-1', 'OF-1', '2035-12-31') returning id`,
        [own.tenant_id, own.bureau_id, own.department_id, own.user_id],
      );
      const {
        rows: [inspection],
      } = await owner.query<{ id: string }>(
        `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
           item_version_ids, window_start, window_end, direct_reason, direct_reference, retention_until, created_by)
         values (gen_random_uuid(), $1, $2, '41.4109.410923', 'DIRECT', $3, $4, array[$4::uuid], array[gen_random_uuid()],
           current_date, current_date + 7, 'COMPLAINT', '过滤-1', current_date + interval '3 years', $5) returning id`,
        [own.tenant_id, own.bureau_id, target!.id, neighbour.departmentId, own.user_id],
      );
      await owner.query(
        `insert into inspection_member (id, tenant_id, bureau_id, scope_path, inspection_id, inspector_id, department_id, joined_via)
         values (gen_random_uuid(), $1, $2, '41.4109.410923', $3, $4, $5, 'DIRECT')`,
        [own.tenant_id, own.bureau_id, inspection!.id, person!.id, own.department_id],
      );
      // The product's connection would read the neighbour's target: nothing but the filter stands in the way.
      const em = orm.em.fork();
      const [{ n }] = await em
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from target where id = ?', [target!.id]);
      expect(n).toBe(1);

      const page = await gql(
        '{ myInspections(first: 20) { totalCount edges { node { id target { name } leadDepartment { name } } } } }',
      );
      expect(page.errors).toBeUndefined();
      const nodes = (
        page.data!.myInspections as { edges: { node: { id: string; target: unknown; leadDepartment: unknown } }[] }
      ).edges.map((e) => e.node);
      expect(nodes.find((i) => i.id === inspection!.id)).toEqual({
        id: inspection!.id,
        target: null,
        leadDepartment: null,
      });
    } finally {
      await owner.end();
    }
  });
});
