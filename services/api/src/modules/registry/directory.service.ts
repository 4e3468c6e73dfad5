import { uuidv7 } from 'uuidv7';
import { ConflictOfInterest, Department, DirectoryReview, Inspector, Target } from '@dsr/db';
import { chinaDay, trimmedOrNull } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { findById } from '../../common/find-by-id';
import { flushAndAudit } from '../audit/audit.service';
import { paginate, type PageArgs } from '../../common/connection';
import { conflictScope, findConflictInspector, findOwnTarget, requireDeclaresFor } from './registry.access';
import { activeInspectorCounts, directoryLastChanges } from './directory.queries';
import { isoDate, optionalDate } from './registry-fields';
import type { ConflictFilter, DeclareConflictInput, EndConflictInput, ReviewDirectoryInput } from './registry.types';

/** Active inspectors a department needs before it can be drawn from (R13). */
const INSPECTORS_FOR_A_DRAW = 6;

/** The directories as a whole: readiness for a draw, legal review (R13, R16) and conflicts of interest (R30). */
export class DirectoryService {
  /**
   * R13/R16: each inspecting department of the bureau, with whether it has the 6 active inspectors
   * a draw needs and whether its directories passed legal review since they last changed.
   */
  async readiness(ctx: RequestContext) {
    const p = signedIn(ctx);
    const depts = await ctx.em.find(
      Department,
      { bureauId: p.bureauId, active: true, kind: { $in: ['POLICE', 'EXTERNAL'] } },
      { orderBy: { code: 'asc' } },
    );
    const counts = await activeInspectorCounts(ctx, p.bureauId);
    const lastChange = await directoryLastChanges(ctx, p.bureauId);
    const reviews = await ctx.em.find(DirectoryReview, { bureauId: p.bureauId }, { orderBy: { reviewedAt: 'asc' } });
    const latest = new Map(reviews.map((r) => [`${r.directory}:${r.departmentId}`, r]));
    const status = (directory: string, deptId: string) => {
      const review = latest.get(`${directory}:${deptId}`) ?? null;
      const change = lastChange.get(`${directory}:${deptId}`);
      const stale = !review || review.decision !== 'APPROVED' || (!!change && change > review.reviewedAt);
      return { review, stale };
    };
    return depts.map((d) => {
      const n = counts.get(d.id) ?? 0;
      const insp = status('INSPECTORS', d.id);
      const targ = status('TARGETS', d.id);
      return {
        departmentId: d.id,
        departmentName: d.name,
        activeInspectors: n,
        ready: n >= INSPECTORS_FOR_A_DRAW,
        inspectorsReview: insp.review,
        inspectorsChangedSinceReview: insp.stale,
        targetsReview: targ.review,
        targetsChangedSinceReview: targ.stale,
      };
    });
  }

  /** R16: the legal department approves a department's directory as it stands, or returns it with comments. */
  async reviewDirectory(ctx: RequestContext, input: ReviewDirectoryInput) {
    const p = signedIn(ctx);
    const dept = await findById(ctx, Department, input.departmentId, { bureauId: p.bureauId });
    if (!dept) throw badInput('departmentId', '部门不是本单位的部门');
    const comment = trimmedOrNull(input.comment);
    if (!input.approve && !comment) throw badInput('comment', '退回时必须写明审核意见');
    const entries =
      input.directory === 'INSPECTORS'
        ? await ctx.em.count(Inspector, { departmentId: dept.id, status: { $ne: 'LEFT' } })
        : await ctx.em.count(Target, { departmentId: dept.id, status: 'ACTIVE' });
    const review = ctx.em.create(DirectoryReview, {
      id: uuidv7(),
      ...ownedBy(p),
      departmentId: dept.id,
      directory: input.directory,
      decision: input.approve ? 'APPROVED' : 'RETURNED',
      comment,
      entries,
      reviewedBy: p.userId,
      reviewedAt: new Date(),
    });
    ctx.em.persist(review);
    await flushAndAudit(ctx, {
      operation: 'REVIEW_DIRECTORY',
      objectType: 'DirectoryReview',
      objectId: review.id,
      after: { departmentId: dept.id, directory: input.directory, decision: review.decision, entries, comment },
    });
    return review;
  }

  /** R30: the declared conflicts the caller reads (see conflictScope), oldest first. */
  async conflicts(ctx: RequestContext, filter: ConflictFilter | undefined, page: PageArgs) {
    return paginate(ctx.em, ConflictOfInterest, await conflictScope(ctx, filter), page);
  }

  /** R30: an inspector's relation to a target, declared by whoever keeps the inspector's directory. */
  async declareConflict(ctx: RequestContext, input: DeclareConflictInput) {
    const p = signedIn(ctx);
    const who = await findConflictInspector(ctx, input.inspectorId);
    const target = await findOwnTarget(ctx, input.targetId);
    if (!target) throw badInput('targetId', '检查对象不存在或不属于本单位');
    await requireDeclaresFor(ctx, who);
    const since = isoDate(input.since, 'since');
    const until = optionalDate(input.until, 'until');
    if (until && until < since) throw badInput('until', '截止日不能早于起始日');
    const c = ctx.em.create(ConflictOfInterest, {
      id: uuidv7(),
      ...ownedBy(p),
      inspectorId: input.inspectorId,
      targetId: target.id,
      relation: input.relation,
      detail: trimmedOrNull(input.detail),
      since,
      until,
      declaredBy: p.userId,
      createdAt: new Date(),
      endedAt: null,
      version: 1,
    });
    ctx.em.persist(c);
    await flushAndAudit(ctx, {
      operation: 'DECLARE_CONFLICT',
      objectType: 'ConflictOfInterest',
      objectId: c.id,
      after: { inspectorId: c.inspectorId, targetId: c.targetId, relation: c.relation, since, until },
    });
    return c;
  }

  /**
   * R30: ends a conflict on its last day `until` (a state change, never a delete): draws whose window
   * starts after that day no longer recuse on it. Who may end it is who may declare it for that
   * inspector; a conflict ends once, and never later than a last day declared with it.
   */
  async endConflict(ctx: RequestContext, input: EndConflictInput) {
    const p = signedIn(ctx);
    const c = await findById(ctx, ConflictOfInterest, input.id, { bureauId: p.bureauId });
    if (!c) throw notFound('利害关系');
    await requireDeclaresFor(ctx, await findConflictInspector(ctx, c.inspectorId));
    if (c.endedAt) throw conflict(`该利害关系已于 ${chinaDay(c.endedAt)} 结束`, { conflictId: c.id });
    const until = isoDate(input.until, 'until');
    if (until < c.since) throw badInput('until', `截止日不能早于起始日 ${c.since}`);
    if (c.until && until > c.until) throw badInput('until', `截止日不能晚于申报时的截止日 ${c.until}`);
    const reason = input.reason.trim();
    if (reason.length < 2) throw badInput('reason', '请写明结束原因');
    const before = { until: c.until, endedAt: null };
    const endedAt = new Date();
    Object.assign(c, { until, endReason: reason, endedBy: p.userId, endedAt });
    await flushAndAudit(ctx, {
      operation: 'END_CONFLICT',
      objectType: 'ConflictOfInterest',
      objectId: c.id,
      before,
      after: { until, reason, endedAt: endedAt.toISOString() },
    });
    return c;
  }
}
