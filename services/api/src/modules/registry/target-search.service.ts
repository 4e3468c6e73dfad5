import { Target } from '@dsr/db';
import { chinaDay } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { paginateByIds, type PageArgs } from '../../common/connection';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { readableDepartment } from './registry.access';
import { isoDate } from './registry-fields';
import {
  facetCounts,
  nameSearchCount,
  nameSearchPage,
  nameSearchPageAndCount,
  searchPageAndCountSql,
  searchCount,
  searchPage,
  searchesByName,
  type TargetSearch,
} from './target-search.queries';
import type { TargetFilter } from './registry.types';

export type { TargetSearch } from './target-search.queries';

/** The filter's own conditions, trimmed, the code upper-cased, absent ones left out. */
function searchOf(filter: TargetFilter | undefined): TargetSearch {
  const f: TargetSearch = {};
  const nameContains = filter?.nameContains?.trim();
  if (nameContains) f.nameContains = nameContains;
  const code = filter?.code?.trim().toUpperCase();
  if (code) f.code = code;
  if (filter?.regionCode) f.regionCode = filter.regionCode;
  if (filter?.businessCategory) f.businessCategory = filter.businessCategory;
  if (filter?.grade) f.grade = filter.grade;
  if (filter?.status) f.status = filter.status;
  if (filter?.departmentId) {
    if (!isUuid(filter.departmentId)) throw badInput('filter.departmentId', '部门编号无效');
    f.departmentId = filter.departmentId;
  }
  if (filter?.riskLevel) {
    f.riskLevel = filter.riskLevel;
    f.riskOn = chinaDay(new Date());
  }
  if (filter?.permitExpiringBefore)
    f.permitExpiringBefore = isoDate(filter.permitExpiringBefore, 'filter.permitExpiringBefore');
  return f;
}

/**
 * The target list of a million entries (issue 3: a filtered page under 50 ms): pages, counts,
 * facets and exports, all within the caller's scope and department.
 */
export class TargetSearchService {
  /**
   * One page of the target list. The page's ids come first — from an index alone, or for a name
   * search from the reviewed app_private.target_search (under row-level security no index can
   * serve a substring match) — then the rows through the ORM. Counts only when asked;
   * totalCountCapped stops at 10,001.
   */
  async targets(
    ctx: RequestContext,
    filter: TargetFilter | undefined,
    page: PageArgs,
    opts: { cappedCountAsked?: boolean } = {},
  ) {
    const f = this.normaliseTargetFilter(ctx, filter);
    return paginateByIds(
      ctx.em,
      Target,
      page,
      {
        ids: (afterId, limit) => this.targetPageIds(ctx, f, afterId, limit),
        count: (cap) => this.targetCount(ctx, f, cap),
        // A name search reads its matches once for both the page and the capped count.
        idsAndCount:
          f && searchesByName(f)
            ? (afterId, limit, cap) => nameSearchPageAndCount(ctx, f, afterId, limit, cap)
            : undefined,
        // Any other search: the page's rows and the capped count in one statement.
        pageAndCountSql: (afterId, limit, cap) =>
          f && !searchesByName(f) ? searchPageAndCountSql(ctx, f, afterId, limit, cap) : null,
      },
      { ...opts, views: true }, // the page is only read: plain objects, not managed entities
    );
  }

  /**
   * The filter as the search runs it, with the caller's department scope folded in (null when
   * that leaves nothing to find).
   */
  normaliseTargetFilter(ctx: RequestContext, filter: TargetFilter | undefined): TargetSearch | null {
    const f = searchOf(filter);
    const own = readableDepartment(signedIn(ctx));
    if (own !== null) {
      if (f.departmentId && f.departmentId !== own) return null;
      f.departmentId = own;
    }
    return f;
  }

  /** The ids of one page of the targets a filter selects, in id order after `afterId`. */
  async targetPageIds(
    ctx: RequestContext,
    f: TargetSearch | null,
    afterId: string | null,
    limit: number,
  ): Promise<string[]> {
    if (!f) return [];
    return searchesByName(f) ? nameSearchPage(ctx, f, afterId, limit) : searchPage(ctx, f, afterId, limit);
  }

  /** How many targets a filter selects: all of them, or at most `cap` (reads no further). */
  async targetCount(ctx: RequestContext, f: TargetSearch | null, cap?: number): Promise<number> {
    if (!f) return 0;
    return searchesByName(f) ? nameSearchCount(ctx, f, cap ?? null) : searchCount(ctx, f, cap);
  }

  /** Every target a filter selects, `size` at a time in id order (exports). */
  async *targetBatches(ctx: RequestContext, filter: TargetFilter | undefined, size: number): AsyncGenerator<Target[]> {
    const f = this.normaliseTargetFilter(ctx, filter);
    let after: string | null = null;
    for (;;) {
      const ids = await this.targetPageIds(ctx, f, after, size);
      if (!ids.length) return;
      yield await ctx.em.find(Target, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
      if (ids.length < size) return;
      after = ids[ids.length - 1] ?? null;
    }
  }

  /** Counts per facet of the targets a filter selects (status, trade, region, grade, department). */
  async targetFacets(ctx: RequestContext, filter: TargetFilter | undefined) {
    const f = this.normaliseTargetFilter(ctx, filter);
    return {
      status: await facetCounts(ctx, f, 'status'),
      businessCategory: await facetCounts(ctx, f, 'business_category'),
      regionCode: await facetCounts(ctx, f, 'region_code'),
      grade: await facetCounts(ctx, f, 'grade'),
      departmentId: await facetCounts(ctx, f, 'department_id'),
    };
  }
}
