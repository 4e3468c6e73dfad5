import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** One statement's answer from the pg driver (a simple-protocol query answers one per statement). */
export interface StatementResult<T> {
  rows: T[];
}

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
 * Begins the entity manager's (knex) transaction with `sql` as its first round trip: `BEGIN;`
 * followed by statements that need the transaction (the session's principal and the scope
 * settings), sent together in the simple protocol. The transaction is knex's own, on a pooled
 * connection knex releases after commit or rollback, so the ORM, `queryBound` and
 * em.commit/rollback work as with em.begin(); only the separate BEGIN round trip is gone. Answers
 * each statement's result.
 */
export async function beginOrmTransactionWith<T>(em: EntityManager, sql: string): Promise<StatementResult<T>[]> {
  let answer: unknown;
  let connection: unknown;
  const client = em.getKnex().client as unknown as KnexClient;
  const trx = await new Promise<Knex.Transaction>((resolve, reject) => {
    const tx = client.transaction(resolve, { userParams: {}, doNotRejectOnRollback: true });
    // Replaces the `BEGIN;` knex would send (its own query() swallows errors: use the client's).
    tx.begin = async (conn: unknown) => {
      try {
        answer = (await tx.trxClient.query(conn, sql)).response;
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
  return (Array.isArray(answer) ? answer : [answer]) as StatementResult<T>[];
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
