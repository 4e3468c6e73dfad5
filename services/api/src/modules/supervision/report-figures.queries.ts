import type { EntityManager } from '@mikro-orm/postgresql';
import { INSPECTION_OPINIONS, type InspectionOpinion } from '@dsr/domain';
import { queryBound } from '../../common/bound-sql';

/**
 * The figures of a supervision report (R22, R56), counted in one SQL statement under the caller's
 * row-level security: per bureau of the caller's subtree that has inspections in the report, whole
 * and per lead department, and the total over all of them.
 *
 * The inspections a report is made of:
 *   - a round report: the inspections drawn in that round (inspection_source.round_id);
 *   - a situation report: every live inspection whose window closed in [start, end).
 * Of those: drawn (DRAWN, not direct), inspected (check ended on or before the period's last day, a
 * China date: as the dashboards count 已完成 since issue 15 — a check ended after the period is not
 * done in that report, so a report made later says the same), findings by the report's proposed
 * handling (a submitted or approved report, R38), rectification notices issued and closed (R40),
 * results published (R47), overdue (still not done and due before `overdueBefore`: a report, a notice's
 * follow-up, a result publication) and re-check items concluded and agreed (R54).
 */

export interface ReportFigureRow {
  /** null: the total over every bureau. */
  bureauId: string | null;
  bureauName: string | null;
  /** True: the whole bureau (or the total); false: the department `departmentId`. */
  wholeBureau: boolean;
  departmentId: string | null;
  departmentName: string | null;
  inspections: number;
  drawn: number;
  inspected: number;
  /** Reported inspections by their report's proposed handling (NO_ANOMALY included). */
  findings: Record<InspectionOpinion, number>;
  notices: number;
  noticesClosed: number;
  published: number;
  overdue: number;
  rechecked: number;
  recheckAgreed: number;
}

/** `doneBefore`: the day after the period (its exclusive end); a check ended before it is done. */
export type ReportScope =
  | { kind: 'ROUND'; roundId: string; doneBefore: string; overdueBefore: string }
  | { kind: 'SITUATION'; start: string; end: string; doneBefore: string; overdueBefore: string };

const OPINION_COLUMNS = INSPECTION_OPINIONS.map(
  (o) => `count(*) filter (where opinion = '${o}')::int as "f_${o}"`,
).join(',\n            ');

/**
 * The statement: `which` picks the report's inspections; :done is the period's exclusive end (done by
 * then), :before (three times) the overdue cut-off.
 */
function figuresSql(which: string): string {
  return `with chosen as (
       select i.id, i.bureau_id, i.lead_department_id, i.kind, i.check_ended_on, i.report_due,
              (select r.opinion from inspection_report r
                where r.inspection_id = i.id and r.status in ('SUBMITTED', 'APPROVED')
                order by r.status = 'APPROVED' desc limit 1) as opinion
         from inspection i
        where i.status <> 'CANCELLED' and ${which}
     ), per as (
       select c.*,
              (select count(*) from rectification_notice n where n.inspection_id = c.id)::int as notices,
              (select count(*) from rectification_notice n where n.inspection_id = c.id and n.status <> 'ISSUED')::int as notices_closed,
              exists (select 1 from publication p where p.subject_id = c.id and p.kind = 'INSPECTION_RESULT'
                         and p.version = 1 and p.published_at is not null) as published,
              (case when c.report_due < :before and not exists (select 1 from inspection_report r where r.inspection_id = c.id)
                    then 1 else 0 end
               + (select count(*) from rectification_notice n where n.inspection_id = c.id and n.status = 'ISSUED' and n.deadline < :before)
               + (select count(*) from publication p where p.subject_id = c.id and p.kind = 'INSPECTION_RESULT' and p.version = 1
                     and p.action = 'PUBLISH' and p.published_at is null and p.due_date < :before))::int as overdue,
              ra.concluded_on is not null as rechecked, coalesce(ra.agreed, false) as agreed
         from chosen c
         -- An inspection re-checked more than once counts once, by its latest conclusion.
         left join lateral (select a.concluded_on, a.agreed from recheck_agreement a
                             where a.inspection_id = c.id and a.concluded_on is not null
                             order by a.concluded_on desc limit 1) ra on true
     )
     select per.bureau_id, b.name as bureau_name, grouping(per.lead_department_id) = 1 as whole_bureau,
            per.lead_department_id as department_id, d.name as department_name,
            count(*)::int as inspections,
            count(*) filter (where per.kind = 'DRAWN')::int as drawn,
            count(*) filter (where per.check_ended_on < :done)::int as inspected,
            ${OPINION_COLUMNS},
            coalesce(sum(per.notices), 0)::int as notices, coalesce(sum(per.notices_closed), 0)::int as notices_closed,
            count(*) filter (where per.published)::int as published,
            coalesce(sum(per.overdue), 0)::int as overdue,
            count(*) filter (where per.rechecked)::int as rechecked,
            count(*) filter (where per.agreed)::int as recheck_agreed
       from per
       left join bureau b on b.id = per.bureau_id
       left join department d on d.id = per.lead_department_id
      group by grouping sets ((), (per.bureau_id, b.name, b.path), (per.bureau_id, b.name, b.path, per.lead_department_id, d.name))
      order by b.path nulls first, whole_bureau desc, d.name`
    .replace(/:before/g, '?::date')
    .replace(':done', '?::date');
}

function figureRow(r: Record<string, unknown>): ReportFigureRow {
  const n = (key: string) => r[key] as number;
  return {
    bureauId: r.bureau_id as string | null,
    bureauName: r.bureau_name as string | null,
    wholeBureau: r.whole_bureau as boolean,
    departmentId: r.department_id as string | null,
    departmentName: r.department_name as string | null,
    inspections: n('inspections'),
    drawn: n('drawn'),
    inspected: n('inspected'),
    findings: Object.fromEntries(INSPECTION_OPINIONS.map((o) => [o, n(`f_${o}`)])) as Record<InspectionOpinion, number>,
    notices: n('notices'),
    noticesClosed: n('notices_closed'),
    published: n('published'),
    overdue: n('overdue'),
    rechecked: n('rechecked'),
    recheckAgreed: n('recheck_agreed'),
  };
}

export async function reportFigures(em: EntityManager, scope: ReportScope): Promise<ReportFigureRow[]> {
  const [which, params] =
    scope.kind === 'ROUND'
      ? [
          'exists (select 1 from inspection_source s where s.inspection_id = i.id and s.round_id = ?::uuid)',
          [scope.roundId],
        ]
      : ['i.window_end >= ?::date and i.window_end < ?::date', [scope.start, scope.end]];
  // In the statement's order: `which`, the three overdue cut-offs (per), then :done (the final select).
  const rows = await queryBound(em, figuresSql(which), [
    ...params,
    scope.overdueBefore,
    scope.overdueBefore,
    scope.overdueBefore,
    scope.doneBefore,
  ]);
  return rows.map(figureRow);
}
