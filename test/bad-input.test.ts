import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { getIntrospectionQuery } from 'graphql';
import { errorCode, startTestApp, type TestApp } from './support/harness';
import type { Edge } from './support/graphql';

/** Bad input gets a GraphQL error with a code and a 4xx: never a stack trace, never a 500. */
describe('bad input', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('nanle.admin');
  });
  afterAll(async () => t.close());

  const post = (body: string, contentType = 'application/json') =>
    supertest(t.server.app)
      .post('/graphql')
      .set('content-type', contentType)
      .set('authorization', `Bearer ${token}`)
      .send(body);

  const noLeak = (text: string) => {
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(text).not.toMatch(/stacktrace/i);
  };

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const res = await post('{"query": "{ me { user { id } } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    noLeak(res.text);
  });

  it('a body over the size limit: 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: `{ me { user { id } } } #${'x'.repeat(2_000_000)}` }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('syntax errors and unknown fields: 400 with a code and a Chinese message', async () => {
    const syntax = await post(JSON.stringify({ query: '{ me { user { id } ' }));
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.body.errors[0].message).toMatch(/^查询语法错误/);
    const unknown = await post(JSON.stringify({ query: '{ me { user { password } } }' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    noLeak(unknown.text);
  });

  it('unknown input fields and wrong argument types: 400 BAD_USER_INPUT', async () => {
    const extra = await post(
      JSON.stringify({
        query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }',
        variables: { i: { code: 'ok', name: '好', kind: 'POLICE', owner: 'x' } },
      }),
    );
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongType = await post(
      JSON.stringify({ query: 'query($n: Int) { bureaus(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    );
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('validation of input values names the field', async () => {
    const res = await t.gql(
      'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }',
      { i: { code: 'Bad Code!', name: '好', kind: 'POLICE' } },
      token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0]!.extensions!.field).toBe('code');
    expect(res.body.errors![0]!.message).toMatch(/部门代码格式不正确/);
    const big = await t.gql('{ bureaus(first: 1000) { totalCount } }', {}, token);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
  });

  it('ids that are not UUIDs: NOT_FOUND for a lookup, BAD_USER_INPUT in a filter or a write, never a server error', async () => {
    expect(errorCode(await t.gql('{ bureau(id: "not-a-uuid") { id } }', {}, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('{ user(id: "42") { id } }', {}, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('{ departments(filter: { bureauId: "x" }) { totalCount } }', {}, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await t.gql(
          'mutation { updateDepartment(input: { id: "x", version: 1, name: "甲" }) { department { id } } }',
          {},
          token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('a query deeper than the limit is refused before it runs', async () => {
    let q = 'id';
    for (let i = 0; i < 12; i++) q = `parent { ${q} }`;
    const res = await post(JSON.stringify({ query: `{ me { user { bureau { ${q} } } } }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a query above the complexity limit is refused with QUERY_TOO_COMPLEX', async () => {
    const res = await post(
      JSON.stringify({
        query:
          '{ bureaus(first: 100) { edges { node { children { departments { id name code } } departments { id name } } } } }',
      }),
    );
    expect(res.body.errors?.[0]?.extensions?.complexity).toBeGreaterThan(5000);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('the introspection GraphiQL sends is not refused by the limits, even with its empty "Bearer " header', async () => {
    const res = await supertest(t.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', 'Bearer ')
      .send(JSON.stringify({ query: getIntrospectionQuery() }));
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('a stale version is a CONFLICT, and the failed mutation writes nothing', async () => {
    const created = await t.gql(
      'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id version } } }',
      { i: { code: 'wangan', name: '网安大队', kind: 'POLICE' } },
      token,
    );
    const { id } = created.body.data!.createDepartment.department;
    const upd = (name: string, version: number) =>
      t.gql(
        'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { department { name version } } }',
        { i: { id, version, name } },
        token,
      );
    expect((await upd('网安一大队', 1)).body.data!.updateDepartment.department).toEqual({
      name: '网安一大队',
      version: 2,
    });
    const stale = await upd('网安二大队', 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.body.data).toBeNull();
    const now = await t.gql('query($id: ID!) { department(id: $id) { name version } }', { id }, token);
    expect(now.body.data!.department).toEqual({ name: '网安一大队', version: 2 });
  });

  it('two mutations in one request: when the second fails, the first is rolled back too', async () => {
    const res = await t.gql(
      `mutation {
      a: createDepartment(input: { code: "both-a", name: "甲", kind: POLICE }) { department { id } }
      b: createDepartment(input: { code: "both-a", name: "乙", kind: POLICE }) { department { id } }
    }`,
      {},
      token,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.body.data).toBeNull();
    const list = await t.gql('{ departments(first: 100) { edges { node { code } } } }', {}, token);
    expect(list.body.data!.departments.edges.map((e: Edge<{ code: string }>) => e.node.code)).not.toContain('both-a');
  });

  it('a duplicate user name anywhere in the system is a CONFLICT naming the field', async () => {
    const res = await t.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
      {
        i: {
          username: 'yexian.admin',
          displayName: '重名',
          departmentId: (await t.gql('{ me { user { departmentId } } }', {}, token)).body.data!.me.user.departmentId,
          roles: ['INSPECTOR'],
          initialPassword: 'Initial2026pw',
        },
      },
      token,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.body.errors![0]!.extensions!.field).toBe('username');
  });
});
