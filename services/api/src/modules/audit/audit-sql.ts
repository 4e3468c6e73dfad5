import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { CHAIN_ROWS_SQL, type ChainRow, type ChainSource } from './chain-walk';
import { CHAIN_ROW_TYPES } from './chain-decode';
import { CopyOut, type CopyDataHandler } from './copy-out';
import { outOfPipeline } from '../../common/request-transaction';

/**
 * The few statements the audit verifier and the checkpoint writer need, over either connection:
 * the request's transaction (row-level security applies, the caller's scope) or a plain pg client
 * (pnpm audit:verify as the owner). SQL uses $1…$n, each once and in order.
 */
export interface AuditSql extends ChainSource {
  query<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

/**
 * COPY takes no bind parameters: the batch's tenant and start are bound into settings first
 * (transaction-local in a request), and app_private.audit_chain_copy reads them (migration 0021).
 * Binary, so that the walk gets the column bytes as they are (see chain-stream.ts).
 */
const SET_CHAIN_COPY = `select set_config('app.audit_copy_tenant', $1, $4), set_config('app.audit_copy_after', $2, $4),
  set_config('app.audit_copy_limit', $3, $4)`;
const CHAIN_COPY_SQL = `copy (select * from app_private.audit_chain_copy
  limit current_setting('app.audit_copy_limit')::integer) to stdout (format binary)`;

async function copyChainRows(
  client: pg.ClientBase,
  local: boolean,
  [tenantId, afterSeq, limit]: [string, number, number],
  onData: CopyDataHandler,
): Promise<number> {
  await client.query(SET_CHAIN_COPY, [tenantId, String(afterSeq), String(limit), local]);
  return outOfPipeline(client, () => client.query(new CopyOut(CHAIN_COPY_SQL, onData)).done);
}

/** The pg client under the EntityManager's transaction (knex hands out that one connection). */
async function transactionClient(em: EntityManager): Promise<pg.ClientBase> {
  const trx = em.getTransactionContext<{ client: { acquireConnection(): Promise<pg.ClientBase> } }>();
  if (!trx) throw new Error('the audit chain is read in a transaction');
  return trx.client.acquireConnection();
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
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (trx) q = q.transacting(trx);
    // knex hands these options to node-postgres's query config.
    if (chain) q = q.options({ rowMode: 'array', types: CHAIN_ROW_TYPES });
    return ((await q) as { rows: T[] }).rows;
  };
  return {
    query: (sql, params) => run(sql, params),
    chainRows: (tenantId, afterSeq, limit) => run<ChainRow>(CHAIN_ROWS_SQL, [tenantId, afterSeq, limit], true),
    chainCopy: async (tenantId, afterSeq, limit, onData) =>
      copyChainRows(await transactionClient(em), true, [tenantId, afterSeq, limit], onData),
  };
}

/** On a client of its own (pnpm audit:verify): settings for the session, as app.scope_path is. */
export function pgAuditSql(client: pg.ClientBase): AuditSql {
  return {
    query: async <T>(sql: string, params: readonly unknown[]) =>
      (await client.query({ text: sql, values: params as unknown[] })).rows as T[],
    chainRows: async (tenantId, afterSeq, limit) =>
      (
        await client.query({
          text: CHAIN_ROWS_SQL,
          values: [tenantId, afterSeq, limit],
          rowMode: 'array',
          types: CHAIN_ROW_TYPES,
        })
      ).rows as ChainRow[],
    chainCopy: (tenantId, afterSeq, limit, onData) => copyChainRows(client, false, [tenantId, afterSeq, limit], onData),
  };
}
