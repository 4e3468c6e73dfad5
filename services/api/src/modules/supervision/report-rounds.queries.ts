import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../../common/bound-sql';

/** A round a round report can be of, with what a person picks it by. */
export interface ReportRoundRow {
  id: string;
  round_no: number;
  window_start: string;
  window_end: string;
  task_name: string;
  plan_title: string;
  plan_year: number;
  bureau_name: string;
}

/**
 * The rounds of the plans of the caller's subtree (row-level security, and the path named as well:
 * the rounds requestSupervisionReport accepts), newest window first, at most `limit`. `search` is a
 * piece of the plan's title, the task's name or the bureau's name, case-insensitive (strpos: no
 * LIKE wildcards to escape).
 */
export function reportRounds(
  em: EntityManager,
  p: { scopePath: string; search: string | null; limit: number },
): Promise<ReportRoundRow[]> {
  return queryBound<ReportRoundRow>(
    em,
    `select r.id, r.round_no, r.window_start::text as window_start, r.window_end::text as window_end,
            t.name as task_name, p.title as plan_title, p.year as plan_year, b.name as bureau_name
       from plan_round r
       join plan_task t on t.id = r.task_id
       join plan p on p.id = t.plan_id
       join bureau b on b.id = p.bureau_id
      where p.scope_path <@ ?::ltree
        and (?::text is null or strpos(lower(p.title || ' ' || t.name || ' ' || b.name), lower(?::text)) > 0)
      order by r.window_start desc, r.id
      limit ?`,
    [p.scopePath, p.search, p.search, p.limit],
  );
}
