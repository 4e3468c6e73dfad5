import { CREDIT_LIST_NAMES, type CreditEntryState, type CreditList } from '../credit';
import type { PlanKind } from '../vocabularies/planning';
import { DomainError } from '../errors';
import type { DocumentDraft } from './mask-document';
import { partyBlock, type PartySource } from './party';
import { ratioWords } from './listings';

export const PLAN_KIND_WORDS: Record<PlanKind, string> = {
  BUREAU: '年度抽查计划',
  DEPARTMENT: '部门抽查工作计划',
  JOINT: '联合抽查计划',
};

export interface PlanTaskSource {
  name: string;
  items: readonly string[];
  departments: readonly string[];
  ratioBp: number;
  timesPerYear: number;
  joint: boolean;
  rounds: readonly { no: number; from: string; to: string }[];
}

export interface PlanSource {
  id: string;
  title: string;
  year: number;
  kind: PlanKind;
  authority: string;
  /** The plan's state: only a filed or acknowledged plan is published. */
  status: 'FILED' | 'ACKNOWLEDGED' | 'DRAFT' | 'RETURNED';
  filedOn: string | null;
  tasks: readonly PlanTaskSource[];
}

/** PLAN: a filed or acknowledged plan with its tasks and rounds (lines of text, one per task and per round). */
export function planDraft(s: PlanSource): DocumentDraft {
  if (s.status !== 'FILED' && s.status !== 'ACKNOWLEDGED') {
    throw new DomainError('PLAN_NOT_FILED', '只有已备案或已确认的计划可以公示', 'subjectId');
  }
  const tasks = s.tasks.map((t) =>
    [
      t.name,
      `抽查事项：${t.items.join('、')}`,
      `${t.joint ? '联合' : '参加'}部门：${t.departments.join('、')}`,
      `抽查比例：${ratioWords(t.ratioBp)}`,
      `每年${t.timesPerYear}次`,
    ].join('；'),
  );
  const rounds = s.tasks.flatMap((t) => t.rounds.map((r) => `${t.name} 第${r.no}轮：${r.from} 至 ${r.to}`));
  return {
    party: 'ORGANISATION',
    fields: {
      planNo: s.id,
      planName: s.title,
      planYear: s.year,
      planKind: PLAN_KIND_WORDS[s.kind],
      planAuthority: s.authority,
      planFiling: s.status === 'ACKNOWLEDGED' ? '已备案（上级已确认）' : '已备案',
      filedOn: s.filedOn,
      planTasks: tasks,
      planRounds: rounds,
    },
  };
}

export const CREDIT_ENTRY_STATE_WORDS: Record<CreditEntryState, string> = {
  LISTED: '列入',
  REMOVED: '已移出',
  REPAIRED: '已信用修复',
};

export interface CreditEntrySource {
  party: PartySource;
  list: CreditList;
  state: CreditEntryState;
  reason: string;
  listedOn: string;
  authority: string;
  causeDocumentNo: string | null;
  restrictions: readonly string[];
  removalReason: string | null;
  removedOn: string | null;
}

/** CREDIT_ENTRY (R50): 列入原因, 日期, 决定机关 and the finding; on removal or repair, 移出原因 and 日期. */
export function creditEntryDraft(s: CreditEntrySource): DocumentDraft {
  const { party, concernsMinor, fields } = partyBlock(s.party, s.listedOn);
  const closed = s.state !== 'LISTED';
  return {
    party,
    concernsMinor,
    fields: {
      ...fields,
      creditList: CREDIT_LIST_NAMES[s.list],
      entryState: CREDIT_ENTRY_STATE_WORDS[s.state],
      listReason: s.reason,
      listedOn: s.listedOn,
      decisionAuthority: s.authority,
      causeDocumentNo: s.causeDocumentNo,
      ...(s.list === 'BLACKLIST' && { restrictions: [...s.restrictions] }),
      ...(closed && { removalReason: s.removalReason, removedOn: s.removedOn }),
    },
  };
}
