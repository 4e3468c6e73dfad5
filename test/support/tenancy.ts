import pg from 'pg';
import { startTestApp, type TestApp } from './harness';

/** The personas of the tenancy matrix (issue 2): demo users of the seed. */
export const PERSONAS = [
  'anonymous',
  'nanle.inspector',
  'nanle.admin',
  'yexian.admin',
  'puyang.admin',
  'henan.admin',
] as const;
export type Persona = (typeof PERSONAS)[number];

export interface TreeRow {
  id: string;
  path: string;
  name: string;
}

export interface Tree {
  bureaus: TreeRow[];
  pathOf(bureauId: string): string;
  /** The path of a persona's bureau. */
  personaPath(persona: Exclude<Persona, 'anonymous'>): string;
  departments: { id: string; bureau_id: string; kind: string; name: string }[];
  users: { id: string; bureau_id: string; username: string; display_name: string; department_id: string }[];
}

/** Reads the whole tree as the owner (a member of dsr_maintenance, whose policies see every row). */
export async function loadTree(ownerUrl: string): Promise<Tree> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const bureaus = (await c.query<TreeRow>('select id, path::text as path, name from bureau order by path')).rows;
    const departments = (await c.query('select id, bureau_id, kind, name from department order by code')).rows;
    const users = (await c.query('select id, bureau_id, username, display_name, department_id from app_user')).rows;
    const byId = new Map(bureaus.map((b) => [b.id, b.path]));
    const prefix = (persona: string) => persona.split('.')[0]!;
    const userPath = new Map(users.map((u) => [prefix(u.username), byId.get(u.bureau_id)!]));
    return {
      bureaus,
      departments,
      users,
      pathOf: (id) => byId.get(id) ?? '(unknown)',
      personaPath: (persona) => userPath.get(prefix(persona))!,
    };
  } finally {
    await c.end();
  }
}

export const within = (path: string, scope: string) => path === scope || path.startsWith(`${scope}.`);

/**
 * Every bureau a response mentions (a `path`, a `bureauId`, a node under `bureau`) must be the
 * persona's own, below it, or — for bureau rows only — above it. Returns the offending values.
 */
export function foreignRows(body: unknown, scope: string, tree: Tree): string[] {
  const bad: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.path === 'string' && !within(o.path, scope) && !within(scope, o.path)) bad.push(`bureau ${o.path}`);
    if (typeof o.bureauId === 'string' && !within(tree.pathOf(o.bureauId), scope))
      bad.push(`row of ${tree.pathOf(o.bureauId)}`);
    Object.values(o).forEach(visit);
  };
  visit(body);
  return bad;
}

/** A test app on a private copy of the seeded database, and that database's bureau tree (a describe block's beforeAll). */
export async function startAppWithTree(): Promise<{ t: TestApp; tree: Tree }> {
  const t = await startTestApp();
  try {
    return { t, tree: await loadTree(t.db.ownerUrl) };
  } catch (err) {
    await t.close();
    throw err;
  }
}
