import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { announceStatement, openConnectionOf, type PgConnection } from './request-transaction';

/**
 * Runs SQL with real bind parameters in the request's transaction. MikroORM's `em.execute`
 * writes every value into the SQL text; for large values (a 10 MB draw snapshot, a thousand
 * rows of JSON) escaping them that way costs more than the statement. Row-level security and
 * the role are the same: this is the same connection and transaction.
 */
export async function executeBound<T = Record<string, unknown>>(
  ctx: { em: EntityManager },
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  return queryBound<T>(ctx.em, sql, params);
}

const statementNames = new Map<string, string>();

/** The prepared statement name of a SQL text (pg refuses one name for two texts on a connection). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `dsr_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** A `?` text as pg takes it (`$1`, `$2`, …; `\\?` stays a question mark), as knex's pg dialect writes it. */
const positioned = new Map<string, string>();
function positionedText(sql: string): string {
  let text = positioned.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/(\\*)(\?)/g, (_m, escapes: string) => (escapes.length % 2 ? '?' : `$${++n}`));
    if (positioned.size < 10_000) positioned.set(sql, text); // bounded, should texts ever vary
  }
  return text;
}

/**
 * Sends a statement straight to the request transaction's pg connection, skipping knex's query
 * builder and runner (their cost dominates a small read); the same connection, transaction,
 * role and scope. knex's `query` event is still emitted (statement counts in tests read it).
 */
async function onConnection<T>(
  em: EntityManager,
  conn: PgConnection,
  sql: string,
  params: readonly unknown[],
  prepared: boolean,
): Promise<T[]> {
  if (params.includes(undefined)) throw new Error(`Undefined binding(s) detected in: ${sql}`);
  const text = positionedText(sql);
  const values = params as unknown[];
  announceStatement(em, text, values);
  const config = prepared ? { name: statementName(sql), text, values } : { text, values };
  const result = await conn.query(config); // the connection is in pipeline mode: sent at once, answered in turn
  return result.rows as T[];
}

/**
 * The one way to run SQL: `?` placeholders and their values, sent as bind parameters, in the
 * entity manager's transaction when it has one (CLI tools and jobs pass their own fork).
 * `prepared`: a statement the hot path repeats, kept parsed and planned on each connection (its
 * name comes from its text: one text, one name).
 */
export async function queryBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  opts: { prepared?: boolean } = {},
): Promise<T[]> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  const conn = trx && openConnectionOf(trx);
  if (conn && !sql.includes('??')) return onConnection<T>(em, conn, sql, params, opts.prepared === true);
  const raw = em.getKnex().raw(sql, params as never[]);
  const query = opts.prepared ? raw.options({ name: statementName(sql) }) : raw;
  const result = (await (trx ? query.transacting(trx) : query)) as { rows: T[] };
  return result.rows;
}

/**
 * Inserts many rows as bound JSON, a batch per statement (`columns` maps each column to its SQL
 * type; rows use the column names). For thousands of rows at once, where the ORM's unit of work
 * or its inlined values would cost seconds.
 */
export async function insertRows(
  ctx: { em: EntityManager },
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
  batch = 2000,
): Promise<void> {
  const names = Object.keys(columns);
  const recordset = names.map((c) => `${c} ${columns[c]}`).join(', ');
  for (let from = 0; from < rows.length; from += batch) {
    await executeBound(
      ctx,
      `insert into ${table} (${names.join(', ')}) select ${names.join(', ')} from jsonb_to_recordset(?::jsonb) as x(${recordset})`,
      [JSON.stringify(rows.slice(from, from + batch))],
    );
  }
}

/** A PostgreSQL text[] literal, bound as one parameter (`?::text[]`): knex would expand a JS array into a list. */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
