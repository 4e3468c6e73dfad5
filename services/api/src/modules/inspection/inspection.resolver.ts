import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { PageArgs, selects } from '../../common/connection';
import type { InspectionService } from './inspection.service';
import type { InspectionQueryService } from './queries.service';
import {
  InspectionConnection,
  InspectionFilter,
  InspectionPayload,
  InspectionType,
  OverdueReportCountType,
} from './inspection.types';
import { RectificationNoticeConnection } from './rectification.types';
import { CreateDirectCheckInput, MatchInspectionsInput, MatchInspectionsPayload } from './matching.types';

/** The inspection lists, and opening inspections: matching a draw (R32, R35) or a direct check (R23). */
@Resolver()
export class InspectionResolver {
  constructor(
    private readonly queries: InspectionQueryService,
    private readonly opening: InspectionService,
  ) {}

  @Query(() => InspectionConnection, { description: '检查：本单位的，以及下级机关的' })
  inspections(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter,
  ) {
    return this.queries.inspections(ctx, filter, page);
  }

  @Query(() => InspectionType, { description: '按编号取检查' })
  inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.queries.inspection(ctx, id);
  }

  @Query(() => InspectionConnection, {
    description: '我的检查：当前用户（经名录关联的检查人员）所在检查组的检查，跨部门',
  })
  myInspections(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('includeClosed', { defaultValue: false, description: '包括已办结的' }) includeClosed: boolean,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.queries.myInspections(ctx, includeClosed, page, selects(info, ['totalCount']));
  }

  @Query(() => InspectionConnection, {
    description:
      '待出具检查报告的检查（R39），按报告期限先后分页：双随机办看全局，部门负责人看本部门牵头的，检查人员看本人参加的；overdue 只列逾期的；inReview 只列报告已提交、待部门负责人审核的',
  })
  inspectionReportsDue(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('overdue', { defaultValue: false, description: '只列逾期的' }) overdue: boolean,
    @Arg('inReview', { defaultValue: false, description: '只列报告已提交、待部门负责人审核的' }) inReview: boolean,
  ) {
    return this.queries.reportsDue(ctx, overdue, page, inReview);
  }

  @Query(() => RectificationNoticeConnection, {
    description:
      '待复查的责令整改通知书（R40），按整改期限先后分页：双随机办看全局，部门负责人看本部门牵头的，检查人员看本人参加的；due 只列期限已到、应当复查的',
  })
  rectificationsDue(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('due', { defaultValue: false, description: '只列整改期限已到的' }) due: boolean,
  ) {
    return this.queries.rectificationsDue(ctx, due, page);
  }

  @Query(() => [OverdueReportCountType], { description: '下级机关逾期未出具检查报告的数量（上级督办）' })
  overdueInspectionReportCounts(@Ctx() ctx: RequestContext) {
    return this.queries.overdueCounts(ctx);
  }

  @Mutation(() => MatchInspectionsPayload, {
    description: '把已抽取的结果匹配为检查：同一对象在时段重叠的抽取合并为一次联合检查（R32、R35）',
  })
  async matchInspections(
    @Arg('input', () => MatchInspectionsInput) input: MatchInspectionsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspections: await this.opening.matchDraw(ctx, input.drawId) };
  }

  @Mutation(() => InspectionPayload, {
    description: '发起直接检查（投诉举报、转办交办、办案、现场发现、专项整治；非抽取，R23）',
  })
  async createDirectCheck(
    @Arg('input', () => CreateDirectCheckInput) input: CreateDirectCheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspection: await this.opening.createDirectCheck(ctx, input) };
  }
}
