import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { chinaDay } from '@dsr/domain';
import type { DrawDispatch, Evidence, Inspection } from '@dsr/db';
import type { RequestContext } from '../../context';
import { DepartmentType } from '../org/org.types';
import { TargetType } from '../registry/registry.types';
import { ItemVersionType } from '../catalog/catalog.types';
import type { UrlSigner } from '../../common/signed-url';
import type { FieldsOf } from '../../common/instance-of';
import { EvidenceType } from './evidence.types';
import {
  InspectionConfirmationType,
  InspectionMemberType,
  InspectionRetentionType,
  InspectionSourceType,
  InspectionType,
} from './inspection.types';
import { InspectionRecordType } from './record.types';
import { InspectionReportType } from './report.types';
import { RectificationDraftType, RectificationNoticeType } from './rectification.types';
import { inspectionRetention } from './retention';

/** An inspection's fields: batched loads (DataLoader) of what the caller's scope reads. */
@Resolver(() => InspectionType)
export class InspectionFieldsResolver {
  constructor(private readonly links: Pick<UrlSigner, 'sign'>) {}

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
    return ctx.loaders.targetView.load(i.targetId); // a field only reads: plain views, not managed entities
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '牵头部门' })
  leadDepartment(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.departmentView.load(i.leadDepartmentId);
  }

  @FieldResolver(() => [DepartmentType], {
    description: '参加部门（牵头部门在前）；上级部署的检查中本单位读不到的上级部门不列',
  })
  async departments(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    const ids = [i.leadDepartmentId, ...i.departmentIds.filter((d) => d !== i.leadDepartmentId)];
    return (await ctx.loaders.departmentView.loadMany(ids)).filter((d) => d && !(d instanceof Error));
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

  @FieldResolver(() => [EvidenceType], {
    description: '证据（照片、录音录像、文件、签字盖章图片），按上传时间；文件由 url 下载',
  })
  async evidence(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<FieldsOf<EvidenceType>[]> {
    return (await ctx.loaders.evidenceOfInspection.load(i.id)).map((e) =>
      evidenceView(e, ctx.principal ? this.links.sign(`/evidence/${e.id}`, ctx.principal).url : null),
    );
  }

  @FieldResolver(() => InspectionReportType, { nullable: true, description: '检查报告' })
  report(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.reportOfInspection.load(i.id);
  }

  @FieldResolver(() => RectificationNoticeType, { nullable: true, description: '责令整改通知书' })
  rectification(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.noticeOfInspection.load(i.id);
  }

  @FieldResolver(() => RectificationDraftType, {
    nullable: true,
    description: '待签发的整改通知书草稿（检查人员起草，签发角色签发；无则为空）',
  })
  async rectificationDraft(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.draftsOfInspection.load(i.id)).find((d) => d.status === 'DRAFT') ?? null;
  }

  @FieldResolver(() => InspectionRetentionType, {
    description: '档案保存期限（R42）：事项另有规定的从其规定，否则为检查对象存续期间加两年，且不少于两年；取最长',
  })
  retention(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return inspectionRetention(ctx, i);
  }

  @FieldResolver(() => [InspectionConfirmationType], {
    description:
      '参加部门对派发的抽取结果的确认（R32，1 个工作日内）：来自抽取的检查每个部门每次抽取一条，直接检查为空',
  })
  async confirmations(
    @Root() i: Inspection,
    @Ctx() ctx: RequestContext,
  ): Promise<FieldsOf<InspectionConfirmationType>[]> {
    // Two batched loads, whatever the number of inspections: their sources, then those draws' dispatches.
    const drawIds = [
      ...new Set((await ctx.loaders.sourcesOfInspection.load(i.id)).filter((s) => !s.withdrawnAt).map((s) => s.drawId)),
    ];
    const dispatches = (await ctx.loaders.dispatchesOfDraw.loadMany(drawIds)).flatMap((d) =>
      Array.isArray(d) ? d : [],
    );
    const today = chinaDay(new Date());
    const order = (d: DrawDispatch) =>
      d.departmentId === i.leadDepartmentId ? -1 : i.departmentIds.indexOf(d.departmentId);
    return dispatches
      .filter((d) => i.departmentIds.includes(d.departmentId))
      .sort((a, b) => order(a) - order(b) || a.dispatchedAt.getTime() - b.dispatchedAt.getTime())
      .map((d) => ({
        dispatchId: d.id,
        drawId: d.drawId,
        departmentId: d.departmentId,
        dispatchedAt: d.dispatchedAt,
        dueDate: d.dueDate,
        dueEstimated: d.dueEstimated,
        confirmedAt: d.confirmedAt,
        confirmedBy: d.confirmedBy,
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
function evidenceView(e: Evidence, url: string | null): FieldsOf<EvidenceType> {
  return {
    id: e.id,
    inspectionId: e.inspectionId,
    kind: e.kind,
    mime: e.mime,
    sizeBytes: Number(e.sizeBytes),
    sha256: e.sha256,
    fileName: e.fileName,
    uploadedAt: e.uploadedAt,
    uploadedBy: e.uploadedBy,
    ref: `evidence:${e.id}`,
    url: url ?? `/evidence/${e.id}`,
  };
}
