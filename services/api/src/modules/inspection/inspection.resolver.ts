import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { chinaDay } from '@dsr/domain';
import type { DrawDispatch, Evidence, Inspection } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import { DepartmentType } from '../org/org.types';
import { TargetType } from '../registry/registry.types';
import { ItemVersionType } from '../catalog/catalog.types';
import {
  ChangeInspectionMemberInput, CreateDirectCheckInput, EvidenceType, FollowUpInput, InspectionConnection, InspectionFilter, InspectionMemberType, InspectionPayload,
  InspectionRecordInput, InspectionRecordPayload, InspectionRecordType, InspectionReportInput, InspectionReportPayload, InspectionReportType,
  InspectionConfirmationType, InspectionRetentionType, InspectionSourceType, InspectionType, IssueRectificationInput, LinkInspectorUserInput, LinkInspectorUserPayload, MatchInspectionsInput,
  MatchInspectionsPayload, OverdueReportCountType, PenaltyDecisionInput, RectificationNoticePayload, RectificationNoticeType, ReviewInspectionReportInput,
  ScheduleInspectionInput,
} from './inspection.types';
import { IssueRectificationDraftInput, RectificationDraftPayload } from './rectification-draft.types';
import { inspectionRetention } from './retention';
import { signedPath } from '../downloads/download-links';

@Resolver()
export class InspectionResolver {
  @Query(() => InspectionConnection, { description: '检查：本单位的，以及下级机关的' })
  inspections(@Args() page: PageArgs, @Ctx() ctx: RequestContext, @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter) {
    return ctx.services.inspection.inspections(ctx, filter, page);
  }

  @Query(() => InspectionType, { description: '按编号取检查' })
  inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.inspection.inspection(ctx, id);
  }

  @Query(() => InspectionConnection, { description: '我的检查：当前用户（经名录关联的检查人员）所在检查组的检查，跨部门' })
  myInspections(@Args() page: PageArgs, @Ctx() ctx: RequestContext,
    @Arg('includeClosed', { defaultValue: false, description: '包括已办结的' }) includeClosed: boolean) {
    return ctx.services.inspection.myInspections(ctx, includeClosed, page);
  }

  @Query(() => InspectionConnection, { description: '待出具检查报告的检查（R39），按报告期限先后分页：双随机办看全局，部门负责人看本部门牵头的，检查人员看本人参加的；overdue 只列逾期的' })
  inspectionReportsDue(@Args() page: PageArgs, @Ctx() ctx: RequestContext, @Arg('overdue', { defaultValue: false, description: '只列逾期的' }) overdue: boolean) {
    return ctx.services.inspection.reportsDue(ctx, overdue, page);
  }

  @Query(() => [OverdueReportCountType], { description: '下级机关逾期未出具检查报告的数量（上级督办）' })
  overdueInspectionReportCounts(@Ctx() ctx: RequestContext) {
    return ctx.services.inspection.overdueCounts(ctx);
  }

  @Mutation(() => MatchInspectionsPayload, { description: '把已抽取的结果匹配为检查：同一对象在时段重叠的抽取合并为一次联合检查（R32、R35）' })
  async matchInspections(@Arg('input', () => MatchInspectionsInput) input: MatchInspectionsInput, @Ctx() ctx: RequestContext) {
    return { inspections: await ctx.services.inspection.matchDraw(ctx, input.drawId) };
  }

  @Mutation(() => InspectionPayload, { description: '发起直接检查（投诉举报、转办交办、办案、现场发现、专项整治；非抽取，R23）' })
  async createDirectCheck(@Arg('input', () => CreateDirectCheckInput) input: CreateDirectCheckInput, @Ctx() ctx: RequestContext) {
    return { inspection: await ctx.services.inspection.createDirectCheck(ctx, input) };
  }

  @Mutation(() => InspectionPayload, { description: '牵头部门安排检查日期' })
  async scheduleInspection(@Arg('input', () => ScheduleInspectionInput) input: ScheduleInspectionInput, @Ctx() ctx: RequestContext) {
    return { inspection: await ctx.services.inspection.schedule(ctx, input) };
  }

  @Mutation(() => InspectionPayload, { description: '经双随机办加入检查组（留痕）' })
  async joinInspection(@Arg('input', () => ChangeInspectionMemberInput) input: ChangeInspectionMemberInput, @Ctx() ctx: RequestContext) {
    return { inspection: await ctx.services.inspection.join(ctx, input) };
  }

  @Mutation(() => InspectionPayload, { description: '经双随机办退出检查组（留痕）' })
  async leaveInspection(@Arg('input', () => ChangeInspectionMemberInput) input: ChangeInspectionMemberInput, @Ctx() ctx: RequestContext) {
    return { inspection: await ctx.services.inspection.leave(ctx, input) };
  }

  @Mutation(() => LinkInspectorUserPayload, { description: '把名录中的检查人员关联到登录用户（“我的检查”据此查找）' })
  async linkInspectorUser(@Arg('input', () => LinkInspectorUserInput) input: LinkInspectorUserInput, @Ctx() ctx: RequestContext) {
    const inspector = await ctx.services.inspection.linkInspectorUser(ctx, input);
    return { inspectorId: inspector.id, userId: inspector.userId };
  }

  @Mutation(() => InspectionRecordPayload, { description: '提交现场检查记录（检查组成员；提交后不可修改，R36）' })
  async submitInspectionRecord(@Arg('input', () => InspectionRecordInput) input: InspectionRecordInput, @Ctx() ctx: RequestContext) {
    return { record: await ctx.services.inspection.submitRecord(ctx, input, false) };
  }

  @Mutation(() => InspectionRecordPayload, { description: '提交现场检查记录的更正修订（写明理由；原记录保留）' })
  async correctInspectionRecord(@Arg('input', () => InspectionRecordInput) input: InspectionRecordInput, @Ctx() ctx: RequestContext) {
    return { record: await ctx.services.inspection.submitRecord(ctx, input, true) };
  }

  @Mutation(() => InspectionReportPayload, { description: '提交检查报告（R39），待牵头部门负责人审核' })
  async submitInspectionReport(@Arg('input', () => InspectionReportInput) input: InspectionReportInput, @Ctx() ctx: RequestContext) {
    return { report: await ctx.services.inspection.submitReport(ctx, input) };
  }

  @Mutation(() => InspectionReportPayload, { description: '牵头部门负责人审核检查报告：通过即定稿，或退回' })
  async reviewInspectionReport(@Arg('input', () => ReviewInspectionReportInput) input: ReviewInspectionReportInput, @Ctx() ctx: RequestContext) {
    return { report: await ctx.services.inspection.reviewReport(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '签发责令整改通知书（R40）：本单位设置的签发角色（默认部门负责人）；文书编号按序生成' })
  async issueRectificationNotice(@Arg('input', () => IssueRectificationInput) input: IssueRectificationInput, @Ctx() ctx: RequestContext) {
    return { notice: await ctx.services.inspection.issueRectification(ctx, input) };
  }

  @Mutation(() => RectificationDraftPayload, { description: '起草责令整改通知书（检查人员）：待签发角色签发' })
  async draftRectificationNotice(@Arg('input', () => IssueRectificationInput) input: IssueRectificationInput, @Ctx() ctx: RequestContext) {
    return { draft: await ctx.services.inspection.draftRectification(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '签发整改通知书草稿：签发角色（默认部门负责人）' })
  async issueRectificationDraft(@Arg('input', () => IssueRectificationDraftInput) input: IssueRectificationDraftInput, @Ctx() ctx: RequestContext) {
    return { notice: await ctx.services.inspection.issueRectificationDraft(ctx, input.draftId, input.version) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '记录复查结果：合格结案，不合格立案查处（R40）' })
  async recordFollowUpCheck(@Arg('input', () => FollowUpInput) input: FollowUpInput, @Ctx() ctx: RequestContext) {
    return { notice: await ctx.services.inspection.recordFollowUp(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '记录处罚决定（文号与日期；公示期限自决定日起算）' })
  async recordPenaltyDecision(@Arg('input', () => PenaltyDecisionInput) input: PenaltyDecisionInput, @Ctx() ctx: RequestContext) {
    return { notice: await ctx.services.inspection.recordPenaltyDecision(ctx, input) };
  }
}

@Resolver(() => InspectionType)
export class InspectionFieldsResolver {
  @FieldResolver(() => Boolean, { description: '是否为直接检查（非抽取，各处标明）' })
  direct(@Root() i: Inspection) {
    return i.kind === 'DIRECT';
  }

  @FieldResolver(() => Boolean, { description: '是否为多部门联合检查' })
  joint(@Root() i: Inspection) {
    return i.departmentIds.length > 1;
  }

  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象' })
  target(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(i.targetId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '牵头部门' })
  leadDepartment(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(i.leadDepartmentId);
  }

  @FieldResolver(() => [ItemVersionType], { description: '检查事项（冻结的版本，R45）' })
  async itemVersions(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.itemVersion.loadMany(i.itemVersionIds)).filter((v) => v && !(v instanceof Error));
  }

  @FieldResolver(() => [InspectionMemberType], { description: '检查组（含已退出的）' })
  members(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.membersOfInspection.load(i.id);
  }

  @FieldResolver(() => [InspectionSourceType], { description: '来自哪些抽取（直接检查为空）' })
  sources(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.sourcesOfInspection.load(i.id);
  }

  @FieldResolver(() => [InspectionRecordType], { description: '现场检查记录的各修订（按修订号）' })
  records(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.recordsOfInspection.load(i.id);
  }

  @FieldResolver(() => [EvidenceType], { description: '证据（照片、录音录像、文件、签字盖章图片），按上传时间；文件由 url 下载' })
  async evidence(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<EvidenceType[]> {
    return (await ctx.loaders.evidenceOfInspection.load(i.id)).map((e) => evidenceView(e, signedPath(ctx, `/evidence/${e.id}`)));
  }

  @FieldResolver(() => InspectionReportType, { nullable: true, description: '检查报告' })
  report(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.reportOfInspection.load(i.id);
  }

  @FieldResolver(() => RectificationNoticeType, { nullable: true, description: '责令整改通知书' })
  rectification(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.noticeOfInspection.load(i.id);
  }

  @FieldResolver(() => InspectionRetentionType, { description: '档案保存期限（R42）：事项另有规定的从其规定，否则为检查对象存续期间加两年，且不少于两年；取最长' })
  retention(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return inspectionRetention(ctx, i);
  }

  @FieldResolver(() => [InspectionConfirmationType], { description: '参加部门对派发的抽取结果的确认（R32，1 个工作日内）：来自抽取的检查每个部门每次抽取一条，直接检查为空' })
  async confirmations(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<InspectionConfirmationType[]> {
    // Two batched loads, whatever the number of inspections: their sources, then those draws' dispatches.
    const drawIds = [...new Set((await ctx.loaders.sourcesOfInspection.load(i.id)).filter((s) => !s.withdrawnAt).map((s) => s.drawId))];
    const dispatches = (await ctx.loaders.dispatchesOfDraw.loadMany(drawIds)).flatMap((d) => (Array.isArray(d) ? d : []));
    const today = chinaDay(new Date());
    const order = (d: DrawDispatch) => (d.departmentId === i.leadDepartmentId ? -1 : i.departmentIds.indexOf(d.departmentId));
    return dispatches
      .filter((d) => i.departmentIds.includes(d.departmentId))
      .sort((a, b) => order(a) - order(b) || a.dispatchedAt.getTime() - b.dispatchedAt.getTime())
      .map((d) => ({
        dispatchId: d.id, drawId: d.drawId, departmentId: d.departmentId, dispatchedAt: d.dispatchedAt, dueDate: d.dueDate, dueEstimated: d.dueEstimated,
        confirmedAt: d.confirmedAt, confirmedBy: d.confirmedBy,
        // Due by the end of the due day (China time): late if still open after it, or confirmed after it.
        overdue: d.confirmedAt ? chinaDay(d.confirmedAt) > d.dueDate : today > d.dueDate,
      }));
  }
}

@Resolver(() => InspectionConfirmationType)
export class InspectionConfirmationFieldsResolver {
  @FieldResolver(() => DepartmentType, { nullable: true, description: '部门' })
  department(@Root() c: InspectionConfirmationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(c.departmentId);
  }
}

/** An evidence row as the GraphQL type (the same fields the upload answers with). */
function evidenceView(e: Evidence, url: string | null): EvidenceType {
  return {
    id: e.id, inspectionId: e.inspectionId, kind: e.kind, mime: e.mime, sizeBytes: Number(e.sizeBytes), sha256: e.sha256, fileName: e.fileName,
    uploadedAt: e.uploadedAt, uploadedBy: e.uploadedBy, ref: `evidence:${e.id}`, url: url ?? `/evidence/${e.id}`,
  };
}
