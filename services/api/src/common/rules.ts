import { rule } from 'graphql-shield';
import type { Role } from '@dsr/domain';
import type { RequestContext } from '../context';
import { unauthenticated } from './errors';
import { missingRole, type PermissionTable } from './access';

/** Shield rules read only the context (cheap, cached per request): role and sign-in. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_p, _a, ctx: RequestContext) =>
  ctx.principal ? true : unauthenticated(),
);

// shield refuses two rules with one name: one rule object per role set.
const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

export function hasAnyRole(...roles: readonly Role[]) {
  const name = `hasAnyRole:${[...roles].sort().join(',')}`;
  const existing = roleRules.get(name);
  if (existing) return existing;
  const created = rule(name, { cache: 'contextual' })((_p, _a, ctx: RequestContext) => {
    if (!ctx.principal) return unauthenticated();
    if (ctx.principal.roles.some((r) => roles.includes(r))) return true;
    return missingRole(roles);
  });
  roleRules.set(name, created);
  return created;
}

/** The shield rule of one action of a module's permission table (common/access.ts). */
export function allowedBy<A extends string>(table: PermissionTable<A>, action: A) {
  return hasAnyRole(...table[action]);
}
