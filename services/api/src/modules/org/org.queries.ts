import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** Login names are unique across every bureau; the reviewed function answers without revealing whose it is. */
export async function usernameTaken(ctx: RequestContext, username: string): Promise<boolean> {
  const [row] = await executeBound<{ taken: boolean }>(ctx, 'select app_private.username_taken(?) as taken', [username]);
  return row?.taken ?? false;
}
