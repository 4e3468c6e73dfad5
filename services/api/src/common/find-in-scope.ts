import type { EntityName, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { isUuid } from '../loaders';
import { notFound } from './errors';

/**
 * "This id, in my scope, or NOT_FOUND": a malformed id, a row of another bureau and a row that
 * does not exist give the same answer (the scope filter and RLS decide what exists for the caller).
 * `what` names the object in the message, e.g. 抽取记录 → 抽取记录不存在或无权访问.
 */
export async function findInScope<T extends object, P extends string = never>(
  ctx: Pick<RequestContext, 'em'>,
  entity: EntityName<T>,
  id: string,
  what: string,
  options?: FindOneOptions<T, P>,
): Promise<T> {
  if (!isUuid(id)) throw notFound(what);
  const found = await ctx.em.findOne(entity, { id } as FilterQuery<T>, options);
  if (!found) throw notFound(what);
  return found;
}
