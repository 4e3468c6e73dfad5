import { chinaDay, retentionFloor } from '@dsr/domain';
import type { Inspection } from '@dsr/db';
import type { RequestContext } from '../../context';
import { advanceHandledInspection } from './inspection.queries';

/**
 * R42 floor: records are kept at least two years from the last document of the file (001 四(六)).
 * Every mutation that adds a document (record revision, report, review, notice, follow-up, penalty
 * decision) moves `retention_until` to two years from today; it never moves back (trigger, 0008).
 * The longer periods (item rule, target lifetime) are computed on read (retention.ts).
 */
export function keepTwoYearsFromToday(inspection: Inspection): void {
  inspection.retentionUntil = maxDay(inspection.retentionUntil, retentionFloor(chinaDay(new Date())));
}

/**
 * A new document of the notice: moves the inspection along (`to`, or null for none) and keeps its
 * records two years from today (R42). The bureau's own inspection directly; a superior's, whose
 * findings this bureau handles, through the reviewed function (R41: the row is not ours to write).
 */
export async function advance(
  ctx: RequestContext,
  inspection: Inspection,
  to: 'RECTIFYING' | 'CLOSED' | null,
): Promise<void> {
  if (!inspection.handlingBureauId) {
    if (to) inspection.status = to;
    keepTwoYearsFromToday(inspection);
    await ctx.em.flush();
    return;
  }
  await advanceHandledInspection(ctx, inspection.id, to);
  await ctx.em.refresh(inspection);
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
export const maxDay = (a: string, b: string) => (a > b ? a : b);
export const minDay = (a: string, b: string) => (a < b ? a : b);
