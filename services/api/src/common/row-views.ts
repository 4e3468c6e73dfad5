import type { EntityDictionary, EntityManager, EntityMetadata, Platform } from '@mikro-orm/postgresql';

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

export type Row = Record<string, unknown>;

/** A read row straight to viewOf's result: null when the ORM's own mapping must decide. */
type ViewMaker = (row: Row) => Row | null;

/**
 * A timestamp column's value as the ORM's result mapper makes it a Date (EntityComparator's
 * parseDate: the driver hands timestamps over as text): with its zone as written, else in the
 * configured one; anything else comes back as no Date (the ORM then maps the row itself).
 */
function dateParser(platform: Platform): (v: unknown) => unknown {
  const tz = platform.getTimezone();
  return (v) => {
    if (typeof v === 'bigint') return platform.parseDate(Number(v));
    if (typeof v === 'number') return platform.parseDate(v);
    if (typeof v !== 'string') return null;
    const zoned = !tz || tz === 'local' || v.includes('+') || v.lastIndexOf('-') > 10 || v.endsWith('Z');
    return platform.parseDate(zoned ? v : v + tz);
  };
}

const viewMakers = new WeakMap<EntityMetadata, ViewMaker>();

/**
 * viewOf after the ORM's result mapper, in one pass over the row's columns: the same conversions — booleans as `!!`, custom types through convertToJSValue — from a
 * list worked out once per entity. A list page maps tens of rows of two or three entities: the
 * mapper's intermediate object and viewOf's per-property tests were a tenth of such a request.
 */
function viewMaker(em: EntityManager, meta: EntityMetadata): ViewMaker {
  let make = viewMakers.get(meta);
  if (make) return make;
  const platform = em.getPlatform();
  const date = dateParser(platform);
  const columns = meta.props
    .filter((p) => p.persist !== false && !p.lazy && p.fieldNames.length === 1)
    .map((p) => ({
      field: p.fieldNames[0],
      name: p.name,
      custom: p.customType,
      bool: p.runtimeType === 'boolean',
      date: p.runtimeType === 'Date' && !platform.isNumericProperty(p),
    }));
  make = (row) => {
    const view: Row = {};
    for (const c of columns) {
      let v = row[c.field];
      if (v === undefined) continue;
      if (v === null) {
        view[c.name] = null;
        continue;
      }
      if (c.date && !(v instanceof Date)) {
        v = date(v);
        if (!(v instanceof Date)) return null; // not a timestamp the mapper would make a Date of
      }
      if (c.bool) v = !!v;
      view[c.name] = c.custom ? c.custom.convertToJSValue(v, platform) : v;
    }
    return view;
  };
  viewMakers.set(meta, make);
  return make;
}

/** A read row as viewOf makes it from the mapped row; an entity already managed is returned instead. */
export function rowView<T extends object>(em: EntityManager, meta: EntityMetadata<T>, row: Row): T {
  const key = meta.properties[meta.primaryKeys[0]].fieldNames[0];
  const managed = em.getUnitOfWork().getById<T>(meta.className, row[key] as never);
  if (managed) return managed;
  const view = viewMaker(em, meta as EntityMetadata)(row);
  if (view) return view as T;
  return viewOf(em, meta, em.getDriver().mapResult(row as EntityDictionary<T>, meta) as EntityDictionary<T>);
}
