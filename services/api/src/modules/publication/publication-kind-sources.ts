import { DomainError, type PublicationKind } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { BureauSettings } from '../org/bureau-settings';
import { inspectorListSource, itemListSource, targetDirectorySource } from './publication-list-sources';
import { creditEntrySource, planSource } from './publication-plan-credit-sources';
import type { DraftSource } from './publication-sources';

/**
 * The drafts of the listing kinds (R46), by the meaning of the subject id for each: the item
 * (ITEM_LIST), the inspector (INSPECTOR_LIST), the target (TARGET_DIRECTORY), the plan (PLAN), the
 * credit-list entry (CREDIT_ENTRY). A correction rebuilds the draft from the object as it is now.
 */
export function listingKindSource(
  ctx: RequestContext,
  settings: BureauSettings,
  kind: PublicationKind,
  subjectId: string,
): Promise<DraftSource> {
  switch (kind) {
    case 'ITEM_LIST':
      return itemListSource(ctx, subjectId);
    case 'INSPECTOR_LIST':
      return inspectorListSource(ctx, subjectId);
    case 'TARGET_DIRECTORY':
      return targetDirectorySource(ctx, settings, subjectId);
    case 'PLAN':
      return planSource(ctx, subjectId);
    case 'CREDIT_ENTRY':
      return creditEntrySource(ctx, subjectId);
    default:
      throw new DomainError('PUBLICATION_KIND_NOT_PREPARABLE', '该类别的公示暂不能在此编制', 'kind');
  }
}
