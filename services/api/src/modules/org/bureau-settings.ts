import {
  DEFAULT_APPEAL_ANSWER_DAYS,
  DEFAULT_JOINT_MINIMUM_RATIO_BP,
  DEFAULT_MINIMUM_RATIO_BP,
  DEFAULT_PENALTY_PUBLICATION_DAYS,
  DEFAULT_RESULT_PUBLICATION_DAYS,
  NOTICE_ISSUER_ROLES,
  PUBLICATION_APPROVER_ROLES,
  type NoticeIssuerRole,
  type PublicationApproverRole,
} from '@dsr/domain';
import type { BureauSetting } from '@dsr/db';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { signedIn } from '../../common/principal';
import type { UpdateBureauSettingsInput } from './org.types';

/** A bureau's settings where it has set none. */
export const DEFAULT_SETTINGS = {
  minimumRatioBp: DEFAULT_MINIMUM_RATIO_BP,
  jointMinimumRatioBp: DEFAULT_JOINT_MINIMUM_RATIO_BP,
  allowDrawFromFiledPlan: false,
  minTeamSize: 2,
  minTeamDepartments: 1,
  crossRegionDrawing: false,
  reportDueWorkingDays: 3,
  documentMark: null,
  noticeIssuerRole: 'DEPARTMENT_HEAD',
  noticeRemedyStatement: true,
  publicationApproverRole: 'LEADER',
  resultPublicationDays: DEFAULT_RESULT_PUBLICATION_DAYS,
  penaltyPublicationDays: DEFAULT_PENALTY_PUBLICATION_DAYS,
  publishTargetDirectory: false,
  appealAnswerDays: DEFAULT_APPEAL_ANSWER_DAYS,
} as const;

/** The settings in force: the bureau's row, or the defaults at version 0 where it has set none. */
export type EffectiveSettings = BureauSetting | (typeof DEFAULT_SETTINGS & { version: 0 });

/** What the rules leave to a bureau, as the audit entry keeps them. */
export type SettingValues = Omit<BureauSetting, 'bureauId' | 'tenantId' | 'scopePath' | 'updatedAt' | 'version'>;

/**
 * The one reader of bureau settings (R3, R24, R29, R34, R39, the forms' settings): batched per
 * request through the loader, the defaults where a bureau has set none.
 */
export class BureauSettings {
  async of(ctx: RequestContext, bureauId: string): Promise<EffectiveSettings> {
    return (await ctx.loaders.settingsOfBureau.load(bureauId)) ?? { ...DEFAULT_SETTINGS, version: 0 };
  }

  /** The caller's own bureau's settings. */
  mine(ctx: RequestContext): Promise<EffectiveSettings> {
    return this.of(ctx, signedIn(ctx).bureauId);
  }
}

/** The values of settings, for the audit entry. */
export function settingValues(r: SettingValues): SettingValues {
  return {
    minimumRatioBp: r.minimumRatioBp,
    jointMinimumRatioBp: r.jointMinimumRatioBp,
    allowDrawFromFiledPlan: r.allowDrawFromFiledPlan,
    minTeamSize: r.minTeamSize,
    minTeamDepartments: r.minTeamDepartments,
    crossRegionDrawing: r.crossRegionDrawing,
    reportDueWorkingDays: r.reportDueWorkingDays,
    documentMark: r.documentMark,
    noticeIssuerRole: r.noticeIssuerRole,
    noticeRemedyStatement: r.noticeRemedyStatement,
    publicationApproverRole: r.publicationApproverRole,
    resultPublicationDays: r.resultPublicationDays,
    penaltyPublicationDays: r.penaltyPublicationDays,
    publishTargetDirectory: r.publishTargetDirectory,
    appealAnswerDays: r.appealAnswerDays,
  };
}

const isIntIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** R3: a bureau may be stricter than the regulations (5%, or 3% for joint items), never laxer; R29, R39 ranges. */
export function checkSettingsInput(input: UpdateBureauSettingsInput): void {
  if (!isIntIn(input.minimumRatioBp, DEFAULT_MINIMUM_RATIO_BP, 10000)) {
    throw badInput('minimumRatioBp', '最低抽查比例应在 5% 到 100% 之间（500 到 10000）');
  }
  if (!isIntIn(input.jointMinimumRatioBp, DEFAULT_JOINT_MINIMUM_RATIO_BP, 10000)) {
    throw badInput('jointMinimumRatioBp', '联合抽查最低比例应在 3% 到 100% 之间（300 到 10000）');
  }
  if (input.minTeamSize != null && !isIntIn(input.minTeamSize, 2, 20)) {
    throw badInput('minTeamSize', '实地检查每组最少人数应在 2 到 20 之间（R29）');
  }
  if (input.minTeamDepartments != null && !isIntIn(input.minTeamDepartments, 1, 10)) {
    throw badInput('minTeamDepartments', '实地检查每组最少部门数应在 1 到 10 之间');
  }
  if (input.reportDueWorkingDays != null && !isIntIn(input.reportDueWorkingDays, 1, 30)) {
    throw badInput('reportDueWorkingDays', '检查报告期限应在 1 到 30 个工作日之间（R39）');
  }
  for (const field of ['resultPublicationDays', 'penaltyPublicationDays'] as const) {
    const n = input[field];
    if (n != null && !isIntIn(n, 1, 60)) throw badInput(field, '公示期限应在 1 到 60 个工作日之间（R47）');
  }
  if (input.appealAnswerDays != null && !isIntIn(input.appealAnswerDays, 1, 60)) {
    throw badInput('appealAnswerDays', '异议、投诉答复期限应在 1 到 60 个工作日之间（R57）');
  }
}

/** The settings after the update: what the input gives, the current values for what it leaves out. */
export function nextSettings(input: UpdateBureauSettingsInput, current: SettingValues): SettingValues {
  if (input.noticeIssuerRole != null && !(NOTICE_ISSUER_ROLES as readonly string[]).includes(input.noticeIssuerRole)) {
    throw badInput('noticeIssuerRole', '签发整改通知书的角色只能是部门负责人、领导、双随机办或法制审核人员');
  }
  const approver = input.publicationApproverRole;
  if (approver != null && !(PUBLICATION_APPROVER_ROLES as readonly string[]).includes(approver)) {
    throw badInput('publicationApproverRole', '审核公示的角色只能是领导、法制审核人员、双随机办或部门负责人');
  }
  return {
    minimumRatioBp: input.minimumRatioBp,
    jointMinimumRatioBp: input.jointMinimumRatioBp,
    allowDrawFromFiledPlan: input.allowDrawFromFiledPlan ?? current.allowDrawFromFiledPlan,
    minTeamSize: input.minTeamSize ?? current.minTeamSize,
    minTeamDepartments: input.minTeamDepartments ?? current.minTeamDepartments,
    crossRegionDrawing: input.crossRegionDrawing ?? current.crossRegionDrawing,
    reportDueWorkingDays: input.reportDueWorkingDays ?? current.reportDueWorkingDays,
    documentMark: input.documentMark === undefined ? current.documentMark : input.documentMark?.trim() || null,
    noticeIssuerRole: (input.noticeIssuerRole ?? current.noticeIssuerRole) as NoticeIssuerRole,
    noticeRemedyStatement: input.noticeRemedyStatement ?? current.noticeRemedyStatement,
    publicationApproverRole: (input.publicationApproverRole ??
      current.publicationApproverRole) as PublicationApproverRole,
    resultPublicationDays: input.resultPublicationDays ?? current.resultPublicationDays,
    penaltyPublicationDays: input.penaltyPublicationDays ?? current.penaltyPublicationDays,
    publishTargetDirectory: input.publishTargetDirectory ?? current.publishTargetDirectory,
    appealAnswerDays: input.appealAnswerDays ?? current.appealAnswerDays,
  };
}
