import { rule } from 'graphql-shield';
import type { Role } from '@dsr/domain';
import { ROLE_LABELS } from '@dsr/domain';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from './errors';

/** Shield rules read only the context (cheap, cached per request): role and sign-in. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_p, _a, ctx: RequestContext) =>
  ctx.principal ? true : unauthenticated());

// shield refuses two rules with one name: one rule object per role set.
const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

export function hasAnyRole(...roles: Role[]) {
  const name = `hasAnyRole:${[...roles].sort().join(',')}`;
  const existing = roleRules.get(name);
  if (existing) return existing;
  const created = rule(name, { cache: 'contextual' })((_p, _a, ctx: RequestContext) => {
    if (!ctx.principal) return unauthenticated();
    if (ctx.principal.roles.some((r) => roles.includes(r))) return true;
    return forbidden(`需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join('、')}`);
  });
  roleRules.set(name, created);
  return created;
}
