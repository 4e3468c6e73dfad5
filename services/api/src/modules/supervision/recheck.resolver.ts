import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canonicalJson, recordedResultDigest, type SampleResult } from '@dsr/domain';
import DataLoader from 'dataloader';
import { RecheckEvidence, type RecheckFindingStatus, type RecheckItem, type RecheckSample } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { UrlSigner } from '../../common/signed-url';
import { RecheckEvidenceFiles, recheckEvidencePath } from './recheck-evidence';
import { InspectionType } from '../inspection/inspection.types';
import { BureauType } from '../org/org.types';
import { TeamInspectorType } from '../registry/team-inspector.types';
import { inspectionsNow, type FinishedInspection } from './recheck.queries';
import type { RecheckService } from './recheck.service';
import {
  AnswerRecheckFindingInput,
  CloseRecheckFindingInput,
  EnlargeRecheckInput,
  EnterRecheckBeaconInput,
  OpenRecheckInput,
  RecheckFindingPayload,
  RecheckFindingStatusEnum,
  RecheckEvidenceType,
  RecheckFindingType,
  RecheckItemPayload,
  RecheckItemType,
  RecheckLineType,
  RecheckPayload,
  RecheckSampleType,
  RecheckSizeRuleEnum,
  RecheckStratumType,
  RecheckType,
  RecheckVerificationType,
  RecordRecheckInput,
  type RecheckSizeRuleName,
} from './recheck.types';

@Resolver()
export class RecheckResolver {
  constructor(private readonly service: RecheckService) {}

  @Query(() => [RecheckType], { description: '本单位（及下级）的复查（R54），新的在前' })
  rechecks(@Ctx() ctx: RequestContext) {
    return this.service.rechecks(ctx);
  }

  @Query(() => RecheckType, { description: '按编号取复查' })
  recheck(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.recheck(ctx, id);
  }

  @Query(() => [RecheckSampleType], { description: '复查的抽样记录（首次抽样及各次扩大）' })
  recheckSamples(@Arg('recheckId', () => ID) recheckId: string, @Ctx() ctx: RequestContext) {
    return this.service.samples(ctx, recheckId);
  }

  @Query(() => [RecheckItemType], { description: '复查抽中的检查及其复查状态（按分层、签号）' })
  recheckItems(@Arg('recheckId', () => ID) recheckId: string, @Ctx() ctx: RequestContext) {
    return this.service.items(ctx, recheckId);
  }

  @Query(() => String, {
    description:
      '导出复查抽样记录（规范化 JSON，DRAW.md §10）：快照、随机数、信标、结果、摘要、所扩大的样本与复查人员抽取；可用 pnpm verify-draw 离线验证',
  })
  async recheckRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return canonicalJson(await this.service.record(ctx, id));
  }

  @Query(() => RecheckVerificationType, {
    description: '验证复查抽样：承诺值、快照与对象摘要、结果摘要、重放，以及扩大样本是否包含原样本（DRAW.md §10）',
  })
  verifyRecheck(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.verify(ctx, id);
  }

  @Query(() => [RecheckFindingType], {
    description: '复查发现的问题：上级看本单位交办的，下级看交本单位答复的（同级看不到）',
  })
  recheckFindings(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => RecheckFindingStatusEnum, { nullable: true, description: '只看该状态' })
    status?: RecheckFindingStatus | null,
    @Arg('recheckId', () => ID, { nullable: true, description: '只看该复查的' }) recheckId?: string | null,
  ) {
    return this.service.findings(ctx, status ?? null, recheckId ?? null);
  }

  @Mutation(() => RecheckPayload, {
    description:
      '法制或督察发起复查并承诺抽样：下级在期间内已办结的全部检查及其结果摘要组成快照，公开快照摘要与承诺值（R54，DRAW.md §10）',
  })
  async openRecheck(@Arg('input', () => OpenRecheckInput) input: OpenRecheckInput, @Ctx() ctx: RequestContext) {
    return { recheck: await this.service.open(ctx, input) };
  }

  @Mutation(() => RecheckPayload, { description: '录入复查抽样的信标（一次；须由承诺人以外的人录入）' })
  async enterRecheckBeacon(
    @Arg('input', () => EnterRecheckBeaconInput) input: EnterRecheckBeaconInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { recheck: await this.service.enterBeacon(ctx, input) };
  }

  @Mutation(() => RecheckPayload, {
    description: '执行复查抽样：公开随机数与结果，并为每件抽中的检查抽取复查人员（排除原检查组与下级人员）',
  })
  async runRecheck(@Arg('recheckId', () => ID) recheckId: string, @Ctx() ctx: RequestContext) {
    return { recheck: await this.service.run(ctx, recheckId) };
  }

  @Mutation(() => RecheckPayload, {
    description: '扩大复查样本：同一随机数与信标、更大的样本量，新样本包含原样本（一致抽样，DRAW.md §10）',
  })
  async enlargeRecheck(
    @Arg('input', () => EnlargeRecheckInput) input: EnlargeRecheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { recheck: await this.service.enlarge(ctx, input) };
  }

  @Mutation(() => RecheckItemPayload, {
    description: '记录一件检查的复查（原检查的检查内容逐项）：一致，或不一致并列明差异、交下级答复（R54）',
  })
  async recordRecheckExamination(
    @Arg('input', () => RecordRecheckInput) input: RecordRecheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.recordExamination(ctx, input);
  }

  @Mutation(() => RecheckFindingPayload, {
    description: '下级答复复查发现的问题：已更正（须先提交记录的更正修订；已公示的结果同时编制更正公示）或说明理由',
  })
  async answerRecheckFinding(
    @Arg('input', () => AnswerRecheckFindingInput) input: AnswerRecheckFindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { finding: await this.service.answerFinding(ctx, input) };
  }

  @Mutation(() => RecheckFindingPayload, { description: '上级对已答复的问题销号' })
  async closeRecheckFinding(
    @Arg('input', () => CloseRecheckFindingInput) input: CloseRecheckFindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { finding: await this.service.closeFinding(ctx, input) };
  }
}

@Resolver(() => RecheckSampleType)
export class RecheckSampleFieldsResolver {
  @FieldResolver(() => RecheckSizeRuleEnum, { description: '样本量规则' })
  sizeRuleName(@Root() s: RecheckSample): RecheckSizeRuleName {
    return s.sizeRule === 'RATIO' ? 'RATIO' : 'GB2828_II';
  }

  @FieldResolver(() => [RecheckStratumType], {
    nullable: true,
    description: '各分层（下级单位）的总体与样本量（抽样后）',
  })
  async strata(@Root() s: RecheckSample, @Ctx() ctx: RequestContext) {
    if (s.status !== 'DRAWN') return null;
    await ctx.em.populate(s, ['result'] as never);
    return (JSON.parse(s.result ?? '{"strata":[]}') as SampleResult).strata;
  }
}

/** The inspections' results as they are now, one query for all the items a request shows (per request). */
const resultsNow = new WeakMap<RequestContext, DataLoader<string, FinishedInspection | null>>();
function resultNow(ctx: RequestContext, inspectionId: string): Promise<FinishedInspection | null> {
  let loader = resultsNow.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await inspectionsNow(ctx, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    resultsNow.set(ctx, loader);
  }
  return loader.load(inspectionId);
}

/** The files of the items a request shows, one query for all (per request). */
const filesOfItems = new WeakMap<RequestContext, DataLoader<string, RecheckEvidence[]>>();
function filesOf(ctx: RequestContext, itemId: string): Promise<RecheckEvidence[]> {
  let loader = filesOfItems.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        RecheckEvidence,
        { recheckItemId: { $in: [...ids] } },
        { orderBy: { uploadedAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.recheckItemId === id));
    });
    filesOfItems.set(ctx, loader);
  }
  return loader.load(itemId);
}

@Resolver(() => RecheckItemType)
export class RecheckItemFieldsResolver {
  private readonly files = new RecheckEvidenceFiles();

  constructor(private readonly links: Pick<UrlSigner, 'sign'>) {}

  @FieldResolver(() => [RecheckEvidenceType], {
    description: '复查证据（上传先后为序；复查结论作出后冻结，各文件的 SHA-256 计入复查记录摘要）',
  })
  async evidence(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    const p = ctx.principal;
    return (await filesOf(ctx, i.id)).map((e) =>
      this.files.json(e, p ? this.links.sign(recheckEvidencePath(e.id), p).url : recheckEvidencePath(e.id)),
    );
  }

  @FieldResolver(() => InspectionType, { nullable: true, description: '被复查的检查（检查对象、期限、检查组）' })
  inspection(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.inspection.load(i.inspectionId);
  }

  @FieldResolver(() => [TeamInspectorType], {
    description: '抽取的复查人员（姓名、警号、部门与机关；按抽取次序），一次批量读取',
  })
  async inspectors(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    // The per-request teamInspector loader: one read for every item's re-checkers (loaders.ts).
    const found = await ctx.loaders.teamInspector.loadMany(i.inspectorIds);
    return found.filter((x) => x && !(x instanceof Error));
  }

  @FieldResolver(() => BureauType, { nullable: true, description: '作出被复查检查的下级机关' })
  inspectionBureau(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(i.inspectionBureauId);
  }

  /** DRAW.md §10: a result changed after the commitment is found by its digest. */
  @FieldResolver(() => String, { nullable: true, description: '该检查结果现在的摘要（不可读时为空）' })
  async currentDigest(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    const now = await resultNow(ctx, i.inspectionId);
    return now ? recordedResultDigest(now.result) : null;
  }

  @FieldResolver(() => [RecheckLineType], {
    description: '原检查的检查内容（冻结的事项版本）及其现在的结论：复查逐项对照',
  })
  async checklist(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    const latest = (await ctx.loaders.recordsOfInspection.load(i.inspectionId)).at(-1); // by revision
    return (latest?.answers ?? []).map((a) => ({
      itemVersionId: a.itemVersionId,
      no: a.no,
      text: a.text,
      result: a.result,
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: '原检查报告的处理意见（定稿）' })
  async originalOpinion(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    const report = await ctx.loaders.reportOfInspection.load(i.inspectionId);
    return report?.status === 'APPROVED' ? report.opinion : null;
  }

  @FieldResolver(() => Boolean, {
    description: '承诺抽样后下级改动了该检查结果（现在的摘要与承诺时不同）',
  })
  async resultChanged(@Root() i: RecheckItem, @Ctx() ctx: RequestContext) {
    return (await this.currentDigest(i, ctx)) !== i.committedDigest;
  }
}
