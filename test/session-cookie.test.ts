import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import supertest from 'supertest';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { expiresAt } }`;
const ME = `{ me { sessionId user { id username } } }`;
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };

/** The session cookie a response sets: its value and attributes ('' when it clears it); undefined when none. */
function sessionCookie(res: { headers: Record<string, unknown> }): { value: string; attrs: string } | undefined {
  const all = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const line = all.filter((c) => c.startsWith('dsr_session=')).at(-1); // the browser keeps the last
  if (!line) return undefined;
  const [pair, ...attrs] = line.split(';');
  return { value: pair!.slice('dsr_session='.length), attrs: attrs.join(';') };
}

describe('the web session in an httpOnly cookie', () => {
  let t: TestApp;
  let http: ReturnType<typeof supertest>;
  beforeAll(async () => {
    t = await startTestApp();
    http = supertest(t.server.app);
  });
  afterAll(async () => t.close());

  const gql = (query: string, variables: Record<string, unknown>, cookie?: string, headers = SAME_ORIGIN) => {
    const req = http.post('/graphql').set('content-type', 'application/json').set(headers);
    if (cookie) req.set('cookie', `dsr_session=${cookie}`);
    return req.send({ query, variables });
  };
  const signIn = async (username: string) => {
    const res = await gql(LOGIN, { u: username, p: DEMO_PASSWORD });
    expect(res.body.errors).toBeUndefined();
    const cookie = sessionCookie(res);
    expect(cookie, 'login sets the session cookie').toBeDefined();
    return { res, cookie: cookie! };
  };

  it('is set by login (httpOnly, SameSite=Strict, Path=/, an hour) and signs in GraphQL requests without a header', async () => {
    const { res, cookie } = await signIn('yexian.inspector');
    expect(cookie.attrs).toMatch(/HttpOnly/);
    expect(cookie.attrs).toMatch(/SameSite=Strict/);
    expect(cookie.attrs).toMatch(/Path=\//);
    expect(cookie.attrs).toMatch(/Max-Age=3600/);
    expect(cookie.attrs).not.toMatch(/Secure/); // plain http here; Secure over https (req.secure)
    expect(JSON.stringify(res.body)).not.toContain(cookie.value); // not selected: no token in the answer
    const me = await gql(ME, {}, cookie.value);
    expect(me.body.data.me.user.username).toBe('yexian.inspector');
    expect(sessionCookie(me)).toBeUndefined(); // a fresh token is not renewed
  });

  it('is marked Secure when the request came over https through a trusted proxy', async () => {
    t.server.app.set('trust proxy', true);
    try {
      const res = await gql(LOGIN, { u: 'nanle.admin', p: DEMO_PASSWORD }, undefined, {
        ...SAME_ORIGIN,
        'x-forwarded-proto': 'https',
      });
      expect(sessionCookie(res)!.attrs).toMatch(/Secure/);
    } finally {
      t.server.app.set('trust proxy', false);
    }
  });

  it('signs in REST downloads and PDF routes too', async () => {
    const { cookie } = await signIn('yexian.admin');
    const anonymous = await http.get('/export/items.xlsx');
    expect(anonymous.status).toBe(401);
    const sheet = await http.get('/export/items.xlsx').set('cookie', `dsr_session=${cookie.value}`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-type']).toMatch(/spreadsheetml/);
    const pdfPath = '/inspections/0190c0de-0000-7000-8000-000000000001/record.pdf';
    expect((await http.get(pdfPath)).status).toBe(401);
    const pdf = await http.get(pdfPath).set('cookie', `dsr_session=${cookie.value}`);
    expect(pdf.status).toBe(404); // signed in: the inspection is not found, no longer "sign in first"
  });

  it('refuses a state-changing request with the cookie from another site, REST and GraphQL alike', async () => {
    const { cookie } = await signIn('yexian.admin');
    const upload = (headers: Record<string, string>) =>
      http
        .post('/import/targets?mode=validate')
        .set('cookie', `dsr_session=${cookie.value}`)
        .set('content-type', 'text/csv')
        .set(headers)
        .send('名称\n');
    for (const headers of [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { origin: 'https://evil.example' },
      {},
    ]) {
      const res = await upload(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.stringify(res.body)).toContain('CROSS_SITE_REQUEST');
    }
    const ownPage = await upload(SAME_ORIGIN);
    expect(ownPage.status).not.toBe(403);
    const origin = await upload({ host: 'dsr.example', origin: 'http://dsr.example' });
    expect(origin.status).not.toBe(403);
    const crossGql = await gql(ME, {}, cookie.value, { 'sec-fetch-site': 'cross-site' } as never);
    expect(crossGql.status).toBe(403);
    expect(crossGql.body.errors[0].extensions.code).toBe('CROSS_SITE_REQUEST');
  });

  it('is revoked and cleared by logout; the old cookie then signs in nobody (and sign-in still works with it)', async () => {
    const { cookie } = await signIn('yexian.head');
    const out = await gql('mutation { logout { ok } }', {}, cookie.value);
    expect(out.body.data.logout.ok).toBe(true);
    const cleared = sessionCookie(out)!;
    expect(cleared.value).toBe('');
    expect(cleared.attrs).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await gql(ME, {}, cookie.value);
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sessionCookie(after)?.value).toBe(''); // the revoked session's cookie is cleared
    const again = await gql(LOGIN, { u: 'yexian.head', p: DEMO_PASSWORD }, cookie.value);
    expect(again.body.errors).toBeUndefined();
    expect(sessionCookie(again)!.value).not.toBe('');
  });

  it('renews the token past half its life, within the same session; a header still wins over the cookie', async () => {
    const { cookie } = await signIn('yexian.inspector');
    const me = (await gql(ME, {}, cookie.value)).body.data.me;
    const tokens = t.server.services.tokens;
    const old = await tokens.sign(
      { userId: me.user.id, sessionId: me.sessionId },
      new Date(Date.now() - 40 * 60_000), // 20 minutes left of the hour
    );
    const res = await gql(ME, {}, old.token);
    expect(res.body.data.me.sessionId).toBe(me.sessionId);
    const renewed = sessionCookie(res)!;
    expect(renewed.attrs).toMatch(/Max-Age=3600/);
    const claims = await tokens.check(renewed.value);
    expect(claims!.claims.sessionId).toBe(me.sessionId);
    expect(claims!.exp * 1000).toBeGreaterThan(Date.now() + 59 * 60_000);

    const bearer = await t.login('nanle.admin');
    const both = await http
      .post('/graphql')
      .set('authorization', `Bearer ${bearer}`)
      .set('cookie', `dsr_session=${cookie.value}`)
      .send({ query: ME });
    expect(both.body.data.me.user.username).toBe('nanle.admin');
  });

  it('lasts a working day at most: the session row ends ten hours after sign-in', async () => {
    const res = await gql(
      `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { expiresAt viewer { sessionId } } }`,
      { u: 'nanle.head', p: DEMO_PASSWORD },
    );
    const { expiresAt, viewer } = res.body.data.login;
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const { rows } = await owner
      .query('select created_at, expires_at from auth_session where id = $1', [viewer.sessionId])
      .finally(() => owner.end());
    const row = rows[0] as { created_at: Date; expires_at: Date };
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(10 * 3600_000);
    expect(new Date(expiresAt).getTime() - row.created_at.getTime()).toBeLessThanOrEqual(3600_000 + 1000); // the token: an hour
  });
});
