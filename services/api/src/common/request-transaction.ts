import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';

/** The pg driver's client under a request transaction. */
export type PgClient = Client;

/** The parts of knex's Transaction that starting one on our own first round trip touches. */
interface KnexTransaction extends Promise<unknown> {
  begin(conn: unknown): Promise<unknown>;
  trxClient: { query(conn: unknown, sql: string): Promise<{ response?: unknown }> };
}
interface KnexClient {
  transaction(
    container: (trx: Knex.Transaction) => void,
    config: { userParams: object; doNotRejectOnRollback: boolean },
  ): KnexTransaction;
}

/** The pg connection (the driver's Client) under a transaction begun here. */
export interface PgConnection {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/** The connection each request transaction runs on: queryBound sends its statements to it directly. */
const connections = new WeakMap<Knex.Transaction, PgConnection>();

/**
 * The pg connection of the ORM transaction `trx` while it is open, when it was begun by
 * beginOrmTransactionWith; undefined otherwise (then statements go through knex).
 */
export function openConnectionOf(trx: Knex.Transaction): PgConnection | undefined {
  const conn = connections.get(trx);
  return conn && !trx.isCompleted() ? conn : undefined;
}

/**
 * Begins the entity manager's (knex) transaction with `start` as its first round trip, run on the
 * pooled pg connection knex hands out in place of knex's `BEGIN;`: it sends BEGIN together with
 * statements that need the transaction (the session's principal and the scope settings). The
 * transaction is knex's own, on a connection knex releases after commit or rollback, so the ORM,
 * `queryBound` and em.commit/rollback work as with em.begin(); only the separate BEGIN round trip
 * is gone. Answers what `start` answers.
 */
export async function beginOrmTransactionWith<T>(em: EntityManager, start: (conn: PgClient) => Promise<T>): Promise<T> {
  let answer: T | undefined;
  let connection: unknown;
  const client = em.getKnex().client as unknown as KnexClient;
  const trx = await new Promise<Knex.Transaction>((resolve, reject) => {
    const tx = client.transaction(resolve, { userParams: {}, doNotRejectOnRollback: true });
    tx.begin = async (conn: unknown) => {
      try {
        answer = await start(conn as PgClient);
        connection = conn;
      } catch (err) {
        // BEGIN may have run and a later statement failed: never hand an aborted transaction back.
        await tx.trxClient.query(conn, 'ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
    tx.catch(reject);
  });
  em.setTransactionContext(trx);
  connections.set(trx, connection as PgConnection);
  return answer as T;
}

/**
 * Runs `send` with the connection in pg's pipeline mode, so that the queries it sends at once go
 * out together (one write, one round trip), and back in ordinary mode after: `send` must wait until
 * every query it sent is settled. Only for a moment: the audit walk's COPY needs ordinary mode.
 */
export async function pipelined<T>(conn: PgClient, send: () => Promise<T>): Promise<T> {
  // pg reads the flag on each send (Client#_pulseQueryQueue); its types call it read-only, as set
  // by the constructor. Switched only while nothing is in flight on the connection.
  const mode = conn as { pipeline: boolean };
  mode.pipeline = true;
  try {
    return await send();
  } finally {
    mode.pipeline = false;
  }
}

/** Tells knex's `query` listeners of a statement sent past knex (statement counts in tests read them). */
export function announceStatement(em: EntityManager, sql: string, bindings: readonly unknown[]): void {
  const client = em.getKnex().client as unknown as { emit(event: string, query: object): void };
  client.emit('query', { sql, bindings });
}

/**
 * Commits a transaction that wrote nothing (a query, no audit entry) without making the answer
 * wait for it: what was read stays what was read whether COMMIT succeeds or not. The entity
 * manager forgets the transaction at once; knex releases the connection once COMMIT is done.
 */
export function commitOrmTransactionInBackground(
  em: EntityManager,
  log: (message: string, err?: unknown) => void,
): void {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) return;
  em.resetTransactionContext();
  em.getConnection('write')
    .commit(trx)
    .catch((err: unknown) => log('commit of a read-only request failed', err));
}
