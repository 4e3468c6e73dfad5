import {
  raw,
  type EntityClass,
  type EntityDictionary,
  type EntityManager,
  type EntityMetadata,
  type FilterQuery,
} from '@mikro-orm/postgresql';
import { SCOPE_FILTER } from '@dsr/db';
import { queryBound } from './bound-sql';
import { rowView, type Row } from './row-views';
import {
  isEmptyObject,
  orderSql,
  shapeOf,
  whereSql,
  type Order,
  type Shape,
  type Sql,
  type SqlCondition,
} from './where-sql';

export type { SqlCondition } from './where-sql';

/** `where` and `also` as one FilterQuery for the ORM (also as a raw() fragment: built anew for each query). */
function withAlso<T>(where: FilterQuery<T>, also?: SqlCondition): FilterQuery<T> {
  if (!also) return where;
  return { $and: [where, { [raw((a: string) => also.text(a), also.params)]: [] }] } as FilterQuery<T>;
}

/** The condition the ORM's filters put on a read of each entity, per scope-parameters object (see filtersOf). */
const filterConditions = new WeakMap<object, Map<string, unknown>>();

const scopeOnly = new WeakMap<EntityMetadata, boolean>();

/** Whether the scope filter is the only filter an entity has (none configured globally either). */
function onlyScopeFilter(em: EntityManager, meta: EntityMetadata): boolean {
  let only = scopeOnly.get(meta);
  if (only === undefined) {
    const global = em.config.get('filters');
    only = Object.keys(global).length === 0 && Object.keys(meta.filters).every((name) => name === SCOPE_FILTER);
    scopeOnly.set(meta, only);
  }
  return only;
}

/**
 * The condition the ORM's filters put on a read of `meta` (undefined: none), as `em.applyFilters`
 * works it out — by the ORM, failing closed without a scope. It depends only on the scope filter's
 * parameters (the filters are pure functions of them), so it is kept per parameters object: a
 * session's is handed out again while its bureaus stay the same (scope-session.ts), and
 * applyFilters(where) is `{ $and: [condition, where] }`. Working the condition out for every read
 * cost more than writing its SQL. Never changed once made (whereSql only reads it).
 */
async function filtersOf(em: EntityManager, meta: EntityMetadata): Promise<unknown> {
  const params: unknown = em.getFilterParams(SCOPE_FILTER);
  if (typeof params !== 'object' || params === null) {
    const condition: unknown = await em.applyFilters(meta.className, {}, undefined, 'read'); // fails closed
    return isEmptyObject(condition) ? undefined : condition;
  }
  let of = filterConditions.get(params);
  if (!of) {
    of = new Map();
    filterConditions.set(params, of);
  }
  if (!of.has(meta.className)) {
    const condition: unknown = await em.applyFilters(meta.className, {}, undefined, 'read');
    of.set(meta.className, isEmptyObject(condition) ? undefined : condition);
  }
  return of.get(meta.className);
}

/** `where` through the ORM's filters, as em.applyFilters gives it (the filters' condition kept per scope, filtersOf). */
async function applyFilters<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  where: FilterQuery<T>,
): Promise<unknown> {
  if (!onlyScopeFilter(em, meta)) return em.applyFilters<T>(meta.className, where, undefined, 'read');
  const condition = await filtersOf(em, meta);
  if (condition === undefined) return where;
  return isEmptyObject(where) ? condition : { $and: [condition, where] };
}

/** The filtered where clause of `entity` as SQL on alias e0, with `also`; null when only the ORM can say it. */
async function filteredSql<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  shape: Shape | null,
  where: FilterQuery<T>,
  also?: SqlCondition,
): Promise<Sql | null> {
  if (!shape) return null;
  const filtered = await applyFilters(em, meta, where);
  const sql = filtered ? whereSql(filtered, shape) : null;
  if (!sql || !also) return sql;
  return { text: `${sql.text} and (${also.text('e0')})`, params: [...sql.params, ...also.params] };
}

/** The SELECT of a filtered read on alias e0 (`extra`: more select-list SQL first), or null: the ORM reads it. */
async function readSql<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  where: FilterQuery<T>,
  orderBy: Order | undefined,
  opts: { limit?: number; also?: SqlCondition },
  extra?: Sql,
): Promise<Sql | null> {
  const shape = shapeOf(meta);
  const sql = await filteredSql(em, meta, shape, where, opts.also);
  const order = shape ? orderSql(orderBy, shape) : null;
  if (!shape || !sql || order === null) return null;
  const limit = opts.limit ? ' limit ?::int' : '';
  const more = extra ? `, ${extra.text}` : '';
  return {
    text: `select ${shape.columns}${more} from "${shape.table}" as e0 where ${sql.text}${order}${limit}`,
    params: [...(extra?.params ?? []), ...sql.params, ...(opts.limit ? [opts.limit] : [])],
  };
}

/** Rows as the ORM maps them: managed entities (merged), or plain views. */
function entitiesOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  meta: EntityMetadata<T>,
  rows: EntityDictionary<T>[],
  views?: boolean,
): T[] {
  if (views) return rows.map((row) => rowView(em, meta, row as Row));
  const mapped = rows.map((row) => em.getDriver().mapResult(row, meta) ?? {});
  // merge without refresh: an entity already managed keeps its unflushed changes, as with em.find.
  return mapped.map((data) => em.merge(entity, data, { refresh: false, convertCustomTypes: true }));
}

/**
 * The rows of `entity` that meet `where` (and `also`) and that the ORM's filters let through (the
 * scope filter on every bureau-owned entity), as managed entities, at most `limit`. The filters are
 * applied by the ORM itself (`em.applyFilters`, failing closed without a scope); only the SQL is
 * written here rather than by the query builder, whose cost dominates a small read. An entity
 * already in the identity map is returned as it is (unflushed changes kept), as em.find does. A
 * `where` or order this cannot express (relations, operators beyond comparisons and `$in`) goes
 * to em.find. `views`: plain objects rather than managed entities, for lists a query only reads (viewOf).
 */
export async function findWhere<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: Order,
  opts: { limit?: number; also?: SqlCondition; views?: boolean } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const sql = await readSql(em, meta, where, orderBy, opts);
  if (!sql) {
    const options = { ...(orderBy ? { orderBy: orderBy as never } : {}), ...(opts.limit ? { limit: opts.limit } : {}) };
    return em.find(entity, withAlso(where, opts.also), options);
  }
  // prepared: the same few texts on every request, parsed and planned once per connection
  const rows = await queryBound<EntityDictionary<T>>(em, sql.text, sql.params, { prepared: true });
  return entitiesOf(em, entity, meta, rows, opts.views);
}

/** A scalar subquery giving a count (bind values in order), to ride on a page's rows (findWhereAndCount). */
export type CountSql = Sql;

/**
 * findWhere's page with a count in the same statement (one round trip for a list page and its
 * total): `count`, a scalar subquery, is selected on every row. The page's rows still pass the
 * ORM's filters exactly as findWhere's. Null when only the ORM can read it; `count` null when the
 * page is empty (no row to carry it: the caller counts on its own).
 */
export async function findWhereAndCount<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy: Order,
  opts: { limit?: number; also?: SqlCondition; views?: boolean },
  count: CountSql,
): Promise<{ rows: T[]; count: number | null } | null> {
  const meta = em.getMetadata().get<T>(entity.name);
  const extra = { text: `(${count.text}) as "__count"`, params: count.params };
  const sql = await readSql(em, meta, where, orderBy, opts, extra);
  if (!sql) return null;
  const rows = await queryBound<EntityDictionary<T> & { __count?: number }>(em, sql.text, sql.params, {
    prepared: true,
  });
  const n = rows[0]?.__count ?? null;
  for (const row of rows) delete row.__count;
  return { rows: entitiesOf(em, entity, meta, rows, opts.views), count: n };
}

/**
 * The count countWhere makes, as a scalar subquery (its own alias e0 shadows the outer one), or
 * null when only the ORM can count it.
 */
export async function countSubquery<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  also?: SqlCondition,
): Promise<CountSql | null> {
  const meta = em.getMetadata().get<T>(entity.name);
  const shape = shapeOf(meta);
  const sql = await filteredSql(em, meta, shape, where, also);
  if (!shape || !sql) return null;
  return { text: `select count(*)::int from "${shape.table}" as e0 where ${sql.text}`, params: sql.params };
}

/** How many rows of `entity` meet `where` (and `also`) through the ORM's filters, as em.count counts. */
export async function countWhere<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  also?: SqlCondition,
): Promise<number> {
  const meta = em.getMetadata().get<T>(entity.name);
  const shape = shapeOf(meta);
  const sql = await filteredSql(em, meta, shape, where, also);
  if (!shape || !sql) return em.count(entity, withAlso(where, also));
  const rows = await queryBound<{ n: number }>(
    em,
    `select count(*)::int as n from "${shape.table}" as e0 where ${sql.text}`,
    sql.params,
    { prepared: true },
  );
  return rows[0]?.n ?? 0;
}
