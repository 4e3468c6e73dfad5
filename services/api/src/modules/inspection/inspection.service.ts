import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { DomainError, chinaDay, parseIsoDate, retentionFloor, type DrawResult, type DrawSnapshot } from '@dsr/domain';
import {
  Draw, DrawSelection, DrawSwap, Evidence, Inspection, InspectionItemVersion, InspectionMember, InspectionRecord, InspectionReport, InspectionSource, Inspector,
  PlanRound, PlanTask, RectificationDraft, RectificationNotice, Target, TargetRiskEntry, User, type ChecklistAnswer, type InspectionStatus,
} from '@dsr/db';
import type { RequestContext } from '../../context';
import { nextDocumentNo } from './document-numbers';
import { createDraft, createNotice, openDraft, requireNoticeIssuer } from './rectification-issuing';
import { conflict, forbidden, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { isUuid, validIds } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { currentTeams } from '@dsr/domain';
import { targetsUnderDirectCheck } from './direct-check';
import { executeBound, insertRows } from '../../common/bound-sql';
import { handlingColumns, handlingOf, type Handling } from './handling';
import { drawAmendments } from './draw-amendments';

const INSPECTION_COLUMNS = {
  id: 'uuid', tenant_id: 'uuid', bureau_id: 'uuid', scope_path: 'ltree', kind: 'text', target_id: 'uuid', lead_department_id: 'uuid',
  department_ids: 'uuid[]', item_version_ids: 'uuid[]', status: 'text', window_start: 'date', window_end: 'date', retention_until: 'date',
  created_by: 'uuid', created_at: 'timestamptz', handling_bureau_id: 'uuid', handling_scope_path: 'ltree',
};
const MEMBER_COLUMNS = {
  id: 'uuid', tenant_id: 'uuid', bureau_id: 'uuid', scope_path: 'ltree', inspection_id: 'uuid', inspector_id: 'uuid', department_id: 'uuid',
  joined_via: 'text', joined_at: 'timestamptz', handling_bureau_id: 'uuid', handling_scope_path: 'ltree',
};
const SOURCE_COLUMNS = {
  id: 'uuid', tenant_id: 'uuid', bureau_id: 'uuid', scope_path: 'ltree', inspection_id: 'uuid', draw_selection_id: 'uuid', draw_id: 'uuid',
  task_id: 'uuid', round_id: 'uuid', created_at: 'timestamptz',
};
import { evidenceIdOf } from './evidence.service';
import { checkRecordDates, checkScheduleDate, lateness } from './inspection-dates';
import type {
  ChangeInspectionMemberInput, CreateDirectCheckInput, FollowUpInput, InspectionFilter, InspectionRecordInput, InspectionReportInput,
  IssueRectificationInput, LinkInspectorUserInput, PenaltyDecisionInput, ReviewInspectionReportInput, ScheduleInspectionInput,
} from './inspection.types';

const ITEM_FROZEN = ['PUBLISHED', 'SUPERSEDED', 'RETIRED'];
const NON_COOPERATION_LABELS: Record<string, string> = {
  BLOCKED_ENTRY: '拒绝、阻碍进入', BLOCKED_QUESTIONING: '拒绝、阻碍询问', REFUSED_DOCUMENTS: '无正当理由拒绝提供资料', FALSE_INFORMATION: '提供虚假情况', OTHER: '其他不配合',
};
const BUREAU_WIDE = ['ADMIN', 'COORDINATOR', 'LEADER', 'OVERSIGHT'] as const;

/**
 * Inspections (issue 5): matched from draws (R32, R35) or opened directly (R23); the on-site
 * record (R36–R38), the report on a working-day deadline (R39) and rectification (R40).
 * Who may touch an inspection is decided in the access helpers at the end, in one place.
 */
export class InspectionService {
  // ─── matching (R32, R35) ───

  /**
   * Turns the selections of a drawn draw into inspections: a target already on an open inspection
   * of this bureau whose window overlaps this round's joins it (a joint inspection: union of teams,
   * items and departments, the window narrowed to the overlap, the lead kept); otherwise a new one,
   * led by the task's first department (the initiating department). Idempotent: selections already
   * matched are skipped.
   */
  async matchDraw(ctx: RequestContext, drawId: string): Promise<Inspection[]> {
    const p = ctx.principal!;
    const draw = isUuid(drawId) ? await ctx.em.findOne(Draw, { id: drawId, bureauId: p.bureauId }, { populate: ['snapshot', 'result'] as never }) : null;
    if (!draw) throw notFound('抽取记录');
    if (draw.status !== 'DRAWN') throw new DomainError('DRAW_NOT_RUN', '抽取尚未完成，不能匹配检查', 'drawId');
    if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id })) throw conflict('该抽取已被重抽取代，请匹配新的抽取', { drawId: draw.id });
    const [task, round] = [await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId }), await ctx.em.findOneOrFail(PlanRound, { id: draw.roundId })];
    const selections = await ctx.em.find(DrawSelection, { drawId: draw.id }, { orderBy: { position: 'asc' } });
    const teams = currentTeams(JSON.parse(draw.result!) as DrawResult, await ctx.em.find(DrawSwap, { drawId: draw.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }));
    const departmentOf = new Map((JSON.parse(draw.snapshot) as DrawSnapshot).inspectors.map((i) => [i.id, i.department]));
    const handlingOf = await this.handlingBureaus(ctx, task, selections.map((s) => s.targetId));
    // Matching runs one at a time per bureau: two draws of the same target matched at once must meet in one inspection.
    await ctx.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`match-inspections:${p.bureauId}`]);
    const done = new Set((await ctx.em.find(InspectionSource, { drawId: draw.id })).map((s) => s.drawSelectionId));
    const pending = selections.filter((s) => !done.has(s.id));
    const open = pending.length
      ? await ctx.em.find(Inspection, {
          bureauId: p.bureauId, kind: 'DRAWN', status: { $in: ['MATCHED', 'SCHEDULED'] }, targetId: { $in: pending.map((s) => s.targetId) },
          windowStart: { $lte: round.windowEnd }, windowEnd: { $gte: round.windowStart },
        }, { orderBy: { id: 'asc' } })
      : [];
    const now = new Date();
    const placed: { s: DrawSelection; inspectionId: string; team: string[]; handling: Handling | undefined }[] = [];
    const joined = new Set<string>();
    const created: Record<string, unknown>[] = [];
    for (const s of pending) {
      const team = teams.get(s.targetId) ?? s.inspectorIds;
      // A visit already fixed on a day outside this round's window is not joined: a new inspection is opened.
      const inspection = open.find((i) => i.targetId === s.targetId && (!i.scheduledOn || (i.scheduledOn >= round.windowStart && i.scheduledOn <= round.windowEnd)));
      if (inspection) {
        inspection.itemVersionIds = union(inspection.itemVersionIds, task.itemVersionIds);
        inspection.departmentIds = union(inspection.departmentIds, task.departmentIds);
        inspection.windowStart = maxDay(inspection.windowStart, round.windowStart);
        inspection.windowEnd = minDay(inspection.windowEnd, round.windowEnd);
        joined.add(inspection.id);
        placed.push({ s, inspectionId: inspection.id, team, handling: handlingOf.get(s.targetId) });
      } else {
        const id = uuidv7();
        created.push({
          id, tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath, kind: 'DRAWN', target_id: s.targetId,
          lead_department_id: task.departmentIds[0]!, department_ids: [...task.departmentIds], item_version_ids: [...task.itemVersionIds], status: 'MATCHED',
          window_start: round.windowStart, window_end: round.windowEnd, retention_until: retentionFloor(chinaDay(now)), created_by: p.userId, created_at: now,
          ...handlingColumns(handlingOf.get(s.targetId)),
        });
        placed.push({ s, inspectionId: id, team, handling: handlingOf.get(s.targetId) });
      }
    }
    // New inspections, their members and sources go in as bound multi-row inserts, outside the unit
    // of work: a round of 5,000 targets makes 25,000 rows, which a flush (or inlined SQL) handles slowly.
    await ctx.em.flush();
    await insertRows(ctx, 'inspection', INSPECTION_COLUMNS, created);
    const existingMembers = joined.size ? await ctx.em.find(InspectionMember, { inspectionId: { $in: [...joined] } }) : [];
    const memberKeys = new Set(existingMembers.map((m) => `${m.inspectionId}:${m.inspectorId}`));
    const members: Record<string, unknown>[] = [];
    const sources: Record<string, unknown>[] = [];
    for (const { s, inspectionId, team, handling } of placed) {
      for (const inspectorId of team) {
        const key = `${inspectionId}:${inspectorId}`;
        if (memberKeys.has(key)) continue;
        memberKeys.add(key);
        members.push({
          id: uuidv7(), tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath, inspection_id: inspectionId, inspector_id: inspectorId,
          department_id: departmentOf.get(inspectorId)!, joined_via: 'DRAW', joined_at: now, ...handlingColumns(handling),
        });
      }
      sources.push({
        id: uuidv7(), tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath, inspection_id: inspectionId, draw_selection_id: s.id,
        draw_id: draw.id, task_id: draw.taskId, round_id: draw.roundId, created_at: now,
      });
    }
    await insertRows(ctx, 'inspection_member', MEMBER_COLUMNS, members);
    await insertRows(ctx, 'inspection_source', SOURCE_COLUMNS, sources);
    const touchedIds = [...new Set(placed.map((x) => x.inspectionId))];
    const touched = new Map((touchedIds.length ? await ctx.em.find(Inspection, { id: { $in: touchedIds } }, { orderBy: { id: 'asc' } }) : []).map((i) => [i.id, i]));
    await ctx.em.flush();
    const list = [...touched.values()];
    await recordAudit(ctx, { operation: 'MATCH_INSPECTIONS', objectType: 'Draw', objectId: draw.id,
      after: { selections: pending.length, inspections: list.map((i) => ({ id: i.id, targetId: i.targetId, departments: i.departmentIds.length })) } });
    return list;
  }

  /** R41: for a task that covers bureaus below, the handling bureau of each target that belongs to one of them. */
  private async handlingBureaus(ctx: RequestContext, task: PlanTask, targetIds: readonly string[]): Promise<Map<string, Handling>> {
    if (!task.subordinateBureauIds.length || !targetIds.length) return new Map();
    const rows = await executeBound<{ id: string; bureau_id: string; path: string }>(ctx,
      `select t.id, t.bureau_id, b.path::text as path from target t join bureau b on b.id = t.bureau_id
        where t.id = any(?::uuid[]) and t.bureau_id = any(?::uuid[])`,
      [`{${targetIds.join(',')}}`, `{${task.subordinateBureauIds.join(',')}}`]);
    return new Map(rows.map((r) => [r.id, { bureauId: r.bureau_id, scopePath: r.path }]));
  }

  /** R30/R31: what swaps and redraws change in the work, for the draw module through the service registry. */
  readonly drawAmendments = drawAmendments;

  // ─── direct checks (R23, R24) ───

  /** For the draw's snapshot (through the service registry, so the draw module does not import this one). */
  targetsUnderDirectCheck(ctx: RequestContext, bureauIds: readonly string[], windowStart: string, windowEnd: string): Promise<Set<string>> {
    return targetsUnderDirectCheck(ctx.em, bureauIds, windowStart, windowEnd);
  }

  async createDirectCheck(ctx: RequestContext, input: CreateDirectCheckInput): Promise<Inspection> {
    const p = ctx.principal!;
    const windowStart = parseIsoDate(input.windowStart, 'windowStart');
    const windowEnd = parseIsoDate(input.windowEnd, 'windowEnd');
    if (windowEnd < windowStart) throw new DomainError('WINDOW_INVALID', '检查时段止不能早于起', 'windowEnd');
    const target = isUuid(input.targetId) ? await ctx.em.findOne(Target, { id: input.targetId, bureauId: p.bureauId }) : null;
    if (!target) throw notFound('检查对象');
    const versions = await ctx.em.find(InspectionItemVersion, { id: { $in: validIds(input.itemVersionIds) } });
    const missing = input.itemVersionIds.find((id) => !versions.some((v) => v.id === id && ITEM_FROZEN.includes(v.status)));
    if (missing) throw new DomainError('ITEM_NOT_PUBLISHED', '检查事项须为已发布的事项版本', 'itemVersionIds', { itemVersionId: missing });
    const ids = [...new Set(input.inspectorIds)];
    const inspectors = await ctx.em.find(Inspector, { id: { $in: validIds(ids) }, bureauId: p.bureauId, status: 'ACTIVE' });
    if (inspectors.length !== ids.length) throw new DomainError('INSPECTOR_NOT_AVAILABLE', '检查人员须为本单位在岗的执法检查人员', 'inspectorIds');
    if (ids.length < 2) throw new DomainError('TEAM_TOO_SMALL', '检查人员至少 2 人（R29）', 'inspectorIds');
    const now = new Date();
    const departmentIds = union([p.departmentId], inspectors.map((i) => i.departmentId));
    const inspection = ctx.em.create(Inspection, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, kind: 'DIRECT', targetId: target.id,
      leadDepartmentId: p.departmentId, departmentIds, itemVersionIds: [...new Set(input.itemVersionIds)], status: 'MATCHED', windowStart, windowEnd,
      scheduledOn: null, directReason: input.reason, directReference: input.reference.trim(), checkEndedOn: null, reportDue: null, reportDueEstimated: null,
      retentionUntil: retentionFloor(chinaDay(now)), createdBy: p.userId, createdAt: now, version: 1,
    });
    await ctx.em.flush();
    for (const i of inspectors) {
      ctx.em.create(InspectionMember, { id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id,
        inspectorId: i.id, departmentId: i.departmentId, joinedVia: 'DIRECT', joinedAt: now, leftAt: null, leftReason: null, version: 1 });
    }
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'CREATE_DIRECT_CHECK', objectType: 'Inspection', objectId: inspection.id,
      after: { targetId: target.id, reason: input.reason, reference: inspection.directReference, windowStart, windowEnd, inspectors: ids, items: inspection.itemVersionIds } });
    return inspection;
  }

  // ─── team and schedule ───

  /** The lead department (or the coordinating office) fixes the visit's day, inside the window. */
  async schedule(ctx: RequestContext, input: ScheduleInspectionInput): Promise<Inspection> {
    const p = ctx.principal!;
    const inspection = await this.ownInspection(ctx, input.inspectionId);
    if (!this.bureauWide(ctx) && p.departmentId !== inspection.leadDepartmentId) throw forbidden('只有牵头部门或双随机办可以安排检查日期（R35）');
    if (!['MATCHED', 'SCHEDULED'].includes(inspection.status)) throw new DomainError('INSPECTION_ALREADY_RECORDED', '已提交现场检查记录，不能再改检查日期', 'inspectionId');
    const date = parseIsoDate(input.date, 'date');
    const lateEntry = checkScheduleDate(ctx, inspection, date, input.lateEntryReason);
    if (input.version !== inspection.version) throw conflict('记录已被他人修改，请刷新后重试');
    const before = inspection.scheduledOn;
    inspection.scheduledOn = date;
    inspection.status = 'SCHEDULED';
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'SCHEDULE_INSPECTION', objectType: 'Inspection', objectId: inspection.id, before: { scheduledOn: before },
      after: { scheduledOn: date, ...(lateEntry ? { lateEntry } : {}) } });
    return inspection;
  }

  /** Joining an inspection goes through the coordinating office only, audited. */
  async join(ctx: RequestContext, input: ChangeInspectionMemberInput): Promise<Inspection> {
    const p = ctx.principal!;
    const inspection = await this.ownInspection(ctx, input.inspectionId);
    this.requireOpenTeam(inspection);
    const inspector = isUuid(input.inspectorId) ? await ctx.em.findOne(Inspector, { id: input.inspectorId, bureauId: p.bureauId, status: 'ACTIVE' }) : null;
    if (!inspector) throw notFound('检查人员');
    const existing = await ctx.em.findOne(InspectionMember, { inspectionId: inspection.id, inspectorId: inspector.id });
    if (existing && !existing.leftAt) throw conflict('该人员已在检查组中');
    if (existing) {
      existing.leftAt = null;
      existing.leftReason = null;
      existing.joinedVia = 'COORDINATOR';
      existing.joinedAt = new Date();
    } else {
      ctx.em.create(InspectionMember, { id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id, ...handlingOf(inspection),
        inspectorId: inspector.id, departmentId: inspector.departmentId, joinedVia: 'COORDINATOR', joinedAt: new Date(), leftAt: null, leftReason: null, version: 1 });
    }
    inspection.departmentIds = union(inspection.departmentIds, [inspector.departmentId]);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'JOIN_INSPECTION', objectType: 'Inspection', objectId: inspection.id,
      after: { inspectorId: inspector.id, departmentId: inspector.departmentId, reason: input.reason.trim() } });
    return inspection;
  }

  async leave(ctx: RequestContext, input: ChangeInspectionMemberInput): Promise<Inspection> {
    const inspection = await this.ownInspection(ctx, input.inspectionId);
    this.requireOpenTeam(inspection);
    const member = isUuid(input.inspectorId) ? await ctx.em.findOne(InspectionMember, { inspectionId: inspection.id, inspectorId: input.inspectorId, leftAt: null }) : null;
    if (!member) throw notFound('检查组成员');
    const remaining = await ctx.em.count(InspectionMember, { inspectionId: inspection.id, leftAt: null, id: { $ne: member.id } });
    if (remaining < 2) throw new DomainError('TEAM_TOO_SMALL', '退出后检查组不足 2 人（R29），请先加入替补人员', 'inspectorId');
    member.leftAt = new Date();
    member.leftReason = input.reason.trim();
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'LEAVE_INSPECTION', objectType: 'Inspection', objectId: inspection.id,
      after: { inspectorId: member.inspectorId, departmentId: member.departmentId, reason: member.leftReason } });
    return inspection;
  }

  /** "My inspections": an administrator links a directory entry to the user who is that inspector. */
  async linkInspectorUser(ctx: RequestContext, input: LinkInspectorUserInput): Promise<Inspector> {
    const p = ctx.principal!;
    const inspector = isUuid(input.inspectorId) ? await ctx.em.findOne(Inspector, { id: input.inspectorId, bureauId: p.bureauId }) : null;
    if (!inspector) throw notFound('检查人员');
    if (input.userId) {
      const user = isUuid(input.userId) ? await ctx.em.findOne(User, { id: input.userId, bureauId: p.bureauId }) : null;
      if (!user) throw notFound('用户');
      // One entry per department: an officer in several departments' directories (R17) is linked to each.
      const other = await ctx.em.findOne(Inspector, { userId: user.id, departmentId: inspector.departmentId, id: { $ne: inspector.id } });
      if (other) throw conflict('该用户已关联本部门的另一检查人员条目', { inspectorId: other.id });
    }
    const before = inspector.userId;
    inspector.userId = input.userId ?? null;
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'LINK_INSPECTOR_USER', objectType: 'Inspector', objectId: inspector.id, before: { userId: before }, after: { userId: inspector.userId } });
    return inspector;
  }

  // ─── on-site record (R36–R38, R44, R45) ───

  async submitRecord(ctx: RequestContext, input: InspectionRecordInput, correction: boolean): Promise<InspectionRecord> {
    const p = ctx.principal!;
    const inspection = await this.memberInspection(ctx, input.inspectionId);
    if (inspection.status === 'CLOSED') throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再提交记录', 'inspectionId');
    if (inspection.status === 'CANCELLED') throw new DomainError('INSPECTION_CANCELLED', '检查已取消（所属抽取被重抽取代），不能提交记录', 'inspectionId');
    const previous = await ctx.em.findOne(InspectionRecord, { inspectionId: inspection.id }, { orderBy: { revision: 'desc' } });
    const lateEntry = checkRecordDates(ctx, inspection, input.checkedFrom, input.checkedTo, input.lateEntryReason, correction ? previous : null);
    const reason = input.correctionReason?.trim() || null;
    if (correction) {
      if (!previous) throw new DomainError('NO_RECORD_TO_CORRECT', '尚无现场检查记录，不能更正', 'inspectionId');
      if (!reason || reason.length < 4) throw new DomainError('REASON_REQUIRED', '请写明更正理由（至少 4 个字）', 'correctionReason');
    } else if (previous) {
      throw conflict('现场检查记录已提交，不可修改；如需更正，请提交更正修订并写明理由', { recordId: previous.id });
    }
    const signature = input.signatureRef?.trim() || null;
    const refusal = input.refusalReason?.trim() || null;
    const witness = input.witness?.trim() || null;
    if (signature && refusal) throw new DomainError('SIGNATURE_AND_REFUSAL', '签字盖章与“未能签字的原因”只能填写其一（R36）', 'refusalReason');
    if (!signature && !refusal) throw new DomainError('CONFIRMATION_REQUIRED', '须有检查对象签字盖章，或写明未能签字的原因（R36）', 'signatureRef');
    if (witness && !refusal) throw new DomainError('WITNESS_WITHOUT_REFUSAL', '见证人只在检查对象未签字时填写', 'witness');
    // R36: the signature or seal is a PNG evidence of this inspection (uploaded as SIGNATURE), named `evidence:<id>` or by its id.
    let signatureEvidence: Evidence | null = null;
    if (signature) {
      const evidenceId = evidenceIdOf(signature);
      signatureEvidence = evidenceId ? await ctx.em.findOne(Evidence, { id: evidenceId, inspectionId: inspection.id }) : null;
      if (!signatureEvidence || signatureEvidence.kind !== 'SIGNATURE' || signatureEvidence.mime !== 'image/png') {
        throw new DomainError('SIGNATURE_NOT_EVIDENCE', '签字盖章须引用本次检查已上传的签字图片（PNG，类别 SIGNATURE），格式为 evidence:<证据编号>', 'signatureRef');
      }
    }

    const members = await ctx.em.find(InspectionMember, { inspectionId: inspection.id, leftAt: null });
    const presentIds = [...new Set(input.presentInspectorIds)];
    const stranger = presentIds.find((id) => !members.some((m) => m.inspectorId === id));
    if (stranger) throw new DomainError('NOT_ON_INSPECTION', '到场检查人员须为本次检查的检查组成员', 'presentInspectorIds', { inspectorId: stranger });
    if (presentIds.length < 2) throw new DomainError('TEAM_TOO_SMALL', '到场检查人员至少 2 人（R29）', 'presentInspectorIds');
    const directory = new Map((await ctx.em.find(Inspector, { id: { $in: presentIds } })).map((i) => [i.id, i]));
    const present = presentIds.map((id) => ({ inspectorId: id, name: directory.get(id)?.name ?? '', departmentId: members.find((m) => m.inspectorId === id)!.departmentId,
      warrantNo: directory.get(id)?.warrantNo ?? null }));

    // R45: the checklist comes from the item versions frozen with the inspection.
    const versions = new Map((await ctx.em.find(InspectionItemVersion, { id: { $in: inspection.itemVersionIds } })).map((v) => [v.id, v]));
    const expected = new Map<string, string>();
    for (const id of inspection.itemVersionIds) {
      const v = versions.get(id);
      const contents = v?.checkContents.length ? v.checkContents : [{ no: 1, text: v?.name ?? '' }];
      for (const c of contents) expected.set(`${id}#${c.no}`, c.text);
    }
    const answers: ChecklistAnswer[] = [];
    const seen = new Set<string>();
    for (const [n, a] of input.answers.entries()) {
      if (!inspection.itemVersionIds.includes(a.itemVersionId)) {
        throw new DomainError('ITEM_NOT_IN_INSPECTION', '所答事项不在本次检查的事项之中（R45）', `answers.${n}.itemVersionId`, { itemVersionId: a.itemVersionId });
      }
      const key = `${a.itemVersionId}#${a.no}`;
      if (!expected.has(key)) throw new DomainError('CHECK_CONTENT_UNKNOWN', `事项中没有第 ${a.no} 项检查内容`, `answers.${n}.no`);
      if (seen.has(key)) throw new DomainError('CHECK_CONTENT_REPEATED', `第 ${a.no} 项检查内容重复填写`, `answers.${n}.no`);
      seen.add(key);
      const remark = a.remark?.trim() || null;
      if (a.result === 'ABNORMAL' && !remark) throw new DomainError('REMARK_REQUIRED', '“不正常”的检查内容须写明情况', `answers.${n}.remark`);
      answers.push({ itemVersionId: a.itemVersionId, no: a.no, text: expected.get(key)!, result: a.result, remark });
    }
    const unanswered = [...expected.keys()].find((k) => !seen.has(k));
    if (unanswered) throw new DomainError('CHECKLIST_INCOMPLETE', `检查内容未逐项填写：${expected.get(unanswered)}`, 'answers');

    const record = ctx.em.create(InspectionRecord, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id, ...handlingOf(inspection),
      documentNo: previous?.documentNo ?? (await nextDocumentNo(ctx, 'ON_SITE_RECORD', inspection.leadDepartmentId, input.checkedFrom)),
      revision: (previous?.revision ?? 0) + 1, correctionReason: correction ? reason : null, checkedFrom: input.checkedFrom, checkedTo: input.checkedTo,
      place: input.place.trim(), present, answers, methods: [...new Set(input.methods)], findings: input.findings.trim(), representative: input.representative.trim(),
      signatureRef: signatureEvidence ? `evidence:${signatureEvidence.id}` : null, refusalReason: refusal, witness, nonCooperation: input.nonCooperation.map((x) => ({ kind: x.kind, detail: x.detail?.trim() || null })),
      submittedBy: p.userId, submittedAt: new Date(),
    });
    keepTwoYearsFromToday(inspection);
    if (!correction) {
      // R39: the report is due n working days after the check ended (bureau setting, default 3).
      const ended = chinaDay(input.checkedTo);
      const n = (await ctx.loaders.settingsOfBureau.load(inspection.bureauId))?.reportDueWorkingDays ?? 3;
      const due = (await calendarFor(ctx.em)).addWorkingDays(ended, n);
      Object.assign(inspection, { status: 'RECORDED', checkEndedOn: ended, reportDue: due.date, reportDueEstimated: due.estimated });
    }
    // R37 → R10: non-cooperation found on site raises the target's risk (a dated factor, as the registry keeps them).
    let riskEntryId: string | null = null;
    const refused = !correction && record.nonCooperation.length
      ? { since: chinaDay(input.checkedTo), source: `现场检查记录（检查 ${inspection.id}）：${record.nonCooperation.map((x) => NON_COOPERATION_LABELS[x.kind]).join('、')}` }
      : null;
    if (refused && !inspection.handlingBureauId) {
      riskEntryId = uuidv7();
      ctx.em.create(TargetRiskEntry, { id: riskEntryId, tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, targetId: inspection.targetId,
        kind: 'FACTOR', code: 'REFUSED_CHECK', since: refused.since, until: null, source: refused.source, note: null, recordedBy: p.userId, createdAt: new Date() });
    }
    await ctx.em.flush();
    if (refused && inspection.handlingBureauId) {
      // R41: the target is a bureau below's; its risk factor goes to that bureau's directory.
      riskEntryId = uuidv7();
      await ctx.em.execute('select app_private.record_handled_refusal(?, ?, ?::date, ?, ?)', [riskEntryId, inspection.id, refused.since, refused.source, p.userId]);
    }
    await recordAudit(ctx, { operation: correction ? 'CORRECT_INSPECTION_RECORD' : 'SUBMIT_INSPECTION_RECORD', objectType: 'InspectionRecord', objectId: record.id,
      before: previous ? { recordId: previous.id, revision: previous.revision } : null,
      after: { inspectionId: inspection.id, revision: record.revision, abnormal: answers.filter((a) => a.result === 'ABNORMAL').length,
        signed: !!signature, signature: signatureEvidence ? { evidenceId: signatureEvidence.id, sha256: signatureEvidence.sha256 } : null, refusal, witness, nonCooperation: record.nonCooperation.map((x) => x.kind), reason: record.correctionReason,
        reportDue: inspection.reportDue, riskEntryId, ...(lateEntry ? { lateEntry } : {}) } });
    return record;
  }

  // ─── report (R38, R39) ───

  async submitReport(ctx: RequestContext, input: InspectionReportInput): Promise<InspectionReport> {
    const p = ctx.principal!;
    const inspection = await this.memberInspection(ctx, input.inspectionId);
    if (inspection.status === 'CLOSED') throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再提交报告', 'inspectionId');
    if (inspection.status !== 'RECORDED') throw new DomainError('RECORD_REQUIRED', '须先提交现场检查记录，再出具检查报告', 'inspectionId');
    const detail = input.opinionDetail?.trim() || null;
    if (input.opinion === 'OTHER' && !detail) throw new DomainError('OPINION_DETAIL_REQUIRED', '处理意见为“其他”时须写明', 'opinionDetail');
    const fields = { content: input.content.trim(), steps: input.steps.trim(), findings: input.findings.trim(), assessment: input.assessment.trim(),
      opinion: input.opinion, opinionDetail: detail, suggestions: input.suggestions?.trim() || null };
    let report = await ctx.em.findOne(InspectionReport, { inspectionId: inspection.id });
    if (report?.status === 'SUBMITTED') throw conflict('报告已提交，待部门负责人审核', { reportId: report.id });
    if (report?.status === 'APPROVED') throw conflict('报告已定稿', { reportId: report.id });
    const now = new Date();
    if (report) {
      // A report returned for revision keeps the lateness of its first submission (R39: the deadline is the inspectors').
      Object.assign(report, fields, { status: 'SUBMITTED', submittedBy: p.userId, submittedAt: now });
    } else {
      report = ctx.em.create(InspectionReport, { id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id, ...handlingOf(inspection),
        documentNo: await nextDocumentNo(ctx, 'INSPECTION_REPORT', inspection.leadDepartmentId, now),
        status: 'SUBMITTED', ...fields, submittedBy: p.userId, submittedAt: now, reviewedBy: null, reviewedAt: null, reviewComment: null, version: 1,
        ...await lateness(ctx, inspection, now) });
    }
    keepTwoYearsFromToday(inspection);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'SUBMIT_INSPECTION_REPORT', objectType: 'InspectionReport', objectId: report.id,
      after: { inspectionId: inspection.id, opinion: report.opinion, reportDue: inspection.reportDue, late: report.late, workingDaysLate: report.workingDaysLate } });
    return report;
  }

  /** The lead department's head approves (final) or returns the report. */
  async reviewReport(ctx: RequestContext, input: ReviewInspectionReportInput): Promise<InspectionReport> {
    const p = ctx.principal!;
    const report = isUuid(input.reportId) ? await ctx.em.findOne(InspectionReport, { id: input.reportId, bureauId: p.bureauId }) : null;
    if (!report) throw notFound('检查报告');
    const inspection = await ctx.em.findOneOrFail(Inspection, { id: report.inspectionId });
    if (p.departmentId !== inspection.leadDepartmentId) throw forbidden('检查报告由牵头部门负责人审核');
    if (report.status !== 'SUBMITTED') throw conflict('报告不在待审核状态', { status: report.status });
    if (input.version !== report.version) throw conflict('记录已被他人修改，请刷新后重试');
    const comment = input.comment?.trim() || null;
    if (!input.approve && !comment) throw new DomainError('COMMENT_REQUIRED', '退回须写明意见', 'comment');
    Object.assign(report, { status: input.approve ? 'APPROVED' : 'RETURNED', reviewedBy: p.userId, reviewedAt: new Date(), reviewComment: comment });
    if (input.approve) inspection.status = report.opinion === 'RECTIFICATION' ? 'REPORTED' : 'CLOSED';
    keepTwoYearsFromToday(inspection);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: input.approve ? 'APPROVE_INSPECTION_REPORT' : 'RETURN_INSPECTION_REPORT', objectType: 'InspectionReport', objectId: report.id,
      after: { inspectionId: inspection.id, opinion: report.opinion, comment, inspectionStatus: inspection.status } });
    return report;
  }

  // ─── rectification (R40) ───

  /** Issued by the role the bureau names (department head by default), numbered from the counter (issue 10). */
  async issueRectification(ctx: RequestContext, input: IssueRectificationInput): Promise<RectificationNotice> {
    const inspection = await this.findingsInspection(ctx, input.inspectionId);
    await requireNoticeIssuer(ctx);
    return createNotice(ctx, inspection, input, null, (to) => this.advance(ctx, inspection, to));
  }

  /** An inspector's draft of the notice, for the issuer to issue. */
  async draftRectification(ctx: RequestContext, input: IssueRectificationInput): Promise<RectificationDraft> {
    return createDraft(ctx, await this.findingsInspection(ctx, input.inspectionId), input);
  }

  async issueRectificationDraft(ctx: RequestContext, draftId: string, version: number): Promise<RectificationNotice> {
    const draft = await openDraft(ctx, draftId, version);
    const inspection = await this.findingsInspection(ctx, draft.inspectionId);
    await requireNoticeIssuer(ctx);
    const notice = await createNotice(ctx, inspection, draft, draft.draftedBy, (to) => this.advance(ctx, inspection, to));
    Object.assign(draft, { status: 'ISSUED', noticeId: notice.id });
    await ctx.em.flush();
    return notice;
  }

  /** The follow-up check (due at the deadline) closes the notice, or escalates it to a filed case. */
  async recordFollowUp(ctx: RequestContext, input: FollowUpInput): Promise<RectificationNotice> {
    const p = ctx.principal!;
    const inspection = await this.findingsInspection(ctx, input.inspectionId);
    const notice = await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id });
    if (!notice) throw new DomainError('NO_RECTIFICATION_NOTICE', '未下达责令整改通知书，不能复查（R40）', 'inspectionId');
    if (notice.status !== 'ISSUED') throw conflict('复查结果已记录', { noticeId: notice.id });
    const checkedOn = parseIsoDate(input.checkedOn, 'checkedOn');
    if (checkedOn > chinaDay(new Date())) throw new DomainError('DATE_IN_FUTURE', '复查日期不能晚于今天', 'checkedOn');
    const caseNo = input.caseNo?.trim() || null;
    if (input.result === 'NOT_RECTIFIED' && !caseNo) throw new DomainError('CASE_NO_REQUIRED', '逾期未整改的，须立案查处并填写立案编号', 'caseNo');
    Object.assign(notice, { followUpResult: input.result, followUpOn: checkedOn, followUpRemarks: input.remarks.trim(), followUpBy: p.userId,
      caseNo, status: input.result === 'RECTIFIED' ? 'CLOSED' : 'ESCALATED' });
    await ctx.em.flush();
    await this.advance(ctx, inspection, 'CLOSED');
    await recordAudit(ctx, { operation: 'RECORD_FOLLOW_UP', objectType: 'RectificationNotice', objectId: notice.id,
      after: { inspectionId: inspection.id, result: input.result, checkedOn, caseNo, status: notice.status } });
    return notice;
  }

  /** The penalty decision's date starts the publication clock (issue 6). */
  async recordPenaltyDecision(ctx: RequestContext, input: PenaltyDecisionInput): Promise<RectificationNotice> {
    const inspection = await this.findingsInspection(ctx, input.inspectionId);
    const notice = await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id });
    if (!notice) throw new DomainError('NO_RECTIFICATION_NOTICE', '未下达责令整改通知书', 'inspectionId');
    if (notice.penaltyDecidedOn) throw conflict('处罚决定已记录');
    const decidedOn = parseIsoDate(input.decidedOn, 'decidedOn');
    if (decidedOn > chinaDay(new Date())) throw new DomainError('DATE_IN_FUTURE', '决定日期不能晚于今天', 'decidedOn');
    Object.assign(notice, { penaltyDecisionNo: input.decisionNo.trim(), penaltyDecidedOn: decidedOn });
    await ctx.em.flush();
    await this.advance(ctx, inspection, null);
    await recordAudit(ctx, { operation: 'RECORD_PENALTY_DECISION', objectType: 'RectificationNotice', objectId: notice.id,
      after: { inspectionId: inspection.id, decisionNo: notice.penaltyDecisionNo, decidedOn } });
    return notice;
  }

  // ─── reads ───

  async inspections(ctx: RequestContext, filter: InspectionFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Inspection>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.targetId) where.push({ targetId: filter.targetId });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.handlingBureauId) where.push({ handlingBureauId: filter.handlingBureauId });
    return paginate(ctx.em, Inspection, where.length ? { $and: where } : {}, page);
  }

  async inspection(ctx: RequestContext, id: string): Promise<Inspection> {
    const inspection = isUuid(id) ? await ctx.em.findOne(Inspection, { id }) : null;
    if (!inspection) throw notFound('检查');
    return inspection;
  }

  /** The inspections the signed-in user is on (through inspector.user_id), open ones unless `includeClosed`. */
  async myInspections(ctx: RequestContext, includeClosed: boolean, page: PageArgs) {
    const p = ctx.principal!;
    // One statement for the page (and one for the count when asked), however long the history: see onMyTeam.
    const where = (): FilterQuery<Inspection> => ({
      $and: [{ bureauId: p.bureauId }, ...(includeClosed ? [] : [{ status: { $ne: 'CLOSED' as InspectionStatus } }, { status: { $ne: 'CANCELLED' as InspectionStatus } }]), this.onMyTeam(ctx)],
    });
    return paginate(ctx.em, Inspection, where, page);
  }

  /**
   * Reports due (or overdue): the coordinating office sees the bureau's, a department head the ones
   * its department leads, an inspector those they are on. One statement (indexes of 0012).
   */
  async reportsDue(ctx: RequestContext, overdueOnly: boolean, page: PageArgs) {
    const p = ctx.principal!;
    const today = chinaDay(new Date());
    // Built anew for each query: the membership condition is a raw() fragment, good for one query.
    const condition = (): FilterQuery<Inspection> => {
      const where: FilterQuery<Inspection>[] = [{ bureauId: p.bureauId, status: 'RECORDED' as InspectionStatus }];
      if (overdueOnly) where.push({ reportDue: { $lt: today } });
      if (!this.bureauWide(ctx)) {
        const ors: FilterQuery<Inspection>[] = [this.onMyTeam(ctx)];
        if (p.roles.includes('DEPARTMENT_HEAD')) ors.unshift({ leadDepartmentId: p.departmentId });
        where.push({ $or: ors });
      }
      return { $and: where };
    };
    return paginate(ctx.em, Inspection, condition, page, 'reportDue');
  }

  /** The superior's view: overdue reports per subordinate bureau (rows its scope already reads). */
  async overdueCounts(ctx: RequestContext): Promise<{ bureauId: string; overdue: number }[]> {
    const p = ctx.principal!;
    const below = p.bureauIds.filter((id) => id !== p.bureauId);
    if (!below.length) return [];
    const rows = await ctx.em.execute<{ bureau_id: string; overdue: string }[]>(
      `select bureau_id, count(*) as overdue from inspection
        where bureau_id = any(?::uuid[]) and status = 'RECORDED' and report_due < ?::date group by bureau_id order by bureau_id`,
      [`{${below.join(',')}}`, chinaDay(new Date())],
    );
    return rows.map((r) => ({ bureauId: r.bureau_id, overdue: Number(r.overdue) }));
  }

  // ─── access: the one place that decides who may touch an inspection ───

  private bureauWide(ctx: RequestContext): boolean {
    return ctx.principal!.roles.some((r) => (BUREAU_WIDE as readonly string[]).includes(r));
  }

  /**
   * The inspections the signed-in user is an active member of, as a condition on inspection's id:
   * `id = any(array(…))`, the array read from inspection_member_mine_idx alone (index-only, the
   * row-level security column included). The inspection side is then one index scan by id in id
   * order (PostgreSQL 17 walks the sorted array along the index; 15 and 16 sort the few dozen open
   * matches): a page stops after its rows, and closed inspections cost no heap visit when only open
   * ones are asked (inspection_open_idx). The subqueries are raw SQL, out of the ORM's scope filter
   * but under row-level security, with tenant and bureau given. A user is linked to at most one
   * directory entry per department (an officer in several departments' directories has several,
   * R17; inspector_user_department_unique); to none: no rows.
   */
  private onMyTeam(ctx: RequestContext): FilterQuery<Inspection> {
    const p = ctx.principal!;
    return {
      [raw((a: string) => `${a}.id = any(array(select m.inspection_id from inspection_member m where m.left_at is null and m.inspector_id = `
        + 'any(array(select x.id from inspector x where x.tenant_id = ? and x.user_id = ? and x.bureau_id = ?))))', [p.tenantId, p.userId, p.bureauId])]: [],
    };
  }

  private async myInspectorIds(ctx: RequestContext): Promise<string[]> {
    const p = ctx.principal!;
    return (await ctx.em.find(Inspector, { userId: p.userId, bureauId: p.bureauId })).map((i) => i.id);
  }

  /** An inspection of the caller's own bureau (writes never go to another bureau's). */
  private async ownInspection(ctx: RequestContext, id: string): Promise<Inspection> {
    const inspection = isUuid(id) ? await ctx.em.findOne(Inspection, { id, bureauId: ctx.principal!.bureauId }) : null;
    if (!inspection) throw notFound('检查');
    return inspection;
  }

  /** Only the inspection's active members write its record and report. */
  private async memberInspection(ctx: RequestContext, id: string): Promise<Inspection> {
    const inspection = await this.ownInspection(ctx, id);
    const mine = await this.myInspectorIds(ctx);
    const member = mine.length ? await ctx.em.findOne(InspectionMember, { inspectionId: inspection.id, inspectorId: { $in: mine }, leftAt: null }) : null;
    if (!member) throw new DomainError('NOT_ON_INSPECTION', '您不是本次检查的检查组成员，不能填写记录或报告', 'inspectionId');
    return inspection;
  }

  /**
   * R40/R41: an inspection whose findings the caller's bureau handles. Its own (the lead department
   * or the coordinating office), or a superior's inspection of one of its targets (its office or a
   * department head); the superior itself is refused there: the bureau below handles them.
   */
  private async findingsInspection(ctx: RequestContext, id: string): Promise<Inspection> {
    const p = ctx.principal!;
    const inspection = isUuid(id) ? await ctx.em.findOne(Inspection, { id, $or: [{ bureauId: p.bureauId }, { handlingBureauId: p.bureauId }] }) : null;
    if (!inspection) throw notFound('检查');
    if (!inspection.handlingBureauId) {
      this.requireLeadOrOffice(ctx, inspection);
    } else if (inspection.handlingBureauId !== p.bureauId) {
      throw new DomainError('HANDLED_BY_SUBORDINATE', '本检查是上级部署的任务，发现的问题由检查对象所属的下级单位依法处理（R41）', 'inspectionId',
        { handlingBureauId: inspection.handlingBureauId });
    } else if (!this.bureauWide(ctx) && !p.roles.includes('DEPARTMENT_HEAD')) {
      throw forbidden('上级部署的检查发现的问题，由本单位双随机办或部门负责人处理（R41）');
    }
    return inspection;
  }

  /**
   * A new document of the notice: moves the inspection along (`to`, or null for none) and keeps its
   * records two years from today (R42). The bureau's own inspection directly; a superior's, whose
   * findings this bureau handles, through the reviewed function (R41: the row is not ours to write).
   */
  private async advance(ctx: RequestContext, inspection: Inspection, to: 'RECTIFYING' | 'CLOSED' | null): Promise<void> {
    if (!inspection.handlingBureauId) {
      if (to) inspection.status = to;
      keepTwoYearsFromToday(inspection);
      await ctx.em.flush();
      return;
    }
    await ctx.em.execute('select app_private.advance_handled_inspection(?, ?)', [inspection.id, to]);
    await ctx.em.refresh(inspection);
  }

  private requireLeadOrOffice(ctx: RequestContext, inspection: Inspection): void {
    if (!this.bureauWide(ctx) && ctx.principal!.departmentId !== inspection.leadDepartmentId) throw forbidden('只有牵头部门或双随机办可以办理');
  }

  private requireOpenTeam(inspection: Inspection): void {
    if (!['MATCHED', 'SCHEDULED'].includes(inspection.status)) throw new DomainError('INSPECTION_ALREADY_RECORDED', '已提交现场检查记录，检查组不能再调整', 'inspectionId');
  }
}

/**
 * R42 floor: records are kept at least two years from the last document of the file (001 四(六)).
 * Every mutation that adds a document (record revision, report, review, notice, follow-up, penalty
 * decision) moves `retention_until` to two years from today; it never moves back (trigger, 0008).
 * The longer periods (item rule, target lifetime) are computed on read (retention.ts).
 */
function keepTwoYearsFromToday(inspection: Inspection): void {
  inspection.retentionUntil = maxDay(inspection.retentionUntil, retentionFloor(chinaDay(new Date())));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
