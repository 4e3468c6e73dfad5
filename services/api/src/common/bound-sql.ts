import type { RequestContext } from '../context';

/**
 * Runs SQL with real bind parameters in the request's transaction. MikroORM's `em.execute`
 * writes every value into the SQL text; for large values (a 10 MB draw snapshot, a thousand
 * rows of JSON) escaping them that way costs more than the statement. Row-level security and
 * the role are the same: this is the same connection and transaction.
 */
export async function executeBound<T = Record<string, unknown>>(ctx: RequestContext, sql: string, params: readonly unknown[]): Promise<T[]> {
  const result = (await ctx.em.getKnex().raw(sql, params as never[]).transacting(ctx.em.getTransactionContext()!)) as { rows: T[] };
  return result.rows;
}
