import {
  ReferenceKind,
  type EntityClass,
  type EntityDictionary,
  type EntityManager,
  type EntityMetadata,
} from '@mikro-orm/postgresql';
import { queryBound } from './bound-sql';

/** A where clause with its bind values (`?` placeholders). */
interface Sql {
  text: string;
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
  const plain = props.every((p) => p.kind === ReferenceKind.SCALAR && !p.formula && p.fieldNames.length === 1);
  const column = new Map(props.map((p) => [p.name, p.fieldNames[0]]));
  const selected = props.filter((p) => !p.lazy).map((p) => `e0."${p.fieldNames[0]}"`);
  shape = plain && !meta.embeddable ? { table: meta.tableName, columns: selected.join(', '), column } : null;
  shapes.set(meta, shape);
  return shape;
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
  return '$eq' in op ? condition(col, op.$eq) : null;
}

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
      const subs = Array.isArray(value) ? value.map((v) => whereSql(v, shape)) : [null];
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

/**
 * The rows of `entity` with these ids that the ORM's filters let through (the scope filter on every
 * bureau-owned entity), as managed entities: the filters are applied by the ORM itself
 * (`em.applyFilters`, failing closed without a scope), only the SQL is written here rather than
 * by the query builder, whose cost dominates a one-row read. Entities already in the identity map
 * are returned as they are (unflushed changes kept), as em.find does. Anything this cannot
 * express goes to em.find.
 */
export async function findByIds<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: readonly string[],
): Promise<T[]> {
  if (!ids.length) return [];
  const meta = em.getMetadata().get<T>(entity.name);
  const shape = shapeOf(meta);
  const asked = { id: { $in: [...ids] } };
  const where = shape ? await em.applyFilters<T>(entity.name, asked as never, undefined, 'read') : undefined;
  const sql = shape && where ? whereSql(where, shape) : null;
  if (!shape || !sql) return em.find(entity, asked as never);
  const rows = await queryBound(
    em,
    `select ${shape.columns} from "${shape.table}" as e0 where ${sql.text}`,
    sql.params,
  );
  // merge without refresh: an entity already managed keeps its unflushed changes, as with em.find.
  return rows.map((row) =>
    em.merge(entity, em.getDriver().mapResult(row as EntityDictionary<T>, meta) ?? {}, {
      refresh: false,
      convertCustomTypes: true,
    }),
  );
}
