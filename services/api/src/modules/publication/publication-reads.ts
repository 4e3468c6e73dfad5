import type { FilterQuery } from '@mikro-orm/postgresql';
import { Publication } from '@dsr/db';
import { chinaDay, isOverdue } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';
import { subordinateStats, unpublishableIds } from './publication.queries';
import type { PublicationFilter, PublicationStatsType, PublicationType } from './publication.types';

const LIST_CAP = 500;

/** The plain shape of a GraphQL object type (what the resolvers return). */
type Plain<T> = { [K in keyof T]: T[K] };
export type PublicationView = Plain<PublicationType>;

/** A row as GraphQL shows it; overdue against the China day, never when it cannot be published (a revoked decision). */
export function publicationView(
  pub: Publication,
  today = chinaDay(new Date()),
  unpublishable = false,
): PublicationView {
  const open = !unpublishable && (pub.status === 'PENDING_APPROVAL' || pub.status === 'RETURNED');
  return {
    id: pub.id,
    bureauId: pub.bureauId,
    kind: pub.kind,
    subjectId: pub.subjectId,
    seriesId: pub.seriesId,
    version: pub.version,
    action: pub.action,
    status: pub.status,
    supersedesId: pub.supersedesId,
    supersedeReason: pub.supersedeReason,
    departmentId: pub.departmentId,
    preparedBy: pub.preparedBy,
    preparedAt: pub.preparedAt,
    approvedBy: pub.approvedBy,
    publishedAt: pub.publishedAt,
    dueDate: pub.dueDate,
    eventDate: pub.eventDate,
    overdue: open && isOverdue(pub.dueDate, today),
    returnComment: pub.returnComment,
    secretFields: pub.secretFields,
    draft: pub.draft ?? null,
    document: pub.document ?? null,
    documentSha256: pub.documentSha256,
    rowVersion: pub.rowVersion,
  };
}

/** The module's reads: documents of the caller's scope (scope filter and RLS beneath), the queue, the superior's counts. */
export class PublicationReads {
  async list(ctx: RequestContext, filter: PublicationFilter | null): Promise<PublicationView[]> {
    const where: FilterQuery<Publication> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    if (filter?.subjectId) where.subjectId = filter.subjectId;
    if (filter?.seriesId) where.seriesId = filter.seriesId;
    const rows = await ctx.em.find(Publication, where, {
      orderBy: { seriesId: 'desc', version: 'asc' },
      limit: LIST_CAP,
      populate: ['draft', 'document'],
    });
    const dead = await unpublishableIds(
      ctx.em,
      rows.map((r) => r.id),
    );
    return rows.map((r) => publicationView(r, undefined, dead.has(r.id)));
  }

  async one(ctx: RequestContext, id: string): Promise<PublicationView> {
    const pub = await findInScope(ctx, Publication, id, '公示文书', { populate: ['draft', 'document'] });
    return publicationView(pub, undefined, (await unpublishableIds(ctx.em, [pub.id])).has(pub.id));
  }

  /**
   * R47: the caller's bureau's documents still to publish (待编制, 待审核, 退回), earliest due first;
   * not those that can never be published (a revoked decision's result: its withdrawal is the work).
   */
  async queue(ctx: RequestContext, overdueOnly: boolean): Promise<PublicationView[]> {
    const p = signedIn(ctx);
    const today = chinaDay(new Date());
    const where: FilterQuery<Publication> = { bureauId: p.bureauId, status: { $in: ['PENDING_APPROVAL', 'RETURNED'] } };
    if (overdueOnly) where.dueDate = { $lt: today };
    const rows = await ctx.em.find(Publication, where, {
      orderBy: { dueDate: 'asc nulls last', id: 'asc' },
      limit: LIST_CAP,
    });
    const dead = await unpublishableIds(
      ctx.em,
      rows.map((r) => r.id),
    );
    return rows.filter((r) => !dead.has(r.id)).map((r) => publicationView(r, today));
  }

  /** R47 for a superior: each subordinate bureau's overdue count and published ratio. */
  async subordinateStats(ctx: RequestContext): Promise<Plain<PublicationStatsType>[]> {
    const rows = await subordinateStats(ctx.em, signedIn(ctx).scopePath, chinaDay(new Date()));
    return rows.map((r) => ({
      bureauId: r.bureau_id,
      bureauName: r.bureau_name,
      overdueCount: r.overdue,
      dueCount: r.due,
      publishedCount: r.published,
      publishedRatio: r.total === 0 ? null : r.published / r.total,
    }));
  }
}
