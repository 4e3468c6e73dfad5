import type { RequestContext } from '../../context';
import { forbidden } from '../../common/errors';
import { signedIn } from '../../common/principal';

/** A bureau path of one label (e.g. `41`) is a root of the tree: the bureau has no parent. */
export function isRootBureauPath(path: string): boolean {
  return path.length > 0 && !path.includes('.');
}

/**
 * The one place that decides who may load a year's schedule: an ADMIN of a bureau without a
 * parent, as the database says now (the shield checked the path; the SQL function checks again).
 */
export async function requireRootAdmin(ctx: RequestContext): Promise<void> {
  const p = signedIn(ctx);
  const bureau = p.roles.includes('ADMIN') ? await ctx.loaders.bureau.load(p.bureauId) : null;
  if (!bureau || bureau.parentId !== null) throw forbidden('只有顶级公安机关的管理员可以导入节假日安排');
}
