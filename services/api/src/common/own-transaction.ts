import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * `em.transactional` without MikroORM's TransactionContext: that is an AsyncLocalStorage, and on
 * Node 20 the first use of one turns on promise hooks for the whole process — every request then
 * pays for them (≈ a tenth of a small read's CPU; README, 性能). `fn` works on a fresh fork of `em`
 * (an empty identity map: nothing of the caller's is flushed with it) in its own transaction:
 * flushed and committed after it, rolled back when it throws (its error is the one thrown).
 */
export async function inOwnTransaction<T>(em: EntityManager, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  const tx = em.fork({ clear: true, useContext: false });
  await tx.begin();
  let result: T;
  try {
    result = await fn(tx);
  } catch (err) {
    await tx.rollback().catch(() => undefined);
    throw err;
  }
  await tx.commit(); // a failed commit has rolled back: its error is the caller's
  return result;
}
