import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { CHAIN_ROWS_SQL, type ChainRow, type FetchChainRows } from './chain-walk';
import { CHAIN_ROW_TYPES } from './chain-decode';

/**
 * The few statements the audit verifier and the checkpoint writer need, over either connection:
 * the request's transaction (row-level security applies, the caller's scope) or a plain pg client
 * (pnpm audit:verify as the owner). SQL uses $1…$n, each once and in order.
 */
export interface AuditSql {
  query<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  chainRows: FetchChainRows;
}

/** Knex binds with `?`: $n placeholders become `?` in order. */
function knexSql(sql: string): string {
  let n = 0;
  return sql.replace(/\$(\d+)/g, (_m, d: string) => {
    n += 1;
    if (Number(d) !== n) throw new Error('audit SQL must use $1…$n once each, in order');
    return '?';
  });
}

/** In an EntityManager's open transaction (a request, the checkpoint timer). */
export function emAuditSql(em: EntityManager): AuditSql {
  const run = async <T>(sql: string, params: readonly unknown[], chain?: true): Promise<T[]> => {
    let q = em.getKnex().raw(knexSql(sql), params as never[]);
    const trx = em.getTransactionContext();
    if (trx) q = q.transacting(trx);
    // knex hands these options to node-postgres's query config.
    if (chain) q = q.options({ rowMode: 'array', types: CHAIN_ROW_TYPES });
    return ((await q) as { rows: T[] }).rows;
  };
  return {
    query: (sql, params) => run(sql, params),
    chainRows: (tenantId, afterSeq, limit) => run<ChainRow>(CHAIN_ROWS_SQL, [tenantId, afterSeq, limit], true),
  };
}

export function pgAuditSql(client: pg.ClientBase): AuditSql {
  return {
    query: async <T>(sql: string, params: readonly unknown[]) => (await client.query({ text: sql, values: params as unknown[] })).rows as T[],
    chainRows: async (tenantId, afterSeq, limit) =>
      (await client.query({ text: CHAIN_ROWS_SQL, values: [tenantId, afterSeq, limit], rowMode: 'array', types: CHAIN_ROW_TYPES })).rows as ChainRow[],
  };
}
