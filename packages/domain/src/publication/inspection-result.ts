import { DomainError } from '../errors';
import type { FollowUpResult, InspectionKind, InspectionOpinion } from '../vocabularies/inspection';
import type { DocumentDraft } from './mask-document';
import { partyBlock, type PartySource } from './party';

/**
 * The results of the national enterprise credit publicity system (抽查检查结果 / 双随机抽查结果),
 * in its words; a published inspection result is one of these.
 */
export const INSPECTION_RESULT_WORDS = {
  NO_ISSUE: '未发现问题',
  ORDERED_TO_CORRECT: '发现问题已责令改正',
  PENDING_FOLLOW_UP: '发现问题待后续处理',
  NO_RELEVANT_BUSINESS: '未发现开展本次抽查涉及的经营活动',
  CLOSED_OR_LIQUIDATING: '已关闭停业或清算',
  SEVERE_NON_COOPERATION: '不配合检查情节严重',
  UNREACHABLE_AT_ADDRESS: '通过登记的住所（经营场所）无法联系',
} as const;
export type InspectionResultCode = keyof typeof INSPECTION_RESULT_WORDS;

/** What the inspection module knows when the result is prepared (R36–R40). */
export interface InspectionOutcome {
  /** The approved report's opinion (R38, R39); null while no report is approved. */
  opinion: InspectionOpinion | null;
  /** The rectification follow-up (R40), when a notice was issued and followed up. */
  followUp: FollowUpResult | null;
  /** Non-cooperation recorded on site (R37). */
  nonCooperation: boolean;
  /** The target is terminated in the registry (closed, deregistered, in liquidation). */
  targetTerminated: boolean;
}

/**
 * The public result of an inspection (R38 opinion and R40 follow-up → the national vocabulary).
 * Refusal on site and closure take precedence over the opinion; a notice not complied with, a
 * case, a referral or a judicial transfer are 待后续处理.
 */
export function inspectionResultOf(o: InspectionOutcome): InspectionResultCode {
  if (o.nonCooperation) return 'SEVERE_NON_COOPERATION';
  if (o.targetTerminated) return 'CLOSED_OR_LIQUIDATING';
  switch (o.opinion) {
    case null:
      throw new DomainError('INSPECTION_RESULT_NOT_READY', '检查报告尚未审核定稿，结果不能公示（R39）', 'subjectId');
    case 'NO_ANOMALY':
      return 'NO_ISSUE';
    case 'RECTIFICATION':
      return o.followUp === 'NOT_RECTIFIED' ? 'PENDING_FOLLOW_UP' : 'ORDERED_TO_CORRECT';
    case 'CASE_FILED':
    case 'REFERRED':
    case 'JUDICIAL':
    case 'OTHER':
      return 'PENDING_FOLLOW_UP';
  }
}

export interface InspectionResultSource {
  party: PartySource;
  authority: string;
  kind: InspectionKind;
  checkEndedOn: string;
  items: readonly string[];
  /** Drawn checks (双随机抽查结果): the plan and task; null for a direct check (R23). */
  plan: { no: string; name: string; taskNo: string; taskName: string } | null;
  outcome: InspectionOutcome;
  /** The department may state the result itself where the record shows it (e.g. no such business found). */
  resultOverride?: InspectionResultCode | null;
}

/** The draft of an INSPECTION_RESULT document, drawn and direct checks alike (R23); masked at approval. */
export function inspectionResultDraft(s: InspectionResultSource): DocumentDraft {
  const code = s.resultOverride ?? inspectionResultOf(s.outcome);
  const { party, concernsMinor, fields } = partyBlock(s.party, s.checkEndedOn);
  return {
    party,
    concernsMinor,
    fields: {
      ...fields,
      authority: s.authority,
      checkType: s.kind === 'DRAWN' ? '抽查' : '检查',
      checkDate: s.checkEndedOn,
      result: INSPECTION_RESULT_WORDS[code],
      items: s.items,
      ...(s.plan && {
        planNo: s.plan.no,
        planName: s.plan.name,
        taskNo: s.plan.taskNo,
        taskName: s.plan.taskName,
        drawType: '双随机抽查',
        completedOn: s.checkEndedOn,
      }),
    },
  };
}
