import type { EntityManager } from '@mikro-orm/postgresql';
import { INDICATOR_KEYS, type IndicatorKey } from '@dsr/domain';
import { queryBound } from '../../common/bound-sql';

/**
 * Per-bureau figures of the assessment indicators (R55, issue 15 §Assessment), counted in SQL under
 * the caller's row-level security: the caller's direct subordinate bureaus ("units"), each with its
 * own subtree, and within a unit per department where the indicator has one.
 *
 * One base relation per indicator (BASES below) lists the records an indicator is made of, one row
 * each: the unit, the department, the record's kind, id and date, and whether it counts above the
 * line (`counted`). Figures are `count(*) filter (where counted)` over `count(*)` of that relation,
 * and the drill-down lists its rows: the records behind a number are, by construction, the rows it
 * was counted from. Every predicate is on an indexed column of the record's own table (bureau_id and
 * a date); nothing is summed in Node.
 *
 * "In the period": a due or event date d with :start <= d < :cutoff, the cut-off exclusive (the day
 * after the period, or today while it runs: what falls due today may still be done today). Done means
 * done by the period's last day (:last), as on the dashboards: a check ended after the period does not
 * change the period's 计划完成率 when it is recomputed. The wording of each indicator is
 * packages/domain/src/assessment/indicators.ts.
 *
 * Reused by the round reports (xlsx/PDF per bureau and department): `assessmentFigures` returns plain
 * typed rows, documented below; `figureRecords` the records of one number.
 */

/** One figure: an indicator of a unit (whole bureau when `wholeUnit`), or of one department in it. */
export interface FigureRow {
  /** The indicator (INDICATOR_KEYS). */
  indicator: IndicatorKey;
  /** The caller's direct subordinate bureau the figure belongs to (its subtree counted in). */
  unitId: string;
  /** True: the whole unit; false: the department `departmentId` (null: records without one). */
  wholeUnit: boolean;
  departmentId: string | null;
  /** Records counted above the line (for a COUNT indicator: the count). */
  numerator: number;
  /** All records of the indicator (for a COUNT indicator equal to the numerator). */
  denominator: number;
}

/** One record behind a figure (the drill-down). */
export interface FigureRecordRow {
  recordKind: 'INSPECTION' | 'PUBLICATION' | 'NOTICE' | 'APPEAL' | 'TARGET' | 'RECHECK';
  recordId: string;
  /** The due or event date that put it in the period. */
  recordDate: string;
  counted: boolean;
  departmentId: string | null;
  /** What a person recognises it by: the target's name, a document number, a receipt number. */
  label: string | null;
  /** Where the web workbench opens it. */
  link: string;
}

const INSPECTION_LIVE = `i.status <> 'CANCELLED'`;
const IN_PERIOD = (col: string) => `${col} >= :start and ${col} < :cutoff`;
/** A timestamp's Beijing day (deadlines are Beijing days). */
const CHINA_DAY = (col: string) => `(${col} at time zone 'Asia/Shanghai')::date`;
/** The first (version 1) result publication of an inspection, published or not. */
const RESULT_PUB = `p.kind = 'INSPECTION_RESULT' and p.version = 1`;

/**
 * The base relation of each indicator: columns unit_id, department_id, record_kind, record_id,
 * record_date, counted. `unit` (bureau_id → unit_id) is in scope.
 */
const BASES: Record<IndicatorKey, string> = {
  // Drawn inspections whose window closed in the period; done when the check ended by the period's last day.
  PLAN_COMPLETION: `
    select u.unit_id, i.lead_department_id as department_id, 'INSPECTION' as record_kind, i.id as record_id,
           i.window_end as record_date, coalesce(i.check_ended_on <= :last::date, false) as counted
      from inspection i join unit u on u.bureau_id = i.bureau_id
     where i.kind = 'DRAWN' and ${INSPECTION_LIVE} and ${IN_PERIOD('i.window_end')}`,
  // Reports due in the period; on time when submitted and not late (R39, the first submission's lateness).
  REPORT_ON_TIME: `
    select u.unit_id, i.lead_department_id, 'INSPECTION', i.id, i.report_due,
           exists (select 1 from inspection_report r where r.inspection_id = i.id and not r.late)
      from inspection i join unit u on u.bureau_id = i.bureau_id
     where ${INSPECTION_LIVE} and ${IN_PERIOD('i.report_due')}`,
  // Result publications due in the period; on time when first published by the due day (R47).
  PUBLICATION_ON_TIME: `
    select u.unit_id, p.department_id, 'PUBLICATION', p.id, p.due_date,
           p.published_at is not null and ${CHINA_DAY('p.published_at')} <= p.due_date
      from publication p join unit u on u.bureau_id = p.bureau_id
     where ${RESULT_PUB} and p.action = 'PUBLISH' and ${IN_PERIOD('p.due_date')}`,
  // Inspections whose check ended in the period; counted when their result has been published.
  PUBLICATION: `
    select u.unit_id, i.lead_department_id, 'INSPECTION', i.id, i.check_ended_on,
           exists (select 1 from publication p where p.subject_id = i.id and ${RESULT_PUB} and p.published_at is not null)
      from inspection i join unit u on u.bureau_id = i.bureau_id
     where ${INSPECTION_LIVE} and ${IN_PERIOD('i.check_ended_on')}`,
  // Reported inspections (submitted or approved) whose check ended in the period; counted when something was found.
  FINDING: `
    select u.unit_id, i.lead_department_id, 'INSPECTION', i.id, i.check_ended_on, r.opinion <> 'NO_ANOMALY'
      from inspection i join unit u on u.bureau_id = i.bureau_id
      join inspection_report r on r.inspection_id = i.id and r.status in ('SUBMITTED', 'APPROVED')
     where ${INSPECTION_LIVE} and ${IN_PERIOD('i.check_ended_on')}`,
  // Notices whose deadline fell in the period; closed once the follow-up is recorded (R40).
  RECTIFICATION_CLOSED: `
    select u.unit_id, i.lead_department_id, 'NOTICE', n.id, n.deadline, n.status <> 'ISSUED'
      from rectification_notice n join unit u on u.bureau_id = n.bureau_id
      left join inspection i on i.id = n.inspection_id
     where ${IN_PERIOD('n.deadline')}`,
  // Re-check items concluded in the period (the re-check helper's view); counted when they agreed (R54).
  RECHECK_AGREEMENT: `
    select u.unit_id, null::uuid, 'RECHECK', ra.inspection_id, ra.concluded_on, coalesce(ra.agreed, false)
      from recheck_agreement ra join unit u on u.bureau_id = ra.bureau_id
     where ${IN_PERIOD('ra.concluded_on')}`,
  // Objections answered in the period; counted when upheld (R49): lower is better.
  OBJECTION_UPHELD: `
    select u.unit_id, p.department_id, 'APPEAL', a.id, ${CHINA_DAY('a.answered_at')}, a.status = 'UPHELD'
      from appeal a join unit u on u.bureau_id = a.bureau_id
      left join publication p on p.id = a.publication_id
     where a.kind = 'OBJECTION' and a.status in ('UPHELD', 'REJECTED')
       and a.answered_at >= (:start::date::timestamp at time zone 'Asia/Shanghai')
       and a.answered_at < (:cutoff::date::timestamp at time zone 'Asia/Shanghai')`,
  // Drawn inspections whose check ended in the period; counted when several departments took part (R35).
  JOINT_SHARE: `
    select u.unit_id, i.lead_department_id, 'INSPECTION', i.id, i.check_ended_on, cardinality(i.department_ids) > 1
      from inspection i join unit u on u.bureau_id = i.bureau_id
     where i.kind = 'DRAWN' and ${INSPECTION_LIVE} and ${IN_PERIOD('i.check_ended_on')}`,
  // Active targets of the directory; counted when a check of them ended in the period.
  COVERAGE: `
    select u.unit_id, t.department_id, 'TARGET', t.id, ${CHINA_DAY('t.created_at')},
           exists (select 1 from inspection i where i.target_id = t.id and ${INSPECTION_LIVE}
                      and ${IN_PERIOD('i.check_ended_on')})
      from target t join unit u on u.bureau_id = t.bureau_id
     where t.status = 'ACTIVE'`,
  // Whatever fell due in the period and is still not done: reports, follow-ups, result publications, appeals.
  OVERDUE: `
    select u.unit_id, i.lead_department_id, 'INSPECTION', i.id, i.report_due, true
      from inspection i join unit u on u.bureau_id = i.bureau_id
     where ${INSPECTION_LIVE} and ${IN_PERIOD('i.report_due')}
       and not exists (select 1 from inspection_report r where r.inspection_id = i.id)
    union all
    select u.unit_id, i.lead_department_id, 'NOTICE', n.id, n.deadline, true
      from rectification_notice n join unit u on u.bureau_id = n.bureau_id
      left join inspection i on i.id = n.inspection_id
     where n.status = 'ISSUED' and ${IN_PERIOD('n.deadline')}
    union all
    select u.unit_id, p.department_id, 'PUBLICATION', p.id, p.due_date, true
      from publication p join unit u on u.bureau_id = p.bureau_id
     where ${RESULT_PUB} and p.action = 'PUBLISH' and p.published_at is null and ${IN_PERIOD('p.due_date')}
    union all
    select u.unit_id, null::uuid, 'APPEAL', a.id, a.due_date, true
      from appeal a join unit u on u.bureau_id = a.bureau_id
     where a.status in ('FILED', 'IN_HANDLING') and ${IN_PERIOD('a.due_date')}`,
};

/** The caller's direct subordinates (or just `only`), each with the bureaus of its subtree. */
const UNITS = `
  unit as (
    select b.id as bureau_id, c.id as unit_id
      from bureau c join bureau b on b.path <@ c.path
     where c.parent_id = :caller and (:only::uuid is null or c.id = :only::uuid)
  )`;

interface Params {
  caller: string;
  only: string | null;
  start: string;
  cutoff: string;
  /** The period's last day (inclusive): what is done after it is not done in the period. */
  last: string;
}

/** Named parameters (:caller, :start …) → `?` and their values, in order. */
function bind(sql: string, params: Params): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/:(caller|only|start|cutoff|last)\b/g, (_m, name: keyof Params) => {
    values.push(params[name]);
    return '?';
  });
  return [text, values];
}

const BASE_COLUMNS = 'unit_id, department_id, record_kind, record_id, record_date, counted';

/** The figures of every indicator for each direct subordinate of `caller` (or only `only`), whole and per department. */
export async function assessmentFigures(
  em: EntityManager,
  p: { caller: string; only?: string | null; start: string; cutoff: string; last: string },
): Promise<FigureRow[]> {
  const bases = INDICATOR_KEYS.map(
    (key) => `select '${key}'::text as indicator, x.* from (${BASES[key]}) as x (${BASE_COLUMNS})`,
  ).join('\n    union all\n');
  const [sql, values] = bind(
    `with ${UNITS},
     base as (${bases})
     select indicator, unit_id, grouping(department_id) = 1 as whole_unit, department_id,
            count(*) filter (where counted)::int as numerator, count(*)::int as denominator
       from base
      group by grouping sets ((indicator, unit_id), (indicator, unit_id, department_id))
      order by unit_id, indicator, whole_unit desc, department_id`,
    { caller: p.caller, only: p.only ?? null, start: p.start, cutoff: p.cutoff, last: p.last },
  );
  const rows = await queryBound<{
    indicator: IndicatorKey;
    unit_id: string;
    whole_unit: boolean;
    department_id: string | null;
    numerator: number;
    denominator: number;
  }>(em, sql, values);
  return rows.map((r) => ({
    indicator: r.indicator,
    unitId: r.unit_id,
    wholeUnit: r.whole_unit,
    departmentId: r.department_id,
    numerator: r.numerator,
    denominator: r.denominator,
  }));
}

/**
 * The records of one indicator of one subordinate `unit` (optionally one department): the ones
 * counted above the line or the others (`counted`), earliest first, at most `limit`.
 */
export async function figureRecords(
  em: EntityManager,
  p: {
    caller: string;
    unit: string;
    indicator: IndicatorKey;
    departmentId?: string | null;
    counted?: boolean | null;
    start: string;
    cutoff: string;
    last: string;
    limit: number;
  },
): Promise<FigureRecordRow[]> {
  const [sql, values] = bind(
    `with ${UNITS},
     base as (select * from (${BASES[p.indicator]}) as x (${BASE_COLUMNS}))
     select b.record_kind, b.record_id, b.record_date::text as record_date, b.counted, b.department_id,
            case b.record_kind
              when 'INSPECTION' then (select t.name from inspection i join target t on t.id = i.target_id where i.id = b.record_id)
              when 'RECHECK' then (select t.name from inspection i join target t on t.id = i.target_id where i.id = b.record_id)
              when 'TARGET' then (select t.name from target t where t.id = b.record_id)
              when 'NOTICE' then (select n.document_no from rectification_notice n where n.id = b.record_id)
              when 'PUBLICATION' then (select coalesce(p.target_name, p.kind) from publication p where p.id = b.record_id)
              when 'APPEAL' then (select a.receipt_no from appeal a where a.id = b.record_id)
            end as label,
            case b.record_kind
              when 'NOTICE' then (select n.inspection_id from rectification_notice n where n.id = b.record_id)
              else b.record_id
            end as link_id
       from base b
      where b.unit_id = ?::uuid and (?::uuid is null or b.department_id = ?::uuid)
        and (?::boolean is null or b.counted = ?::boolean)
      order by b.record_date, b.record_id
      limit ?`,
    { caller: p.caller, only: p.unit, start: p.start, cutoff: p.cutoff, last: p.last },
  );
  const dep = p.departmentId ?? null;
  const counted = p.counted ?? null;
  const rows = await queryBound<{
    record_kind: FigureRecordRow['recordKind'];
    record_id: string;
    record_date: string;
    counted: boolean;
    department_id: string | null;
    label: string | null;
    link_id: string;
  }>(em, sql, [...values, p.unit, dep, dep, counted, counted, p.limit]);
  return rows.map((r) => ({
    recordKind: r.record_kind,
    recordId: r.record_id,
    recordDate: r.record_date,
    counted: r.counted,
    departmentId: r.department_id,
    label: r.label,
    link: linkOf(r.record_kind, r.link_id),
  }));
}

/** The workbench page of a record (services/web/src/routes.tsx). */
function linkOf(kind: FigureRecordRow['recordKind'], id: string): string {
  switch (kind) {
    case 'INSPECTION':
    case 'NOTICE':
    case 'RECHECK':
      return `/inspections/${id}`;
    case 'PUBLICATION':
      return `/publications/${id}`;
    case 'APPEAL':
      return `/appeals/${id}`;
    case 'TARGET':
      return `/targets/${id}`;
  }
}
