import type { EntityClass, EntityName, FilterQuery, FindOneOptions, Primary } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { isUuid } from '../loaders';
import { notFound } from './errors';
import { signedIn } from './principal';
import { findWhere } from './filtered-read';

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
  const cls = typeof entity === 'function' && !options ? (entity as EntityClass<T>) : null;
  const found: T | null | undefined = cls
    ? // As em.findOne: an entity this request already holds is answered from the identity map.
      (ctx.em.getUnitOfWork().getById<T>(cls.name, id as Primary<T>) ??
      (await findWhere(ctx.em, cls, { id } as FilterQuery<T>)).at(0))
    : await ctx.em.findOne(entity, { id } as FilterQuery<T>, options);
  if (!found) throw notFound(what);
  return found;
}

/**
 * A row of the caller's own bureau, or NOT_FOUND: what a bureau made (a draw, a re-check and their
 * parts) is acted on only there; a superior reads a subordinate's rows, never acts on them.
 */
export async function findOwnBureauRow<T extends { bureauId: string }, P extends string = never>(
  ctx: Pick<RequestContext, 'em' | 'principal'>,
  entity: EntityName<T>,
  id: string,
  what: string,
  options?: FindOneOptions<T, P>,
): Promise<T> {
  const found = isUuid(id)
    ? await ctx.em.findOne(entity, { id, bureauId: signedIn(ctx).bureauId } as FilterQuery<T>, options)
    : null;
  if (!found) throw notFound(what);
  return found;
}
