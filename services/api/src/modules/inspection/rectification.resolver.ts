import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { RectificationService } from './rectification.service';
import {
  FollowUpInput,
  IssueRectificationDraftInput,
  IssueRectificationInput,
  PenaltyDecisionInput,
  PenaltyRevocationInput,
  RectificationDraftPayload,
  RectificationNoticePayload,
} from './rectification.types';

/** Rectification (R40): the notice and its draft, the follow-up check, the penalty decision. */
@Resolver()
export class RectificationResolver {
  constructor(private readonly rectification: RectificationService) {}

  @Mutation(() => RectificationNoticePayload, {
    description: '签发责令整改通知书（R40）：本单位设置的签发角色（默认部门负责人）；文书编号按序生成',
  })
  async issueRectificationNotice(
    @Arg('input', () => IssueRectificationInput) input: IssueRectificationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { notice: await this.rectification.issueRectification(ctx, input) };
  }

  @Mutation(() => RectificationDraftPayload, { description: '起草责令整改通知书（检查人员）：待签发角色签发' })
  async draftRectificationNotice(
    @Arg('input', () => IssueRectificationInput) input: IssueRectificationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { draft: await this.rectification.draftRectification(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '签发整改通知书草稿：签发角色（默认部门负责人）' })
  async issueRectificationDraft(
    @Arg('input', () => IssueRectificationDraftInput) input: IssueRectificationDraftInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { notice: await this.rectification.issueRectificationDraft(ctx, input.draftId, input.version) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '记录复查结果：合格结案，不合格立案查处（R40）' })
  async recordFollowUpCheck(@Arg('input', () => FollowUpInput) input: FollowUpInput, @Ctx() ctx: RequestContext) {
    return { notice: await this.rectification.recordFollowUp(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, { description: '记录处罚决定（文号与日期；公示期限自决定日起算）' })
  async recordPenaltyDecision(
    @Arg('input', () => PenaltyDecisionInput) input: PenaltyDecisionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { notice: await this.rectification.recordPenaltyDecision(ctx, input) };
  }

  @Mutation(() => RectificationNoticePayload, {
    description: '记录处罚决定的撤销：已公示的处罚结果自撤销之日起 5 个工作日内撤回（公示时钟）',
  })
  async recordPenaltyRevocation(
    @Arg('input', () => PenaltyRevocationInput) input: PenaltyRevocationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { notice: await this.rectification.recordPenaltyRevocation(ctx, input) };
  }
}
