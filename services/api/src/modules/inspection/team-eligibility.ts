import { DomainError } from '@dsr/domain';
import type { Inspector } from '@dsr/db';
import type { RequestContext } from '../../context';
import { recusedFromTargetInWindow } from './inspection.queries';

/** The target and the days of the check a person is put on the team for. */
export interface TeamWork {
  targetId: string;
  windowStart: string;
  windowEnd: string;
}

/**
 * What the draw already asks of whom it puts on a team (draw-snapshot.builder.ts), asked too of the
 * people a department names itself: on a direct check (R23) and when the office adds someone to a
 * team (joinInspection). Without it a person the draw would never pick — recused from the target,
 * or without a warrant card valid through the window — reached the target by the other door.
 *   R12, R36: a police officer shows a warrant card valid through the check's last day (an officer
 *             of another agency, R43, has none in our directory and is not asked for one);
 *   R30:      no declared conflict with the target in force on any day of the window.
 */
export async function requireEligibleTeam(
  ctx: RequestContext,
  work: TeamWork,
  inspectors: readonly Inspector[],
  field: 'inspectorIds' | 'inspectorId' = 'inspectorIds',
): Promise<void> {
  const lapsed = inspectors.find(
    (i) => !i.externalAgency && (!i.warrantValidUntil || i.warrantValidUntil < work.windowEnd),
  );
  if (lapsed) {
    const until = lapsed.warrantValidUntil ? `有效期至 ${lapsed.warrantValidUntil}` : '未登记有效期';
    throw new DomainError(
      'WARRANT_NOT_VALID',
      `“${lapsed.name}”的警官证${until}，未覆盖检查时段（至 ${work.windowEnd}），不能参加检查（R12、R36）`,
      field,
      { inspectorId: lapsed.id, warrantValidUntil: lapsed.warrantValidUntil, windowEnd: work.windowEnd },
    );
  }
  const recused = new Set(
    await recusedFromTargetInWindow(
      ctx,
      work.targetId,
      inspectors.map((i) => i.id),
      work.windowStart,
      work.windowEnd,
    ),
  );
  const first = inspectors.find((i) => recused.has(i.id));
  if (first) {
    throw new DomainError(
      'INSPECTOR_RECUSED',
      `“${first.name}”与该检查对象有利害关系，检查时段内应当回避，不能参加检查（R30）`,
      field,
      { inspectorId: first.id },
    );
  }
}

/**
 * R30 on the on-site record: of the inspectors newly written in as present, none with a declared
 * conflict with the target in force on a day of the check.
 */
export async function requireNotRecusedOnRecord(
  ctx: RequestContext,
  targetId: string,
  inspectorIds: readonly string[],
  days: { from: string; to: string },
  directory: ReadonlyMap<string, Pick<Inspector, 'name'>>,
): Promise<void> {
  const [recused] = await recusedFromTargetInWindow(ctx, targetId, inspectorIds, days.from, days.to);
  if (!recused) return;
  throw new DomainError(
    'INSPECTOR_RECUSED',
    `“${directory.get(recused)?.name ?? ''}”与该检查对象有利害关系，应当回避，不能记为到场检查人员；请先换人（R30）`,
    'presentInspectorIds',
    { inspectorId: recused },
  );
}
