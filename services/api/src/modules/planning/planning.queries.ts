import type { FilingDecision } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/**
 * The receiver's decision on a filing, through the one function allowed to write it and the
 * plan's new status (0006-planning.sql.ts); it checks the receiver again (42501 when not).
 */
export async function decidePlanFiling(
  ctx: RequestContext,
  filingId: string,
  decision: FilingDecision,
  comment: string | null,
  userId: string,
): Promise<void> {
  await executeBound(ctx, 'select app_private.decide_plan_filing(?, ?, ?, ?) as plan_id', [
    filingId,
    decision,
    comment,
    userId,
  ]);
}
