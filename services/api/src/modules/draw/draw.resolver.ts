import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { canonicalJson, currentTeams, type DrawResult } from '@dsr/domain';
import type { Draw } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import type { DrawService } from './draw.service';

import {
  CommitDrawInput,
  ConfirmDispatchInput,
  CrossRegionPoolInput,
  CrossRegionPoolPayload,
  DrawConnection,
  DrawDispatchPayload,
  DrawDispatchType,
  DrawExclusionType,
  DrawFilter,
  DrawPayload,
  DrawSelectionType,
  DrawSwapPayload,
  DrawSwapType,
  DrawType,
  DrawVerificationType,
  EnterBeaconInput,
  RedrawInput,
  RunDrawInput,
  ApproveDrawSwapInput,
  DeclineDrawSwapInput,
  DrawSwapRequestPayload,
  DrawSwapRequestType,
  RequestDrawSwapInput,
} from './draw.types';

@Resolver()
export class DrawResolver {
  constructor(private readonly drawing: DrawService) {}

  @Query(() => DrawConnection, { description: '抽取记录：本单位的，以及下级机关的（承诺后即可见）' })
  draws(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DrawFilter, { nullable: true }) filter?: DrawFilter,
  ) {
    return this.drawing.draws(ctx, filter, page);
  }

  @Query(() => DrawType, { description: '按编号取抽取记录' })
  draw(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.drawing.draw(ctx, id);
  }

  @Query(() => DrawVerificationType, {
    description:
      '验证一次抽取及其换人记录：承诺值与随机数、快照摘要、结果摘要、按快照重放，以及编号、信标来源、换人顺序、检查组与候选人是否有效（R33，DRAW.md §9）',
  })
  verifyDraw(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.drawing.verify(ctx, id);
  }

  @Query(() => String, {
    description:
      '导出完整抽取记录（规范化 JSON，DRAW.md §7）：快照、随机数、信标、结果、摘要与换人记录；可用 pnpm verify-draw 离线验证',
  })
  async drawRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return canonicalJson(await this.drawing.record(ctx, id));
  }

  @Query(() => [DrawDispatchType], {
    description:
      '未确认的派发（R32），供双随机办督促、部门负责人确认；overdue 只列超期的，departmentId 只列派给该部门的',
  })
  pendingDrawDispatches(
    @Ctx() ctx: RequestContext,
    @Arg('overdue', { defaultValue: false, description: '只列超期未确认的' }) overdue: boolean,
    @Arg('departmentId', () => ID, { nullable: true, description: '只列派给该部门的（部门负责人：本部门）' })
    departmentId?: string | null,
  ) {
    return this.drawing.pendingDispatches(ctx, overdue, departmentId ?? null);
  }

  @Query(() => [DrawSwapRequestType], { description: '待批准的换人申请（R31），按申请时间' })
  pendingDrawSwapRequests(@Ctx() ctx: RequestContext) {
    return this.drawing.pendingSwapRequests(ctx);
  }

  @Mutation(() => DrawPayload, {
    description: '承诺抽取：据已备案计划的轮次生成快照，公开快照摘要与承诺值（DRAW.md §1）',
  })
  async commitDraw(@Arg('input', () => CommitDrawInput) input: CommitDrawInput, @Ctx() ctx: RequestContext) {
    return { draw: await this.drawing.commit(ctx, input) };
  }

  @Mutation(() => DrawPayload, { description: '录入信标（只能一次；彩票号码须由承诺人以外的人录入）' })
  async enterDrawBeacon(@Arg('input', () => EnterBeaconInput) input: EnterBeaconInput, @Ctx() ctx: RequestContext) {
    return { draw: await this.drawing.enterBeacon(ctx, input) };
  }

  @Mutation(() => DrawPayload, { description: '执行抽取：公开随机数与结果，并派发给各部门（R32）' })
  async runDraw(@Arg('input', () => RunDrawInput) input: RunDrawInput, @Ctx() ctx: RequestContext) {
    return { draw: await this.drawing.run(ctx, input.drawId) };
  }

  @Mutation(() => DrawPayload, { description: '批准重抽（部门负责人，R31）：承诺一次新的抽取，取代原抽取，原记录保留' })
  async redraw(@Arg('input', () => RedrawInput) input: RedrawInput, @Ctx() ctx: RequestContext) {
    return { draw: await this.drawing.redraw(ctx, input) };
  }

  @Mutation(() => DrawSwapRequestPayload, {
    description: '申请换人（双随机办或被换人员所在部门，R31）：冻结快照、公开摘要与承诺值，待另一人批准（DRAW.md §9）',
  })
  async requestDrawSwap(
    @Arg('input', () => RequestDrawSwapInput) input: RequestDrawSwapInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { request: await this.drawing.requestSwap(ctx, input) };
  }

  @Mutation(() => DrawSwapPayload, {
    description:
      '批准换人申请（部门负责人，非申请人；其本人的申请由局领导批准）：公开随机数，补入人员随机产生（dsr-swap/1）并进入检查组',
  })
  async approveDrawSwap(
    @Arg('input', () => ApproveDrawSwapInput) input: ApproveDrawSwapInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { swap: await this.drawing.approveSwap(ctx, input.requestId) };
  }

  @Mutation(() => DrawSwapRequestPayload, { description: '驳回换人申请（写明理由）' })
  async declineDrawSwap(
    @Arg('input', () => DeclineDrawSwapInput) input: DeclineDrawSwapInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { request: await this.drawing.declineSwap(ctx, input) };
  }

  @Mutation(() => CrossRegionPoolPayload, {
    description: '上级指定：人员不足的下级可从哪些同级机关抽取检查人员（R34；下级还须在设置中启用跨区域抽取）',
  })
  async nameCrossRegionPool(
    @Arg('input', () => CrossRegionPoolInput) input: CrossRegionPoolInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { pool: await this.drawing.nameCrossRegionPool(ctx, input) };
  }

  @Mutation(() => DrawDispatchPayload, { description: '部门确认收到派发的抽取结果（R32）' })
  async confirmDrawDispatch(
    @Arg('input', () => ConfirmDispatchInput) input: ConfirmDispatchInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { dispatch: await this.drawing.confirmDispatch(ctx, input.dispatchId) };
  }
}

@Resolver(() => DrawType)
export class DrawFieldsResolver {
  @FieldResolver(() => Boolean, { description: '是否为“无信标”抽取（保证较弱，各处标明）' })
  noBeacon(@Root() d: Draw) {
    return d.beaconSource === 'NONE';
  }

  @FieldResolver(() => [DrawSelectionType], { description: '抽取结果：检查对象与检查组（换人后的现状）；抽取前为空' })
  async selections(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    if (d.status !== 'DRAWN') return [];
    const [content, swaps] = await Promise.all([
      ctx.loaders.drawContent.load(d.id),
      ctx.loaders.swapsOfDraw.load(d.id),
    ]);
    // A drawn draw always has its result; the check tells the type so.
    if (!content?.result) return [];
    const result = JSON.parse(content.result) as DrawResult;
    const teams = currentTeams(result, swaps);
    return result.selections.map((s, position) => ({
      ...s,
      position,
      inspectorIds: teams.get(s.targetId) ?? s.inspectorIds,
    }));
  }

  @FieldResolver(() => [DrawExclusionType], { description: '排除的检查对象与不符合条件的检查人员，及原因' })
  async exclusions(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.drawContent.load(d.id))?.exclusions ?? [];
  }

  @FieldResolver(() => [DrawDispatchType], { description: '派发给各部门的情况（R32）' })
  dispatches(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    return ctx.loaders.dispatchesOfDraw.load(d.id);
  }

  @FieldResolver(() => [DrawSwapType], { description: '换人记录（R31）：已批准并公开的' })
  swaps(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    return ctx.loaders.swapsOfDraw.load(d.id);
  }

  @FieldResolver(() => [DrawSwapRequestType], {
    description: '换人申请（R31）：待批准、已批准、驳回或作废的，按申请时间',
  })
  swapRequests(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    return ctx.loaders.swapRequestsOfDraw.load(d.id);
  }

  @FieldResolver(() => GraphQLJSON, { nullable: true, description: '快照（DRAW.md §2），承诺时冻结' })
  async snapshot(@Root() d: Draw, @Ctx() ctx: RequestContext) {
    await ctx.em.populate(d, ['snapshot'] as never);
    return JSON.parse(d.snapshot) as unknown;
  }
}
