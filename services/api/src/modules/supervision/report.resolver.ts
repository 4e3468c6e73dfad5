import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { JobState } from '@dsr/domain';
import type { SupervisionReport } from '@dsr/db';
import type { RequestContext } from '../../context';
import { instanceOf } from '../../common/instance-of';
import { JobStateEnum } from '../jobs/jobs.types';
import type { DownloadLinks } from '../downloads/download-links';
import type { ReportService } from './report.service';
import { reportFilePath, reportFilename } from './report.routes';
import {
  ReportRoundOptionType,
  RequestSupervisionReportInput,
  SituationReportDueType,
  SupervisionReportFileType,
  SupervisionReportPayload,
  SupervisionReportType,
} from './report.types';

/** One look-up of the job states of every report a request resolves. */
const stateLoaders = new WeakMap<RequestContext, DataLoader<string, JobState | null>>();

@Resolver(() => SupervisionReportType)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly links: Pick<DownloadLinks, 'signedLink'>,
  ) {}

  @Query(() => [SupervisionReportType], { description: '本单位及下级单位的监管报告（新申请的在前，至多 100 份）' })
  supervisionReports(@Ctx() ctx: RequestContext) {
    return this.service.reports(ctx);
  }

  @Query(() => [ReportRoundOptionType], {
    description: '生成轮次报告时选择轮次：本单位及下级计划的抽查轮次，按计划标题、任务或机关名称查找，新的在前',
  })
  reportRounds(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true, description: '计划标题、任务或机关名称的一部分' })
    search?: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数，1 到 50' }) first = 20,
  ) {
    return this.service.rounds(ctx, search ?? null, first);
  }

  @Query(() => SituationReportDueType, {
    nullable: true,
    description:
      '待办：本单位（有下级的机关）待生成的半年情况报告（R22，6月1日、12月1日）；报送日前 15 天起至生成为止，无下级或已生成时为空',
  })
  situationReportDue(@Ctx() ctx: RequestContext) {
    return this.service.situationReportDue(ctx);
  }

  @Mutation(() => SupervisionReportPayload, {
    description: '申请生成监管报告：轮次报告（R56）或 6 月 1 日、12 月 1 日的情况报告（R22），在后台生成表格与 PDF',
  })
  async requestSupervisionReport(
    @Arg('input', () => RequestSupervisionReportInput) input: RequestSupervisionReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { report: await this.service.request(ctx, input) };
  }

  @FieldResolver(() => JobStateEnum, { nullable: true, description: '生成任务的状态（排队、执行中、完成、失败）' })
  state(@Root() r: SupervisionReport, @Ctx() ctx: RequestContext): Promise<JobState | null> {
    let loader = stateLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const states = await this.service.jobStates(ctx, ids);
        return ids.map((id) => states.get(id) ?? null);
      });
      stateLoaders.set(ctx, loader);
    }
    return loader.load(r.jobId);
  }

  @FieldResolver(() => SupervisionReportFileType, { nullable: true, description: '表格（xlsx；生成完成前为空）' })
  xlsx(@Root() r: SupervisionReport, @Ctx() ctx: RequestContext) {
    return this.file(ctx, r, 'xlsx');
  }

  @FieldResolver(() => SupervisionReportFileType, { nullable: true, description: 'PDF（生成完成前为空）' })
  pdf(@Root() r: SupervisionReport, @Ctx() ctx: RequestContext) {
    return this.file(ctx, r, 'pdf');
  }

  private file(ctx: RequestContext, r: SupervisionReport, format: 'xlsx' | 'pdf') {
    const link = r.generatedAt ? this.links.signedLink(ctx, reportFilePath(r.id, format)) : null;
    return link ? instanceOf(SupervisionReportFileType, { ...link, filename: reportFilename(r.title, format) }) : null;
  }
}
