import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginWithPrincipal, commitInBackground } from '@dsr/db';
import { createTestDatabase, type TestDatabase } from './support/harness';

/**
 * @dsr/db request-begin: BEGIN with the session principal in one round trip, on a pipelined
 * client and on a plain one, the row-level security scope set by it, and a COMMIT not awaited.
 */
describe('beginWithPrincipal and commitInBackground', () => {
  let db: TestDatabase;
  let owner: pg.Client;
  let live: { session: string; userId: string; scopePath: string };
  let revoked: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const session = async (revokedAt: string | null) => {
      const id = randomUUID();
      const { rows } = await owner.query<{ user_id: string; scope_path: string }>(
        `insert into auth_session (id, tenant_id, bureau_id, scope_path, user_id, expires_at, revoked_at)
         select $1, tenant_id, bureau_id, scope_path, id, now() + interval '1 hour', $2::timestamptz
           from app_user where username = 'nanle.coordinator'
         returning user_id, scope_path::text`,
        [id, revokedAt],
      );
      return { session: id, userId: rows[0]!.user_id, scopePath: rows[0]!.scope_path };
    };
    live = await session(null);
    revoked = (await session(new Date().toISOString())).session;
  });
  afterAll(async () => {
    await owner.end();
    await db.drop();
  });

  for (const pipeline of [true, false]) {
    describe(pipeline ? 'pipelined client' : 'plain client', () => {
      let client: pg.Client;
      let sent: number;
      beforeAll(async () => {
        client = new pg.Client({ connectionString: db.appUrl, pipeline });
        await client.connect();
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        Object.assign(client, { query: (...args: unknown[]) => (sent++, query(...args)) });
      });
      afterAll(() => client.end());

      it('begins, returns the principal and sets the scope row-level security reads, in one round trip', async () => {
        sent = 0;
        const principal = await beginWithPrincipal(client, live.session);
        // Pipelined: BEGIN and the principal are two queries written at once; plain: one query.
        expect(sent).toBe(pipeline ? 2 : 1);
        expect(principal).toMatchObject({ user_id: live.userId, scope_path: live.scopePath });
        const { rows } = await client.query<{ p: string }>('select distinct scope_path::text as p from department');
        expect(rows.map((r) => r.p)).toEqual([live.scopePath]);
        const done = new Promise<Error | undefined>((resolve) => {
          commitInBackground(client, resolve);
        });
        expect(await done).toBeUndefined();
        // The transaction is over: its scope went with it, and RLS shows nothing.
        expect((await client.query('select count(*)::int as n from department')).rows[0].n).toBe(0);
      });

      it('gives null for a revoked session and for a session id that is not a UUID', async () => {
        expect(await beginWithPrincipal(client, revoked)).toBeNull();
        await client.query('ROLLBACK');
        sent = 0;
        expect(await beginWithPrincipal(client, `${live.session}'; select 1; --`)).toBeNull();
        expect(sent).toBe(0); // refused before anything is sent
      });

      it.skipIf(!pipeline)('a read that fails turns the COMMIT sent behind it into a rollback', async () => {
        await beginWithPrincipal(client, live.session);
        const read = client.query('select 1 / 0');
        const done = new Promise<Error | undefined>((resolve) => {
          commitInBackground(client, resolve);
        });
        await expect(read).rejects.toThrow(/division by zero/);
        expect(await done).toBeUndefined();
        // Nothing left open: the next statement runs outside any transaction, with no scope.
        expect((await client.query('select count(*)::int as n from department')).rows[0].n).toBe(0);
      });

      it('a COMMIT that fails is handed to done (the pool then drops the connection)', async () => {
        await client.query('BEGIN');
        await client.query('create temp table t (x int primary key deferrable initially deferred) on commit drop');
        await client.query('insert into t values (1), (1)');
        const err = await new Promise<Error | undefined>((resolve) => {
          commitInBackground(client, resolve);
        });
        expect(err?.message).toMatch(/duplicate key/);
      });
    });
  }
});
