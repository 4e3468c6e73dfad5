import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { StatisticsRoot, StatisticsService } from './statistics.service';
import {
  FindingKindCountType,
  ItemCoverageType,
  MonthFiguresType,
  OverdueFiguresType,
  StatisticsFiguresType,
  StatisticsFilter,
  StatisticsRowType,
  StatisticsType,
  TradeFindingsType,
  WorkloadType,
} from './statistics.types';

/** The dashboards' statistics (issue 15): one root field; each part is computed only when asked. */
@Resolver(() => StatisticsType)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => StatisticsType, {
    description:
      '双随机统计：本单位及下级（可下钻到某一下级单位）的计划、任务、应检查、已检查、人员、完成率、公示率、整改完结率、覆盖率、趋势、发现问题、逾期与工作量',
  })
  statistics(@Arg('filter', () => StatisticsFilter) filter: StatisticsFilter, @Ctx() ctx: RequestContext) {
    return this.service.open(ctx, filter);
  }

  @FieldResolver(() => StatisticsFiguresType, { description: '合计（看板的指标卡）' })
  totals(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.totals(ctx, root);
  }

  @FieldResolver(() => [StatisticsRowType], {
    description: '每个直属下级单位一行，另有“本级”一行；县级单位按部门分行',
  })
  rows(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.rows(ctx, root);
  }

  @FieldResolver(() => [MonthFiguresType], { description: '按月趋势（所选月份区间）' })
  trend(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.trend(ctx, root);
  }

  @FieldResolver(() => [FindingKindCountType], { description: '定稿报告按处理意见分类' })
  findingsByKind(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.findingsByKind(ctx, root);
  }

  @FieldResolver(() => [TradeFindingsType], { description: '按行业（检查对象行业类别）的检查、发现问题与覆盖' })
  findingsByTrade(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.findingsByTrade(ctx, root);
  }

  @FieldResolver(() => [ItemCoverageType], { description: '按抽查事项的应检查与已检查' })
  coverageByItem(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.coverageByItem(ctx, root);
  }

  @FieldResolver(() => OverdueFiguresType, { description: '今日逾期未办（报告、接收确认、整改、公示、异议答复）' })
  overdue(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.overdue(ctx, root);
  }

  @FieldResolver(() => WorkloadType, { description: '检查人员工作量（年度）' })
  workload(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return this.service.workload(ctx, root);
  }
}
