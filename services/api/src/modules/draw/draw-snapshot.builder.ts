import {
  DEFAULT_RISK_RULE, DRAW_ALGORITHM, DomainError, compareCodePoints, drawWeight,
  type DrawInspector, type DrawSnapshot, type DrawTarget, type RiskFactorEntry, type RiskMitigationEntry,
} from '@dsr/domain';
import type { DrawExclusion } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { DrawableRound } from '../planning/planning.service';

/** R13: a department needs this many inspectors in its directory before it can draw. */
export const MIN_DEPARTMENT_INSPECTORS = 6;

export interface BuiltSnapshot {
  snapshot: DrawSnapshot;
  exclusions: DrawExclusion[];
  coverageKey: string;
  cycleNo: number;
}

interface TargetRow { id: string; name: string; region_code: string; status: string }
interface RiskRow { target_id: string; kind: 'FACTOR' | 'MITIGATION'; code: string; since: string; until: string | null; source: string }
interface InspectorRow {
  id: string; name: string; department_id: string; status: string; warrant_valid_until: string | null;
  external_agency: boolean; skills: string[];
}
interface LentInspectorRow extends Omit<InspectorRow, 'department_id'> { bureau_name: string; department_code: string }

/**
 * Builds the snapshot of DRAW.md §2 for a round from the database (R25–R30), in a handful of
 * set-based queries whatever the number of targets. Every query names the bureau itself, and
 * row-level security applies underneath. Returns the reasons for every exclusion beside it.
 */
export async function buildDrawSnapshot(
  ctx: RequestContext,
  drawId: string,
  { plan, task, round, itemVersions }: DrawableRound,
  today: string,
  replacingDrawId: string | null,
): Promise<BuiltSnapshot> {
  const bureauId = plan.bureauId;
  // R41: a superior's task also draws the targets of the bureaus below it that the task names.
  const targetBureauIds = pgArray([bureauId, ...task.subordinateBureauIds]);
  const exclusions: DrawExclusion[] = [];
  // R26: the coverage cycle belongs to the items (not their versions): a revised item keeps its cycle.
  const coverageKey = [...new Set(itemVersions.map((v) => v.itemId))].sort().join(',');
  const categories = task.businessCategories.length ? task.businessCategories : [...new Set(itemVersions.flatMap((v) => v.businessCategories))];

  const targets = await ctx.em.execute<TargetRow[]>(
    `select t.id, t.name, t.region_code, t.status from target t
      where t.bureau_id = any(?::uuid[])
        and (cardinality(?::text[]) = 0 or t.business_category = any(?::text[]))
        and (cardinality(?::text[]) = 0 or t.grade = any(?::text[]))
        and (cardinality(?::text[]) = 0 or exists (select 1 from unnest(?::text[]) r where left(t.region_code, length(r)) = r))`,
    [targetBureauIds, pgArray(categories), pgArray(categories), pgArray(task.grades), pgArray(task.grades), pgArray(task.regionCodes), pgArray(task.regionCodes)],
  );
  const risks = await ctx.em.execute<RiskRow[]>(
    `select e.target_id, e.kind, e.code, e.since::text as since, e.until::text as until, e.source from target_risk_entry e
      where e.bureau_id = any(?::uuid[]) and e.since <= ?::date and (e.until is null or e.until >= ?::date)`,
    [targetBureauIds, today, today],
  );
  const riskOf = groupBy(risks, (r) => r.target_id);

  const replaced = replacingDrawId ?? '00000000-0000-0000-0000-000000000000';
  // Draws that stand: drawn, not replaced by a redraw that has run, and not the one being replaced now.
  const live = `d.bureau_id = ? and d.status = 'DRAWN' and d.id <> ?::uuid
    and not exists (select 1 from draw r where r.replaces_draw_id = d.id and r.status = 'DRAWN')`;
  // R26/R28 count what was really assigned: the selections of standing draws, and of replaced draws
  // only the targets actually visited (an on-site record on the inspection they made); the rest were cancelled.
  const counted = `d.bureau_id = ? and d.status = 'DRAWN' and ((d.id <> ?::uuid
    and not exists (select 1 from draw r where r.replaces_draw_id = d.id and r.status = 'DRAWN'))
    or exists (select 1 from inspection_source src join inspection_record rec on rec.inspection_id = src.inspection_id where src.draw_selection_id = s.id))`;
  const [{ cycle_no }] = await ctx.em.execute<{ cycle_no: number }[]>(
    `select coalesce(max(d.cycle_no + case when d.cycle_closed then 1 else 0 end), 1)::int as cycle_no from draw d where ${live} and d.coverage_key = ?`,
    [bureauId, replaced, coverageKey],
  );
  const inCycle = new Set((await ctx.em.execute<{ target_id: string }[]>(
    `select distinct s.target_id from draw_selection s join draw d on d.id = s.draw_id
      where ${counted} and s.coverage_key = ? and s.cycle_no = ?`,
    [bureauId, replaced, coverageKey, cycle_no],
  )).map((r) => r.target_id));
  // R28: at most two joint draws per enterprise per year.
  const jointCapped = task.joint
    ? new Set((await ctx.em.execute<{ target_id: string }[]>(
        `select s.target_id from draw_selection s join draw d on d.id = s.draw_id
          where ${counted} and s.joint and s.year = ? group by s.target_id having count(*) >= 2`,
        [bureauId, replaced, plan.year],
      )).map((r) => r.target_id))
    : new Set<string>();

  // R23: a target under a direct check in this window is not drawn for it.
  const underDirectCheck = await ctx.services.inspection.targetsUnderDirectCheck(ctx, [bureauId, ...task.subordinateBureauIds], round.windowStart, round.windowEnd);

  const drawTargets: DrawTarget[] = targets.map((t) => {
    let excluded: string | null = null;
    if (t.status !== 'ACTIVE') excluded = '已注销（R11）';
    else if (jointCapped.has(t.id)) excluded = '本年度已被联合抽查 2 次（R28）';
    else if (underDirectCheck.has(t.id)) excluded = '正在接受直接检查（R23）';
    if (excluded) exclusions.push({ kind: 'TARGET', id: t.id, name: t.name, reasons: [excluded] });
    const entries = riskOf.get(t.id) ?? [];
    const factors = entries.filter((e) => e.kind === 'FACTOR').map(riskEntry) as RiskFactorEntry[];
    const mitigations = entries.filter((e) => e.kind === 'MITIGATION').map(riskEntry) as RiskMitigationEntry[];
    return { id: t.id, stratum: t.region_code, weight: drawWeight(factors, mitigations, DEFAULT_RISK_RULE, today), inCycle: inCycle.has(t.id), excluded };
  });
  drawTargets.sort((a, b) => compareCodePoints(a.id, b.id));

  const inspectors = await ctx.em.execute<InspectorRow[]>(
    `select i.id, i.name, i.department_id, i.status, i.warrant_valid_until::text as warrant_valid_until, i.external_agency, i.skills
       from inspector i where i.bureau_id = ? and i.department_id = any(?::uuid[]) and i.status <> 'LEFT'`,
    [bureauId, pgArray(task.departmentIds)],
  );
  // R13: each participating department needs 6 inspectors in its directory. R34: where the bureau
  // has switched cross-region drawing on, a short department borrows the inspectors of the same
  // department (by code) of the sibling bureaus its superior named; they fill that department's slot.
  const departments = await ctx.em.execute<{ id: string; name: string; code: string }[]>(
    'select id, name, code from department where id = any(?::uuid[])', [pgArray(task.departmentIds)]);
  const activeOwn = (departmentId: string) => inspectors.filter((i) => i.department_id === departmentId && i.status === 'ACTIVE').length;
  const short = departments.filter((d) => activeOwn(d.id) < MIN_DEPARTMENT_INSPECTORS);
  const lent = short.length ? await lentInspectors(ctx, new Map(short.map((d) => [d.code, d.id]))) : [];
  for (const d of departments) {
    const active = activeOwn(d.id) + lent.filter((i) => i.department_id === d.id && i.status === 'ACTIVE').length;
    if (active < MIN_DEPARTMENT_INSPECTORS) {
      throw new DomainError('DEPARTMENT_TOO_FEW_INSPECTORS',
        `${d.name}名录库在岗检查人员仅 ${active} 人，不足 ${MIN_DEPARTMENT_INSPECTORS} 人，不能抽取（R13）；可启用跨区域抽取并请上级指定协作机关（R34）`,
        'roundId', { departmentId: d.id, activeInspectors: active });
    }
  }
  inspectors.push(...lent);
  const drawInspectors: DrawInspector[] = [];
  for (const i of inspectors) {
    const reasons: string[] = [];
    if (i.status !== 'ACTIVE') reasons.push('不在岗');
    // R12: police officers carry a warrant valid through the whole round; agency officers their own certificate.
    if (!i.external_agency && (!i.warrant_valid_until || i.warrant_valid_until < round.windowEnd)) reasons.push(`执法证件有效期未覆盖本轮（至 ${round.windowEnd}）`);
    const missing = task.requiredSkills.filter((s) => !i.skills.includes(s));
    if (missing.length) reasons.push(`缺少技能：${missing.join('、')}（R15）`);
    if (reasons.length) exclusions.push({ kind: 'INSPECTOR', id: i.id, name: i.name, reasons });
    else drawInspectors.push({ id: i.id, department: i.department_id });
  }
  drawInspectors.sort((a, b) => compareCodePoints(a.id, b.id));

  // R30: recusals declared for the round's window.
  const conflictRows = await ctx.em.execute<{ inspector_id: string; target_id: string }[]>(
    `select distinct c.inspector_id, c.target_id from conflict_of_interest c
      where c.bureau_id = ? and c.ended_at is null and c.since <= ?::date and (c.until is null or c.until >= ?::date)`,
    [bureauId, round.windowEnd, round.windowStart],
  );
  const inPool = new Set(drawInspectors.map((i) => i.id));
  const targetIds = new Set(drawTargets.map((t) => t.id));
  const conflicts = conflictRows
    .filter((c) => inPool.has(c.inspector_id) && targetIds.has(c.target_id))
    .map((c) => [c.inspector_id, c.target_id] as [string, string])
    .sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]));

  const snapshot: DrawSnapshot = {
    algorithm: DRAW_ALGORITHM,
    drawId,
    ratioBp: task.ratioBp,
    teamSize: task.teamSize,
    // DRAW.md §2: the participating departments, each on every team (planning keeps teamSize ≥ their number).
    departments: [...task.departmentIds].sort(compareCodePoints),
    targets: drawTargets,
    inspectors: drawInspectors,
    conflicts,
  };
  assertDrawable(snapshot);
  return { snapshot, exclusions, coverageKey, cycleNo: cycle_no };
}

/**
 * Refuses at commit what would make the draw itself fail (DRAW.md §5): for every target that
 * can be drawn, each participating department must keep an inspector without a conflict, and the
 * team must fill up. This is exact, not a guess: loads only decide who, never whether.
 */
function assertDrawable(s: DrawSnapshot): void {
  // A task saved before planning enforced it may have fewer places than departments.
  if (s.teamSize < s.departments.length) {
    throw new DomainError('TEAM_SMALLER_THAN_DEPARTMENTS', `本任务有 ${s.departments.length} 个参加部门，每组 ${s.teamSize} 人容纳不下各部门的人员；请修改任务后再抽取`,
      'roundId', { teamSize: s.teamSize, departments: s.departments.length });
  }
  if (!s.targets.some((t) => t.excluded === null)) {
    throw new DomainError('DRAW_EMPTY_POPULATION', '本轮范围内没有可抽取的检查对象（范围、状态或年度联合抽查上限）', 'roundId');
  }
  const perDepartment = new Map<string, number>();
  for (const i of s.inspectors) perDepartment.set(i.department, (perDepartment.get(i.department) ?? 0) + 1);
  const missing = s.departments.find((d) => !perDepartment.get(d));
  if (s.inspectors.length < s.teamSize || missing) {
    throw new DomainError('TOO_FEW_INSPECTORS',
      missing ? '有参加部门没有符合条件的检查人员（在岗、证件有效、具备技能），每个检查组都须有各参加部门的人员' : `符合条件的检查人员只有 ${s.inspectors.length} 人，少于每组 ${s.teamSize} 人`,
      'roundId', { eligibleInspectors: s.inspectors.length, teamSize: s.teamSize, ...(missing ? { departmentId: missing } : {}) });
  }
  const departmentOf = new Map(s.inspectors.map((i) => [i.id, i.department]));
  const recusals = groupBy(s.conflicts, ([, targetId]) => targetId);
  for (const t of s.targets) {
    const recused = recusals.get(t.id);
    if (t.excluded !== null || !recused) continue;
    const left = new Map(perDepartment);
    for (const [inspectorId] of recused) left.set(departmentOf.get(inspectorId)!, left.get(departmentOf.get(inspectorId)!)! - 1);
    const total = s.inspectors.length - recused.length;
    const emptied = s.departments.find((d) => !left.get(d));
    if (total < s.teamSize || emptied) {
      throw new DomainError('ALL_INSPECTORS_IN_CONFLICT', '有检查对象因回避关系（R30）无法组成检查组，请调整回避或人员后再抽取', 'roundId', { targetId: t.id });
    }
  }
}

/** R34: inspectors lent by sibling bureaus, through the reviewed function; each mapped to our department of the same code. */
async function lentInspectors(ctx: RequestContext, departmentByCode: Map<string, string>): Promise<InspectorRow[]> {
  const rows = await ctx.em.execute<LentInspectorRow[]>(
    `select id, name, bureau_name, department_code, status, warrant_valid_until::text as warrant_valid_until, external_agency, skills
       from app_private.cross_region_inspectors()`);
  return rows.flatMap((r) => {
    const departmentId = departmentByCode.get(r.department_code);
    return departmentId ? [{ ...r, name: `${r.name}（${r.bureau_name}）`, department_id: departmentId }] : [];
  });
}

function riskEntry(r: RiskRow) {
  return { factor: r.code, since: r.since, until: r.until, source: r.source };
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

/** A PostgreSQL array literal for a bound parameter (knex would expand a JS array into a list). */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
