import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** Login names are unique across every bureau; the reviewed function answers without revealing whose it is. */
export async function usernameTaken(ctx: RequestContext, username: string): Promise<boolean> {
  const rows = await executeBound<{ taken: boolean }>(ctx, 'select app_private.username_taken(?) as taken', [username]);
  return rows.at(0)?.taken ?? false;
}

export interface LoginRow {
  user_id: string;
  password_hash: string;
  active: boolean;
  bureau_id: string;
  tenant_id: string;
  scope_path: string;
}

/** The account behind a login name, through the reviewed function (no scope yet at sign-in). */
export async function loginLookup(ctx: RequestContext, username: string): Promise<LoginRow | undefined> {
  const [row] = await executeBound<LoginRow>(ctx, 'select * from app_private.login_lookup(?)', [username]);
  return row;
}
