import dayjs from 'dayjs';
import { answerKey, type RecordDraft } from './draft';

/** A checklist line as the page shows it. */
export interface ChecklistLine {
  key: string;
  itemVersionId: string;
  itemName: string;
  no: number;
  text: string;
}

/** The lines of the frozen item versions, in order (an item without lines is its own single line, as the API has it). */
export function checklistLines(
  versions: readonly { id: string; name: string; checkContents: readonly { no: number; text: string }[] }[],
): ChecklistLine[] {
  return versions.flatMap((v) => {
    const contents = v.checkContents.length ? v.checkContents : [{ no: 1, text: v.name }];
    return contents.map((c) => ({
      key: answerKey(v.id, c.no),
      itemVersionId: v.id,
      itemName: v.name,
      no: c.no,
      text: c.text,
    }));
  });
}

/** Field → message; `answer:<key>` for a checklist line. */
export type RecordErrors = Record<string, string>;

function checkTimes(d: RecordDraft, errors: RecordErrors): void {
  const from = dayjs(d.checkedFrom);
  if (!d.checkedFrom || !from.isValid()) errors.checkedFrom = '请填写检查开始时间';
  if (!d.checkedTo) return; // taken as the moment of submitting
  const to = dayjs(d.checkedTo);
  if (!to.isValid()) errors.checkedTo = '检查结束时间无效';
  else if (from.isValid() && !to.isAfter(from)) errors.checkedTo = '检查结束时间须晚于开始时间';
  else if (to.isAfter(dayjs())) errors.checkedTo = '检查结束时间不能晚于现在';
}

/** R36 on site; a check without a visit (online monitoring, R44) may go without the target's signature. */
function checkConfirmation(d: RecordDraft, errors: RecordErrors): void {
  if (!d.methods.includes('ON_SITE')) return;
  if (d.confirm === 'SIGN') {
    if (!d.signature) errors.signature = '请检查对象在签名区签字';
  } else if (!d.refusalReason.trim()) {
    errors.refusalReason = '请写明未能签字的原因';
  }
}

/** R43: a third-party test names its body and report number. */
function checkThirdParty(d: RecordDraft, errors: RecordErrors): void {
  if (!d.methods.includes('THIRD_PARTY_TEST')) return;
  if (!d.thirdPartyBody?.trim()) errors.thirdPartyBody = '请填写检测机构（或出具结论的部门）';
  if (!d.thirdPartyReportNo?.trim()) errors.thirdPartyReportNo = '请填写检测报告编号';
}

/**
 * The rules of the API mirrored to help before sending (the server stays the judge): every line
 * answered, a remark on 不正常, two inspectors present, on site a signature or the refusal's reason,
 * a third-party test's body and report.
 */
export function validateDraft(d: RecordDraft, lines: readonly ChecklistLine[]): RecordErrors {
  const errors: RecordErrors = {};
  checkTimes(d, errors);
  if (!d.place.trim()) errors.place = '请填写检查地点';
  if (!d.representative.trim()) errors.representative = '请填写检查对象在场负责人';
  if (d.presentIds.length < 2) errors.presentIds = '到场检查人员至少 2 人（R29）';
  if (!d.methods.length) errors.methods = '请至少选择一种检查方式';
  for (const line of lines) {
    const a = d.answers[line.key];
    if (!a?.result) errors[`answer:${line.key}`] = '请选择“正常”或“不正常”';
    else if (a.result === 'ABNORMAL' && !a.remark.trim()) errors[`answer:${line.key}`] = '“不正常”的检查内容须写明情况';
  }
  if (!d.findings.trim()) errors.findings = '请填写检查情况与发现的问题';
  checkConfirmation(d, errors);
  checkThirdParty(d, errors);
  return errors;
}
