import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { openOrm } from '@dsr/db';
import { createServer, type AppServer } from '../services/api/src/server';
import { startTestApp, type TestApp } from './support/harness';

/**
 * Paths an outside tester types by hand: names that are keys of every JavaScript object, broken percent-encoding,
 * methods no route has, and the IDE in production. Each is a 4xx with a code and a Chinese message, never HTTP 500.
 */
describe('edge: odd paths', () => {
  let t: TestApp;
  let prod: AppServer;
  let closeProd: () => Promise<void>;
  beforeAll(async () => {
    t = await startTestApp();
    const orm = await openOrm({ clientUrl: t.db.appUrl, poolMax: 2 });
    prod = await createServer({ orm, jwtSecret: randomBytes(32).toString('hex'), production: true, log: () => {} });
    closeProd = async () => {
      await prod.stop();
      await orm.close(true);
    };
  });
  afterAll(async () => {
    await closeProd();
    await t.close();
  });

  it('a GraphiQL asset named like an Object key (constructor, __proto__, toString) is 404, not HTTP 500', async () => {
    const http = supertest(t.server.app);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect((await http.get(`/graphiql/${name}`)).status, name).toBe(404);
    expect((await http.get('/graphiql/react.js')).status).toBe(200);
  });

  it('a path with a broken percent-encoding is 400 BAD_REQUEST saying the address is wrong (it said the body was not JSON)', async () => {
    const http = supertest(t.server.app);
    const token = await t.login('nanle.admin');
    for (const path of ['/evidence/%', '/jobs/%E4%B8/file', '/public/open-data/%zz', '/public/draws/%/record.json']) {
      const res = await http.get(path).set('authorization', `Bearer ${token}`);
      expect(res.status, path).toBe(400);
      expect(res.body.errors[0], path).toEqual({
        message: '请求地址无效：百分号编码有误',
        extensions: { code: 'BAD_REQUEST' },
      });
    }
  });

  it("a method or path no route answers is 404 NOT_FOUND in JSON with a Chinese message (it was Express's English HTML page)", async () => {
    const http = supertest(t.server.app);
    const token = await t.login('nanle.admin');
    const cases = [
      http.put('/evidence/01900000-0000-7000-8000-000000000000'),
      http.delete('/import/targets'),
      http.patch('/jobs/01900000-0000-7000-8000-000000000000/file'),
      http.post('/export/targets.xlsx'),
    ];
    for (const req of cases) {
      const res = await req.set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(res.body.errors[0].message).toMatch(/地址不存在/);
    }
    // A page address still opens the workbench.
    expect((await http.get('/targets').set('accept', 'text/html')).text).toMatch(/<!doctype html>/i);
  });

  it('R52 every signed-in download and its refusals say Cache-Control: private, no-store (the exports said nothing)', async () => {
    const http = supertest(t.server.app);
    const token = await t.login('nanle.admin');
    const paths = [
      '/export/targets.xlsx',
      '/export/items.xlsx',
      '/export/retention.xlsx',
      '/export/statistics.xlsx?year=2026',
      '/templates/targets.xlsx',
      '/jobs/01900000-0000-7000-8000-000000000000/file',
    ];
    for (const path of paths) {
      const res = await http.get(path).set('authorization', `Bearer ${token}`);
      expect([res.status, res.headers['cache-control']], path).toEqual([
        path.startsWith('/jobs/') ? 404 : 200,
        'private, no-store',
      ]);
    }
  });

  it('serves no GraphiQL in production: no IDE without introspection, and no demo sign-in in its example', async () => {
    const http = supertest(prod.app);
    const page = await http.get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql|Demo2026dsr/i);
    expect((await http.get('/graphiql/react.js')).status).toBe(404);
    // The development server still opens it.
    expect((await supertest(t.server.app).get('/graphql').set('accept', 'text/html')).text).toMatch(/graphiql/i);
  });
});
