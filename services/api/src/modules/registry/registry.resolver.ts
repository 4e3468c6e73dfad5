import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConflictOfInterest, Inspector, Target } from '@dsr/db';
import type { RequestContext } from '../../context';
import { CAPPED_COUNT_FIELDS, PageArgs, selects } from '../../common/connection';
import { DepartmentType, UserType } from '../org/org.types';
import { TeamInspectorType } from './team-inspector.types';
import type { DirectoryService } from './directory.service';
import type { InspectorService } from './inspectors.service';
import type { TargetSearchService } from './target-search.service';
import type { TargetService } from './targets.service';
import {
  AddPermitInput,
  ConflictConnection,
  ConflictFilter,
  ConflictPayload,
  ConflictType,
  DirectoryReviewPayload,
  ReviewDirectoryInput,
  CreateInspectorInput,
  CreateTargetInput,
  DeclareConflictInput,
  EndConflictInput,
  DepartmentReadinessType,
  InspectorChangeType,
  InspectorConnection,
  InspectorFilter,
  InspectorFitType,
  InspectorPayload,
  InspectorType,
  PermitType,
  RecordRiskInput,
  RiskEntryType,
  RiskLevelEnum,
  TargetConnection,
  TargetFacetsType,
  TargetFilter,
  TargetPayload,
  TargetType,
  TerminateTargetInput,
  UpdateInspectorInput,
  UpdateTargetInput,
} from './registry.types';

@Resolver()
export class RegistryResolver {
  constructor(
    private readonly targetList: TargetSearchService,
    private readonly targetDirectory: TargetService,
    private readonly inspectorDirectory: InspectorService,
    private readonly directories: DirectoryService,
  ) {}

  @Query(() => TargetConnection, {
    description: '检查对象名录库：按名称（中文子串）、代码、区域、行业、等级、状态、许可证到期筛选',
  })
  targets(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => TargetFilter, { nullable: true }) filter?: TargetFilter,
  ) {
    return this.targetList.targets(ctx, filter, page, { cappedCountAsked: selects(info, CAPPED_COUNT_FIELDS) });
  }

  @Query(() => TargetFacetsType, { description: '符合筛选条件的检查对象按状态、行业、区域、等级、部门的计数' })
  targetFacets(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TargetFilter, { nullable: true }) filter?: TargetFilter,
  ) {
    return this.targetList.targetFacets(ctx, filter);
  }

  @Query(() => TargetType, { description: '按编号取检查对象' })
  target(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.targetDirectory.target(ctx, id);
  }

  @Query(() => InspectorConnection, { description: '执法检查人员名录库' })
  inspectors(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InspectorFilter, { nullable: true }) filter?: InspectorFilter,
  ) {
    return this.inspectorDirectory.inspectors(ctx, filter, page);
  }

  @Query(() => InspectorType, { description: '按编号取检查人员' })
  inspector(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.inspectorDirectory.inspector(ctx, id);
  }

  @Query(() => [InspectorFitType], { description: '某事项版本的检查人员是否适合（R15 技能匹配、在岗、证件有效）' })
  inspectorsForItem(
    @Arg('itemVersionId', () => ID) itemVersionId: string,
    @Ctx() ctx: RequestContext,
    @Arg('onDate', () => String, { nullable: true, description: '按哪一天判断证件有效，默认今天' }) onDate?: string,
  ) {
    return this.inspectorDirectory.inspectorsForItem(ctx, itemVersionId, onDate);
  }

  @Query(() => [DepartmentReadinessType], { description: '本单位各执法部门是否有抽取所需的 6 名在岗检查人员（R13）' })
  departmentReadiness(@Ctx() ctx: RequestContext) {
    return this.directories.readiness(ctx);
  }

  @Query(() => ConflictConnection, {
    description: '利害关系（R30）：某检查人员或某检查对象的；不给条件时，部门负责人与检查人员看本部门人员的',
  })
  conflictsOfInterest(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ConflictFilter, { nullable: true }) filter?: ConflictFilter,
  ) {
    return this.directories.conflicts(ctx, filter, page);
  }

  @Mutation(() => TargetPayload, { description: '登记检查对象（校验统一社会信用代码或公民身份号码；本单位内不重复）' })
  async createTarget(@Arg('input', () => CreateTargetInput) input: CreateTargetInput, @Ctx() ctx: RequestContext) {
    return { target: await this.targetDirectory.createTarget(ctx, input) };
  }

  @Mutation(() => TargetPayload, { description: '修改检查对象' })
  async updateTarget(@Arg('input', () => UpdateTargetInput) input: UpdateTargetInput, @Ctx() ctx: RequestContext) {
    return { target: await this.targetDirectory.updateTarget(ctx, input) };
  }

  @Mutation(() => TargetPayload, { description: '注销检查对象：退出抽取，保留历史（R11）' })
  async terminateTarget(
    @Arg('input', () => TerminateTargetInput) input: TerminateTargetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { target: await this.targetDirectory.terminateTarget(ctx, input) };
  }

  @Mutation(() => TargetPayload, { description: '登记许可证件' })
  async addTargetPermit(@Arg('input', () => AddPermitInput) input: AddPermitInput, @Ctx() ctx: RequestContext) {
    return { target: await this.targetDirectory.addPermit(ctx, input) };
  }

  @Mutation(() => TargetPayload, { description: '记录风险因素或降低因素（R10），抽取权重随之变化（R27）' })
  async recordTargetRisk(@Arg('input', () => RecordRiskInput) input: RecordRiskInput, @Ctx() ctx: RequestContext) {
    return { target: await this.targetDirectory.recordRisk(ctx, input) };
  }

  @Mutation(() => InspectorPayload, { description: '登记检查人员' })
  async createInspector(
    @Arg('input', () => CreateInspectorInput) input: CreateInspectorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspector: await this.inspectorDirectory.createInspector(ctx, input) };
  }

  @Mutation(() => InspectorPayload, { description: '修改检查人员：调动、换证、暂停、调离，均留记录（R14）' })
  async updateInspector(
    @Arg('input', () => UpdateInspectorInput) input: UpdateInspectorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspector: await this.inspectorDirectory.updateInspector(ctx, input) };
  }

  @Mutation(() => DirectoryReviewPayload, { description: '法制审核一个部门的名录库：通过，或退回并写明意见（R16）' })
  async reviewDirectory(
    @Arg('input', () => ReviewDirectoryInput) input: ReviewDirectoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { review: await this.directories.reviewDirectory(ctx, input) };
  }

  @Mutation(() => ConflictPayload, { description: '申报检查人员与检查对象的利害关系（R30）' })
  async declareConflict(
    @Arg('input', () => DeclareConflictInput) input: DeclareConflictInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { conflict: await this.directories.declareConflict(ctx, input) };
  }

  @Mutation(() => ConflictPayload, {
    description: '结束利害关系（R30）：记下截止日与原因，记录保留；截止日之后开始的抽取不再回避',
  })
  async endConflict(@Arg('input', () => EndConflictInput) input: EndConflictInput, @Ctx() ctx: RequestContext) {
    return { conflict: await this.directories.endConflict(ctx, input) };
  }
}

@Resolver(() => TargetType)
export class TargetFieldsResolver {
  constructor(private readonly targetDirectory: TargetService) {}

  @FieldResolver(() => [PermitType], { description: '许可证件' })
  permits(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return ctx.loaders.permitsOfTarget.load(t.id);
  }

  @FieldResolver(() => [RiskEntryType], { description: '风险记录' })
  riskEntries(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return ctx.loaders.riskEntriesOfTarget.load(t.id);
  }

  @FieldResolver(() => Int, { description: '今日的抽取权重（10 为一般，R27；规则见 packages/domain/src/risk.ts）' })
  async drawWeight(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return (await this.targetDirectory.risk(ctx, t)).weight;
  }

  @FieldResolver(() => RiskLevelEnum, { description: '今日的风险等级' })
  async riskLevel(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return (await this.targetDirectory.risk(ctx, t)).level;
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '管理部门' })
  department(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(t.departmentId);
  }
}

@Resolver(() => InspectorType)
export class InspectorFieldsResolver {
  @FieldResolver(() => [InspectorChangeType], { description: '变更记录（R14）' })
  history(@Root() i: Inspector, @Ctx() ctx: RequestContext) {
    return ctx.loaders.historyOfInspector.load(i.id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '所属部门' })
  department(@Root() i: Inspector, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(i.departmentId);
  }
}

/** A conflict's parties and declarer by name (plain views: the fields only read). */
@Resolver(() => ConflictType)
export class ConflictFieldsResolver {
  @FieldResolver(() => TeamInspectorType, { nullable: true, description: '检查人员（借调人员在可见范围内时）' })
  inspector(@Root() c: ConflictOfInterest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.teamInspector.load(c.inspectorId);
  }

  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象' })
  target(@Root() c: ConflictOfInterest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.targetView.load(c.targetId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: '申报人（在查看者范围内时）' })
  declarer(@Root() c: ConflictOfInterest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(c.declaredBy);
  }
}
