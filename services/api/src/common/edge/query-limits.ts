import {
  GraphQLError,
  NoFragmentCyclesRule,
  validate,
  type ValidationContext,
  type ValidationRule,
  type ASTVisitor,
  visitInParallel,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/** The shape limits of one operation, refused before anything runs (HTTP 400). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { depth: 10, aliases: 30, directives: 20, tokens: 3000 };

type Limit = 'depth' | 'aliases' | 'directives';
const LABEL: Record<Limit, string> = { depth: '嵌套层数', aliases: '别名个数', directives: '指令个数' };

/**
 * graphql-armor reports in English; each refusal is reported again as a Chinese validation error
 * that names the limit (extensions.limit, max, found). Depth keeps GRAPHQL_VALIDATION_FAILED;
 * the others say QUERY_TOO_COMPLEX (formatError reads extensions.limit).
 */
function reject(limit: Limit, max: number) {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
    ctx?.reportError(
      new GraphQLError(`查询的${LABEL[limit]}超过上限（${Number.isNaN(found) ? '' : `${found}，`}上限 ${max}）`, {
        extensions: { limit, max, ...(Number.isNaN(found) ? {} : { found }) },
      }),
    );
  };
}

/** True when the document spreads a fragment into itself (graphql's own rule decides). */
function hasFragmentCycle(ctx: ValidationContext): boolean {
  return validate(ctx.getSchema(), ctx.getDocument(), [NoFragmentCyclesRule]).length > 0;
}

/**
 * One validation rule for all shape limits. A fragment cycle is checked first: a limiter walking
 * a cyclic fragment could recurse forever (graphql-depth-limit did: HTTP 500); with a cycle the
 * limiters are skipped and graphql's NoFragmentCycles reports the 400.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const rules = [
    maxDepthRule({ ...common, flattenFragments: true, n: limits.depth, onReject: [reject('depth', limits.depth)] }),
    maxAliasesRule({ ...common, n: limits.aliases, onReject: [reject('aliases', limits.aliases)] }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [reject('directives', limits.directives)] }),
  ];
  return (ctx: ValidationContext): ASTVisitor => {
    if (hasFragmentCycle(ctx)) return {};
    return visitInParallel(rules.map((rule) => rule(ctx) as unknown as ASTVisitor));
  };
}
