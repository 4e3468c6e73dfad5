import type { EntityManager } from '@mikro-orm/postgresql';
import type { PublicationKind } from '@dsr/domain';
import { queryBound } from '../../common/bound-sql';

export interface PublicationStatsRow {
  bureau_id: string;
  bureau_name: string;
  overdue: number;
  due: number;
  published: number;
  total: number;
}

/**
 * R47 for a superior: each bureau strictly below the caller's, its results and penalties (first
 * documents of a series) overdue, due and published. Row-level security keeps it to the scope.
 */
export function subordinateStats(em: EntityManager, scopePath: string, today: string): Promise<PublicationStatsRow[]> {
  return queryBound<PublicationStatsRow>(
    em,
    `select b.id as bureau_id, b.name as bureau_name,
            count(*) filter (where p.published_at is null and p.due_date < ?::date)::int as overdue,
            count(*) filter (where p.published_at is null and (p.due_date is null or p.due_date >= ?::date))::int as due,
            count(*) filter (where p.published_at is not null)::int as published,
            count(p.id)::int as total
       from bureau b
       left join publication p on p.bureau_id = b.id and p.version = 1
                              and p.kind in ('INSPECTION_RESULT', 'PENALTY_RESULT')
      where b.path <@ ?::ltree and b.path <> ?::ltree
      group by b.id, b.name, b.path
      order by b.path`,
    [today, today, scopePath, scopePath],
  );
}

export interface ClockCandidate {
  kind: PublicationKind;
  subject_id: string;
  tenant_id: string;
  bureau_id: string;
  event_date: string;
  /** The bureau's working days for this kind (R47 settings, the defaults where it set none). */
  days: number;
}

/** Finished inspections and penalty decisions with no publication yet (any bureau: the clock job has no scope). */
export function clockCandidates(em: EntityManager, limit: number): Promise<ClockCandidate[]> {
  return queryBound<ClockCandidate>(
    em,
    `select kind, subject_id, tenant_id, bureau_id, to_char(event_date, 'YYYY-MM-DD') as event_date, days
       from app_private.publication_clock_candidates(?)`,
    [limit],
  );
}

/** Opens the pending rows with their due dates; returns how many were opened. */
export async function openClocks(
  em: EntityManager,
  rows: readonly { kind: PublicationKind; subjectId: string; dueDate: string | null }[],
): Promise<number> {
  const [r] = await queryBound<{ n: number }>(em, 'select app_private.open_publication_clocks(?::jsonb) as n', [
    JSON.stringify(rows),
  ]);
  return r.n;
}

/** A recorded audit checkpoint published as it is signed (a definer function of migration 0031: the job has no user). */
export const PUBLISH_AUDIT_CHECKPOINT =
  'select app_private.publish_audit_checkpoint($1, $2, $3, $4, $5, $6, $7, $8, $9)';
