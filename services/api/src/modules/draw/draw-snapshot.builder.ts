import {
  DEFAULT_RISK_RULE,
  DRAW_ALGORITHM,
  DomainError,
  assertDrawable,
  compareCodePoints,
  creditRiskFactors,
  drawWeight,
  type DrawInspector,
  type DrawSnapshot,
  type DrawTarget,
  type RiskFactorEntry,
  type RiskMitigationEntry,
} from '@dsr/domain';
import type { DrawExclusion } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { DrawableRound } from '../planning/planning.service';
import type { DrawInspections } from './draw.ports';
import {
  conflictsForSnapshot,
  creditForSnapshot,
  currentCycleNo,
  departmentsForSnapshot,
  inspectorsForSnapshot,
  jointCappedTargets,
  lentInspectorsForSnapshot,
  risksForSnapshot,
  targetsDrawnInCycle,
  targetsForSnapshot,
  type EarlierDraws,
  type SnapshotCreditRow,
  type SnapshotInspectorRow,
  type SnapshotRiskRow,
  type SnapshotTargetRow,
} from './draw-snapshot.queries';

/** R13: a department needs this many inspectors in its directory before it can draw. */
export const MIN_DEPARTMENT_INSPECTORS = 6;

export interface BuiltSnapshot {
  snapshot: DrawSnapshot;
  exclusions: DrawExclusion[];
  coverageKey: string;
  cycleNo: number;
}

/** Why each target is not drawn, if it is not (R11, R28, R23). */
interface TargetBars {
  jointCapped: Set<string>;
  underDirectCheck: Set<string>;
}

/**
 * Builds the snapshot of DRAW.md §2 for a round from the database (R25–R30), one named query per
 * input (draw-snapshot.queries.ts), and the reasons for every exclusion beside it.
 */
export class DrawSnapshotBuilder {
  constructor(private readonly inspections: Pick<DrawInspections, 'targetsUnderDirectCheck'>) {}

  async build(
    ctx: RequestContext,
    drawId: string,
    drawable: DrawableRound,
    today: string,
    replacingDrawId: string | null,
  ): Promise<BuiltSnapshot> {
    const { plan, task, itemVersions } = drawable;
    const exclusions: DrawExclusion[] = [];
    // R26: the coverage cycle belongs to the items (not their versions): a revised item keeps its cycle.
    const coverageKey = [...new Set(itemVersions.map((v) => v.itemId))].sort().join(',');
    const earlier: EarlierDraws = { bureauId: plan.bureauId, replacingDrawId };
    const cycleNo = await currentCycleNo(ctx, earlier, coverageKey);
    const targets = await this.targets(ctx, drawable, today, exclusions, {
      inCycle: await targetsDrawnInCycle(ctx, earlier, coverageKey, cycleNo),
      jointCapped: task.joint ? await jointCappedTargets(ctx, earlier, plan.year) : new Set<string>(),
    });
    const inspectors = await eligibleInspectors(ctx, drawable, exclusions);
    const snapshot: DrawSnapshot = {
      algorithm: DRAW_ALGORITHM,
      drawId,
      ratioBp: task.ratioBp,
      teamSize: task.teamSize,
      // DRAW.md §2: the participating departments, each on every team (planning keeps teamSize ≥ their number).
      departments: [...task.departmentIds].sort(compareCodePoints),
      targets,
      inspectors,
      conflicts: await recusals(ctx, drawable, targets, inspectors),
    };
    assertDrawable(snapshot);
    return { snapshot, exclusions, coverageKey, cycleNo };
  }

  /** The task's targets (R41: a superior's task also draws the bureaus below it that it names), weighted. */
  private async targets(
    ctx: RequestContext,
    { plan, task, round, itemVersions }: DrawableRound,
    today: string,
    exclusions: DrawExclusion[],
    cycle: { inCycle: Set<string>; jointCapped: Set<string> },
  ): Promise<DrawTarget[]> {
    const bureauIds = [plan.bureauId, ...task.subordinateBureauIds];
    const categories = task.businessCategories.length
      ? task.businessCategories
      : [...new Set(itemVersions.flatMap((v) => v.businessCategories))];
    const rows = await targetsForSnapshot(ctx, {
      bureauIds,
      categories,
      grades: task.grades,
      regionCodes: task.regionCodes,
    });
    const riskOf = groupBy(await risksForSnapshot(ctx, bureauIds, today), (r) => r.target_id);
    const creditOf = groupBy(await creditForSnapshot(ctx, bureauIds, today), (r) => r.target_id);
    // R23: a target under a direct check in this window is not drawn for it.
    const underDirectCheck = await this.inspections.targetsUnderDirectCheck(
      ctx,
      bureauIds,
      round.windowStart,
      round.windowEnd,
    );
    const bars: TargetBars = { jointCapped: cycle.jointCapped, underDirectCheck };
    return rows
      .map((t) => {
        const excluded = targetExclusion(t, bars);
        if (excluded) exclusions.push({ kind: 'TARGET', id: t.id, name: t.name, reasons: [excluded] });
        const weight = targetWeight(riskOf.get(t.id) ?? [], creditOf.get(t.id) ?? [], today);
        return { id: t.id, stratum: t.region_code, weight, inCycle: cycle.inCycle.has(t.id), excluded };
      })
      .sort((a, b) => compareCodePoints(a.id, b.id));
  }
}

function targetExclusion(t: SnapshotTargetRow, bars: TargetBars): string | null {
  if (t.status !== 'ACTIVE') return '已注销（R11）';
  if (bars.jointCapped.has(t.id)) return '本年度已被联合抽查 2 次（R28）';
  if (bars.underDirectCheck.has(t.id)) return '正在接受直接检查（R23）';
  return null;
}

/** R27, R51: the target's weight from the risk entries and credit-list entries in force today (risk.ts). */
function targetWeight(
  entries: readonly SnapshotRiskRow[],
  credit: readonly SnapshotCreditRow[],
  today: string,
): number {
  const entry = (r: SnapshotRiskRow) => ({ factor: r.code, since: r.since, until: r.until, source: r.source });
  const factors = entries.filter((e) => e.kind === 'FACTOR').map(entry) as RiskFactorEntry[];
  factors.push(
    ...creditRiskFactors(
      credit.map((c) => ({ id: c.id, list: c.list, listedOn: c.listed_on, removedOn: c.removed_on })),
    ),
  );
  const mitigations = entries.filter((e) => e.kind === 'MITIGATION').map(entry) as RiskMitigationEntry[];
  return drawWeight(factors, mitigations, DEFAULT_RISK_RULE, today);
}

/**
 * The inspectors who may be drawn (R12, R15), the others among the exclusions. R13: each
 * participating department needs 6 in its directory; R34: where the bureau has switched
 * cross-region drawing on, a short department borrows those of the same department (by code) of
 * the sibling bureaus its superior named; they fill that department's slot.
 */
async function eligibleInspectors(
  ctx: RequestContext,
  { plan, task, round }: DrawableRound,
  exclusions: DrawExclusion[],
): Promise<DrawInspector[]> {
  const inspectors = await inspectorsForSnapshot(ctx, plan.bureauId, task.departmentIds);
  inspectors.push(...(await lentWhereShort(ctx, task.departmentIds, inspectors)));
  const eligible: DrawInspector[] = [];
  for (const i of inspectors) {
    const reasons: string[] = [];
    if (i.status !== 'ACTIVE') reasons.push('不在岗');
    // R12: police officers carry a warrant valid through the whole round; agency officers their own certificate.
    if (!i.external_agency && (!i.warrant_valid_until || i.warrant_valid_until < round.windowEnd)) {
      reasons.push(`执法证件有效期未覆盖本轮（至 ${round.windowEnd}）`);
    }
    const missing = task.requiredSkills.filter((s) => !i.skills.includes(s));
    if (missing.length) reasons.push(`缺少技能：${missing.join('、')}（R15）`);
    if (reasons.length) exclusions.push({ kind: 'INSPECTOR', id: i.id, name: i.name, reasons });
    else eligible.push({ id: i.id, department: i.department_id });
  }
  return eligible.sort((a, b) => compareCodePoints(a.id, b.id));
}

/** R13/R34: the lent inspectors short departments take, or DEPARTMENT_TOO_FEW_INSPECTORS. */
async function lentWhereShort(
  ctx: RequestContext,
  departmentIds: readonly string[],
  own: readonly SnapshotInspectorRow[],
): Promise<SnapshotInspectorRow[]> {
  const departments = await departmentsForSnapshot(ctx, departmentIds);
  const active = (rows: readonly SnapshotInspectorRow[], departmentId: string) =>
    rows.filter((i) => i.department_id === departmentId && i.status === 'ACTIVE').length;
  const short = departments.filter((d) => active(own, d.id) < MIN_DEPARTMENT_INSPECTORS);
  const lent = short.length ? await lentInspectors(ctx, new Map(short.map((d) => [d.code, d.id]))) : [];
  for (const d of departments) {
    const count = active(own, d.id) + active(lent, d.id);
    if (count < MIN_DEPARTMENT_INSPECTORS) {
      throw new DomainError(
        'DEPARTMENT_TOO_FEW_INSPECTORS',
        `${d.name}名录库在岗检查人员仅 ${count} 人，不足 ${MIN_DEPARTMENT_INSPECTORS} 人，不能抽取（R13）；` +
          '可启用跨区域抽取并请上级指定协作机关（R34）',
        'roundId',
        { departmentId: d.id, activeInspectors: count },
      );
    }
  }
  return lent;
}

/** R34: lent inspectors, each mapped to our department of the same code, named with their bureau. */
async function lentInspectors(
  ctx: RequestContext,
  departmentByCode: Map<string, string>,
): Promise<SnapshotInspectorRow[]> {
  return (await lentInspectorsForSnapshot(ctx)).flatMap((r) => {
    const departmentId = departmentByCode.get(r.department_code);
    return departmentId ? [{ ...r, name: `${r.name}（${r.bureau_name}）`, department_id: departmentId }] : [];
  });
}

/** R30: the recusals of the round's window between inspectors in the pool and targets in the snapshot. */
async function recusals(
  ctx: RequestContext,
  { plan, round }: DrawableRound,
  targets: readonly DrawTarget[],
  inspectors: readonly DrawInspector[],
): Promise<[string, string][]> {
  const rows = await conflictsForSnapshot(ctx, plan.bureauId, round.windowStart, round.windowEnd);
  const inPool = new Set(inspectors.map((i) => i.id));
  const targetIds = new Set(targets.map((t) => t.id));
  return rows
    .filter((c) => inPool.has(c.inspector_id) && targetIds.has(c.target_id))
    .map((c) => [c.inspector_id, c.target_id] as [string, string])
    .sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
