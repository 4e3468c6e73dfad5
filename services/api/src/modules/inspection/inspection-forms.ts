import { ROLE_LABELS, chinaDay } from '@dsr/domain';
import {
  Inspection,
  InspectionItemVersion,
  InspectionRecord,
  InspectionReport,
  InspectionSource,
  Inspector,
  PlanTask,
  RectificationNotice,
  Target,
  User,
  type PresentInspector,
  type RecordMethod,
} from '@dsr/db';
import type { RequestContext } from '../../context';
import { notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { remedyStatement } from '../../common/pdf';
import type { EvidenceService } from './evidence.service';
import { visibleInspection } from './inspection.access';
import type {
  CheckedItem,
  FormInspector,
  FormTarget,
  InspectionReportData,
  OnSiteRecordData,
  RectificationNoticeData,
} from '../../common/pdf';

/**
 * Entities → the printable forms' inputs (issue 5). Every read goes through the request's
 * EntityManager, so the scope filter and RLS decide what the caller may print: an inspection of
 * another county is "not found or no access", as a missing id is.
 *
 * Document numbers (issue 10): each form prints the number it was given from the bureau's counter
 * when it was made (document-numbers.ts): the record at its first revision, the report at its
 * first submission, the notice when issued; a reprint always carries the same number.
 */

const METHOD_LABELS: Record<RecordMethod, string> = {
  ON_SITE: '实地核查',
  DOCUMENTARY: '书面检查',
  ONLINE_MONITORING: '网络监测',
  THIRD_PARTY_TEST: '第三方检验检测',
};
/** By any method a stored record holds: one without a label prints as stored. */
const METHOD_LABEL_OF: Readonly<Partial<Record<string, string>>> = METHOD_LABELS;

/** R43: the findings, and the third party's test (or another agency's result) they rest on, named with its report. */
function findingsWithThirdParty(
  r: Pick<InspectionRecord, 'findings' | 'thirdPartyBody' | 'thirdPartyReportNo'>,
): string {
  return r.thirdPartyBody
    ? `${r.findings}\n第三方检测：${r.thirdPartyBody}，报告编号 ${r.thirdPartyReportNo ?? ''}`
    : r.findings;
}

/** Rows made before numbering existed were numbered by migration 0017; this only guards the type. */
const UNNUMBERED = '（未编号）';

/** Where the record's signature image comes from (the evidence store). */
export type SignatureSource = Pick<EvidenceService, 'signatureBytes'>;

async function bureauOf(ctx: RequestContext, bureauId: string): Promise<{ name: string; divisionCode: string }> {
  const bureau = await ctx.loaders.bureau.load(bureauId);
  return { name: bureau?.name ?? '', divisionCode: bureau?.divisionCode ?? '' };
}

async function formTarget(ctx: RequestContext, targetId: string): Promise<FormTarget> {
  const t = await ctx.em.findOne(Target, { id: targetId });
  if (!t) throw notFound('检查对象');
  return {
    name: t.name,
    uscc: t.uscc,
    residentId: t.residentId,
    address: t.registeredAddress,
    legalRepresentative: t.legalRepresentative,
    phone: t.contactPhone,
  };
}

/** The plan task(s) the inspection was drawn for; a direct check names its reason instead. */
async function taskName(ctx: RequestContext, inspection: Inspection): Promise<string | null> {
  if (inspection.kind === 'DIRECT') return '直接检查（不列入随机抽查）';
  const sources = await ctx.em.find(InspectionSource, { inspectionId: inspection.id });
  const taskIds = [...new Set(sources.map((s) => s.taskId))];
  const tasks = taskIds.length
    ? await ctx.em.find(PlanTask, { id: { $in: taskIds } }, { orderBy: { name: 'asc' } })
    : [];
  return tasks.map((t) => t.name).join('、') || null;
}

/** Inspectors present: the record's snapshot, the warrant number from the inspector directory where the snapshot has none. */
async function formInspectors(ctx: RequestContext, present: PresentInspector[]): Promise<FormInspector[]> {
  const ids = present.map((p) => p.inspectorId);
  const directory = new Map(
    (ids.length ? await ctx.em.find(Inspector, { id: { $in: ids } }) : []).map((i) => [i.id, i]),
  );
  const out: FormInspector[] = [];
  for (const p of present) {
    const entry = directory.get(p.inspectorId);
    out.push({
      name: p.name || entry?.name || '',
      warrantNo: entry?.warrantNo ?? p.warrantNo ?? entry?.agencyCertificateNo ?? '—',
      department: (await ctx.loaders.department.load(p.departmentId))?.name ?? null,
    });
  }
  return out;
}

async function latestRecord(ctx: RequestContext, inspectionId: string): Promise<InspectionRecord | null> {
  return ctx.em.findOne(InspectionRecord, { inspectionId }, { orderBy: { revision: 'desc' } });
}

/** 现场检查记录表 of the latest record revision. */
export async function onSiteRecordForm(
  ctx: RequestContext,
  inspectionId: string,
  signatures: SignatureSource,
): Promise<{ data: OnSiteRecordData; targetName: string }> {
  const inspection = await visibleInspection(ctx, inspectionId);
  const record = await latestRecord(ctx, inspection.id);
  if (!record) throw notFound('现场检查记录');
  const bureau = await bureauOf(ctx, inspection.bureauId);
  const target = await formTarget(ctx, inspection.targetId);
  const versions = new Map(
    (await ctx.em.find(InspectionItemVersion, { id: { $in: inspection.itemVersionIds } })).map((v) => [v.id, v]),
  );
  const method = record.methods.map((m) => METHOD_LABEL_OF[m] ?? m).join('、') || '实地核查';
  const items: CheckedItem[] = inspection.itemVersionIds.map((id) => {
    const v = versions.get(id);
    const contents = new Map((v?.checkContents ?? []).map((c) => [c.no, c.text]));
    const answers = record.answers.filter((a) => a.itemVersionId === id).sort((a, b) => a.no - b.no);
    const abnormal = answers.filter((a) => a.result === 'ABNORMAL').map((a) => a.remark ?? a.text);
    return {
      name: v?.name ?? '（事项不可见）',
      method,
      basis: v ? v.legalBasis.map((b) => (b.articles ? `${b.law}${b.articles}` : b.law)).join('；') || null : null,
      // 检查内容 from the frozen item version (R45); the answer's own copy where the version is not visible.
      answers: answers.map((a) => ({ content: contents.get(a.no) ?? a.text, result: a.result, remark: a.remark })),
      // Each item's own findings: what was wrong on its lines.
      findings: abnormal.length ? abnormal.join('；') : '未发现问题',
    };
  });
  const inspectors = await formInspectors(ctx, record.present);
  return {
    targetName: target.name,
    data: {
      bureauName: bureau.name,
      documentNo: record.documentNo ?? UNNUMBERED,
      taskName: await taskName(ctx, inspection),
      startedAt: record.checkedFrom,
      endedAt: record.checkedTo,
      place: record.place,
      target,
      inspectors,
      // The record keeps no separate tick: the warrants count as shown when each inspector present has a number on file (R36).
      // A check without a visit (online monitoring, R44) shows no warrant: not applicable.
      warrantsShown: record.methods.includes('ON_SITE') ? inspectors.every((i) => i.warrantNo !== '—') : null,
      items,
      recording: null,
      targetRepresentative: { name: record.representative },
      // The SIGNATURE evidence the record names (a PNG, checked when the record was submitted); none: blank lines for a pen, or the refusal.
      signature: record.signatureRef ? await signatures.signatureBytes(ctx, record.signatureRef) : null,
      signedAt: null,
      findings: findingsWithThirdParty(record),
      refusal: record.refusalReason
        ? {
            reason: record.refusalReason,
            witness: record.witness ? { name: record.witness, role: null, signature: null } : null,
          }
        : null,
    },
  };
}

/** 检查报告 (as it stands: submitted, returned or approved). */
export async function inspectionReportForm(
  ctx: RequestContext,
  inspectionId: string,
): Promise<{ data: InspectionReportData; targetName: string }> {
  const inspection = await visibleInspection(ctx, inspectionId);
  const report = await ctx.em.findOne(InspectionReport, { inspectionId: inspection.id });
  const record = await latestRecord(ctx, inspection.id);
  if (!report || !record) throw notFound('检查报告');
  const bureau = await bureauOf(ctx, inspection.bureauId);
  const target = await formTarget(ctx, inspection.targetId);
  const notice = await ctx.em.findOne(
    RectificationNotice,
    { inspectionId: inspection.id },
    { orderBy: { issuedAt: 'desc' } },
  );
  const reviewer =
    report.status === 'APPROVED' && report.reviewedBy ? await ctx.em.findOne(User, { id: report.reviewedBy }) : null;
  const lines = (s: string) =>
    s
      .split(/\r?\n|；/)
      .map((x) => x.trim())
      .filter(Boolean);
  return {
    targetName: target.name,
    data: {
      bureauName: bureau.name,
      documentNo: report.documentNo ?? UNNUMBERED,
      taskName: await taskName(ctx, inspection),
      target,
      startedAt: record.checkedFrom,
      endedAt: record.checkedTo,
      content: lines(report.content),
      steps: lines(report.steps),
      findings: report.findings,
      assessment: report.assessment,
      nonCooperation: record.nonCooperation.map((n) => ({ kind: n.kind, note: n.detail })),
      opinion: { kind: report.opinion, detail: report.opinionDetail },
      rectificationNoticeNo: notice?.documentNo ?? null,
      suggestions: report.suggestions,
      inspectors: await formInspectors(ctx, record.present),
      reportedOn: chinaDay(report.submittedAt),
      reviewer: reviewer
        ? {
            name: reviewer.displayName,
            post: await postOf(ctx, reviewer),
            reviewedOn: report.reviewedAt ? chinaDay(report.reviewedAt) : null,
            comment: report.reviewComment,
          }
        : null,
    },
  };
}

/** 责令整改通知书 by the notice's id. */
export async function rectificationNoticeForm(
  ctx: RequestContext,
  noticeId: string,
): Promise<{ data: RectificationNoticeData; targetName: string }> {
  const notice = await findInScope(ctx, RectificationNotice, noticeId, '整改通知书');
  const inspection = await visibleInspection(ctx, notice.inspectionId);
  // The issuing bureau: for a superior's inspection that is the bureau below that handles the findings (R41).
  const bureau = await bureauOf(ctx, notice.bureauId);
  const target = await formTarget(ctx, inspection.targetId);
  const issuer = await ctx.em.findOne(User, { id: notice.issuedBy });
  const settings = await ctx.loaders.settingsOfBureau.load(notice.bureauId);
  const lines = (s: string) =>
    s
      .split(/\r?\n|[；;](?=\s*(?:\d{1,3}\s*[.、．）)]|[（(]\d{1,3}[）)]|[\u2460-\u2473]))/u)
      .map((x) => x.trim())
      .filter(Boolean);
  return {
    targetName: target.name,
    data: {
      bureauName: bureau.name,
      documentNo: notice.documentNo,
      target,
      findings: lines(notice.findings),
      legalBasis: lines(notice.legalBasis),
      deadline: notice.deadline,
      issuedOn: chinaDay(notice.issuedAt),
      contact: { name: notice.contactName ?? issuer?.displayName ?? '', phone: notice.contactPhone },
      remedyNotice: settings?.noticeRemedyStatement === false ? null : remedyStatement(bureau.name),
    },
  };
}

/** The reviewer's post: their entry in the inspector directory (职务), else their role in their department. */
async function postOf(ctx: RequestContext, user: User): Promise<string> {
  const entry = await ctx.em.findOne(Inspector, { userId: user.id, bureauId: user.bureauId, post: { $ne: null } });
  if (entry?.post?.trim()) return entry.post.trim();
  const department = (await ctx.loaders.department.load(user.departmentId))?.name ?? '';
  const role = user.roles.includes('DEPARTMENT_HEAD') ? '负责人' : ROLE_LABELS[user.roles[0] ?? 'INSPECTOR'];
  return `${department}${role}`;
}
