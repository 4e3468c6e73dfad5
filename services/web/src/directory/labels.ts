import type {
  ConflictRelation,
  Gender,
  HolderKind,
  InspectorStatus,
  JobState,
  RiskCode,
  RiskLevel,
  TargetStatus,
} from '../gql/graphql';

/** Solid dark colours, as common/status.ts (white text on them passes WCAG AA). */
export const TARGET_STATUS: Record<TargetStatus, { label: string; color: string }> = {
  ACTIVE: { label: '在册', color: '#237804' },
  TERMINATED: { label: '已注销', color: '#595959' },
};

export const RISK_LEVEL: Record<RiskLevel, { label: string; color: string }> = {
  LOW: { label: '低', color: '#237804' },
  NORMAL: { label: '一般', color: '#0958d9' },
  ELEVATED: { label: '较高', color: '#ad4e00' },
  HIGH: { label: '高', color: '#a8071a' },
};

export const INSPECTOR_STATUS: Record<InspectorStatus, { label: string; color: string }> = {
  ACTIVE: { label: '在岗', color: '#237804' },
  SUSPENDED: { label: '暂停', color: '#ad4e00' },
  LEFT: { label: '已调离', color: '#595959' },
};

export const JOB_STATE: Record<JobState, string> = {
  QUEUED: '排队中',
  RUNNING: '导入中',
  SUCCEEDED: '已完成',
  FAILED: '失败，未写入任何数据',
  CANCELLED: '已取消，未写入任何数据',
};

export const HOLDER_KIND: Record<HolderKind, string> = { ORGANISATION: '单位', PERSON: '个人' };
export const GENDER: Record<Gender, string> = { M: '男', F: '女' };

/** Risk factors raise the draw weight, mitigations lower it (R10, R27). */
export const RISK_CODE: Record<RiskCode, string> = {
  PUBLIC_SAFETY_TRADE: '涉及公共安全或严格管制的行业、物品',
  SERIOUS_VIOLATION: '有严重违法违规记录',
  ABNORMAL_OR_DISHONEST_LIST: '列入经营异常名录或严重违法失信名单',
  MANY_COMPLAINTS: '投诉举报多',
  REFUSED_CHECK: '拒绝、阻碍检查',
  OTHER: '其他风险因素',
  GOOD_CREDIT: '信用较好（降低）',
  LOW_RISK: '风险较低（降低）',
};

export const CONFLICT_RELATION: Record<ConflictRelation, string> = {
  KIN: '近亲属',
  FORMER_EMPLOYER: '曾任职',
  FINANCIAL_INTEREST: '经济利益',
  OTHER: '其他',
};

/** The inspector's change records (R14): one or more codes joined by commas. */
const INSPECTOR_CHANGE: Record<string, string> = {
  CREATED: '登记',
  IMPORTED: '导入',
  DEPARTMENT_MOVE: '调动部门',
  WARRANT_RENEWAL: '换证',
  LEFT: '调离',
  STATUS_ACTIVE: '恢复在岗',
  STATUS_SUSPENDED: '暂停',
  DETAILS: '修改信息',
};

export function inspectorChangeLabel(change: string): string {
  return change
    .split(',')
    .map((c) => INSPECTOR_CHANGE[c] ?? c)
    .join('、');
}

/** The audit operations a target's history shows. */
const TARGET_OPERATION: Record<string, string> = {
  CREATE_TARGET: '登记',
  IMPORT_TARGET: '导入登记',
  IMPORT_TARGET_UPDATE: '导入更新',
  UPDATE_TARGET: '修改信息',
  TERMINATE_TARGET: '注销',
  ADD_PERMIT: '登记许可证件',
  IMPORT_PERMIT: '导入许可证件',
  RECORD_RISK: '记录风险因素',
  DECLARE_CONFLICT: '申报利害关系',
  END_CONFLICT: '结束利害关系',
};

export function targetOperationLabel(op: string): string {
  return TARGET_OPERATION[op] ?? op;
}

export const REVIEW_DECISION: Record<string, { label: string; color: string }> = {
  APPROVED: { label: '审核通过', color: '#237804' },
  RETURNED: { label: '已退回', color: '#ad4e00' },
};
