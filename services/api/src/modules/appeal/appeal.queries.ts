import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../../common/bound-sql';

export interface AppealStatsRow {
  bureau_id: string;
  bureau_name: string;
  overdue: number;
  open: number;
  answered: number;
}

/** R57 for a superior: each subordinate bureau's overdue, open and answered appeals (RLS: the caller's subtree). */
export function subordinateAppealStats(em: EntityManager, scopePath: string, today: string): Promise<AppealStatsRow[]> {
  return queryBound<AppealStatsRow>(
    em,
    `select b.id as bureau_id, b.name as bureau_name,
            count(a.id) filter (where a.status in ('FILED', 'IN_HANDLING') and a.due_date < ?::date)::int as overdue,
            count(a.id) filter (where a.status in ('FILED', 'IN_HANDLING') and a.due_date >= ?::date)::int as open,
            count(a.id) filter (where a.status in ('UPHELD', 'REJECTED'))::int as answered
       from bureau b
       left join appeal a on a.bureau_id = b.id
      where b.path <@ ?::ltree and b.path <> ?::ltree
      group by b.id, b.name, b.path
      order by b.path`,
    [today, today, scopePath, scopePath],
  );
}

/** The target a published document is about: its inspection's (a result) or its notice's inspection's (a penalty). */
export async function targetOfPublication(em: EntityManager, kind: string, subjectId: string): Promise<string | null> {
  const sql =
    kind === 'INSPECTION_RESULT'
      ? 'select i.target_id from inspection i where i.id = ?'
      : kind === 'PENALTY_RESULT'
        ? 'select i.target_id from rectification_notice n join inspection i on i.id = n.inspection_id where n.id = ?'
        : null;
  if (!sql) return null;
  const row = (await queryBound<{ target_id: string | null }>(em, sql, [subjectId])).at(0);
  return row?.target_id ?? null;
}
