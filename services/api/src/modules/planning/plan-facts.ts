import type { BureauSetting, InspectionItemVersion, Plan, PlanTask } from '@dsr/db';
import type { BureauLevelForFrequency, FrequencyRule, JsonValue, PlanItemFacts, TaskForShortfalls } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { DEFAULT_SETTINGS } from '../org/org.service';

/** What a task holds besides its identity and ownership. */
export type TaskContent = Pick<
  PlanTask,
  | 'name'
  | 'itemVersionIds'
  | 'departmentIds'
  | 'externalAgencies'
  | 'joint'
  | 'ratioBp'
  | 'timesPerYear'
  | 'regionCodes'
  | 'businessCategories'
  | 'grades'
  | 'teamSize'
  | 'requiredDepartmentIds'
  | 'requiredSkills'
  | 'subordinateBureauIds'
>;

/** The bureau settings plans are checked against. */
export type PlanSettings = Pick<
  BureauSetting,
  'minimumRatioBp' | 'jointMinimumRatioBp' | 'allowDrawFromFiledPlan' | 'minTeamSize' | 'minTeamDepartments'
>;

/** The caller's own bureau settings (the org module's reader). */
export interface PlanSettingsReader {
  settings(ctx: RequestContext): Promise<PlanSettings>;
}

/**
 * Any bureau's settings, batched with the other plans of a page (a superior reads its
 * subordinates' plans): the defaults where it has set none.
 */
export async function settingsOfBureau(ctx: RequestContext, bureauId: string): Promise<PlanSettings> {
  return (await ctx.loaders.settingsOfBureau.load(bureauId)) ?? DEFAULT_SETTINGS;
}

/** The level of a bureau as the graded frequency rules name it (R4), or null for a province. */
export async function frequencyLevelOf(ctx: RequestContext, bureauId: string): Promise<BureauLevelForFrequency | null> {
  const level = (await ctx.loaders.bureau.load(bureauId))?.level;
  return level === 'COUNTY' || level === 'CITY' ? level : null;
}

export function planSnapshot(p: Plan): JsonValue {
  return {
    year: p.year,
    title: p.title,
    kind: p.kind,
    departmentId: p.departmentId,
    status: p.status,
    filingCount: p.filingCount,
  };
}

/** A stored task with its number of rounds, as the shortfall rules read it. */
export function shortfallTask(t: PlanTask, rounds: number): TaskForShortfalls {
  const { id, name, grades, ratioBp, timesPerYear, teamSize, joint, departmentIds, externalAgencies } = t;
  return { id, name, grades, rounds, ratioBp, timesPerYear, teamSize, joint, departmentIds, externalAgencies };
}

export function taskSnapshot(t: TaskContent): { [key: string]: JsonValue } {
  return {
    name: t.name,
    itemVersionIds: t.itemVersionIds,
    departmentIds: t.departmentIds,
    externalAgencies: t.externalAgencies,
    joint: t.joint,
    ratioBp: t.ratioBp,
    timesPerYear: t.timesPerYear,
    regionCodes: t.regionCodes,
    businessCategories: t.businessCategories,
    grades: t.grades,
    teamSize: t.teamSize,
    requiredDepartmentIds: t.requiredDepartmentIds,
    requiredSkills: t.requiredSkills,
    subordinateBureauIds: t.subordinateBureauIds,
  };
}

/** What the plan rules read of an item version. */
export function itemFacts(v: InspectionItemVersion): PlanItemFacts {
  return {
    id: v.id,
    name: v.name,
    samplingRatioBp: v.samplingRatioBp,
    frequencyPerYear: v.frequencyPerYear,
    frequencyRules: v.frequencyRules as FrequencyRule[],
    requiredSkills: v.requiredSkills,
    crossAgencyJoint: v.crossAgencyJoint,
    methods: v.methods,
  };
}
