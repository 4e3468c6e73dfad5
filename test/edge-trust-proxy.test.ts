import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import supertest from 'supertest';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { trustProxySetting } from '../services/api/src/common/edge/trust-proxy';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;

describe('DSR_TRUST_PROXY: whose X-Forwarded-For the process believes (sign-in throttling, anonymous limits, Secure cookie)', () => {
  it('reads a hop count as a number, a list of proxies as a list, off as nobody; refuses "true" and garbage with a Chinese message', () => {
    for (const off of [undefined, '', 'false', 'off', '0']) expect(trustProxySetting(off)).toBe(false);
    // Express alone read "1" as the IPv4 address 0.0.0.1: nobody trusted, every client one address, no Secure cookie.
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.0/8,10.1.2.3,fd00::/8,192.168.0.0/255.255.0.0')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '10.1.2.3',
      'fd00::/8',
      '192.168.0.0/255.255.0.0',
    ]);
    // Trusting every hop lets a client write its own address per request and escape every throttle.
    expect(() => trustProxySetting('true')).toThrow(/X-Forwarded-For.*层数/);
    for (const bad of ['yes please', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/1'])
      expect(() => trustProxySetting(bad), bad).toThrow(/DSR_TRUST_PROXY/);
  });

  describe('behind one proxy (DSR_TRUST_PROXY=1)', () => {
    let t: TestApp;
    let owner: pg.Client;
    beforeAll(async () => {
      process.env.DSR_TRUST_PROXY = '1';
      try {
        t = await startTestApp();
      } finally {
        delete process.env.DSR_TRUST_PROXY;
      }
      owner = new pg.Client({ connectionString: t.db.ownerUrl });
      await owner.connect();
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
    });

    it('takes the address the proxy saw, not the one the client wrote, and marks the cookie Secure over https', async () => {
      const res = await supertest(t.server.app)
        .post('/graphql')
        .set('sec-fetch-site', 'same-origin')
        .set('x-forwarded-for', '203.0.113.9, 198.51.100.7') // the client wrote the first; the proxy appended the second
        .set('x-forwarded-proto', 'https')
        .send({ query: LOGIN, variables: { u: 'nanle.oversight', p: DEMO_PASSWORD } });
      expect(res.body.errors).toBeUndefined();
      const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('dsr_session='));
      expect(cookie).toMatch(/; Secure/);
      const { rows } = await owner.query(
        `select s.client_ip from auth_session s join app_user u on u.id = s.user_id
          where u.username = 'nanle.oversight' order by s.created_at desc limit 1`,
      );
      expect(rows[0].client_ip).toBe('198.51.100.7');
    });
  });
});
