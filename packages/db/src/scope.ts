import type { Filter } from '@mikro-orm/core';

type FilterDef = Parameters<typeof Filter>[0];

/** Filter name of the tenancy scope; on by default on every bureau-owned entity. */
export const SCOPE_FILTER = 'scope';

/** What the scope filter needs: the bureaus a request may read. */
export interface ScopeParams {
  /** The user's bureau and every bureau below it. */
  bureauIds: readonly string[];
  /** bureauIds plus the ancestors (only the bureau table itself is readable upwards). */
  readableBureauIds: readonly string[];
}

export class MissingScopeError extends Error {
  constructor() {
    super('Query on a bureau-owned entity without a tenancy scope');
    this.name = 'MissingScopeError';
  }
}

function requireScope(args: unknown): ScopeParams {
  const scope = args as Partial<ScopeParams> | undefined;
  if (!scope || !Array.isArray(scope.bureauIds) || !Array.isArray(scope.readableBureauIds)) throw new MissingScopeError();
  return scope as ScopeParams;
}

/** Scope filter of a table owned through `bureau_id`: fails closed when no scope was set. */
export const ownedScopeFilter: FilterDef = {
  name: SCOPE_FILTER,
  default: true,
  cond: (args: unknown) => ({ bureauId: { $in: [...requireScope(args).bureauIds] } }),
};

/** Scope filter of the bureau table: the subtree and the ancestors. */
export const bureauScopeFilter: FilterDef = {
  name: SCOPE_FILTER,
  default: true,
  cond: (args: unknown) => ({ id: { $in: [...requireScope(args).readableBureauIds] } }),
};
