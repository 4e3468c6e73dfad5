import { createHash } from 'node:crypto';
import pg from 'pg';

/** One bound query in the public reader's transaction. */
export type PublicQuery = <R>(sql: string, params: readonly unknown[]) => Promise<R[]>;

export interface PublicReader {
  /**
   * One statement in its own read-only transaction as dsr_public, in one round trip: BEGIN (with the
   * role and the limit), the statement and COMMIT are written together (pg's pipeline mode).
   */
  one<R>(sql: string, params: readonly unknown[]): Promise<R[]>;
  /** Runs `fn` in a read-only transaction as dsr_public (migration 0026), on a pool of its own. */
  read<T>(fn: (query: PublicQuery) => Promise<T>, opts?: { snapshot?: boolean }): Promise<T>;
  /** Runs `fn` in a read-write transaction as dsr_public: it can write only through the appeal functions of 0029. */
  write<T>(fn: (query: PublicQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Fixed texts: the role and a statement limit for every anonymous transaction (a snapshot for open data).
const BEGIN = "begin transaction read only; set local role dsr_public; set local statement_timeout = '10s'";
const BEGIN_WRITE = "begin; set local role dsr_public; set local statement_timeout = '10s'";
const BEGIN_SNAPSHOT =
  "begin transaction isolation level repeatable read read only; set local role dsr_public; set local statement_timeout = '60s'";

/**
 * A name per statement text: each connection parses and plans a public statement once and then only binds it
 * (the texts are a handful of constants). The plan is made as dsr_public; PostgreSQL re-plans if the role differs.
 */
const names = new Map<string, string>();
function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `dsr_public_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`));
  return name;
}

/**
 * PublicReader.one: BEGIN (role, limit), the statement and COMMIT written at once on a pooled connection.
 * Why not the role and limits set once per connection (no BEGIN at all): a transaction-mode pooler
 * (infra/README.md) may hand the next transaction another server connection, and a role kept by a
 * session could outlive it. Written together, the three cost one round trip all the same; if BEGIN's
 * SET ROLE failed, the statement meets an aborted transaction and never runs as the service's role.
 */
async function one<R>(pool: pg.Pool, sql: string, params: readonly unknown[]): Promise<R[]> {
  const client = await pool.connect();
  const mode = client as unknown as { pipeline: boolean };
  let broken: Error | undefined;
  // pg's socket, corked while the three are written: one write, so the server wakes once for all three.
  const { stream } = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection;
  mode.pipeline = true;
  try {
    stream.cork();
    let sent: Promise<pg.QueryResult>[];
    try {
      sent = [
        client.query(BEGIN),
        client.query({ name: nameOf(sql), text: sql, values: params as unknown[] }),
        client.query('commit'), // after a failed statement PostgreSQL answers ROLLBACK: the connection stays clean
      ];
    } finally {
      stream.uncork();
    }
    const [begin, answer, commit] = await Promise.allSettled(sent);
    if (commit.status === 'rejected') broken = commit.reason as Error;
    if (begin.status === 'rejected') throw begin.reason;
    if (answer.status === 'rejected') throw answer.reason;
    if (broken) throw broken;
    return answer.value.rows as R[];
  } finally {
    mode.pipeline = false;
    client.release(broken);
  }
}

/**
 * The public side's only way to the database: not the ORM, not the request context, and a role
 * that can read nothing but published documents — so no public field can reach internal data even
 * by mistake. The role is set per transaction (SET LOCAL): a connection never keeps it by accident.
 */
export function createPublicReader(clientUrl: string, max = 4): PublicReader {
  const pool = new pg.Pool({ connectionString: clientUrl, max, application_name: 'dsr-public' });
  pool.on('error', () => undefined); // an idle connection that dies is replaced on the next connect
  async function run<T>(begin: string, fn: (query: PublicQuery) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      // One statement at a time on the connection: the open data's streams may ask at once (pg 9 refuses overlap).
      let last: Promise<unknown> = Promise.resolve();
      const result = await fn(<R>(sql: string, params: readonly unknown[]) => {
        const answer = last.then(() => client.query({ name: nameOf(sql), text: sql, values: params as unknown[] }));
        last = answer.catch(() => undefined);
        return answer.then((a) => a.rows as R[]);
      });
      await client.query('commit');
      return result;
    } catch (err) {
      await client.query('rollback').catch((e: unknown) => (broken = e as Error));
      throw err;
    } finally {
      client.release(broken);
    }
  }
  return {
    one: (sql, params) => one(pool, sql, params),
    read: (fn, opts) => run(opts?.snapshot ? BEGIN_SNAPSHOT : BEGIN, fn),
    write: (fn) => run(BEGIN_WRITE, fn),
    close: () => pool.end(),
  };
}
