import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { CreditEntry } from '@dsr/db';
import {
  CREDIT_LIST_NAMES,
  DomainError,
  chinaDay,
  checkCreditClosing,
  checkCreditListing,
  parseIsoDate,
  type CreditEntryState,
  type JsonValue,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findWhere } from '../../common/filtered-read';
import { isUuid } from '../../loaders';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { paginate, type PageArgs } from '../../common/connection';
import { flushAndAudit } from '../audit/audit.service';
import { requireReadableTarget } from '../registry/registry.access';
import { creditReadCondition, requireOwnEntry, requireOwnTarget } from './credit.access';
import { requireCreditCause, requireListedAfterCause } from './credit-cause';
import type { CreditPublisher } from './credit.ports';
import type { CloseCreditEntryInput, CreditEntryFilter, ListCreditEntryInput } from './credit.types';

const STALE = '记录已被他人修改，请刷新后重试';

function entrySnapshot(e: CreditEntry): JsonValue {
  return {
    targetId: e.targetId,
    list: e.list,
    state: e.state,
    reason: e.reason,
    listedOn: e.listedOn,
    restrictions: e.restrictions,
    causeKind: e.causeKind,
    causeInspectionId: e.causeInspectionId,
    causeNoticeId: e.causeNoticeId,
    causeDocumentNo: e.causeDocumentNo,
    removalReason: e.removalReason,
    removedOn: e.removedOn,
  };
}

/** The bureau's list filters as a where clause (dates checked). */
function filterWhere(f: CreditEntryFilter | undefined): FilterQuery<CreditEntry> {
  const where: FilterQuery<CreditEntry>[] = [];
  if (f?.list) where.push({ list: f.list });
  if (f?.state) where.push({ state: f.state });
  if (f?.targetId) where.push({ targetId: f.targetId });
  if (f?.bureauId) where.push({ bureauId: f.bureauId });
  if (f?.listedFrom) where.push({ listedOn: { $gte: parseIsoDate(f.listedFrom, 'filter.listedFrom') } });
  if (f?.listedTo) where.push({ listedOn: { $lte: parseIsoDate(f.listedTo, 'filter.listedTo') } });
  return where.length ? { $and: where } : {};
}

/**
 * Credit lists (R50, R51): entries opened on a finding, removed or repaired by the bureau that
 * decided them. Each write is one audited change in the request's transaction.
 */
export class CreditService {
  /** R46/R48: each listing, removal or repair prepares the entry's CREDIT_ENTRY publication (approved as any). */
  constructor(private readonly publisher: CreditPublisher) {}

  /** The entries in the caller's scope, filtered, oldest first (cursor paging). */
  async entries(ctx: RequestContext, filter: CreditEntryFilter | undefined, page: PageArgs, countAsked = false) {
    if (filter?.targetId) await requireReadableTarget(ctx, filter.targetId);
    return paginate(ctx.em, CreditEntry, filterWhere(filter), page, undefined, {
      also: creditReadCondition(ctx),
      countAsked,
    });
  }

  async entry(ctx: RequestContext, id: string) {
    const entry = isUuid(id)
      ? (await findWhere(ctx.em, CreditEntry, { id }, undefined, { limit: 1, also: creditReadCondition(ctx) })).at(0)
      : undefined;
    if (!entry) throw notFound('信用名单条目');
    return entry;
  }

  /** R50: a target of the bureau onto a list, on a checked finding; one open entry per target and list. */
  async listEntry(ctx: RequestContext, input: ListCreditEntryInput) {
    const p = signedIn(ctx);
    const target = await requireOwnTarget(ctx, input.targetId);
    const listing = checkCreditListing(
      { list: input.list, reason: input.reason, listedOn: input.listedOn, restrictions: input.restrictions ?? [] },
      chinaDay(new Date()),
    );
    const cause = await requireCreditCause(ctx, target.id, input);
    await requireListedAfterCause(ctx, cause, listing.listedOn);
    const open = await ctx.em.findOne(CreditEntry, { targetId: target.id, list: listing.list, state: 'LISTED' });
    if (open) {
      throw new DomainError(
        'CREDIT_ENTRY_OPEN',
        `「${target.name}」已于 ${open.listedOn} 列入${CREDIT_LIST_NAMES[open.list]}，须先移出才能再次列入`,
        'list',
        { entryId: open.id },
      );
    }
    const entry = ctx.em.create(CreditEntry, {
      id: uuidv7(),
      ...ownedBy(p),
      targetId: target.id,
      list: listing.list,
      state: 'LISTED',
      reason: listing.reason,
      listedOn: listing.listedOn,
      restrictions: [...listing.restrictions],
      ...cause,
      listedBy: p.userId,
      listedAt: new Date(),
      removalReason: null,
      removedOn: null,
      removedBy: null,
      removedAt: null,
      version: 1,
    });
    ctx.em.persist(entry);
    await flushAndAudit(ctx, {
      operation: 'LIST_CREDIT_ENTRY',
      objectType: 'CreditEntry',
      objectId: entry.id,
      after: entrySnapshot(entry),
    });
    await this.publisher.refresh(ctx, 'CREDIT_ENTRY', entry.id, '列入');
    return entry;
  }

  /** R50: removal (移出) or credit repair (信用修复) of an open entry: a state change, never a delete. */
  async closeEntry(ctx: RequestContext, input: CloseCreditEntryInput, state: Exclude<CreditEntryState, 'LISTED'>) {
    const p = signedIn(ctx);
    const entry = await requireOwnEntry(ctx, input.id);
    const closing = checkCreditClosing(
      entry,
      { reason: input.reason, closedOn: input.removedOn },
      chinaDay(new Date()),
    );
    if (entry.version !== input.version) throw conflict(STALE);
    const before = entrySnapshot(entry);
    Object.assign(entry, {
      state,
      removalReason: closing.reason,
      removedOn: closing.closedOn,
      removedBy: p.userId,
      removedAt: new Date(),
    });
    await flushAndAudit(ctx, {
      operation: state === 'REPAIRED' ? 'REPAIR_CREDIT_ENTRY' : 'REMOVE_CREDIT_ENTRY',
      objectType: 'CreditEntry',
      objectId: entry.id,
      before,
      after: entrySnapshot(entry),
    });
    const why = `${state === 'REPAIRED' ? '信用修复' : '移出'}：${closing.reason}`;
    await this.publisher.refresh(ctx, 'CREDIT_ENTRY', entry.id, why.slice(0, 2000));
    return entry;
  }
}
