import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createHmac, randomBytes, type KeyObject } from 'node:crypto';
import pg from 'pg';
import { DEMO_PASSWORD } from '@dsr/db';
import { createServer } from '../services/api/src/server';
import { errorCode, startTestApp, type TestApp } from './support/harness';
import { loadTree, type Tree } from './support/tenancy';

/** Issue 10 §3: the GraphQL edge answers every request with a 4xx and a code, never a 500. */
describe('GraphQL edge (issue 10 §3)', () => {
  let t: TestApp;
  let tree: Tree;
  let office: string;
  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    office = await t.login('nanle.coordinator');
  });
  afterAll(async () => t.close());

  const post = (body: unknown, token?: string, ip?: string) => {
    const req = supertest(t.server.app).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    if (ip) req.set('x-forwarded-for', ip);
    return req.send(body as object);
  };
  const dept = (path: string, name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === path && d.name === name)!.id;

  it('a fragment cycle is a 400 validation error, signed out too (was HTTP 500: graphql-depth-limit recursed)', async () => {
    const res = await post({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/循环引用/);
    const self = await post({ query: '{ me { ...U } } fragment U on Viewer { user { id } ...U }' }, office);
    expect(self.status).toBe(400);
  });

  it('a body in an unsupported charset or encoding is a 4xx, not a 500', async () => {
    const charset = await supertest(t.server.app)
      .post('/graphql')
      .set('content-type', 'application/json; charset=koi8-r')
      .send('{"query":"{ __typename }"}');
    expect(charset.status).toBe(415);
    expect(charset.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const encoding = await supertest(t.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('content-encoding', 'zstd-nope')
      .send('{"query":"{ __typename }"}');
    expect(encoding.status).toBe(415);
  });

  it('counts cost once per connection and a lot: 25 aliased totalCounts are over the cost limit', async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: targets(first: 1) { totalCount }`).join(' ')} }`;
    const over = await post({ query: aliased(25) }, office);
    expect(over.status).toBe(400);
    expect(over.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(over.body.errors[0].message).toMatch(/查询过于复杂/);
    // A page with one count beside it is cheap: the count is not multiplied by the page size.
    const page = await post({ query: '{ targets(first: 100) { totalCount edges { node { id } } } }' }, office);
    expect(page.status).toBe(200);
    expect(page.body.errors).toBeUndefined();
  });

  it('costs a repeated query again when a variable it reads changes: a page size or an @include', async () => {
    const page = 'query($n: Int!) { targets(first: $n) { edges { node { id name } } } }';
    expect((await post({ query: page, variables: { n: 10 } }, office)).status).toBe(200);
    const big = await post({ query: page, variables: { n: 5000 } }, office);
    expect(big.status).toBe(400);
    expect(big.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const rows = `query($c: Boolean!) { ${Array.from(
      { length: 20 },
      (_, i) => `a${i}: targets(first: 100) { edges @include(if: $c) { node { id name } } }`,
    ).join(' ')} }`;
    expect((await post({ query: rows, variables: { c: false } }, office)).status).toBe(200);
    const counted = await post({ query: rows, variables: { c: true } }, office);
    expect(counted.status).toBe(400);
    expect(counted.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('every answer, API and files alike, says nosniff, may not be framed by another site and keeps its address from other sites', async () => {
    const answers = [
      await post({ query: '{ me { user { id } } }' }, office),
      await post({ query: '{ me { nope } }' }, office),
      await supertest(t.server.app).get('/evidence/0190c0de-0000-7000-8000-000000000001'), // 401, no token
      await supertest(t.server.app).get('/graphql').set('Accept', 'text/html'), // GraphiQL
      await supertest(t.server.app).post('/public/graphql').send({ query: '{ publicBureaus { code } }' }),
    ];
    for (const res of answers) {
      expect(
        [res.headers['x-content-type-options'], res.headers['x-frame-options'], res.headers['referrer-policy']],
        `${res.status} ${res.type}`,
      ).toEqual(['nosniff', 'SAMEORIGIN', 'same-origin']);
    }
  });

  it('answers GraphQL with cache-control: no-store, errors too', async () => {
    const ok = await post({ query: '{ me { user { id } } }' }, office);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.headers['cache-control']).toBe('no-store');
    const bad = await post({ query: '{ me { nope } }' }, office);
    expect(bad.status).toBe(400);
    expect(bad.headers['cache-control']).toBe('no-store');
  });

  it('refuses 1,600 aliases, too many tokens, aliases or directives with a code and a Chinese message, before anything runs', async () => {
    const huge = await post(
      { query: `{ ${Array.from({ length: 1600 }, (_, i) => `a${i}: targets(first: 1) { totalCount }`).join(' ')} }` },
      office,
    );
    expect(huge.status, JSON.stringify(huge.body)).toBe(400);
    expect(huge.body.errors[0].extensions, JSON.stringify(huge.body)).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
    });
    expect(huge.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    expect(huge.body.errors[0].message).toMatch(/查询过长/);
    const aliases = await post(
      { query: `{ ${Array.from({ length: 31 }, (_, i) => `m${i}: me { sessionId }`).join(' ')} }` },
      office,
    );
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: 30,
      found: 31,
    });
    expect(aliases.body.errors[0].message).toMatch(/别名个数超过上限/);
    const directives = await post({ query: `{ me { sessionId ${'@include(if: true) '.repeat(21)} } }` }, office);
    expect(directives.status).toBe(400);
    expect(directives.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });

  it('limits requests without a token per address (sign-in included): HTTP 429 with Retry-After', async () => {
    const server = await createServer({
      orm: t.orm,
      jwtSecret: randomBytes(32).toString('hex'),
      anonymousRateLimitPerMinute: 3,
      log: () => undefined,
    });
    try {
      server.app.set('trust proxy', true);
      const anon = () =>
        supertest(server.app)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-forwarded-for', '198.51.100.7')
          .send({ query: 'mutation { login(input: { username: "nobody.here", password: "x" }) { token } }' });
      for (let i = 0; i < 3; i++) expect((await anon()).status).not.toBe(429);
      const limited = await anon();
      expect(limited.status).toBe(429);
      expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address has its own budget.
      const other = await supertest(server.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', '198.51.100.8')
        .send({ query: '{ __typename }' });
      expect(other.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('a 10,000-character or NUL target or inspector name is BAD_USER_INPUT naming the field, never INTERNAL_SERVER_ERROR', async () => {
    const zhian = dept('41.4109.410923', '治安大队');
    const target = (name: string) =>
      t.gql(
        'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id } } }',
        {
          i: {
            target: {
              holderKind: 'ORGANISATION',
              name,
              uscc: '91330100716105852F',
              regionCode: '410923',
              businessCategory: 'HOTEL',
              departmentId: zhian,
            },
          },
        },
        office,
      );
    const inspector = (name: string) =>
      t.gql(
        'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id } } }',
        { i: { inspector: { name, gender: 'F', departmentId: zhian } } },
        office,
      );
    for (const [make, field] of [
      [target, 'target.name'],
      [inspector, 'inspector.name'],
    ] as const) {
      for (const name of ['名'.repeat(10_000), '宾馆\u0000', '宾馆\u0007', '宾\u202E馆', '宾\u200B馆', '宾馆\n二号']) {
        const res = await make(name);
        expect(errorCode(res), JSON.stringify(name.slice(0, 8))).toBe('BAD_USER_INPUT');
        expect(res.body.errors![0]!.extensions!.field).toBe(field);
        expect(res.body.errors![0]!.message).toMatch(/名称|姓名|name/);
      }
    }
    // An ordinary name still goes through.
    expect(errorCode(await target('宾馆'))).toBeNull();
  });

  it('a value the database refuses (check, unique, foreign key, not null, NUL) is BAD_USER_INPUT or CONFLICT naming the field', async () => {
    const { formatError } = await import('../services/api/src/common/errors');
    // The superuser: the same constraints, without row-level security in the way.
    const c = new pg.Client({ connectionString: t.db.superUrl });
    await c.connect();
    const refusal = async (sql: string, params: unknown[] = []) => {
      await c.query('begin');
      try {
        await c.query(sql, params);
        throw new Error(`accepted: ${sql}`);
      } catch (e) {
        if ((e as Error).message.startsWith('accepted')) throw e;
        return formatError({ message: 'x' }, e, () => undefined).extensions;
      } finally {
        await c.query('rollback');
      }
    };
    try {
      const bureau = tree.bureaus.find((b) => b.path === '41.4109.410923')!.id;
      const insert = `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
        select gen_random_uuid(), d.tenant_id, d.bureau_id, d.scope_path, $1, $2, 'POLICE' from department d where d.bureau_id = '${bureau}' limit 1`;
      expect(await refusal(insert, ['ok-code', 'x'.repeat(61)])).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await refusal(insert, ['ok-code', '甲\u0000'])).toMatchObject({ code: 'BAD_USER_INPUT' });
      const taken = (await c.query('select code from department where bureau_id = $1 limit 1', [bureau])).rows[0]
        .code as string;
      expect(await refusal(insert, [taken, '重复'])).toEqual({ code: 'CONFLICT', field: 'code' });
      expect(
        await refusal(`update app_user set department_id = gen_random_uuid() where bureau_id = '${bureau}'`),
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'departmentId' });
      expect(await refusal(`update department set name = null where bureau_id = '${bureau}'`)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      // The length checks of migration 0016 name their column too (no inspector rows in this database).
      expect(
        formatError(
          { message: 'x' },
          Object.assign(new Error('check'), {
            code: '23514',
            table: 'inspector',
            constraint: 'inspector_badge_no_len',
          }),
          () => undefined,
        ).extensions,
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'badgeNo' });
    } finally {
      await c.end();
    }
  });

  it('an import row the database refuses (a warrant number over its column limit) is a 4xx naming the field, not a 500', async () => {
    const admin = await t.login('quyang.admin');
    const csv = `姓名,性别,部门,警号,警官证号,证件有效期至,执法证号,技能\n民警甲,男,治安大队,130634001,${'冀'.repeat(31)},2030-12-31,,\n`;
    const res = await supertest(t.server.app)
      .post('/import/inspectors?mode=commit&format=csv')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(csv));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(/warrantNo/);
  });

  describe('sign-in throttling', () => {
    const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
    const login = (u: string, p: string, ip: string) => post({ query: LOGIN, variables: { u, p } }, undefined, ip);
    beforeAll(() => {
      t.server.app.set('trust proxy', true);
    });
    afterAll(() => {
      t.server.app.set('trust proxy', false);
    });

    it('cannot lock someone out from another address: throttled per (account, address) pair, 429 with Retry-After', async () => {
      for (let i = 0; i < 5; i++)
        expect(
          (await login('puyang.coordinator', `bad-${i}-password`, '203.0.113.1')).body.errors[0].extensions.code,
        ).toBe('UNAUTHENTICATED');
      const attacker = await login('puyang.coordinator', DEMO_PASSWORD, '203.0.113.1');
      expect(attacker.status).toBe(429);
      expect(attacker.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0);
      const owner = await login('puyang.coordinator', DEMO_PASSWORD, '203.0.113.2');
      expect(owner.status).toBe(200);
      expect(owner.body.data.login.token).toBeTruthy();
    });

    it('counts an IPv6 client by its /64: another address of the same /64 is the same client, another /64 is not', async () => {
      for (let i = 0; i < 5; i++) await login('pingdingshan.legal', `bad-${i}-password`, `2001:db8:41:4104::${i + 1}`);
      const same = await login('pingdingshan.legal', DEMO_PASSWORD, '2001:db8:41:4104:ffff::9');
      expect([same.status, same.body.errors?.[0]?.extensions?.code]).toEqual([429, 'RATE_LIMITED']);
      const other = await login('pingdingshan.legal', DEMO_PASSWORD, '2001:db8:41:4105::1');
      expect(other.body.data?.login.token).toBeTruthy();
    });

    it('backs off exponentially: each failure past the free ones doubles the wait', async () => {
      const c = new pg.Client({ connectionString: t.db.superUrl });
      await c.connect();
      const waits: number[] = [];
      try {
        for (let i = 0; i < 10; i++) {
          const res = await login('ghost.backoff', `bad-${i}-password`, '203.0.113.9');
          if (res.status !== 429) continue;
          waits.push(Number(res.headers['retry-after']));
          // Wait no longer: unlock by hand, the failure count stays.
          await c.query(`update login_throttle set locked_until = null where key like 'pair:ghost.backoff|%'`);
        }
      } finally {
        await c.end();
      }
      expect(waits).toHaveLength(3);
      expect(waits[0]).toBeGreaterThan(50);
      expect(waits[1]! / waits[0]!).toBeCloseTo(2, 1);
      expect(waits[2]! / waits[1]!).toBeCloseTo(2, 1);
    });

    it('limits failures per address across accounts (HTTP 429), and the table is not readable by the service role', async () => {
      for (let i = 0; i < 30; i++) await login(`nobody${i}.here`, 'bad-password-1', '203.0.113.3');
      const blocked = await login('nanle.admin', DEMO_PASSWORD, '203.0.113.3');
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      const c = new pg.Client({ connectionString: t.db.appUrl });
      await c.connect();
      try {
        await expect(c.query('select * from login_throttle')).rejects.toThrow(/permission denied/);
      } finally {
        await c.end();
      }
    });
  });

  it('refuses a token without exp, even with a valid signature and a live session', async () => {
    const token = await t.login('nanle.leader');
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      sid: string;
      iss: string;
      iat: number;
    };
    const key = (t.server.services.tokens as unknown as { key: KeyObject }).key;
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sid: claims.sid, sub: claims.sub, iss: claims.iss, iat: claims.iat })}`;
    const eternal = `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
    const res = await post({ query: '{ me { user { username } } }' }, eternal);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post({ query: '{ me { user { username } } }' }, token)).body.data.me.user.username).toBe(
      'nanle.leader',
    );
  });

  it('validation errors (wrong argument, missing field, unknown field, wrong type) carry a Chinese message, the English kept in extensions', async () => {
    const cases = [
      '{ targets(firstt: 1) { totalCount } }',
      'mutation { createDepartment(input: { code: "x" }) { department { id } } }',
      '{ me { user { nosuchfield } } }',
      '{ targets(first: "ten") { totalCount } }',
      '{ me }',
      'mutation { createDepartment(input: { code: "x", name: "甲", kind: POLICE, extra: 1 }) { department { id } } }',
    ];
    for (const query of cases) {
      const res = await post({ query }, office);
      expect(res.status, query).toBe(400);
      const err = res.body.errors[0];
      expect(err.message, query).toMatch(/[\u4e00-\u9fff]/);
      expect(err.message, query).not.toMatch(
        /Cannot query|Unknown argument|was not provided|cannot represent|must have a selection/,
      );
      expect(err.extensions.originalMessage, query).toMatch(/[A-Za-z]{4}/);
    }
    const vars = await post(
      { query: 'query($n: Int) { targets(first: $n) { totalCount } }', variables: { n: 'ten' } },
      office,
    );
    expect(vars.body.errors[0].message).toMatch(/变量 \$n 的值无效/);
    // A field missing inside a variable's input object: read as such, not as a missing variable whose name ran on
    // across the quotes (was: 缺少必填变量 $i" got invalid value { code: "x" }; Field "name（String!）).
    const nested = await post(
      {
        query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }',
        variables: { i: { code: 'x', kind: 'POLICE' } },
      },
      office,
    );
    expect(nested.body.errors[0].message).toBe('输入有误：变量 $i 的值无效：缺少必填字段 name（String!）');
    // With introspection off (production), "Did you mean …" would still spell the schema out to anyone: never sent.
    const guess = await post({ query: '{ auditEntrie { id } }' });
    expect(guess.body.errors[0].extensions.originalMessage).toBe('Cannot query field "auditEntrie" on type "Query".');
    expect(JSON.stringify(guess.body)).not.toMatch(/auditEntries|Did you mean/);
  });
});
