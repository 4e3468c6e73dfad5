import { createHook, executionAsyncId } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepPublicationClocks } from '../services/api/src/modules/publication/publication-clock';
import { refreshStatistics } from '../services/api/src/modules/supervision/statistics-refresh';
import { errorCode, startTestApp, type TestApp } from './support/harness';

/**
 * Whether async_hooks follow promises in this process: inside a promise reaction begun from a fresh
 * macrotask the execution id is 0 while no hook (AsyncLocalStorage included) is enabled.
 */
const promisesTracked = () =>
  new Promise<boolean>((resolve) =>
    setImmediate(() => void Promise.resolve().then(() => resolve(executionAsyncId() !== 0))),
  );

/** Where a hook was enabled: AsyncLocalStorage enables one through the same AsyncHook class. */
const enabledAt: string[] = [];
const hookPrototype = Object.getPrototypeOf(createHook({})) as { enable(this: unknown): unknown };
const enable = hookPrototype.enable;

/**
 * On Node 20 an AsyncLocalStorage's first use turns on promise hooks for the whole process, for
 * good: every later request pays for them. MikroORM's flush and em.transactional used one (the
 * patch in infra/patches, common/own-transaction.ts). This file runs in a process of its own (the
 * `isolated` group) so that nothing before it has turned them on.
 */
describe('no request, sign-in or scheduled task turns on promise hooks', () => {
  let t: TestApp;
  beforeAll(async () => {
    hookPrototype.enable = function (this: unknown) {
      enabledAt.push(new Error('hook enabled').stack ?? '');
      return enable.call(this);
    };
    t = await startTestApp();
  });
  afterAll(async () => {
    hookPrototype.enable = enable;
    await t.close();
  });

  it('the process starts without them', async () => {
    expect(await promisesTracked()).toBe(false);
  });

  it('a sign-in, a failed sign-in, a query, a mutation and the clock and statistics tasks leave them off', async () => {
    const token = await t.login('nanle.admin');
    const failed = await t.gql(
      'mutation { login(input: { username: "nanle.admin", password: "wrong-password" }) { token } }',
    );
    expect(errorCode(failed)).toBe('UNAUTHENTICATED');
    const me = await t.gql('{ me { user { username } } }', {}, token);
    expect(me.body.data?.me.user.username).toBe('nanle.admin');
    const created = await t.gql(
      'mutation { createDepartment(input: { code: "async-probe", name: "异步探测科", kind: POLICE }) { department { id } } }',
      {},
      token,
    );
    expect(created.body.errors).toBeUndefined();
    await refreshStatistics(t.orm);
    await keepPublicationClocks(t.orm, t.server.services.calendar);
    expect(enabledAt).toEqual([]);
    expect(await promisesTracked()).toBe(false);
  });
});
