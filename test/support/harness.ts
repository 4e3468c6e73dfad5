import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, openOrm } from '@dsr/db';
import { createServer, type AppServer, type ServerOptions } from '../../services/api/src/server';
import { LocalDiskEvidenceStore } from '../../services/api/src/common/evidence-store';
import { generateAuditKeys, type AuditKeys } from '../../services/api/src/modules/audit/audit-keys';

export interface TestDatabase {
  name: string;
  superUrl: string;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

/** A private copy of the migrated, seeded template: test files never see each other's writes. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const info = inject('pg');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: info.superUrl });
  await admin.connect();
  try {
    // FILE_COPY: the template's files copied as they are (one checkpoint), not written block by block through
    // the WAL as PostgreSQL 15+ does by default: about a third less time per test file's clone.
    await admin.query(`create database ${name} template ${info.templateDatabase} owner dsr_owner strategy file_copy`);
  } finally {
    await admin.end();
  }
  const superUrl = withDatabase(info.superUrl, name);
  return {
    name,
    superUrl,
    ownerUrl: await loginUrl(superUrl, 'dsr_owner'),
    appUrl: await loginUrl(superUrl, 'dsr_app'),
    async drop() {
      const c = new pg.Client({ connectionString: info.superUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

// Roles are shared by every database of the cluster; one password per role for the whole run.
const rolePasswords = new Map<string, string>();
async function loginUrl(superUrl: string, role: string): Promise<string> {
  let pw = rolePasswords.get(role);
  if (!pw) {
    pw = `test_${role}_pw`;
    const c = new pg.Client({ connectionString: superUrl });
    await c.connect();
    try {
      // Two test workers may set the same password at once: PostgreSQL then refuses one catalog update
      // ("tuple concurrently updated"); the value is the same, so setting it again is enough.
      for (let attempt = 1; ; attempt++) {
        try {
          await c.query(`alter role ${role} login password '${pw}'`);
          break;
        } catch (e) {
          if (attempt >= 5 || !/tuple concurrently updated/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 50 * attempt));
        }
      }
    } finally {
      await c.end();
    }
    rolePasswords.set(role, pw);
  }
  return withUser(superUrl, role, pw);
}

export interface GqlResult {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[];
  };
}

export interface TestApp {
  db: TestDatabase;
  orm: MikroORM;
  server: AppServer;
  /** The evidence store's directory (a temp dir of this app, removed on close). */
  evidenceDir: string;
  /** The audit checkpoint key of this app (kept outside the database) and its checkpoint file (a temp file of this app). */
  auditKeys: AuditKeys;
  auditCheckpointFile: string;
  /** POST /graphql through the real HTTP stack. */
  gql(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult>;
  /** Signs in as a demo persona (e.g. 'nanle.admin'); tokens are cached per persona. */
  login(persona: string): Promise<string>;
  /** Runs fn and returns how many SQL statements the service sent meanwhile. */
  /** The statements `fn` sent: their texts and, in the same order, their bind parameters. */
  countStatements<T>(
    fn: () => Promise<T>,
  ): Promise<{ result: T; statements: number; sql: string[]; bindings: unknown[][] }>;
  close(): Promise<void>;
}

/**
 * `jobs`: the job queue's settings (tests of jobs shorten them); the queue runs only when a test starts it.
 * `publicRateLimitPerMinute`: the anonymous endpoint's per-address budget (default 120).
 */
export async function startTestApp(
  opts: { jobs?: ServerOptions['jobs']; publicRateLimitPerMinute?: number } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const orm = await openOrm({ clientUrl: db.appUrl, poolMax: 5 });
  const evidenceDir = mkdtempSync(path.join(tmpdir(), 'dsr-evidence-'));
  const auditDir = mkdtempSync(path.join(tmpdir(), 'dsr-audit-'));
  const auditKeys = generateAuditKeys();
  const auditCheckpointFile = path.join(auditDir, 'audit-checkpoints.jsonl');
  const server = await createServer({
    orm,
    jwtSecret: randomBytes(32).toString('hex'),
    evidenceStore: new LocalDiskEvidenceStore(evidenceDir),
    auditKeys,
    auditCheckpointFile,
    log: process.env.DSR_TEST_LOG ? (m, e) => console.error(m, e) : () => undefined,
    jobs: opts.jobs,
    publicRateLimitPerMinute: opts.publicRateLimitPerMinute,
  });
  const agent = supertest(server.app);
  const tokens = new Map<string, string>();
  const sql: string[] = [];
  const bindings: unknown[][] = [];
  type QueryEvent = { sql: string; bindings?: unknown[] };
  (orm.em.getConnection().getKnex() as unknown as { on(e: string, cb: (q: QueryEvent) => void): void }).on(
    'query',
    (q) => {
      sql.push(q.sql);
      bindings.push(q.bindings ?? []);
    },
  );

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = agent.post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, body: res.body };
  };

  return {
    db,
    orm,
    server,
    evidenceDir,
    auditKeys,
    auditCheckpointFile,
    gql,
    async login(persona) {
      const cached = tokens.get(persona);
      if (cached) return cached;
      const res = await gql(
        `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
        { u: persona, p: DEMO_PASSWORD },
      );
      const token = res.body.data?.login?.token as string | undefined;
      if (!token) throw new Error(`login ${persona} failed: ${JSON.stringify(res.body)}`);
      tokens.set(persona, token);
      return token;
    },
    async countStatements(fn) {
      await server.idle(); // statements of earlier requests' background work (a draw's record stored) are not counted
      const start = sql.length;
      const result = await fn();
      const seen = sql.slice(start);
      return { result, statements: seen.length, sql: seen, bindings: bindings.slice(start) };
    },
    async close() {
      await server.stop();
      await orm.close(true);
      await db.drop();
      rmSync(evidenceDir, { recursive: true, force: true });
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}

/** The first error code of a GraphQL answer, or null. */
export function errorCode(res: GqlResult): string | null {
  return (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? null;
}
