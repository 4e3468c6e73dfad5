import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { InspectionItem, InspectionItemVersion } from '@dsr/db';
import { OPEN_ITEM_STATUSES, nextItemStatus, trimmedOrNull, type ItemAction } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { executeBound } from '../../common/bound-sql';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { findInScope } from '../../common/find-in-scope';
import { flushAndAudit } from '../audit/audit.service';
import { itemSnapshot, validateItemContent, type ItemContent, type SettingsReader } from './item-content';

export type { SettingsReader } from './item-content';
import {
  itemVisibility,
  requireItemEditor,
  requireOtherReviewer,
  requireOwnItem,
  requireOwnVersion,
  requireReadableItem,
} from './catalog.access';
import type {
  CreateItemInput,
  ItemFilter,
  ReviewItemInput,
  ReviseItemInput,
  RetireItemInput,
  UpdateItemDraftInput,
  ItemVersionActionInput,
} from './catalog.types';

const OPEN = [...OPEN_ITEM_STATUSES];

/** The item list (一单): drafting, legal review, publication, revision and retirement (R1–R8). */
export class CatalogService {
  constructor(private readonly org: SettingsReader) {}

  async items(ctx: RequestContext, filter: ItemFilter | undefined, page: PageArgs) {
    const where: FilterQuery<InspectionItem>[] = [itemVisibility(signedIn(ctx))];
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.versionStatus) {
      // The legal reviewer's queue and the office's "to publish": few rows, read through the scope filter.
      const versions = await ctx.em.find(
        InspectionItemVersion,
        { status: filter.versionStatus },
        { fields: ['itemId'], disableIdentityMap: true },
      );
      where.push({ id: { $in: [...new Set(versions.map((v) => v.itemId))] } });
    }
    return paginate(ctx.em, InspectionItem, { $and: where }, page);
  }

  async item(ctx: RequestContext, id: string) {
    return requireReadableItem(ctx, id);
  }

  async itemVersion(ctx: RequestContext, id: string) {
    const v = await findInScope(ctx, InspectionItemVersion, id, '事项版本');
    await this.item(ctx, v.itemId); // same visibility as its item
    return v;
  }

  versionsOf(ctx: RequestContext, itemId: string) {
    return ctx.loaders.itemVersionsOfItem.load(itemId);
  }

  private requireEditor(ctx: RequestContext, departmentId: string) {
    requireItemEditor(signedIn(ctx), departmentId);
  }

  private async nextCode(ctx: RequestContext): Promise<string> {
    const p = signedIn(ctx);
    await executeBound(ctx, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`item-code:${p.bureauId}`]);
    const bureau = await ctx.loaders.bureau.load(p.bureauId);
    if (!bureau) throw notFound('本单位');
    const n = await ctx.em.count(InspectionItem, { bureauId: p.bureauId });
    return `${bureau.divisionCode}-${String(n + 1).padStart(3, '0')}`;
  }

  async createItem(ctx: RequestContext, input: CreateItemInput) {
    const p = signedIn(ctx);
    const content = await validateItemContent(ctx, input.content, this.org);
    this.requireEditor(ctx, content.departmentId);
    const code = input.code?.trim() || (await this.nextCode(ctx));
    const existing = await ctx.em.findOne(InspectionItem, { bureauId: p.bureauId, code });
    if (existing) throw conflict(`事项编码 ${code} 已被使用`, { field: 'code', existingId: existing.id });
    const item = ctx.em.create(InspectionItem, {
      id: uuidv7(),
      ...ownedBy(p),
      code,
      departmentId: content.departmentId,
      status: 'DRAFT',
      publishedVersionId: null,
      latestVersionNo: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    await ctx.em.persist(item).flush(); // ids are plain columns: the ORM cannot order the two inserts itself
    const v = this.newVersion(ctx, item, 1, content);
    ctx.em.persist(v);
    await flushAndAudit(ctx, {
      operation: 'CREATE_ITEM',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: itemSnapshot(v),
    });
    return { item, itemVersion: v };
  }

  private newVersion(
    ctx: RequestContext,
    item: InspectionItem,
    versionNo: number,
    content: ItemContent,
  ): InspectionItemVersion {
    const p = signedIn(ctx);
    return ctx.em.create(InspectionItemVersion, {
      id: uuidv7(),
      ...ownedBy(p),
      itemId: item.id,
      versionNo,
      status: 'DRAFT',
      ...content,
      createdBy: p.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
      submittedBy: null,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: null,
      publishedBy: null,
      publishedAt: null,
      retiredBy: null,
      retiredAt: null,
    });
  }

  /** A version of the caller's own bureau, at the version number the caller read. */
  private async ownVersion(ctx: RequestContext, versionId: string, version: number) {
    const v = await requireOwnVersion(ctx, versionId);
    if (v.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: v.version });
    const item = await ctx.em.findOneOrFail(InspectionItem, { id: v.itemId });
    return { v, item };
  }

  private move(v: InspectionItemVersion, action: ItemAction) {
    v.status = nextItemStatus(v.status, action);
  }

  async updateItemDraft(ctx: RequestContext, input: UpdateItemDraftInput) {
    const { v, item } = await this.ownVersion(ctx, input.versionId, input.version);
    this.requireEditor(ctx, v.departmentId);
    const before = itemSnapshot(v);
    this.move(v, 'EDIT');
    const content = await validateItemContent(ctx, input.content, this.org);
    this.requireEditor(ctx, content.departmentId);
    if (v.versionNo > 1 && content.departmentId !== item.departmentId) {
      throw badInput('content.departmentId', '修订版本不能更换检查主体；请新建事项');
    }
    Object.assign(v, content);
    if (v.versionNo === 1) item.departmentId = content.departmentId;
    await flushAndAudit(ctx, {
      operation: 'UPDATE_ITEM_DRAFT',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      before,
      after: itemSnapshot(v),
    });
    return { item, itemVersion: v };
  }

  async submitItem(ctx: RequestContext, input: ItemVersionActionInput) {
    const { v, item } = await this.ownVersion(ctx, input.versionId, input.version);
    this.requireEditor(ctx, v.departmentId);
    this.move(v, 'SUBMIT');
    v.submittedBy = signedIn(ctx).userId;
    v.submittedAt = new Date();
    await flushAndAudit(ctx, {
      operation: 'SUBMIT_ITEM',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: { status: v.status },
    });
    return { item, itemVersion: v };
  }

  /** R5: only the legal department approves, or returns with its comments. */
  async reviewItem(ctx: RequestContext, input: ReviewItemInput) {
    const { v, item } = await this.ownVersion(ctx, input.versionId, input.version);
    requireOtherReviewer(signedIn(ctx), v);
    const comment = trimmedOrNull(input.comment);
    if (input.decision === 'RETURN' && !comment) throw badInput('comment', '退回时必须写明审核意见');
    this.move(v, input.decision === 'APPROVE' ? 'APPROVE' : 'RETURN');
    v.reviewedBy = signedIn(ctx).userId;
    v.reviewedAt = new Date();
    v.reviewComment = comment;
    await flushAndAudit(ctx, {
      operation: input.decision === 'APPROVE' ? 'APPROVE_ITEM' : 'RETURN_ITEM',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: { status: v.status, comment },
    });
    return { item, itemVersion: v };
  }

  /** Publishing makes this version the item's current one; the previous one is superseded (R6). */
  async publishItem(ctx: RequestContext, input: ItemVersionActionInput) {
    const { v, item } = await this.ownVersion(ctx, input.versionId, input.version);
    this.move(v, 'PUBLISH');
    v.publishedBy = signedIn(ctx).userId;
    v.publishedAt = new Date();
    if (item.publishedVersionId) {
      const previous = await ctx.em.findOneOrFail(InspectionItemVersion, { id: item.publishedVersionId });
      this.move(previous, 'SUPERSEDE');
    }
    item.publishedVersionId = v.id;
    item.status = 'PUBLISHED';
    await flushAndAudit(ctx, {
      operation: 'PUBLISH_ITEM',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: itemSnapshot(v),
    });
    return { item, itemVersion: v };
  }

  /** R6: a change of a published item is a new version, reviewed again; the published one stays in force meanwhile. */
  async reviseItem(ctx: RequestContext, input: ReviseItemInput) {
    const item = await requireOwnItem(ctx, input.itemId);
    if (item.status !== 'PUBLISHED')
      throw new GraphQLError('只有已发布的事项可以修订；草稿请直接修改', {
        extensions: { code: 'INVALID_TRANSITION', field: 'itemId' },
      });
    const open = await ctx.em.findOne(InspectionItemVersion, { itemId: item.id, status: { $in: OPEN } });
    if (open) throw conflict(`该事项已有未发布的版本 ${open.versionNo}，请先完成或撤回它`, { openVersionId: open.id });
    const content = await validateItemContent(ctx, input.content, this.org);
    this.requireEditor(ctx, item.departmentId);
    if (content.departmentId !== item.departmentId)
      throw badInput('content.departmentId', '修订版本不能更换检查主体；请新建事项');
    item.latestVersionNo += 1;
    const v = this.newVersion(ctx, item, item.latestVersionNo, content);
    ctx.em.persist(v);
    await flushAndAudit(ctx, {
      operation: 'REVISE_ITEM',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: itemSnapshot(v),
    });
    return { item, itemVersion: v };
  }

  async withdrawItemDraft(ctx: RequestContext, input: ItemVersionActionInput) {
    const { v, item } = await this.ownVersion(ctx, input.versionId, input.version);
    this.requireEditor(ctx, v.departmentId);
    this.move(v, 'WITHDRAW');
    if (item.status === 'DRAFT') item.status = 'RETIRED'; // never published: the item ends with its only version
    await flushAndAudit(ctx, {
      operation: 'WITHDRAW_ITEM_DRAFT',
      objectType: 'InspectionItemVersion',
      objectId: v.id,
      after: { status: v.status },
    });
    return { item, itemVersion: v };
  }

  async retireItem(ctx: RequestContext, input: RetireItemInput) {
    const item = await requireOwnItem(ctx, input.itemId);
    if (item.status !== 'PUBLISHED' || !item.publishedVersionId) {
      throw new GraphQLError('只有已发布的事项可以停用', {
        extensions: { code: 'INVALID_TRANSITION', field: 'itemId' },
      });
    }
    const v = await ctx.em.findOneOrFail(InspectionItemVersion, { id: item.publishedVersionId });
    this.move(v, 'RETIRE');
    v.retiredBy = signedIn(ctx).userId;
    v.retiredAt = new Date();
    for (const open of await ctx.em.find(InspectionItemVersion, { itemId: item.id, status: { $in: OPEN } }))
      open.status = 'WITHDRAWN';
    item.status = 'RETIRED';
    await flushAndAudit(ctx, {
      operation: 'RETIRE_ITEM',
      objectType: 'InspectionItem',
      objectId: item.id,
      after: { status: item.status, reason: input.reason.trim() },
    });
    return { item, itemVersion: v };
  }
}
