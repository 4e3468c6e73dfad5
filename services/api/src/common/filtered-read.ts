import {
  raw,
  ReferenceKind,
  type EntityClass,
  type EntityDictionary,
  type EntityManager,
  type EntityMetadata,
  type FilterQuery,
} from '@mikro-orm/postgresql';
import { SCOPE_FILTER } from '@dsr/db';
import { queryBound } from './bound-sql';

/** A where clause with its bind values (`?` placeholders). */
interface Sql {
  text: string;
  params: unknown[];
}

/**
 * A condition of hand-written SQL on the entity's table (its alias given), with its bind values:
 * what a list adds that a FilterQuery cannot say without raw() (e.g. a membership subquery).
 */
export interface SqlCondition {
  text: (alias: string) => string;
  params: unknown[];
}

/** What a read of an entity selects: every persisted non-lazy column, as em.find selects them. */
interface Shape {
  table: string;
  columns: string;
  column: Map<string, string>;
}

const shapes = new WeakMap<EntityMetadata, Shape | null>();

/** Null when the entity has anything but plain columns (relations, embeddables, formulas): the ORM reads it. */
function shapeOf(meta: EntityMetadata): Shape | null {
  let shape = shapes.get(meta);
  if (shape !== undefined) return shape;
  const props = meta.props.filter((p) => p.persist !== false);
  const plain = props.every(
    (p) => p.kind === ReferenceKind.SCALAR && !p.formula && !p.ref && p.fieldNames.length === 1,
  );
  const column = new Map(props.map((p) => [p.name, p.fieldNames[0]]));
  const selected = props.filter((p) => !p.lazy).map((p) => `e0."${p.fieldNames[0]}"`);
  shape = plain && !meta.embeddable ? { table: meta.tableName, columns: selected.join(', '), column } : null;
  shapes.set(meta, shape);
  return shape;
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** One property's condition: equality, null, or membership (`= any(?)`, one bind value for the list). */
function condition(col: string, value: unknown): Sql | null {
  if (value === null) return { text: `${col} is null`, params: [] };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { text: `${col} = ?`, params: [value] };
  }
  if (typeof value !== 'object' || Object.keys(value).length !== 1) return null;
  const op = value as { $in?: unknown; $eq?: unknown };
  if (Array.isArray(op.$in)) return { text: `${col} = any(?)`, params: [op.$in] };
  if ('$eq' in op) return condition(col, op.$eq);
  const [key, operand] = Object.entries(value)[0] as [string, unknown];
  const cmp = COMPARISONS[key];
  if (key === '$ne' && operand === null) return { text: `${col} is not null`, params: [] };
  return cmp && (typeof operand === 'string' || typeof operand === 'number')
    ? { text: `${col} ${cmp} ?`, params: [operand] }
    : null;
}

/** The comparisons written out as the ORM writes them (`$ne`: `<>`, null rows excluded either way). */
const COMPARISONS: Partial<Record<string, string>> = { $ne: '<>', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/**
 * The SQL of a where clause made of `$and`, `$or`, equalities and `$in` lists on plain columns —
 * what the scope filters and id lookups produce; null for anything else (the caller asks the ORM).
 */
function whereSql(where: unknown, shape: Shape): Sql | null {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return null;
  const parts: Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    let part: Sql | null;
    if (key === '$and' || key === '$or') {
      // `{}` in an `$and` (no narrowing) holds for every row.
      const terms = Array.isArray(value) ? value.filter((v) => key === '$or' || !isEmptyObject(v)) : [null];
      const subs = terms.map((v) => whereSql(v, shape));
      if (subs.some((s) => s === null) || !subs.length) return null;
      const joined = (subs as Sql[]).map((s) => `(${s.text})`).join(key === '$and' ? ' and ' : ' or ');
      part = { text: joined, params: (subs as Sql[]).flatMap((s) => s.params) };
    } else {
      const col = shape.column.get(key);
      part = col ? condition(`e0."${col}"`, value) : null;
    }
    if (!part) return null;
    parts.push(part);
  }
  if (!parts.length) return null;
  return { text: parts.map((p) => `(${p.text})`).join(' and '), params: parts.flatMap((p) => p.params) };
}

type Order = Record<string, 'asc' | 'desc'>;

/**
 * A row's properties as the ORM's hydrator sets them (custom types converted, booleans and dates
 * as it makes them), in a plain object outside the unit of work: no identity map entry, no change
 * tracking, no accessors per property. For list pages a query only reads; such an object cannot be
 * persisted (the ORM refuses what is not an entity). An entity already managed is returned instead.
 */
function viewOf<T extends object>(em: EntityManager, meta: EntityMetadata<T>, data: EntityDictionary<T>): T {
  const managed = em.getUnitOfWork().getById<T>(meta.className, data[meta.primaryKeys[0] as keyof T]);
  if (managed) return managed;
  const platform = em.getPlatform();
  const view: Record<string, unknown> = {};
  for (const prop of meta.props) {
    const v = (data as Record<string, unknown>)[prop.name];
    if (v === undefined) continue;
    if (v === null) view[prop.name] = null;
    else if (prop.customType) view[prop.name] = prop.customType.convertToJSValue(v, platform);
    else if (prop.runtimeType === 'boolean') view[prop.name] = !!v;
    else if (prop.runtimeType === 'Date') view[prop.name] = v instanceof Date ? v : new Date(v as string);
    else view[prop.name] = v;
  }
  return view as T;
}

/** `order by` of plain columns, or null when the order names anything else. */
function orderSql(orderBy: Order | undefined, shape: Shape): string | null {
  if (!orderBy) return '';
  const parts: string[] = [];
  for (const [key, dir] of Object.entries(orderBy)) {
    const col = shape.column.get(key);
    if (!col) return null;
    parts.push(`e0."${col}" ${dir}`);
  }
  return parts.length ? ` order by ${parts.join(', ')}` : '';
}

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
  const mapped = rows.map((row) => em.getDriver().mapResult(row, meta) ?? {});
  if (views) return mapped.map((data) => viewOf(em, meta, data as EntityDictionary<T>));
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
