import { ROLE_SETS } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { bureauById, type UnitRow } from './statistics.queries';

/**
 * Who may read the dashboards' statistics (issue 15, R53): those who read all of the bureau's
 * inspections — the office, the administrator, leaders and oversight. The figures cover the
 * caller's bureau and those below it (row-level security), never a sibling's or a superior's.
 */
export const STATISTICS_PERMISSIONS = {
  statistics: ROLE_SETS.READS_ALL_INSPECTIONS,
  statisticsExport: ROLE_SETS.READS_ALL_INSPECTIONS,
} as const satisfies PermissionTable<string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The unit a dashboard looks at: the caller's bureau or one below it, else NOT_FOUND (a superior,
 * which the bureau table lets a county read by name, or a sibling: never which of the two).
 */
export async function focusUnit(ctx: RequestContext, unitId: string): Promise<UnitRow> {
  const p = signedIn(ctx);
  if (!UUID.test(unitId) || !p.bureauIds.includes(unitId)) throw notFound('单位');
  const unit = await bureauById(ctx.em, unitId);
  if (!unit) throw notFound('单位');
  return unit;
}
