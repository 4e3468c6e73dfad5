import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** The Citus roles of infra/citus/table-roles.json (issue 11 §7). */
export type CitusRole = 'distributed' | 'reference' | 'local';

export interface RoleTable {
  distributionColumn: string;
  tables: Record<string, CitusRole>;
  /** `table.column` → why the id may name another tenant's row: such a column has no foreign key. */
  crossTenantIds: Record<string, string>;
}

/** A primary key, unique constraint or unique index: its key columns (null for an expression). */
export interface UniqueKey {
  table: string;
  name: string;
  kind: 'primary key' | 'unique';
  columns: (string | null)[];
}

export interface ForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/** What the checker reads of a database: tables with their columns, unique keys, foreign keys. */
export interface CatalogSnapshot {
  tables: { name: string; columns: string[] }[];
  uniqueKeys: UniqueKey[];
  foreignKeys: ForeignKey[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function readRoleTable(): RoleTable {
  return JSON.parse(readFileSync(path.join(root, 'infra/citus/table-roles.json'), 'utf8')) as RoleTable;
}

// Ordered column names of a constraint's conkey/confkey or an index's indkey (0: an expression).
const columnsOf = (rel: string, keys: string) => `array(select a.attname from unnest(${keys}) with ordinality key(n, o)
  left join pg_attribute a on a.attrelid = ${rel} and a.attnum = key.n order by key.o)`;

/** Reads the schema `public` of the database the client is connected to. */
export async function readCatalog(client: pg.Client | pg.PoolClient): Promise<CatalogSnapshot> {
  const tables = await client.query<{ name: string; columns: string[] }>(`
    select c.relname as name, array(select a.attname from pg_attribute a
      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum)::text[] as columns
    from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`);
  const constraints = await client.query<UniqueKey & { type: string }>(`
    select t.relname as table, k.conname as name, k.contype as type,
      ${columnsOf('k.conrelid', 'k.conkey')}::text[] as columns
    from pg_constraint k join pg_class t on t.oid = k.conrelid
    where t.relnamespace = 'public'::regnamespace and k.contype in ('p', 'u', 'x') order by 1, 2`);
  const indexes = await client.query<UniqueKey>(`
    select t.relname as table, i.relname as name,
      ${columnsOf('x.indrelid', 'x.indkey[0:x.indnkeyatts - 1]')}::text[] as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    where t.relnamespace = 'public'::regnamespace and x.indisunique
      and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.conrelid = x.indrelid)
    order by 1, 2`);
  const foreignKeys = await client.query<ForeignKey>(`
    select t.relname as table, k.conname as name, ${columnsOf('k.conrelid', 'k.conkey')}::text[] as columns,
           r.relname as "refTable", ${columnsOf('k.confrelid', 'k.confkey')}::text[] as "refColumns"
    from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    where t.relnamespace = 'public'::regnamespace and k.contype = 'f' order by 1, 2`);
  return {
    tables: tables.rows,
    uniqueKeys: [
      ...constraints.rows.map(({ type, ...k }): UniqueKey => ({ ...k, kind: type === 'p' ? 'primary key' : 'unique' })),
      ...indexes.rows.map((k) => ({ ...k, kind: 'unique' as const })),
    ],
    foreignKeys: foreignKeys.rows,
  };
}

/** Whether a foreign key carries the distribution column on both sides, paired with itself. */
function carriesDistribution(fk: ForeignKey, column: string): boolean {
  const at = fk.columns.indexOf(column);
  return at >= 0 && fk.refColumns[at] === column;
}

/**
 * Every way the catalog breaks the Citus rules of its tables' roles, one sentence each (empty: none):
 * a table without a role (or a role for a table that is gone); a distributed table without the
 * distribution column, without a primary key, or with a primary key or unique key that lacks it;
 * a foreign key between distributed tables that does not pair the distribution column with itself;
 * a foreign key from a reference table to a non-reference table, or between a local and a
 * distributed table; a foreign key on an id the role table says may cross tenants.
 */
export function citusKeyViolations(catalog: CatalogSnapshot, roles: RoleTable): string[] {
  const column = roles.distributionColumn;
  const role = (t: string): CitusRole | undefined => roles.tables[t];
  const out: string[] = [];
  for (const t of catalog.tables) if (!role(t.name)) out.push(`${t.name}: no role in infra/citus/table-roles.json`);
  const present = new Set(catalog.tables.map((t) => t.name));
  for (const t of Object.keys(roles.tables)) if (!present.has(t)) out.push(`${t}: has a role but no table`);
  for (const t of catalog.tables.filter((x) => role(x.name) === 'distributed')) {
    if (!t.columns.includes(column)) out.push(`${t.name}: distributed without ${column}`);
    const keyed = catalog.uniqueKeys.some((k) => k.table === t.name && k.kind === 'primary key');
    if (!keyed) out.push(`${t.name}: distributed without a primary key`);
  }
  for (const k of catalog.uniqueKeys.filter((x) => role(x.table) === 'distributed' && !x.columns.includes(column))) {
    out.push(`${k.table}: ${k.kind} ${k.name} (${k.columns.map((c) => c ?? '<expr>').join(', ')}) lacks ${column}`);
  }
  for (const fk of catalog.foreignKeys) {
    const [from, to] = [role(fk.table), role(fk.refTable)];
    const what =
      `${fk.table}: foreign key ${fk.name} (${fk.columns.join(', ')})` +
      ` → ${fk.refTable} (${fk.refColumns.join(', ')})`;
    if (from === 'distributed' && to === 'distributed' && !carriesDistribution(fk, column)) {
      out.push(`${what} lacks ${column}`);
    }
    if (from === 'reference' && to !== 'reference') {
      out.push(`${what}: a reference table may point only at reference tables`);
    }
    if ((from === 'local' && to === 'distributed') || (from === 'distributed' && to === 'local')) {
      out.push(`${what}: no foreign key between a local and a distributed table`);
    }
    const crossing = fk.columns.filter((c) => roles.crossTenantIds[`${fk.table}.${c}`] !== undefined);
    if (crossing.length) out.push(`${what}: ${crossing.join(', ')} may name another tenant's row (a plain id)`);
  }
  return out;
}
