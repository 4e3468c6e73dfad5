import { Department, type BureauSetting, type InspectionItemVersion } from '@dsr/db';
import {
  DomainError,
  FREQUENCY_PERIODS,
  isBusinessCategory,
  timesPerYear,
  trimmedOrNull,
  validateFrequency,
  validateRetentionYears,
  validateSamplingRatio,
  type FrequencyRule,
  type RatioSettings,
  type JsonValue,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { findById } from '../../common/find-by-id';
import { signedIn } from '../../common/principal';
import type { ItemContentInput } from './catalog.types';

/** The caller's bureau settings the item rules read (R3): the org module's reader. */
export interface SettingsReader {
  settings(ctx: RequestContext): Promise<Pick<BureauSetting, 'minimumRatioBp' | 'jointMinimumRatioBp'>>;
}

/** Re-throws a domain error of an item's content under `content.`. */
function withField<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DomainError && err.field)
      throw new DomainError(err.code, err.message, `content.${err.field}`, err.details);
    throw err;
  }
}

/** What a version says (its content, as drafts edit it). */
export type ItemContent = Pick<
  InspectionItemVersion,
  | 'name'
  | 'legalBasis'
  | 'departmentId'
  | 'targetType'
  | 'businessCategories'
  | 'category'
  | 'samplingRatioBp'
  | 'frequencyPerYear'
  | 'frequencyRules'
  | 'methods'
  | 'checkContents'
  | 'requiredSkills'
  | 'crossAgencyJoint'
  | 'notes'
  | 'retentionYears'
>;

/** A version as its audit entries record it. */
export function itemSnapshot(v: InspectionItemVersion): JsonValue {
  return {
    versionNo: v.versionNo,
    status: v.status,
    name: v.name,
    legalBasis: v.legalBasis as unknown as JsonValue,
    departmentId: v.departmentId,
    targetType: v.targetType,
    businessCategories: v.businessCategories,
    category: v.category,
    samplingRatioBp: v.samplingRatioBp,
    frequencyPerYear: v.frequencyPerYear,
    frequencyRules: v.frequencyRules as JsonValue,
    methods: v.methods,
    checkContents: v.checkContents as unknown as JsonValue,
    requiredSkills: v.requiredSkills,
    crossAgencyJoint: v.crossAgencyJoint,
    notes: v.notes,
    retentionYears: v.retentionYears,
  };
}

/** The item's department: one of the bureau's, in use, that inspects. */
async function inspectingDepartment(ctx: RequestContext, departmentId: string) {
  const dept = await findById(ctx, Department, departmentId, { bureauId: signedIn(ctx).bureauId });
  if (!dept) throw badInput('content.departmentId', '检查主体不是本单位的部门');
  if (!dept.active) throw badInput('content.departmentId', `部门「${dept.name}」已停用`);
  if (dept.kind !== 'POLICE' && dept.kind !== 'EXTERNAL') {
    throw badInput('content.departmentId', `「${dept.name}」不是执法检查部门`);
  }
  return dept;
}

/** The graded frequency rules (R4), each checked; a rule's own ratio under the same minimums. */
function frequencyRulesOf(c: ItemContentInput, ratio: RatioSettings): FrequencyRule[] {
  return c.frequencyRules.map((r, i) => {
    if (!Number.isInteger(r.times) || r.times < 1)
      throw badInput(`content.frequencyRules.${i}.times`, '频次规则的次数至少为 1');
    if (!(FREQUENCY_PERIODS as readonly string[]).includes(r.per))
      throw badInput(`content.frequencyRules.${i}.per`, '频次周期无效');
    const minimumRatioBp = r.minimumRatioBp;
    if (minimumRatioBp != null) withField(() => validateSamplingRatio(minimumRatioBp, ratio));
    return {
      grade: trimmedOrNull(r.grade),
      level: (r.level as FrequencyRule['level']) ?? null,
      times: r.times,
      per: r.per as FrequencyRule['per'],
      minimumRatioBp: r.minimumRatioBp ?? undefined,
    };
  });
}

/**
 * An item version's content, checked: a department of the bureau that inspects, the ratio and
 * frequency rules (R3, R4) under the bureau's settings, known trades, retention (R42).
 */
export async function validateItemContent(
  ctx: RequestContext,
  c: ItemContentInput,
  org: SettingsReader,
): Promise<ItemContent> {
  const dept = await inspectingDepartment(ctx, c.departmentId);
  const settings = await org.settings(ctx);
  const ratio = {
    crossAgencyJoint: c.crossAgencyJoint,
    minimumBp: settings.minimumRatioBp,
    jointMinimumBp: settings.jointMinimumRatioBp,
  };
  withField(() => validateSamplingRatio(c.samplingRatioBp, ratio));
  withField(() => validateFrequency(c.frequencyPerYear));
  const retentionYears = withField(() => validateRetentionYears(c.retentionYears));
  const unknown = c.businessCategories.filter((x) => !isBusinessCategory(x));
  if (unknown.length) throw badInput('content.businessCategories', `未知的行业类别：${unknown.join('、')}`);
  const rules = frequencyRulesOf(c, ratio);
  const ruleMax = Math.max(0, ...rules.map((r) => timesPerYear(r)));
  const contents = c.checkContents.map((t) => t.trim()).filter(Boolean);
  if (contents.some((t) => t.length > 500)) throw badInput('content.checkContents', '每项检查内容不超过 500 字');
  return {
    name: c.name.trim(),
    legalBasis: c.legalBasis.map((b) => ({ law: b.law.trim(), articles: trimmedOrNull(b.articles) })),
    departmentId: dept.id,
    targetType: c.targetType.trim(),
    businessCategories: [...new Set(c.businessCategories)],
    category: c.category,
    samplingRatioBp: c.samplingRatioBp,
    // The year's frequency is never below what the graded rules require of the busiest grade.
    frequencyPerYear: Math.max(
      c.frequencyPerYear,
      ruleMax > 0 && rules.every((r) => !r.grade) ? ruleMax : c.frequencyPerYear,
    ),
    frequencyRules: rules,
    methods: [...new Set(c.methods)],
    checkContents: contents.map((text, i) => ({ no: i + 1, text })),
    requiredSkills: [...new Set(c.requiredSkills.map((s) => s.trim()).filter(Boolean))],
    crossAgencyJoint: c.crossAgencyJoint,
    notes: trimmedOrNull(c.notes),
    retentionYears,
  };
}
