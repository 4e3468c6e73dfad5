import type { InspectionKind, InspectionStatus, ReportStatus } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** The inspections in the caller's archive list: its scope, and a superior's whose findings it handles (R41). */
const IN_ARCHIVE = '(i.scope_path <@ ?::ltree or i.handling_scope_path <@ ?::ltree)';

export interface ArchiveRow {
  id: string;
  kind: InspectionKind;
  status: InspectionStatus;
  check_ended_on: string | null;
  retention_until: string;
  bureau_name: string;
  target_name: string | null;
  target_code: string | null;
  terminated_on: string | null;
  report_status: ReportStatus | null;
  document_no: string | null;
  penalty_decision_no: string | null;
  item_count: number;
  items: { name: string; years: number | null }[];
}

/** How many rows the archive list of `scopePath` has. */
export async function archiveRowCount(ctx: RequestContext, scopePath: string): Promise<number> {
  const [row] = await executeBound<{ n: string }>(ctx, `select count(*) as n from inspection i where ${IN_ARCHIVE}`, [
    scopePath,
    scopePath,
  ]);
  return Number(row.n);
}

/** A page of the archive list after `after` (keyset on id), with what each file holds. */
export function archivePage(
  ctx: RequestContext,
  scopePath: string,
  after: string,
  limit: number,
): Promise<ArchiveRow[]> {
  return executeBound<ArchiveRow>(
    ctx,
    `select i.id, i.kind, i.status, i.check_ended_on::text, i.retention_until::text, b.name as bureau_name,
            t.name as target_name, coalesce(t.uscc, t.resident_id) as target_code,
            ((t.terminated_at at time zone 'Asia/Shanghai')::date)::text as terminated_on,
            r.status as report_status, n.document_no, n.penalty_decision_no, cardinality(i.item_version_ids) as item_count,
            coalesce((select json_agg(json_build_object('name', v.name, 'years', v.retention_years) order by v.id)
                        from inspection_item_version v where v.id = any(i.item_version_ids)), '[]'::json) as items
       from inspection i
       join bureau b on b.id = i.bureau_id
       left join target t on t.id = i.target_id
       left join inspection_report r on r.inspection_id = i.id
       left join rectification_notice n on n.inspection_id = i.id
      where ${IN_ARCHIVE} and i.id > ?::uuid
      order by i.id limit ?`,
    [scopePath, scopePath, after, limit],
  );
}
