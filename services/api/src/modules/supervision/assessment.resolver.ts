import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Assessment, AssessmentStandard } from '@dsr/db';
import { periodDays, type AssessmentPeriod } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { AssessmentService } from './assessment.service';
import {
  AdjustAssessmentScoreInput,
  AssessmentFigureType,
  AssessmentIndicatorDefinitionType,
  AssessmentPayload,
  AssessmentPeriodEnum,
  AssessmentRecordsInput,
  AssessmentRecordType,
  AssessmentScoreType,
  AssessmentStandardPayload,
  AssessmentStandardType,
  AssessmentType,
  ComputeAssessmentInput,
  CreateAssessmentStandardInput,
  IssueAssessmentInput,
  ReviseAssessmentStandardInput,
} from './assessment.types';

@Resolver()
export class AssessmentResolver {
  constructor(private readonly service: AssessmentService) {}

  @Query(() => [AssessmentIndicatorDefinitionType], { description: '可选用的考核指标及其口径（R55）' })
  assessmentIndicators() {
    return this.service.indicators();
  }

  @Query(() => [AssessmentStandardType], { description: '本单位制定的考核标准（各期间、各版本，新版本在前）' })
  assessmentStandards(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '只看一个年度' }) year?: number,
  ) {
    return this.service.standards(ctx, year);
  }

  @Query(() => [AssessmentType], { description: '本单位对直属下级单位的考核' })
  assessments(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '只看一个年度' }) year?: number,
  ) {
    return this.service.assessments(ctx, year);
  }

  @Query(() => AssessmentType, { description: '按编号取本单位的一次考核' })
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.assessment(ctx, id);
  }

  @Query(() => [AssessmentFigureType], {
    description: '直属下级单位一个期间各指标的分子与分母（实时统计，按单位合计并按部门分列）',
  })
  assessmentFigures(
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('period', () => AssessmentPeriodEnum, { description: '期间' }) period: AssessmentPeriod,
    @Ctx() ctx: RequestContext,
    @Arg('bureauId', () => ID, { nullable: true, description: '只看一个直属下级单位' }) bureauId?: string,
  ) {
    return this.service.figures(ctx, year, period, bureauId);
  }

  @Query(() => [AssessmentRecordType], { description: '下钻：构成一个被考核单位某指标数字的记录' })
  assessmentRecords(
    @Arg('input', () => AssessmentRecordsInput) input: AssessmentRecordsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.records(ctx, input);
  }

  @Mutation(() => AssessmentStandardPayload, { description: '制定一个期间的考核标准（各指标权重之和须为 100%）' })
  async createAssessmentStandard(
    @Arg('input', () => CreateAssessmentStandardInput) input: CreateAssessmentStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { standard: await this.service.createStandard(ctx, input) };
  }

  @Mutation(() => AssessmentStandardPayload, { description: '修订考核标准：形成新版本，已发布的考核沿用原版本' })
  async reviseAssessmentStandard(
    @Arg('input', () => ReviseAssessmentStandardInput) input: ReviseAssessmentStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { standard: await this.service.reviseStandard(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, { description: '按现行标准计算（或重新计算）一个期间的考核得分与排名' })
  async computeAssessment(
    @Arg('input', () => ComputeAssessmentInput) input: ComputeAssessmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { assessment: await this.service.compute(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, { description: '调整一个下级单位的得分（须写明理由，记入审计）' })
  async adjustAssessmentScore(
    @Arg('input', () => AdjustAssessmentScoreInput) input: AdjustAssessmentScoreInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { assessment: await this.service.adjust(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, { description: '发布考核结果；发布后冻结' })
  async issueAssessment(
    @Arg('input', () => IssueAssessmentInput) input: IssueAssessmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { assessment: await this.service.issue(ctx, input) };
  }
}

@Resolver(() => AssessmentType)
export class AssessmentFieldsResolver {
  constructor(private readonly service: AssessmentService) {}

  @FieldResolver(() => String, { description: '统计起始日' })
  periodStart(@Root() a: Assessment) {
    return periodDays(a.year, a.period).start;
  }

  @FieldResolver(() => AssessmentStandardType, { description: '所用考核标准版本' })
  standard(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return this.service.standard(ctx, a.standardId);
  }

  @FieldResolver(() => [AssessmentScoreType], { description: '各下级单位的得分，按排名' })
  scores(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return this.service.scores(ctx, a);
  }
}

@Resolver(() => AssessmentStandardType)
export class AssessmentStandardFieldsResolver {
  constructor(private readonly service: AssessmentService) {}

  @FieldResolver(() => Boolean, { description: '是否为该期间的现行版本' })
  current(@Root() s: AssessmentStandard, @Ctx() ctx: RequestContext) {
    return this.service.isCurrent(ctx, s);
  }
}
