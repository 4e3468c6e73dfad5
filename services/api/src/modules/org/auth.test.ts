import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { DEMO_PASSWORD } from '@dsr/db';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token expiresAt viewer { user { username roles } } } }`;
const ME = `{ me { user { username bureau { name } } } }`;

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('signs in a demo user and answers me with their bureau', async () => {
    const res = await t.gql(LOGIN, { u: 'nanle.admin', p: DEMO_PASSWORD });
    expect(res.body.errors).toBeUndefined();
    const token = res.body.data!.login.token;
    const me = await t.gql(ME, {}, token);
    expect(me.body.data!.me.user).toEqual({ username: 'nanle.admin', bureau: { name: '南乐县公安局' } });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown user', async () => {
    const wrong = await t.gql(LOGIN, { u: 'yexian.admin', p: 'wrong-password-1' });
    const unknown = await t.gql(LOGIN, { u: 'nobody.here', p: 'wrong-password-1' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message);
    expect(wrong.body.data).toBeNull();
  });

  it('throttles an account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await t.gql(LOGIN, { u: 'puyang.leader', p: `bad-${i}-password` }))).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(LOGIN, { u: 'puyang.leader', p: DEMO_PASSWORD });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.body.errors![0]!.message).toMatch(/分钟后再试/);
    // Other accounts are not locked by it.
    expect((await t.gql(LOGIN, { u: 'puyang.admin', p: DEMO_PASSWORD })).body.data?.login.token).toBeTruthy();
  });

  it('throttles unknown names too, so a lock says nothing about whether an account exists', async () => {
    for (let i = 0; i < 5; i++) await t.gql(LOGIN, { u: 'ghost.user', p: `bad-${i}-password` });
    expect(errorCode(await t.gql(LOGIN, { u: 'ghost.user', p: 'whatever-123' }))).toBe('RATE_LIMITED');
  });

  it('refuses garbage, forged, expired and revoked tokens with UNAUTHENTICATED, never a server error', async () => {
    const garbage = await t.gql(ME, {}, 'not-a-token');
    expect(garbage.status).toBe(401);
    expect(errorCode(garbage)).toBe('UNAUTHENTICATED');
    expect(garbage.body.errors![0]!.message).toBe('令牌无效或已过期，请重新登录');

    const forged = await new SignJWT({ sid: '01900000-0000-7000-8000-000000000000' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('dsr-platform')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-32b'));
    expect(errorCode(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');

    const token = await t.login('yexian.inspector');
    const expired = await t.server.services.tokens.sign(
      { userId: 'u', sessionId: '01900000-0000-7000-8000-000000000000' },
      new Date(Date.now() - 2 * 3600_000),
    );
    expect(errorCode(await t.gql(ME, {}, expired.token))).toBe('UNAUTHENTICATED');

    expect(errorCode(await t.gql(ME, {}, token))).toBeNull();
    const out = await t.gql(`mutation { logout { ok } }`, {}, token);
    expect(out.body.data?.logout.ok).toBe(true);
    const revoked = await t.gql(ME, {}, token);
    expect(revoked.status).toBe(401);
    expect(errorCode(revoked)).toBe('UNAUTHENTICATED');
  });

  it("a session cannot guess its user's password through changePassword: after 5 wrong ones it waits (RATE_LIMITED), even with the right one; sign-in stays open", async () => {
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok } }`;
    const token = (await t.gql(LOGIN, { u: 'baoding.leader', p: DEMO_PASSWORD })).body.data!.login.token;
    const change = (currentPassword: string) =>
      t.gql(CHANGE, { i: { currentPassword, newPassword: 'Guessed2026pass' } }, token);
    for (let i = 0; i < 5; i++) expect(errorCode(await change(`guess-${i}-password`))).toBe('BAD_USER_INPUT');
    const locked = await change(DEMO_PASSWORD);
    expect([locked.status, errorCode(locked)]).toEqual([429, 'RATE_LIMITED']);
    expect(locked.body.errors![0]!.message).toMatch(/^当前密码输入错误次数过多，请 \d+ 分钟后再试$/);
    expect((await t.gql(LOGIN, { u: 'baoding.leader', p: DEMO_PASSWORD })).body.data?.login.token).toBeTruthy();
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const first = (await t.gql(LOGIN, { u: 'quyang.legal', p: DEMO_PASSWORD })).body.data!.login.token;
    const second = (await t.gql(LOGIN, { u: 'quyang.legal', p: DEMO_PASSWORD })).body.data!.login.token;
    const weak = await t.gql(
      `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok } }`,
      { i: { currentPassword: DEMO_PASSWORD, newPassword: 'short1' } },
      first,
    );
    expect(errorCode(weak)).toBe('WEAK_PASSWORD');
    const ok = await t.gql(
      `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok } }`,
      { i: { currentPassword: DEMO_PASSWORD, newPassword: 'Another2026pass' } },
      first,
    );
    expect(ok.body.data?.changePassword.ok).toBe(true);
    expect(errorCode(await t.gql(ME, {}, first))).toBeNull();
    expect(errorCode(await t.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LOGIN, { u: 'quyang.legal', p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { u: 'quyang.legal', p: 'Another2026pass' })).body.data?.login.token).toBeTruthy();
  });
});
