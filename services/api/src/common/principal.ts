import type { Principal, RequestContext } from '../context';
import { unauthenticated } from './errors';

/**
 * The signed-in principal of a request. Shield has already refused anonymous calls to every field
 * that reaches a service, so this throws only if a rule is missing: a second lock, not a first.
 */
export function signedIn(ctx: Pick<RequestContext, 'principal'>): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}
