import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { DEMO_PASSWORD } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { Scenario } from '#test/support/scenario';

/**
 * What an administrator does to a user takes effect on that user's next request, on the token, the cookie and
 * every signed link they hold: a role taken away, the account deactivated, the password reset. A sign-in over an
 * old cookie never adopts it (session fixation).
 */
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;
const USERS = '{ users(first: 50) { totalCount } }';
const RESET = 'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id } } }';
const NOBODY = { i: { id: '01900000-0000-7000-8000-000000000000', newPassword: 'Nobody2026pass' } };
const UPDATE = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { version } } }';
const ME = '{ me { sessionId user { username roles } } }';

describe('sessions after an administrator acts on the user', () => {
  let t: TestApp;
  let nanle: Scenario;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    nanle = await Scenario.of(t, 'nanle');
    admin = await nanle.token('admin');
  });
  afterAll(async () => t.close());

  it('a role taken away counts from the next request on the same token: an ex-administrator is FORBIDDEN, and sees only their department', async () => {
    const { id, token } = await nanle.user('nanle.exadmin', '治安大队', ['ADMIN']);
    const before = (await t.gql(USERS, {}, token)).body.data!.users.totalCount as number;
    // An administrator's action on a user who does not exist: past the shield, refused as NOT_FOUND, nothing written.
    expect(errorCode(await t.gql(RESET, NOBODY, token))).toBe('NOT_FOUND');
    const updated = await t.gql(UPDATE, { i: { id, version: 1, roles: ['INSPECTOR'] } }, admin);
    expect(updated.body.errors).toBeUndefined();
    expect((await t.gql(ME, {}, token)).body.data!.me.user.roles).toEqual(['INSPECTOR']);
    expect(errorCode(await t.gql(RESET, NOBODY, token))).toBe('FORBIDDEN');
    expect((await t.gql(USERS, {}, token)).body.data!.users.totalCount).toBeLessThan(before);
  });

  it('deactivated: the token and the signed links stop at once, and signing in again is refused as a wrong password is', async () => {
    const { id, token } = await nanle.user('nanle.leaving', '治安大队', ['COORDINATOR']);
    const link = (
      await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: '/export/items.xlsx' }, token)
    ).body.data!.downloadUrl.url as string;
    expect((await supertest(t.server.app).get(link)).status).toBe(200);
    expect((await t.gql(UPDATE, { i: { id, version: 1, active: false } }, admin)).body.errors).toBeUndefined();
    expect(errorCode(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect((await supertest(t.server.app).get(link)).status).toBe(401);
    const again = await t.gql(LOGIN, { u: 'nanle.leaving', p: DEMO_PASSWORD });
    const wrong = await t.gql(LOGIN, { u: 'nanle.leaving', p: 'Wrong2026password' });
    expect(again.body.errors![0]).toEqual(wrong.body.errors![0]);
  });

  it('a password reset by the administrator ends every session of the user; the new password signs in', async () => {
    const { id, token } = await nanle.user('nanle.forgetful', '治安大队', ['INSPECTOR']);
    const reset = await t.gql(
      'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id } } }',
      { i: { id, newPassword: 'Reset2026forgetful' } },
      admin,
    );
    expect(reset.body.errors).toBeUndefined();
    expect(errorCode(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LOGIN, { u: 'nanle.forgetful', p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { u: 'nanle.forgetful', p: 'Reset2026forgetful' })).body.data!.login.token).toBeTruthy();
  });

  it('a sign-in over a cookie someone planted gets a session of its own: the planted cookie is not adopted', async () => {
    const http = supertest(t.server.app);
    const signIn = (u: string, cookie?: string) => {
      const req = http.post('/graphql').set('sec-fetch-site', 'same-origin');
      if (cookie) req.set('cookie', cookie);
      return req.send({ query: LOGIN, variables: { u, p: DEMO_PASSWORD } });
    };
    const cookieOf = (res: { headers: Record<string, unknown> }) =>
      ((res.headers['set-cookie'] as string[]).find((c) => c.startsWith('dsr_session=')) ?? '').split(';')[0]!;
    const planted = cookieOf(await signIn('nanle.inspector'));
    const victim = cookieOf(await signIn('nanle.legal', planted));
    expect(victim).not.toBe(planted);
    const me = (cookie: string) =>
      http.post('/graphql').set('sec-fetch-site', 'same-origin').set('cookie', cookie).send({ query: ME });
    const [a, b] = [(await me(planted)).body.data.me, (await me(victim)).body.data.me];
    expect([a.user.username, b.user.username]).toEqual(['nanle.inspector', 'nanle.legal']);
    expect(a.sessionId).not.toBe(b.sessionId);
  });
});
