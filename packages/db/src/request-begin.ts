import type { Client } from 'pg';

/** A pooled client (PoolClient), or any pg Client. */
type PgClient = Pick<Client, 'query' | 'pipeline'>;

/**
 * The start and the end of a request's transaction on a pooled `pg` client, in the fewest round
 * trips: BEGIN and the session's principal (which sets the row-level security scope) in one, and
 * for a read-only request a COMMIT that is sent but not awaited. Shared by the product's request
 * path and the hand-written floor of `pnpm bench` (test/bench/floor-server.mjs), so both pay the same.
 */

/** What app_private.session_principal returns for a live session (migration 0001). */
export interface SessionPrincipalRow {
  user_id: string;
  username: string;
  display_name: string;
  roles: string[];
  department_id: string;
  bureau_id: string;
  tenant_id: string;
  scope_path: string;
  bureau_ids: string[] | null;
  readable_bureau_ids: string[] | null;
}

/** A session id as tokens carry it: checked strictly before it is ever written into SQL text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a session id (a UUID: hex digits and dashes, nothing that could end a literal). */
export function isSessionId(id: string): boolean {
  return UUID.test(id);
}

/**
 * The principal of a live session, setting (local to the transaction) the scope row-level security
 * reads. `session` is the SQL of the session id: a bind parameter (`$1`, or `?` for knex).
 */
export function sessionPrincipalSql(session: string): string {
  return `select p.*, set_config('app.scope_path', p.scope_path::text, true) as s1,
          set_config('app.bureau_id', p.bureau_id::text, true) as s2,
          set_config('app.tenant_id', p.tenant_id::text, true) as s3
     from app_private.session_principal(${session}) p`;
}

/**
 * BEGIN and the principal statement as one simple-protocol query (which has no bind parameters):
 * the id is written into the text only after the strict check; null when it is not a session id.
 * The one text both the product's ORM transaction and a plain pg client send.
 */
export function beginWithPrincipalSql(sessionId: string): string | null {
  return isSessionId(sessionId) ? `BEGIN; ${sessionPrincipalSql(`'${sessionId}'::uuid`)}` : null;
}

/** The principal statement with a bind parameter (extended protocol), as the ORM path and pipelined clients send it. */
export const SESSION_PRINCIPAL_SQL = sessionPrincipalSql('$1');

/** Prepared once per connection: its parse and plan are not paid again on every request. */
const PRINCIPAL_STATEMENT = 'dsr_session_principal';

/**
 * BEGIN and the session's principal in one round trip; null when the session is revoked or
 * expired or its user deactivated. A client in pipeline mode (`new Pool({ pipeline: true })`, pg ≥
 * 8.20) sends both at once, the principal as a prepared statement with a bind parameter. Any other
 * client sends the two statements as one simple-protocol query, the session id written into the
 * text only after the strict UUID check above (the simple protocol has no parameters). Whatever it
 * returns or throws, a transaction may be open: on null or a throw the caller rolls back (a ROLLBACK
 * with none open is only a warning) or releases the client with the error.
 */
export async function beginWithPrincipal(client: PgClient, sessionId: string): Promise<SessionPrincipalRow | null> {
  const simple = beginWithPrincipalSql(sessionId);
  if (simple === null) return null;
  if (client.pipeline) return pipelinedBegin(client, sessionId);
  const results = (await client.query(simple)) as unknown;
  const last = Array.isArray(results) ? (results.at(-1) as { rows: SessionPrincipalRow[] }) : undefined;
  return last?.rows[0] ?? null;
}

/** The socket under a pg client, where it has one (corked so that two queries leave in one write). */
function socketOf(client: object): { cork(): void; uncork(): void } | undefined {
  return (client as { connection?: { stream?: { cork(): void; uncork(): void } } }).connection?.stream;
}

/**
 * BEGIN and the prepared principal statement written to the socket at once (one syscall: the
 * socket is corked while pg's pipeline mode submits both), answered only when both are settled, so
 * nothing of it is still in flight when the caller goes on (or takes the client out of pipeline mode).
 */
async function pipelinedBegin(client: PgClient, sessionId: string): Promise<SessionPrincipalRow | null> {
  const socket = socketOf(client);
  socket?.cork();
  let sent: [Promise<unknown>, Promise<{ rows: SessionPrincipalRow[] }>];
  try {
    sent = [
      client.query('BEGIN'),
      client.query<SessionPrincipalRow>({
        name: PRINCIPAL_STATEMENT,
        text: SESSION_PRINCIPAL_SQL,
        values: [sessionId],
      }),
    ];
  } finally {
    socket?.uncork();
  }
  const [begun, principal] = await Promise.allSettled(sent);
  if (begun.status === 'rejected') throw begun.reason;
  if (principal.status === 'rejected') throw principal.reason;
  return principal.value.rows[0] ?? null;
}

/**
 * Ends a read-only transaction without making the answer wait for it: COMMIT is sent now and
 * `done` is called when it completes (with its error, if any: the pool then discards the
 * connection), e.g. `(err) => client.release(err)`. On a pipelined client it may be called right
 * after the read is sent, so both go out together; a read that failed turns the COMMIT into a
 * rollback. Nothing is written, so nothing can be lost by answering first.
 */
export function commitInBackground(client: PgClient, done: (err?: Error) => void): void {
  client.query('COMMIT').then(
    () => {
      done();
    },
    (err: unknown) => {
      done(err instanceof Error ? err : new Error(String(err)));
    },
  );
}
