import { Appeal } from '@dsr/db';
import { ROLE_SETS } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { findById } from '../../common/find-by-id';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';

/**
 * Who may call each action of the appeal module (R49, R57). The bureau's watchers read its appeals
 * and a superior its subordinates' counts; only the oversight department (督察) handles and answers.
 */
export const APPEAL_PERMISSIONS = {
  appeals: ROLE_SETS.OVERSEES,
  appeal: ROLE_SETS.OVERSEES,
  subordinateAppealStats: ROLE_SETS.OVERSEES,
  acceptAppeal: ['OVERSIGHT'],
  answerAppeal: ['OVERSIGHT'],
  openAppealCheck: ['OVERSIGHT'],
  appealAttachment: ROLE_SETS.OVERSEES,
} as const satisfies PermissionTable<string>;

/**
 * An appeal of the caller's own bureau (the publisher answers it), or NOT_FOUND: a subordinate's,
 * which the scope filter and RLS show a superior, is counted there but not handled or read here.
 */
export async function requireOwnAppeal(ctx: RequestContext, id: string): Promise<Appeal> {
  const a = await findById(ctx, Appeal, id, { bureauId: signedIn(ctx).bureauId });
  if (!a) throw notFound('异议或投诉');
  return a;
}
