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
  if (!scope || !Array.isArray(scope.bureauIds) || !Array.isArray(scope.readableBureauIds))
    throw new MissingScopeError();
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

/**
 * Scope filter of a table whose rows a superior may publish downwards: the own subtree, plus the
 * ancestors' rows in one of `statuses` (mirrors the RLS policy of the same table).
 */
export function publishedDownwardsScopeFilter(statuses: readonly string[]): FilterDef {
  return {
    name: SCOPE_FILTER,
    default: true,
    cond: (args: unknown) => {
      const scope = requireScope(args);
      const ancestors = scope.readableBureauIds.filter((id) => !scope.bureauIds.includes(id));
      return {
        $or: [
          { bureauId: { $in: [...scope.bureauIds] } },
          { bureauId: { $in: ancestors }, status: { $in: [...statuses] } },
        ],
      };
    },
  };
}

/**
 * Scope filter of an inspection and the rows that come with it (R41): the own subtree, plus the
 * rows whose findings a bureau of the subtree handles (mirrors the RLS policy of the same tables).
 */
export const ownedOrHandledScopeFilter: FilterDef = {
  name: SCOPE_FILTER,
  default: true,
  cond: (args: unknown) => {
    const ids = [...requireScope(args).bureauIds];
    return { $or: [{ bureauId: { $in: ids } }, { handlingBureauId: { $in: ids } }] };
  },
};
