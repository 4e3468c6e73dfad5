import type { FilterQuery } from '@mikro-orm/postgresql';
import { chinaDay, parseIsoDate, type InspectionStatus, type NoticeStatus } from '@dsr/domain';
import { Inspection, RectificationNotice } from '@dsr/db';
import type { RequestContext } from '../../context';
import { paginate, type PageArgs } from '../../common/connection';
import { signedIn } from '../../common/principal';
import { readsAllInspections, visibleInspection } from './inspection.access';
import { myInspectionWork, myTeam, onMyTeam, overdueReportCounts, reportInReview } from './inspection.queries';
import type { InspectionFilter } from './inspection.types';

/** The inspection lists: the bureau's and its subordinates' (scope), mine, reports due, overdue counts. */
export class InspectionQueryService {
  async inspections(ctx: RequestContext, filter: InspectionFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Inspection>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.targetId) where.push({ targetId: filter.targetId });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.handlingBureauId) where.push({ handlingBureauId: filter.handlingBureauId });
    // The records behind a dashboard's number (issue 15): by lead department and by day ranges.
    if (filter?.leadDepartmentId) where.push({ leadDepartmentId: filter.leadDepartmentId });
    if (filter?.checkEndedFrom)
      where.push({ checkEndedOn: { $gte: parseIsoDate(filter.checkEndedFrom, 'checkEndedFrom') } });
    if (filter?.checkEndedTo) where.push({ checkEndedOn: { $lte: parseIsoDate(filter.checkEndedTo, 'checkEndedTo') } });
    if (filter?.windowStartFrom)
      where.push({ windowStart: { $gte: parseIsoDate(filter.windowStartFrom, 'windowStartFrom') } });
    if (filter?.windowStartTo)
      where.push({ windowStart: { $lte: parseIsoDate(filter.windowStartTo, 'windowStartTo') } });
    return paginate(ctx.em, Inspection, where.length ? { $and: where } : {}, page);
  }

  inspection(ctx: RequestContext, id: string): Promise<Inspection> {
    return visibleInspection(ctx, id);
  }

  /** The inspections the signed-in user is on (through inspector.user_id), open ones unless `includeClosed`. */
  async myInspections(ctx: RequestContext, includeClosed: boolean, page: PageArgs, countAsked = false) {
    const p = signedIn(ctx);
    const open: FilterQuery<Inspection>[] = includeClosed
      ? []
      : [{ status: { $ne: 'CLOSED' as InspectionStatus } }, { status: { $ne: 'CANCELLED' as InspectionStatus } }];
    // One statement for the page and its count when asked, however long the history: see onMyTeam.
    // Plain objects, not managed entities: the page is only read (see findWhere's views).
    const where: FilterQuery<Inspection> = { $and: [{ bureauId: p.bureauId }, ...open] };
    return paginate(ctx.em, Inspection, where, page, undefined, { also: myTeam(p), views: true, countAsked });
  }

  /**
   * Reports due (or overdue): the coordinating office sees the bureau's, a department head the ones
   * its department leads, an inspector those they are on. One statement (indexes of 0012). `inReviewOnly`: those
   * whose report is submitted and waits for the head's review.
   */
  async reportsDue(ctx: RequestContext, overdueOnly: boolean, page: PageArgs, inReviewOnly = false) {
    const p = signedIn(ctx);
    const today = chinaDay(new Date());
    // Built anew for each query: the membership condition is a raw() fragment, good for one query.
    const condition = (): FilterQuery<Inspection> => {
      const where: FilterQuery<Inspection>[] = [{ bureauId: p.bureauId, status: 'RECORDED' as InspectionStatus }];
      if (overdueOnly) where.push({ reportDue: { $lt: today } });
      if (inReviewOnly) where.push(reportInReview());
      if (!readsAllInspections(p)) {
        const ors: FilterQuery<Inspection>[] = [onMyTeam(p)];
        if (p.roles.includes('DEPARTMENT_HEAD')) ors.unshift({ leadDepartmentId: p.departmentId });
        where.push({ $or: ors });
      }
      return { $and: where };
    };
    return paginate(ctx.em, Inspection, condition, page, 'reportDue');
  }

  /**
   * R40: notices of the bureau awaiting their follow-up check, by deadline; `dueOnly`, those whose
   * deadline has come. Who sees which as for reports due (a head by lead department, an inspector by team).
   */
  async rectificationsDue(ctx: RequestContext, dueOnly: boolean, page: PageArgs) {
    const p = signedIn(ctx);
    const where: FilterQuery<RectificationNotice>[] = [{ bureauId: p.bureauId, status: 'ISSUED' as NoticeStatus }];
    if (dueOnly) where.push({ deadline: { $lte: chinaDay(new Date()) } });
    const also = readsAllInspections(p) ? undefined : myInspectionWork(p);
    return paginate(ctx.em, RectificationNotice, { $and: where }, page, 'deadline', { also });
  }

  /** The superior's view: overdue reports per subordinate bureau (rows its scope already reads). */
  async overdueCounts(ctx: RequestContext): Promise<{ bureauId: string; overdue: number }[]> {
    const p = signedIn(ctx);
    const below = p.bureauIds.filter((id) => id !== p.bureauId);
    if (!below.length) return [];
    return overdueReportCounts(ctx, below, chinaDay(new Date()));
  }
}
