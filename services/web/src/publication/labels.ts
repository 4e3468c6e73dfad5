import { PUBLICATION_FIELDS, type PublicationField } from '@dsr/domain/publication-fields';
import type { InspectionResultCode, PublicationAction, PublicationKind, PublicationStatus } from '../gql/graphql';

/** Publication kinds (R46). */
export const PUBLICATION_KIND: Record<PublicationKind, string> = {
  INSPECTION_RESULT: '检查结果',
  PENALTY_RESULT: '行政处罚结果（双公示）',
  CREDIT_ENTRY: '信用名单',
  ITEM_LIST: '抽查事项清单',
  INSPECTOR_LIST: '执法检查人员名录',
  TARGET_DIRECTORY: '检查对象名录',
  PLAN: '抽查计划',
  DRAW_COMMITMENT: '抽取承诺',
  DRAW_RESULT: '抽取结果',
  AUDIT_CHECKPOINT: '审计检查点',
};

export const PUBLICATION_ACTION: Record<PublicationAction, string> = {
  PUBLISH: '首次公示',
  CORRECT: '更正',
  WITHDRAW: '撤回',
};

/** A document's state for the tag; a pending row nobody prepared yet (the clock opened it) is 待编制. */
export type PublicationState = PublicationStatus | 'TO_PREPARE';

/** Solid dark colours: white text on them passes WCAG AA. */
export const PUBLICATION_STATUS: Record<PublicationState, { label: string; color: string }> = {
  TO_PREPARE: { label: '待编制', color: '#874d00' },
  PENDING_APPROVAL: { label: '待审核', color: '#0958d9' },
  RETURNED: { label: '已退回', color: '#ad4e00' },
  PUBLISHED: { label: '已公示', color: '#237804' },
  SUPERSEDED: { label: '已被取代', color: '#595959' },
};

export function stateOf(p: { status: PublicationStatus; preparedBy?: string | null }): PublicationState {
  return p.status === 'PENDING_APPROVAL' && !p.preparedBy ? 'TO_PREPARE' : p.status;
}

/** The results of the national credit publicity system (InspectionResultCode). */
export const RESULT_WORDS: Record<InspectionResultCode, string> = {
  NO_ISSUE: '未发现问题',
  ORDERED_TO_CORRECT: '发现问题已责令改正',
  PENDING_FOLLOW_UP: '发现问题待后续处理',
  NO_RELEVANT_BUSINESS: '未发现开展本次抽查涉及的经营活动',
  CLOSED_OR_LIQUIDATING: '已关闭停业或清算',
  SEVERE_NON_COOPERATION: '不配合检查情节严重',
  UNREACHABLE_AT_ADDRESS: '通过登记的住所（经营场所）无法联系',
};

/** 处罚类别 of the 双公示 standard (PENALTY_CATEGORIES in packages/domain; the API refuses others). */
export const PENALTY_CATEGORIES = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '行政拘留',
  '其他',
];

/** A field's Chinese label from the masking table (the one table the API masks by); an unknown field as its name. */
export function fieldLabel(name: string): string {
  return Object.prototype.hasOwnProperty.call(PUBLICATION_FIELDS, name)
    ? PUBLICATION_FIELDS[name as PublicationField].label
    : name;
}

/** The fields an approver may withhold as secret or private (R48): all but the party's identity and the result itself. */
export const WITHHOLDABLE: readonly PublicationField[] = [
  'legalRepresentative',
  'address',
  'phone',
  'items',
  'violationFacts',
  'legalBasis',
  'penaltyContent',
  'amount',
];

/** Days from today (China) to a due date: negative when overdue. */
export function daysLeft(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
