import { ReferenceKind, type EntityMetadata } from '@mikro-orm/postgresql';

// The SQL a filtered read writes itself (filtered-read.ts): an entity's columns, and the where and
// order by clauses of the conditions the ORM's filters and the lists produce.

/** A where clause with its bind values (`?` placeholders). */
export interface Sql {
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
export interface Shape {
  table: string;
  columns: string;
  column: Map<string, string>;
}

const shapes = new WeakMap<EntityMetadata, Shape | null>();

/** Null when the entity has anything but plain columns (relations, embeddables, formulas): the ORM reads it. */
export function shapeOf(meta: EntityMetadata): Shape | null {
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

export function isEmptyObject(v: unknown): boolean {
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
export function whereSql(where: unknown, shape: Shape): Sql | null {
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

export type Order = Record<string, 'asc' | 'desc'>;

/** `order by` of plain columns, or null when the order names anything else. */
export function orderSql(orderBy: Order | undefined, shape: Shape): string | null {
  if (!orderBy) return '';
  const parts: string[] = [];
  for (const [key, dir] of Object.entries(orderBy)) {
    const col = shape.column.get(key);
    if (!col) return null;
    parts.push(`e0."${col}" ${dir}`);
  }
  return parts.length ? ` order by ${parts.join(', ')}` : '';
}
