import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { InspectionRecordService } from './record.service';
import { InspectionRecordInput, InspectionRecordPayload } from './record.types';
import type { InspectionReportService } from './report.service';
import { InspectionReportInput, InspectionReportPayload, ReviewInspectionReportInput } from './report.types';

/** The on-site record (R36) and the report (R38, R39). */
@Resolver()
export class InspectionRecordResolver {
  constructor(
    private readonly records: InspectionRecordService,
    private readonly reports: InspectionReportService,
  ) {}

  @Mutation(() => InspectionRecordPayload, { description: '提交现场检查记录（检查组成员；提交后不可修改，R36）' })
  async submitInspectionRecord(
    @Arg('input', () => InspectionRecordInput) input: InspectionRecordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { record: await this.records.submitRecord(ctx, input, false) };
  }

  @Mutation(() => InspectionRecordPayload, { description: '提交现场检查记录的更正修订（写明理由；原记录保留）' })
  async correctInspectionRecord(
    @Arg('input', () => InspectionRecordInput) input: InspectionRecordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { record: await this.records.submitRecord(ctx, input, true) };
  }

  @Mutation(() => InspectionReportPayload, { description: '提交检查报告（R39），待牵头部门负责人审核' })
  async submitInspectionReport(
    @Arg('input', () => InspectionReportInput) input: InspectionReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { report: await this.reports.submitReport(ctx, input) };
  }

  @Mutation(() => InspectionReportPayload, { description: '牵头部门负责人审核检查报告：通过即定稿，或退回' })
  async reviewInspectionReport(
    @Arg('input', () => ReviewInspectionReportInput) input: ReviewInspectionReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { report: await this.reports.reviewReport(ctx, input) };
  }
}
