import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { PublicationReads } from './publication-reads';
import { publicationView } from './publication-reads';
import type { PublicationService } from './publication.service';
import {
  ApprovePublicationInput,
  PreparePublicationInput,
  PublicationFilter,
  PublicationStatsType,
  PublicationType,
  ReturnPublicationInput,
  SupersedePublicationInput,
} from './publication.types';

@Resolver()
export class PublicationResolver {
  constructor(
    private readonly service: PublicationService,
    private readonly reads: PublicationReads,
  ) {}

  @Query(() => [PublicationType], { description: '本单位及下级的公示文书（按系列、版本；最多 500 条）' })
  publications(
    @Arg('filter', () => PublicationFilter, { nullable: true }) filter: PublicationFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reads.list(ctx, filter);
  }

  @Query(() => PublicationType, { description: '一份公示文书' })
  publication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.reads.one(ctx, id);
  }

  @Query(() => [PublicationType], { description: '本单位待公示的文书（待编制、待审核、退回），按公示期限（R47）' })
  publicationQueue(
    @Arg('overdueOnly', () => Boolean, { defaultValue: false, description: '只看逾期的' }) overdueOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reads.queue(ctx, overdueOnly);
  }

  @Query(() => [PublicationStatsType], { description: '各下级单位逾期未公示的数量和公示率（R47）' })
  subordinatePublicationStats(@Ctx() ctx: RequestContext) {
    return this.reads.subordinateStats(ctx);
  }

  @Mutation(() => PublicationType, { description: '编制公示（部门，R48）；写审计记录' })
  async preparePublication(
    @Arg('input', () => PreparePublicationInput) input: PreparePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return publicationView(await this.service.prepare(ctx, input));
  }

  @Mutation(() => PublicationType, { description: '审核通过：脱敏、冻结并公示（本单位指定的审核人，非编制人，R48）' })
  async approvePublication(
    @Arg('input', () => ApprovePublicationInput) input: ApprovePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return publicationView(await this.service.approve(ctx, input));
  }

  @Mutation(() => PublicationType, { description: '退回公示（附意见，R48）' })
  async returnPublication(
    @Arg('input', () => ReturnPublicationInput) input: ReturnPublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return publicationView(await this.service.return(ctx, input));
  }

  @Mutation(() => PublicationType, { description: '更正已公示的文书：新文书审核后取代原文书，两者保留（R48）' })
  async correctPublication(
    @Arg('input', () => SupersedePublicationInput) input: SupersedePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return publicationView(await this.service.supersede(ctx, input, 'CORRECT'));
  }

  @Mutation(() => PublicationType, { description: '撤回已公示的文书：新文书审核后取代原文书，两者保留（R48）' })
  async withdrawPublication(
    @Arg('input', () => SupersedePublicationInput) input: SupersedePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return publicationView(await this.service.supersede(ctx, input, 'WITHDRAW'));
  }
}
