import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Inspection, type Appeal, type AppealAttachment } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs, selects } from '../../common/connection';
import type { UrlSigner } from '../../common/signed-url';
import { signedIn } from '../../common/principal';
import { PublicationType } from '../publication/publication.types';
import { InspectionType } from '../inspection/inspection.types';
import { appealAttachmentsOf, publicationOf } from './appeal-loaders';
import { isOverdue, type AppealService } from './appeal.service';
import {
  AcceptAppealInput,
  AnswerAppealInput,
  AppealAttachmentType,
  AppealConnection,
  AppealFilter,
  AppealPayload,
  AppealStatsType,
  AppealType,
  OpenAppealCheckInput,
} from './appeal.types';

@Resolver()
export class AppealResolver {
  constructor(private readonly service: AppealService) {}

  @Query(() => AppealConnection, {
    description: '本单位收到的异议、投诉（R49、R57），按答复期限排序；可只看未答复或已逾期的',
  })
  appeals(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppealFilter, { nullable: true }) filter?: AppealFilter,
  ) {
    return this.service.queue(ctx, filter, page, selects(info, ['totalCount']));
  }

  @Query(() => AppealType, { description: '按编号取本单位的异议或投诉' })
  appeal(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.appeal(ctx, id);
  }

  @Query(() => [AppealStatsType], { description: '下级单位的异议、投诉办理情况（R57）：逾期未答复、未答复、已答复' })
  subordinateAppealStats(@Ctx() ctx: RequestContext) {
    return this.service.subordinateStats(ctx);
  }

  @Mutation(() => AppealPayload, { description: '督察开始办理一件异议或投诉' })
  async acceptAppeal(@Arg('input', () => AcceptAppealInput) input: AcceptAppealInput, @Ctx() ctx: RequestContext) {
    return { appeal: await this.service.accept(ctx, input) };
  }

  @Mutation(() => AppealPayload, {
    description: '督察答复（成立或不成立）；成立的异议同时编制更正文书，经审核（R48）后取代原公示',
  })
  async answerAppeal(@Arg('input', () => AnswerAppealInput) input: AnswerAppealInput, @Ctx() ctx: RequestContext) {
    return { appeal: await this.service.answer(ctx, input) };
  }

  @Mutation(() => AppealPayload, { description: '因投诉启动直接检查（R23），事由为投诉，文号为受理编号' })
  async openAppealCheck(
    @Arg('input', () => OpenAppealCheckInput) input: OpenAppealCheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { appeal: await this.service.openCheck(ctx, input) };
  }
}

@Resolver(() => AppealType)
export class AppealFieldsResolver {
  constructor(private readonly links: Pick<UrlSigner, 'sign'>) {}

  @FieldResolver(() => Boolean, { description: '已逾期未答复' })
  overdue(@Root() a: Appeal) {
    return isOverdue(a);
  }

  @FieldResolver(() => PublicationType, { nullable: true, description: '针对的公示文书' })
  publication(@Root() a: Appeal, @Ctx() ctx: RequestContext) {
    return publicationOf(ctx).load(a.publicationId);
  }

  @FieldResolver(() => PublicationType, { nullable: true, description: '异议成立后编制的更正文书' })
  correction(@Root() a: Appeal, @Ctx() ctx: RequestContext) {
    return a.correctionId ? publicationOf(ctx).load(a.correctionId) : null;
  }

  @FieldResolver(() => InspectionType, { nullable: true, description: '因投诉启动的直接检查（R23）' })
  inspection(@Root() a: Appeal, @Ctx() ctx: RequestContext) {
    return a.inspectionId ? ctx.em.findOne(Inspection, { id: a.inspectionId }) : null;
  }

  @FieldResolver(() => [AppealAttachmentType], { description: '附件（按序号）' })
  async attachments(@Root() a: Appeal, @Ctx() ctx: RequestContext) {
    const p = signedIn(ctx);
    const rows = await appealAttachmentsOf(ctx).load(a.id);
    return rows.map((f: AppealAttachment) => ({
      id: f.id,
      position: f.position,
      mime: f.mime,
      sizeBytes: Number(f.sizeBytes),
      sha256: f.sha256,
      fileName: f.fileName,
      url: this.links.sign(`/appeal-attachments/${f.id}`, p).url,
    }));
  }
}
