import { recordedResultOf, type InspectorStatus, type RecordedResult, type RecordedResultRow } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** Which finished inspections a re-check covers (R54): below the caller, in the period, optionally narrowed. */
export interface RecheckScope {
  scopePath: string;
  bureauId: string;
  periodFrom: string;
  periodTo: string;
  /** The subtree of one subordinate bureau. */
  subordinatePath: string | null;
  departmentId: string | null;
  itemId: string | null;
}

export interface FinishedInspection {
  id: string;
  bureauId: string;
  scopePath: string;
  divisionCode: string;
  finishedOn: string;
  targetId: string;
  result: RecordedResult;
}

/** The finished inspection's own columns beside the result's (recordedResultOf maps those). */
interface Row extends RecordedResultRow {
  bureau_id: string;
  scope_path: string;
  division_code: string;
  finished_on: string;
  target_id: string;
}

const RESULT_SQL = `
select i.id, i.bureau_id, i.scope_path::text as scope_path, b.division_code, i.check_ended_on::text as finished_on,
       i.target_id, r.revision, r.checked_from, r.checked_to, r.methods, r.answers, r.findings as record_findings,
       r.non_cooperation, p.opinion, p.opinion_detail, p.findings as report_findings, p.assessment
  from inspection i
  join bureau b on b.id = i.bureau_id
  left join lateral (select * from inspection_record x where x.inspection_id = i.id order by x.revision desc limit 1) r on true
  left join lateral (select * from inspection_report y where y.inspection_id = i.id and y.status = 'APPROVED' limit 1) p on true`;

/**
 * Every finished inspection (report approved: REPORTED, RECTIFYING or CLOSED) of the bureaus strictly
 * below the caller whose check ended in the period, with the result it records now; in id order.
 */
export async function finishedInspections(ctx: RequestContext, s: RecheckScope): Promise<FinishedInspection[]> {
  const rows = await executeBound<Row>(
    ctx,
    `${RESULT_SQL}
      where i.scope_path <@ ?::ltree and i.scope_path <> ?::ltree and i.bureau_id <> ?
        and i.status in ('REPORTED', 'RECTIFYING', 'CLOSED') and p.id is not null
        and i.check_ended_on between ?::date and ?::date
        and (?::ltree is null or i.scope_path <@ ?::ltree)
        and (?::uuid is null or i.lead_department_id = ?::uuid)
        and (?::uuid is null or i.item_version_ids && array(select v.id from inspection_item_version v where v.item_id = ?::uuid))
      order by i.id`,
    [
      s.scopePath,
      s.scopePath,
      s.bureauId,
      s.periodFrom,
      s.periodTo,
      s.subordinatePath,
      s.subordinatePath,
      s.departmentId,
      s.departmentId,
      s.itemId,
      s.itemId,
    ],
  );
  return rows.map(finishedOf);
}

function finishedOf(r: Row): FinishedInspection {
  return {
    id: r.id,
    bureauId: r.bureau_id,
    scopePath: r.scope_path,
    divisionCode: r.division_code,
    finishedOn: r.finished_on,
    targetId: r.target_id,
    result: recordedResultOf(r),
  };
}

/** The given inspections as they stand now (for the items, and "changed after the commitment"); absent ones are missing. */
export async function inspectionsNow(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Map<string, FinishedInspection>> {
  if (!ids.length) return new Map();
  const rows = await executeBound<Row>(ctx, `${RESULT_SQL} where i.id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
  return new Map(rows.map((r) => [r.id, finishedOf(r)]));
}

/** The nonce leaves this process only into recheck_sample_secret, which the service role cannot read. */
export async function storeRecheckNonce(ctx: RequestContext, sampleId: string, nonce: string): Promise<void> {
  await executeBound(ctx, 'select app_private.recheck_store_nonce(?, ?)', [sampleId, nonce]);
}

/** The committed nonce, handed over once to run the sample (null when there is none). */
export async function takeRecheckNonce(ctx: RequestContext, sampleId: string): Promise<string | null> {
  const rows = await executeBound<{ nonce: string | null }>(ctx, 'select app_private.recheck_take_nonce(?) as nonce', [
    sampleId,
  ]);
  return rows.at(0)?.nonce ?? null;
}

/**
 * The warrant numbers (执法证号, a person's own across bureaus) of everyone who did the original
 * inspection: its members, past and present, and those named present on any revision of its record.
 */
export async function originalWarrants(
  ctx: RequestContext,
  inspectionIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (!inspectionIds.length) return out;
  const rows = await executeBound<{ inspection_id: string; warrant_no: string }>(
    ctx,
    `select m.inspection_id, x.warrant_no from inspection_member m join inspector x on x.id = m.inspector_id
      where m.inspection_id = any(?::uuid[]) and x.warrant_no is not null
     union
     select r.inspection_id, p->>'warrantNo' from inspection_record r, jsonb_array_elements(r.present) p
      where r.inspection_id = any(?::uuid[]) and p->>'warrantNo' is not null`,
    [`{${inspectionIds.join(',')}}`, `{${inspectionIds.join(',')}}`],
  );
  for (const r of rows) {
    const set = out.get(r.inspection_id) ?? new Set<string>();
    set.add(r.warrant_no);
    out.set(r.inspection_id, set);
  }
  return out;
}

/** The user ids that wrote the original inspection's record or report. */
export async function originalAuthors(ctx: RequestContext, inspectionId: string): Promise<Set<string>> {
  const rows = await executeBound<{ user_id: string }>(
    ctx,
    `select submitted_by as user_id from inspection_record where inspection_id = ?
     union select submitted_by from inspection_report where inspection_id = ?
     union select reviewed_by from inspection_report where inspection_id = ? and reviewed_by is not null`,
    [inspectionId, inspectionId, inspectionId],
  );
  return new Set(rows.map((r) => r.user_id));
}

/** The re-check team's pool: the superior's own active inspectors with a warrant valid on `today` (R12: a police officer without a recorded validity is not drawn, as in the draw). */
export async function superiorInspectors(
  ctx: RequestContext,
  bureauId: string,
  today: string,
): Promise<{ id: string; department_id: string; warrant_no: string | null }[]> {
  return executeBound(
    ctx,
    `select id, department_id, warrant_no from inspector
      where bureau_id = ? and status = 'ACTIVE' and (external_agency or warrant_valid_until >= ?::date)
      order by id`,
    [bureauId, today],
  );
}

/** R30: the superior's recusals in force for the given targets. */
export async function recusals(
  ctx: RequestContext,
  bureauId: string,
  targetIds: readonly string[],
  today: string,
): Promise<{ inspector_id: string; target_id: string }[]> {
  if (!targetIds.length) return [];
  return executeBound(
    ctx,
    `select inspector_id, target_id from conflict_of_interest
      where bureau_id = ? and target_id = any(?::uuid[]) and since <= ?::date and (until is null or until >= ?::date)`,
    [bureauId, `{${targetIds.join(',')}}`, today, today],
  );
}

/** The caller's own directory entries (linked to the user) with their warrant numbers. */
export async function linkedInspectors(
  ctx: RequestContext,
  userId: string,
  bureauId: string,
): Promise<{ id: string; warrant_no: string | null; status: InspectorStatus }[]> {
  return executeBound(ctx, 'select id, warrant_no, status from inspector where user_id = ? and bureau_id = ?', [
    userId,
    bureauId,
  ]);
}

/** The county answers a finding it handles, through the reviewed function (migration 0034). */
export async function answerFindingRow(
  ctx: RequestContext,
  a: {
    findingId: string;
    kind: string;
    answer: string;
    userId: string;
    recordId: string | null;
    publicationId: string | null;
  },
): Promise<void> {
  await executeBound(ctx, 'select app_private.answer_recheck_finding(?, ?, ?, ?, ?, ?)', [
    a.findingId,
    a.kind,
    a.answer,
    a.userId,
    a.recordId,
    a.publicationId,
  ]);
}
