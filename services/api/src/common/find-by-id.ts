import type { EntityClass, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { isUuid } from '../loaders';
import { findWhere } from './filtered-read';

/**
 * The row with this id that also meets `narrowing` (e.g. the caller's own bureau, not a
 * subordinate's that the scope filter shows), or null; a malformed id finds nothing. For callers
 * that answer a miss in their own words (findInScope answers NOT_FOUND).
 */
export async function findById<T extends { id: string }>(
  ctx: Pick<RequestContext, 'em'>,
  entity: EntityName<T>,
  id: string,
  narrowing: FilterQuery<T> = {},
): Promise<T | null> {
  if (!isUuid(id)) return null;
  const where = { $and: [{ id }, narrowing] } as FilterQuery<T>;
  if (typeof entity !== 'function') return ctx.em.findOne(entity, where);
  return (await findWhere(ctx.em, entity as EntityClass<T>, where)).at(0) ?? null;
}
