import { DomainError } from '../errors';
import type { CheckAnswer, RecordMethod } from '../vocabularies/inspection';

/** Trimmed text, or null when nothing is left (optional free-text inputs). */
export function textOrNull(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** One answered line of the checklist, as the record keeps it (with the line's text, R45). */
export interface ChecklistAnswer {
  itemVersionId: string;
  no: number;
  text: string;
  result: CheckAnswer;
  remark: string | null;
}

/** A frozen item version as the checklist needs it: its lines, or its name as the one line. */
export interface ChecklistItem {
  name: string;
  checkContents: readonly { no: number; text: string }[];
}

export interface AnswerInput {
  itemVersionId: string;
  no: number;
  result: CheckAnswer;
  remark?: string | null;
}

/** The lines an inspection's items ask, keyed `<itemVersionId>#<no>`, in item order. */
export function expectedChecklist(
  itemVersionIds: readonly string[],
  versions: ReadonlyMap<string, ChecklistItem>,
): Map<string, string> {
  const expected = new Map<string, string>();
  for (const id of itemVersionIds) {
    const v = versions.get(id);
    const contents = v?.checkContents.length ? v.checkContents : [{ no: 1, text: v?.name ?? '' }];
    for (const c of contents) expected.set(`${id}#${c.no}`, c.text);
  }
  return expected;
}

/**
 * R45: every line of the frozen items answered once, nothing else; an ABNORMAL line says why.
 * Returns the answers with each line's text; refuses the first fault, naming its input field.
 */
export function validateChecklist(
  itemVersionIds: readonly string[],
  versions: ReadonlyMap<string, ChecklistItem>,
  input: readonly AnswerInput[],
): ChecklistAnswer[] {
  const expected = expectedChecklist(itemVersionIds, versions);
  const answers: ChecklistAnswer[] = [];
  const seen = new Set<string>();
  for (const [n, a] of input.entries()) {
    if (!itemVersionIds.includes(a.itemVersionId)) {
      throw new DomainError(
        'ITEM_NOT_IN_INSPECTION',
        '所答事项不在本次检查的事项之中（R45）',
        `answers.${n}.itemVersionId`,
        { itemVersionId: a.itemVersionId },
      );
    }
    const key = `${a.itemVersionId}#${a.no}`;
    const text = expected.get(key);
    if (text === undefined)
      throw new DomainError('CHECK_CONTENT_UNKNOWN', `事项中没有第 ${a.no} 项检查内容`, `answers.${n}.no`);
    if (seen.has(key))
      throw new DomainError('CHECK_CONTENT_REPEATED', `第 ${a.no} 项检查内容重复填写`, `answers.${n}.no`);
    seen.add(key);
    const remark = textOrNull(a.remark);
    if (a.result === 'ABNORMAL' && !remark) {
      throw new DomainError('REMARK_REQUIRED', '“不正常”的检查内容须写明情况', `answers.${n}.remark`);
    }
    answers.push({ itemVersionId: a.itemVersionId, no: a.no, text, result: a.result, remark });
  }
  const unanswered = [...expected.keys()].find((k) => !seen.has(k));
  if (unanswered)
    throw new DomainError('CHECKLIST_INCOMPLETE', `检查内容未逐项填写：${expected.get(unanswered)}`, 'answers');
  return answers;
}

/** How the target confirmed the record (R36): a signature or seal, or the reason it gave none. */
export interface Confirmation {
  signature: string | null;
  refusal: string | null;
  witness: string | null;
  /** Whether the check was made on site (ON_SITE among its methods): only then is a confirmation required. */
  onSite: boolean;
}

/**
 * R36: never both a signature and a refusal; a witness only beside a refusal. An on-site record has one
 * of the two; a check without a visit (online monitoring, R44; documents; a third party's test) may have none.
 */
export function checkConfirmation(c: Confirmation): void {
  if (c.signature && c.refusal) {
    throw new DomainError('SIGNATURE_AND_REFUSAL', '签字盖章与“未能签字的原因”只能填写其一（R36）', 'refusalReason');
  }
  if (!c.signature && !c.refusal && c.onSite) {
    throw new DomainError(
      'CONFIRMATION_REQUIRED',
      '现场检查须有检查对象签字盖章，或写明未能签字的原因（R36）',
      'signatureRef',
    );
  }
  if (c.witness && !c.refusal)
    throw new DomainError('WITNESS_WITHOUT_REFUSAL', '见证人只在检查对象未签字时填写', 'witness');
}

/** R43: who made the technical test (a third-party body) or gave the result used (another agency), and its report. */
export interface ThirdParty {
  body: string | null;
  reportNo: string | null;
}

/** R43: a record with THIRD_PARTY_TEST names the body and its report number; a record without it names neither. */
export function checkThirdParty(methods: readonly RecordMethod[], t: ThirdParty): void {
  const tested = methods.includes('THIRD_PARTY_TEST');
  if (tested && !t.body)
    throw new DomainError(
      'THIRD_PARTY_REQUIRED',
      '委托第三方检测须写明检测机构（或出具结论的部门）（R43）',
      'thirdPartyBody',
    );
  if (tested && !t.reportNo)
    throw new DomainError(
      'THIRD_PARTY_REQUIRED',
      '委托第三方检测须写明检测报告（结论文书）编号（R43）',
      'thirdPartyReportNo',
    );
  if (!tested && (t.body || t.reportNo)) {
    throw new DomainError(
      'THIRD_PARTY_WITHOUT_TEST',
      '检测机构和报告编号只在检查方式含“委托第三方专业机构检测”时填写（R43）',
      t.body ? 'thirdPartyBody' : 'thirdPartyReportNo',
    );
  }
}

/**
 * R29, R36: the inspectors present are active members of the team, at least two of them.
 * Returns the distinct ids in the order given.
 */
export function checkPresentTeam(presentIds: readonly string[], memberIds: ReadonlySet<string>): string[] {
  const ids = [...new Set(presentIds)];
  const stranger = ids.find((id) => !memberIds.has(id));
  if (stranger) {
    throw new DomainError('NOT_ON_INSPECTION', '到场检查人员须为本次检查的检查组成员', 'presentInspectorIds', {
      inspectorId: stranger,
    });
  }
  if (ids.length < 2) throw new DomainError('TEAM_TOO_SMALL', '到场检查人员至少 2 人（R29）', 'presentInspectorIds');
  return ids;
}
