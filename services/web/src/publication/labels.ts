import type { PublicationField } from '@dsr/domain/publication-fields';
import { fieldLabel as portalFieldLabel } from '../public/labels';
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

/** 处罚类别 of the 双公示 standard: the domain's own list (the API refuses others). */
export { PENALTY_CATEGORIES } from '@dsr/domain/publication-kind-fields';

/** A field's Chinese label as the portal shows it (the masking table's words); an unknown field as its name. */
export function fieldLabel(name: string): string {
  return portalFieldLabel(null, name);
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
