import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/**
 * R34: the inspectors sibling bureaus lend this one through the pool its superior named, read
 * through the reviewed function the draw uses.
 */
export async function lentInspectorIds(ctx: RequestContext): Promise<Set<string>> {
  const rows = await executeBound<{ id: string }>(ctx, 'select id from app_private.cross_region_inspectors()', []);
  return new Set(rows.map((r) => r.id));
}

/** Active inspectors per department of a bureau (R13). */
export async function activeInspectorCounts(ctx: RequestContext, bureauId: string): Promise<Map<string, number>> {
  const rows = await executeBound<{ department_id: string; n: string }>(
    ctx,
    `select department_id, count(*) as n from inspector
     where bureau_id = ? and status = 'ACTIVE' group by department_id`,
    [bureauId],
  );
  return new Map(rows.map((r) => [r.department_id, Number(r.n)]));
}

/** When each department's directories of a bureau last changed, keyed `<directory>:<department id>` (R16). */
export async function directoryLastChanges(ctx: RequestContext, bureauId: string): Promise<Map<string, Date>> {
  const rows = await executeBound<{ directory: string; department_id: string; at: Date }>(
    ctx,
    `select 'INSPECTORS' as directory, department_id, max(updated_at) as at
     from inspector where bureau_id = ? group by department_id
     union all select 'TARGETS', department_id, max(updated_at) from target where bureau_id = ? group by department_id`,
    [bureauId, bureauId],
  );
  return new Map(rows.map((r) => [`${r.directory}:${r.department_id}`, new Date(r.at)]));
}
