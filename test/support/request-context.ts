import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../services/api/src/context';
import { createLoaders } from '../../services/api/src/loaders';
import { enterSessionScope } from '../../services/api/src/scope-session';
import type { TestApp } from './harness';

/**
 * Runs `fn` with the RequestContext a GraphQL request of `persona` would get (session, scope,
 * loaders), for calling module services directly — e.g. the draw calling
 * planning's requireDrawableRound. The transaction is rolled back afterwards unless `commit`.
 */
export async function withRequestContext<T>(
  t: TestApp,
  persona: string,
  fn: (ctx: RequestContext) => Promise<T>,
  opts: { commit?: boolean } = {},
): Promise<T> {
  const claims = await t.server.services.tokens.verify(await t.login(persona));
  if (!claims) throw new Error(`no session for ${persona}`);
  const em = t.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  await em.begin();
  try {
    const principal = await enterSessionScope(em, claims.sessionId);
    if (!principal) throw new Error(`session of ${persona} not live`);
    const ctx: RequestContext = {
      requestId: `test-${persona}`,
      em,
      principal,
      loaders: createLoaders(em),
      clientIp: '127.0.0.1',
      userAgent: null,
      auditEntries: 0,
    };
    const result = await fn(ctx);
    if (opts.commit) await em.commit();
    return result;
  } finally {
    if (em.isInTransaction()) await em.rollback();
  }
}
