import { uuidv7 } from 'uuidv7';
import {
  DomainError,
  NON_COOPERATION_LABELS,
  checkConfirmation,
  checkThirdParty,
  checkPresentTeam,
  chinaDay,
  textOrNull,
  validateChecklist,
  type ChecklistAnswer,
} from '@dsr/domain';
import {
  Evidence,
  Inspection,
  InspectionItemVersion,
  InspectionMember,
  InspectionRecord,
  Inspector,
  TargetRiskEntry,
} from '@dsr/db';
import type { PresentInspector } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { nextDocumentNo } from './document-numbers';
import { evidenceIdOf } from './evidence-intake';
import { handlingOf } from './handling';
import { requireNotRecusedOnRecord } from './team-eligibility';
import { memberInspection } from './inspection.access';
import { checkRecordDates } from './inspection-dates';
import type { LateEntry } from '../../common/late-entry';
import { recordHandledRefusal } from './inspection.queries';
import { keepTwoYearsFromToday } from './inspection-progress';
import type { InspectionRecordInput } from './record.types';
import { AT_NEXT_TICK, type RunSoon } from '../../common/run-soon';

/**
 * Who may reopen a closed inspection for a correction of its record: a superior's re-check finding the
 * caller's bureau must answer (R54; the supervision module, handed over by services.ts).
 */
export interface ClosedCorrections {
  openFindingOn(ctx: RequestContext, inspectionId: string): Promise<boolean>;
}

/** The on-site record (R36–R38, R44, R45): submitted once by a team member, corrected by new revisions. */
export class InspectionRecordService {
  constructor(
    private readonly corrections: ClosedCorrections = { openFindingOn: () => Promise.resolve(false) },
    /** R47: a check's end gives the publication clock a result to open (run once this commits). */
    private readonly publicationClockSoon: RunSoon = AT_NEXT_TICK,
  ) {}

  async submitRecord(
    ctx: RequestContext,
    input: InspectionRecordInput,
    correction: boolean,
  ): Promise<InspectionRecord> {
    const p = signedIn(ctx);
    const inspection = await memberInspection(ctx, input.inspectionId);
    // R54: a closed inspection takes a correction while a superior's re-check finding on it is open.
    const reopened =
      correction && inspection.status === 'CLOSED' && (await this.corrections.openFindingOn(ctx, inspection.id));
    const { previous, reason, lateEntry } = await checkRevision(ctx, inspection, input, correction, reopened);
    const methods = [...new Set(input.methods)];
    const confirmation = {
      signature: textOrNull(input.signatureRef),
      refusal: textOrNull(input.refusalReason),
      witness: textOrNull(input.witness),
      onSite: methods.includes('ON_SITE'), // R44: online monitoring and other checks without a visit
    };
    checkConfirmation(confirmation);
    const thirdParty = { body: textOrNull(input.thirdPartyBody), reportNo: textOrNull(input.thirdPartyReportNo) };
    checkThirdParty(methods, thirdParty);
    const signature = confirmation.signature ? await signatureEvidence(ctx, inspection, confirmation.signature) : null;
    const days = { from: chinaDay(input.checkedFrom), to: chinaDay(input.checkedTo) };
    const present = await presentInspectors(ctx, inspection, input.presentInspectorIds, previous, days);
    const answers = await checklistAnswers(ctx, inspection, input);
    const record = ctx.em.create(InspectionRecord, {
      id: uuidv7(),
      ...ownedBy(p),
      inspectionId: inspection.id,
      ...handlingOf(inspection),
      documentNo:
        previous?.documentNo ??
        (await nextDocumentNo(ctx, 'ON_SITE_RECORD', inspection.leadDepartmentId, input.checkedFrom)),
      revision: (previous?.revision ?? 0) + 1,
      correctionReason: correction ? reason : null,
      checkedFrom: input.checkedFrom,
      checkedTo: input.checkedTo,
      place: input.place.trim(),
      present,
      answers,
      methods,
      findings: input.findings.trim(),
      representative: input.representative.trim(),
      signatureRef: signature ? `evidence:${signature.id}` : null,
      refusalReason: confirmation.refusal,
      witness: confirmation.witness,
      thirdPartyBody: thirdParty.body,
      thirdPartyReportNo: thirdParty.reportNo,
      nonCooperation: input.nonCooperation.map((x) => ({ kind: x.kind, detail: textOrNull(x.detail) })),
      submittedBy: p.userId,
      submittedAt: new Date(),
    });
    keepTwoYearsFromToday(inspection);
    if (!correction) await startClocks(ctx, inspection, input.checkedTo, this.publicationClockSoon);
    const riskEntryId = await raiseRefusalRisk(ctx, p, inspection, record, correction);
    await auditRecord(ctx, { correction, inspection, record, previous, signature, riskEntryId, lateEntry });
    return record;
  }
}

/** The inspection takes a record (or a correction of the last one) and its times are acceptable (R36). */
async function checkRevision(
  ctx: RequestContext,
  inspection: Inspection,
  input: InspectionRecordInput,
  correction: boolean,
  reopened = false,
) {
  if (inspection.status === 'CLOSED' && !reopened)
    throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再提交记录', 'inspectionId');
  if (inspection.status === 'CANCELLED') {
    throw new DomainError('INSPECTION_CANCELLED', '检查已取消（所属抽取被重抽取代），不能提交记录', 'inspectionId');
  }
  const previous = await ctx.em.findOne(
    InspectionRecord,
    { inspectionId: inspection.id },
    { orderBy: { revision: 'desc' } },
  );
  const lateEntry = checkRecordDates(
    ctx,
    inspection,
    input.checkedFrom,
    input.checkedTo,
    input.lateEntryReason,
    correction ? previous : null,
  );
  const reason = textOrNull(input.correctionReason);
  if (correction) {
    if (!previous) throw new DomainError('NO_RECORD_TO_CORRECT', '尚无现场检查记录，不能更正', 'inspectionId');
    if (!reason || reason.length < 4)
      throw new DomainError('REASON_REQUIRED', '请写明更正理由（至少 4 个字）', 'correctionReason');
  } else if (previous) {
    throw conflict('现场检查记录已提交，不可修改；如需更正，请提交更正修订并写明理由', { recordId: previous.id });
  }
  return { previous, reason, lateEntry };
}

/** R36: the signature or seal is a PNG evidence of this inspection (uploaded as SIGNATURE), named `evidence:<id>` or by its id. */
async function signatureEvidence(ctx: RequestContext, inspection: Inspection, ref: string): Promise<Evidence> {
  const evidenceId = evidenceIdOf(ref);
  const evidence = evidenceId ? await ctx.em.findOne(Evidence, { id: evidenceId, inspectionId: inspection.id }) : null;
  if (!evidence || evidence.kind !== 'SIGNATURE' || evidence.mime !== 'image/png') {
    throw new DomainError(
      'SIGNATURE_NOT_EVIDENCE',
      '签字盖章须引用本次检查已上传的签字图片（PNG，类别 SIGNATURE），格式为 evidence:<证据编号>',
      'signatureRef',
    );
  }
  return evidence;
}

/**
 * R29, R36: the active members present, with name and warrant number as the directory has them now.
 * R13: one the directory no longer has in post (suspended, left) is not written in as present on a new
 * record; a correction may keep those its previous revision named — they were there when the check was
 * done — but adds none. R30: nor is one recused from the target on the days of the check (a conflict
 * declared after the team was drawn: the office swaps them out first).
 */
async function presentInspectors(
  ctx: RequestContext,
  inspection: Inspection,
  presentIds: readonly string[],
  previous: InspectionRecord | null,
  days: { from: string; to: string },
): Promise<PresentInspector[]> {
  const members = await ctx.em.find(InspectionMember, { inspectionId: inspection.id, leftAt: null });
  const ids = checkPresentTeam(presentIds, new Set(members.map((m) => m.inspectorId)));
  const directory = new Map((await ctx.em.find(Inspector, { id: { $in: ids } })).map((i) => [i.id, i]));
  const named = new Set(previous?.present.map((x) => x.inspectorId));
  const inactive = ids.map((id) => directory.get(id)).find((i) => i && i.status !== 'ACTIVE' && !named.has(i.id));
  if (inactive) {
    const state = inactive.status === 'LEFT' ? '已调离' : '暂停';
    throw new DomainError(
      'INSPECTOR_NOT_ACTIVE',
      `“${inactive.name}”在执法检查人员名录中的状态为“${state}”，不能记为到场检查人员（R13）`,
      'presentInspectorIds',
      { inspectorId: inactive.id, status: inactive.status },
    );
  }
  await requireNotRecusedOnRecord(
    ctx,
    inspection.targetId,
    ids.filter((id) => !named.has(id)),
    days,
    directory,
  );
  // checkPresentTeam keeps only ids of active members: each has its member row.
  return ids.flatMap((id) => {
    const member = members.find((m) => m.inspectorId === id);
    if (!member) return [];
    const inspector = directory.get(id);
    return [
      {
        inspectorId: id,
        name: inspector?.name ?? '',
        departmentId: member.departmentId,
        warrantNo: inspector?.warrantNo ?? null,
      },
    ];
  });
}

/** R45: the checklist comes from the item versions frozen with the inspection. */
async function checklistAnswers(
  ctx: RequestContext,
  inspection: Inspection,
  input: InspectionRecordInput,
): Promise<ChecklistAnswer[]> {
  const versions = new Map(
    (await ctx.em.find(InspectionItemVersion, { id: { $in: inspection.itemVersionIds } })).map((v) => [v.id, v]),
  );
  return validateChecklist(inspection.itemVersionIds, versions, input.answers);
}

/**
 * The check's end starts its clocks: R39's report, due n working days later (bureau setting, default 3), and
 * R47's publication — its clock asked to run once this commits, so 待公示 shows the result at once.
 */
async function startClocks(
  ctx: RequestContext,
  inspection: Inspection,
  checkedTo: Date,
  publicationClockSoon: RunSoon,
): Promise<void> {
  const ended = chinaDay(checkedTo);
  const n = (await ctx.loaders.settingsOfBureau.load(inspection.bureauId))?.reportDueWorkingDays ?? 3;
  const due = (await calendarFor(ctx.em)).addWorkingDays(ended, n);
  Object.assign(inspection, {
    status: 'RECORDED',
    checkEndedOn: ended,
    reportDue: due.date,
    reportDueEstimated: due.estimated,
  });
  await publicationClockSoon(ctx.em);
}

/**
 * R37 → R10: non-cooperation found on site raises the target's risk (a dated factor, as the
 * registry keeps them), not by a correction; flushes the record. For a superior's check (R41) the factor goes to the
 * target's bureau's directory, through the reviewed function.
 */
async function raiseRefusalRisk(
  ctx: RequestContext,
  p: Principal,
  inspection: Inspection,
  record: InspectionRecord,
  correction: boolean,
): Promise<string | null> {
  if (correction || !record.nonCooperation.length) {
    await ctx.em.flush();
    return null;
  }
  const since = chinaDay(record.checkedTo);
  const source = `现场检查记录（检查 ${inspection.id}）：${record.nonCooperation.map((x) => NON_COOPERATION_LABELS[x.kind]).join('、')}`;
  const id = uuidv7();
  if (!inspection.handlingBureauId) {
    ctx.em.create(TargetRiskEntry, {
      id,
      ...ownedBy(p),
      targetId: inspection.targetId,
      kind: 'FACTOR',
      code: 'REFUSED_CHECK',
      since,
      until: null,
      source,
      note: null,
      recordedBy: p.userId,
      createdAt: new Date(),
    });
    await ctx.em.flush();
    return id;
  }
  await ctx.em.flush();
  await recordHandledRefusal(ctx, { id, inspectionId: inspection.id, since, source, recordedBy: p.userId });
  return id;
}

interface RecordWritten {
  correction: boolean;
  inspection: Inspection;
  record: InspectionRecord;
  previous: InspectionRecord | null;
  signature: Evidence | null;
  riskEntryId: string | null;
  lateEntry: LateEntry | null;
}

/** The audit entry of a record or a correction: what it says, the signature's hash, the report's due day. */
async function auditRecord(ctx: RequestContext, w: RecordWritten): Promise<void> {
  const { inspection, record, previous, signature } = w;
  await recordAudit(ctx, {
    operation: w.correction ? 'CORRECT_INSPECTION_RECORD' : 'SUBMIT_INSPECTION_RECORD',
    objectType: 'InspectionRecord',
    objectId: record.id,
    before: previous ? { recordId: previous.id, revision: previous.revision } : null,
    after: {
      inspectionId: inspection.id,
      revision: record.revision,
      abnormal: record.answers.filter((a) => a.result === 'ABNORMAL').length,
      signed: !!signature,
      signature: signature ? { evidenceId: signature.id, sha256: signature.sha256 } : null,
      refusal: record.refusalReason,
      witness: record.witness,
      methods: record.methods,
      ...(record.thirdPartyBody
        ? { thirdParty: { body: record.thirdPartyBody, reportNo: record.thirdPartyReportNo } }
        : {}),
      nonCooperation: record.nonCooperation.map((x) => x.kind),
      reason: record.correctionReason,
      reportDue: inspection.reportDue,
      riskEntryId: w.riskEntryId,
      ...(w.lateEntry ? { lateEntry: w.lateEntry } : {}),
    },
  });
}
