import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CreditEntry, Target } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs, selects } from '../../common/connection';
import { BureauType } from '../org/org.types';
import { TargetType } from '../registry/target.types';
import type { CreditService } from './credit.service';
import {
  CloseCreditEntryInput,
  CreditEntryConnection,
  CreditEntryFilter,
  CreditEntryPayload,
  CreditEntryType,
  ListCreditEntryInput,
} from './credit.types';

@Resolver()
export class CreditResolver {
  constructor(private readonly credit: CreditService) {}

  @Query(() => CreditEntryConnection, {
    description: '信用名单条目（R50）：本单位及下级作出的，按名单、状态、检查对象、决定机关、列入日期筛选',
  })
  creditEntries(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CreditEntryFilter, { nullable: true }) filter?: CreditEntryFilter,
  ) {
    return this.credit.entries(ctx, filter, page, selects(info, ['totalCount']));
  }

  @Query(() => CreditEntryType, { description: '按编号取信用名单条目' })
  creditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.credit.entry(ctx, id);
  }

  @Mutation(() => CreditEntryPayload, {
    description:
      '列入经营异常名录、严重违法失信名单或黑名单（R50）：须有发现问题的检查或处罚决定；抽取权重随之提高（R51）',
  })
  async listCreditEntry(
    @Arg('input', () => ListCreditEntryInput) input: ListCreditEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: await this.credit.listEntry(ctx, input) };
  }

  @Mutation(() => CreditEntryPayload, { description: '移出信用名单（写明移出原因与日期；记录保留）' })
  async removeCreditEntry(
    @Arg('input', () => CloseCreditEntryInput) input: CloseCreditEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: await this.credit.closeEntry(ctx, input, 'REMOVED') };
  }

  @Mutation(() => CreditEntryPayload, { description: '信用修复后移出信用名单（写明修复情况与日期；记录保留）' })
  async repairCreditEntry(
    @Arg('input', () => CloseCreditEntryInput) input: CloseCreditEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: await this.credit.closeEntry(ctx, input, 'REPAIRED') };
  }
}

@Resolver(() => CreditEntryType)
export class CreditEntryFieldsResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象' })
  target(@Root() e: CreditEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(e.targetId);
  }

  @FieldResolver(() => BureauType, { nullable: true, description: '决定机关' })
  bureau(@Root() e: CreditEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(e.bureauId);
  }
}

@Resolver(() => TargetType)
export class TargetCreditFieldsResolver {
  @FieldResolver(() => [CreditEntryType], { description: '信用名单条目（R50，含已移出、已修复的）' })
  creditEntries(@Root() t: Target, @Ctx() ctx: RequestContext) {
    return ctx.loaders.creditEntriesOfTarget.load(t.id);
  }
}
