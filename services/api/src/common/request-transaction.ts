import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'pg';

/** The pg driver's client under a request transaction. */
export type PgClient = Client;

/** The parts of knex's pool client a request transaction uses. */
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(conn: PgClient): Promise<void>;
  emit(event: string, query: object): boolean;
}

/** The pg connection (the driver's Client) under a transaction begun here. */
export interface PgConnection {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/**
 * A request's transaction as MikroORM and knex see one (what they read of a knex Transaction:
 * `client` for `.transacting()`, `commit`, `rollback`, `executionPromise`, `isCompleted`), on one
 * pooled connection, without knex's Transaction. knex builds a whole knex instance and transaction
 * client per transaction (make-knex's redefineProperties alone was 2 % of a small request's CPU);
 * here the statements knex runs for the ORM go through the pool's own client with the connection
 * fixed, and COMMIT or ROLLBACK is one statement on that connection, which then goes back to the pool.
 * Savepoints are the SQL's own (import-rows.ts): em.begin() inside a request is not supported.
 */
export class RequestTransaction {
  /** The pool's client, bound to this connection: knex's `.transacting(trx)` runs statements with it. */
  readonly client: object;
  /** Settled when COMMIT or ROLLBACK is done (MikroORM awaits it after `commit()`). */
  executionPromise: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(
    private readonly pool: KnexClient,
    readonly connection: PgClient,
  ) {
    const isCompleted = () => this.ended;
    type Run = (this: unknown, conn: unknown, obj: unknown) => Promise<unknown>;
    const bound = Object.create(pool) as Record<string, unknown> & { query: Run };
    const query = bound.query;
    bound.transacting = true;
    bound.acquireConnection = () => Promise.resolve(connection);
    bound.releaseConnection = () => Promise.resolve();
    bound.query = function (this: unknown, conn: unknown, obj: unknown) {
      if (isCompleted()) return Promise.reject(new Error('the request transaction has ended'));
      return query.call(this, conn, obj);
    };
    this.client = bound;
  }

  isCompleted(): boolean {
    return this.ended;
  }

  /** COMMIT: a refusal (a deferred check, a lost connection) rejects, as knex's did. */
  commit(): Promise<void> {
    return this.end('COMMIT;', true);
  }

  /** ROLLBACK: never rejects, as knex's did (a connection that failed is dropped by the pool's check). */
  rollback(): Promise<void> {
    return this.end('ROLLBACK', false);
  }

  /** The one end of the transaction; the connection goes back to the pool after it. */
  private end(sql: string, rejectOnFailure: boolean): Promise<void> {
    if (this.ended) return this.executionPromise;
    this.ended = true;
    this.pool.emit('query', { sql, bindings: [] });
    const release = () => {
      setPipeline(this.connection, false); // the pool's other users (jobs, COPY) expect ordinary mode
      return this.pool.releaseConnection(this.connection);
    };
    this.executionPromise = this.connection.query(sql).then(release, async (err: unknown) => {
      await release();
      if (rejectOnFailure) throw err;
    });
    return this.executionPromise;
  }
}

/**
 * The pg connection of the ORM transaction `trx` while it is open, when it is a request
 * transaction; undefined otherwise (then statements go through knex).
 */
export function openConnectionOf(trx: unknown): PgConnection | undefined {
  return trx instanceof RequestTransaction && !trx.isCompleted() ? trx.connection : undefined;
}

/**
 * Begins the entity manager's transaction with `start` as its first round trip, on a connection
 * from the ORM's pool in pg's pipeline mode for the transaction's life: `start` sends BEGIN together
 * with statements that need the transaction (the session's principal and the scope settings), and
 * later statements sent at once (a request's DataLoader batches) go out without waiting for each
 * other's answers. The ORM, `queryBound` and em.commit/rollback then work on it as on a transaction
 * of em.begin(). Answers what `start` answers.
 */
export async function beginOrmTransactionWith<T>(em: EntityManager, start: (conn: PgClient) => Promise<T>): Promise<T> {
  const pool = em.getKnex().client as unknown as KnexClient;
  const conn = await pool.acquireConnection();
  setPipeline(conn, true);
  let answer: T;
  try {
    answer = await start(conn);
  } catch (err) {
    // BEGIN may have run and a later statement failed: never hand an aborted transaction back.
    await conn.query('ROLLBACK').catch(() => undefined);
    setPipeline(conn, false);
    await pool.releaseConnection(conn);
    throw err;
  }
  em.setTransactionContext(new RequestTransaction(pool, conn));
  return answer;
}

/** A request transaction begun alone (no session to read: an anonymous request, a sign-in). */
export async function beginOrmTransaction(em: EntityManager): Promise<void> {
  announceStatement(em, 'BEGIN;', []);
  await beginOrmTransactionWith(em, (conn) => conn.query('BEGIN'));
}

/** pg reads the flag on each send (Client#_pulseQueryQueue); its types call it read-only, as the constructor sets it. */
function setPipeline(conn: object, on: boolean): void {
  (conn as { pipeline: boolean }).pipeline = on;
}

/**
 * Runs `use` with the connection in ordinary mode, once all it was sent before has been answered:
 * COPY (the audit walk) takes the socket from pg for its rows, which a pipeline cannot share.
 */
export async function outOfPipeline<T>(
  conn: { query(sql: string): Promise<unknown>; pipeline?: boolean },
  use: () => Promise<T>,
): Promise<T> {
  if (!conn.pipeline) return use();
  await conn.query('select 1'); // answered after everything sent before it
  setPipeline(conn, false);
  try {
    return await use();
  } finally {
    setPipeline(conn, true);
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
  const trx = em.getTransactionContext<RequestTransaction>();
  if (!trx) return;
  em.resetTransactionContext();
  em.getConnection('write')
    .commit(trx as never) // MikroORM's commit of a context (ctx.commit(), then its executionPromise)
    .catch((err: unknown) => log('commit of a read-only request failed', err));
}
