import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Principal, RequestContext } from '../../context';
import { openRequestContext, type ScopeDeps } from '../../request-scope';
import { requireRole, type PermissionTable } from '../access';
import { dbRefusal } from '../edge/db-errors';
import { fail, refuse } from './answer';

/** What every REST route needs: the request scope's dependencies and a log for failures. */
export type RestDeps = ScopeDeps & { log: (message: string, err?: unknown) => void };

/** A check of the signed-in principal before a route's work (a permission-table action). */
export type PrincipalCheck = (p: Principal) => void;

/** The roles the module's permission table gives `action`, checked as GraphQL checks them. */
export function permitted<A extends string>(table: PermissionTable<A>, action: A): PrincipalCheck {
  return (p) => requireRole(p, table, action);
}

/**
 * The request context of a REST request: the bearer token, or a signed link for a download.
 * A refusal (bad token, revoked session, rate limit, bad link) is answered here and gives null.
 */
async function openRestContext(deps: ScopeDeps, req: Request, res: Response): Promise<RequestContext | null> {
  try {
    return await openRequestContext(deps, req, res, { signedLinks: true });
  } catch (err) {
    const extensions = err instanceof GraphQLError ? err.extensions : {};
    const status = (extensions.http as { status?: number } | undefined)?.status ?? 401;
    fail(
      res,
      status,
      typeof extensions.code === 'string' ? extensions.code : 'UNAUTHENTICATED',
      err instanceof Error ? err.message : String(err),
    );
    return null;
  }
}

/** A failure inside a route's work: a value the database refused is the file's fault (4xx), anything else 500. */
function answerFailure(deps: RestDeps, res: Response, err: unknown): void {
  const refusal = dbRefusal(err);
  if (!refusal) deps.log('upload or export failed', err);
  if (res.headersSent) {
    res.destroy();
  } else if (refusal) {
    fail(res, refusal.code === 'CONFLICT' ? 409 : 400, refusal.code, `${refusal.message}，未写入任何数据`);
  } else {
    fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，未写入任何数据');
  }
}

/**
 * One REST request, one transaction: runs `work` in the signed-in caller's scope after `check`
 * (null: any signed-in caller); whatever `work` did not commit is rolled back. Whatever it answers is the
 * caller's alone and kept by no cache, the browser's included (R52): the target directory, the archive list,
 * statistics, forms and error sheets went out with no Cache-Control at all, unlike evidence and job files.
 */
export async function inScope(
  deps: RestDeps,
  req: Request,
  res: Response,
  check: PrincipalCheck | null,
  work: (ctx: RequestContext, p: Principal) => Promise<void>,
): Promise<void> {
  res.set('Cache-Control', 'private, no-store');
  const ctx = await openRestContext(deps, req, res);
  if (!ctx) return;
  try {
    const p = ctx.principal;
    if (!p) {
      fail(res, 401, 'UNAUTHENTICATED', '请先登录');
      return;
    }
    try {
      check?.(p);
    } catch (err) {
      refuse(res, err, { statuses: { FORBIDDEN: 403 } });
      return;
    }
    await work(ctx, p);
  } catch (err) {
    answerFailure(deps, res, err);
  } finally {
    if (ctx.em.isInTransaction()) await ctx.em.rollback().catch(() => undefined);
  }
}
