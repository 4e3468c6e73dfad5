import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { InspectionItem, InspectionItemVersion } from '@dsr/db';
import { BUSINESS_CATEGORIES, timesPerYear, type FrequencyRule } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import type { FieldsOf } from '../../common/instance-of';
import { BureauType, DepartmentType, UserType } from '../org/org.types';
import type { CatalogService } from './catalog.service';
import {
  BusinessCategoryType,
  CreateItemInput,
  FrequencyRuleType,
  ItemConnection,
  ItemFilter,
  ItemPayload,
  ItemType,
  ItemVersionActionInput,
  ItemVersionType,
  RetireItemInput,
  ReviewItemInput,
  ReviseItemInput,
  UpdateItemDraftInput,
} from './catalog.types';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => ItemConnection, { description: '抽查事项清单：本单位的，以及上级机关发布的' })
  inspectionItems(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ItemFilter, { nullable: true }) filter?: ItemFilter,
  ) {
    return this.catalog.items(ctx, filter, page);
  }

  @Query(() => ItemType, { description: '按编号取抽查事项' })
  inspectionItem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.catalog.item(ctx, id);
  }

  @Query(() => ItemVersionType, { description: '按编号取事项版本（含已被取代的旧版本）' })
  inspectionItemVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.catalog.itemVersion(ctx, id);
  }

  @Query(() => [BusinessCategoryType], { description: '行业类别代码表' })
  businessCategories() {
    return Object.entries(BUSINESS_CATEGORIES).map(([code, name]) => ({ code, name }));
  }

  @Mutation(() => ItemPayload, { description: '新建抽查事项（草稿）' })
  createItem(@Arg('input', () => CreateItemInput) input: CreateItemInput, @Ctx() ctx: RequestContext) {
    return this.catalog.createItem(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '修改草稿或被退回的版本' })
  updateItemDraft(@Arg('input', () => UpdateItemDraftInput) input: UpdateItemDraftInput, @Ctx() ctx: RequestContext) {
    return this.catalog.updateItemDraft(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '提交法制部门审核（R5）' })
  submitItem(@Arg('input', () => ItemVersionActionInput) input: ItemVersionActionInput, @Ctx() ctx: RequestContext) {
    return this.catalog.submitItem(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '法制审核：通过，或退回并写明意见（仅法制审核员）' })
  reviewItem(@Arg('input', () => ReviewItemInput) input: ReviewItemInput, @Ctx() ctx: RequestContext) {
    return this.catalog.reviewItem(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '发布审核通过的版本；原发布版本随之被取代（R6、R7）' })
  publishItem(@Arg('input', () => ItemVersionActionInput) input: ItemVersionActionInput, @Ctx() ctx: RequestContext) {
    return this.catalog.publishItem(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '修订已发布的事项：新建下一版本，重新审核；现行版本继续有效' })
  reviseItem(@Arg('input', () => ReviseItemInput) input: ReviseItemInput, @Ctx() ctx: RequestContext) {
    return this.catalog.reviseItem(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '撤回未发布的版本' })
  withdrawItemDraft(
    @Arg('input', () => ItemVersionActionInput) input: ItemVersionActionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.catalog.withdrawItemDraft(ctx, input);
  }

  @Mutation(() => ItemPayload, { description: '停用已发布的事项（记录保留）' })
  retireItem(@Arg('input', () => RetireItemInput) input: RetireItemInput, @Ctx() ctx: RequestContext) {
    return this.catalog.retireItem(ctx, input);
  }
}

@Resolver(() => ItemType)
export class ItemFieldsResolver {
  @FieldResolver(() => ItemVersionType, { nullable: true, description: '现行发布版本' })
  publishedVersion(@Root() item: InspectionItem, @Ctx() ctx: RequestContext) {
    return item.publishedVersionId ? ctx.loaders.itemVersion.load(item.publishedVersionId) : null;
  }

  @FieldResolver(() => [ItemVersionType], { description: '全部版本，按版本号' })
  versions(@Root() item: InspectionItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.itemVersionsOfItem.load(item.id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '检查主体（部门）' })
  department(@Root() item: InspectionItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(item.departmentId);
  }

  @FieldResolver(() => BureauType, { nullable: true, description: '所属机关' })
  bureau(@Root() item: InspectionItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(item.bureauId);
  }
}

@Resolver(() => ItemVersionType)
export class ItemVersionFieldsResolver {
  @FieldResolver(() => DepartmentType, { nullable: true, description: '检查主体（部门）' })
  department(@Root() v: InspectionItemVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(v.departmentId);
  }

  @FieldResolver(() => [FrequencyRuleType], { description: '按等级、层级的频次规则' })
  frequencyRules(@Root() v: InspectionItemVersion): FieldsOf<FrequencyRuleType>[] {
    return (v.frequencyRules as FrequencyRule[]).map((r) => ({
      grade: r.grade ?? null,
      level: r.level ?? null,
      times: r.times,
      per: r.per,
      minimumRatioBp: r.minimumRatioBp ?? null,
      timesPerYear: timesPerYear(r),
    }));
  }

  @FieldResolver(() => UserType, { nullable: true, description: '审核人（本单位可见时）' })
  reviewer(@Root() v: InspectionItemVersion, @Ctx() ctx: RequestContext) {
    return v.reviewedBy ? ctx.loaders.user.load(v.reviewedBy) : null;
  }
}
