import { chinaDay, defaultBureauMark, departmentMark, formatDocumentNo, type DocumentKind } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';
import { signedIn } from '../../common/principal';

/**
 * The next 文书编号 of the caller's bureau for a department, kind and (China) year, e.g.
 * 叶公（治）责改字〔2026〕第001号. The counter row is moved up in the request's transaction: a second
 * issue waits on the row lock until the first commits or rolls back, so numbers are consecutive,
 * never reused, and a failed request gives its number back (no gap). Not a sequence: a sequence
 * would leave gaps on every rollback.
 */
export async function nextDocumentNo(
  ctx: RequestContext,
  kind: DocumentKind,
  departmentId: string,
  at: Date,
): Promise<string> {
  const p = signedIn(ctx);
  const year = Number(chinaDay(at).slice(0, 4));
  const [row] = await executeBound<{ last_no: number }>(
    ctx,
    `insert into document_counter (tenant_id, bureau_id, scope_path, department_id, kind, year, last_no)
     values (?, ?, ?::ltree, ?, ?, ?, 1)
     on conflict (tenant_id, bureau_id, department_id, kind, year) do update set last_no = document_counter.last_no + 1
     returning last_no`,
    [p.tenantId, p.bureauId, p.scopePath, departmentId, kind, year],
  );
  const [bureau, department, settings] = await Promise.all([
    ctx.loaders.bureau.load(p.bureauId),
    ctx.loaders.department.load(departmentId),
    ctx.loaders.settingsOfBureau.load(p.bureauId),
  ]);
  return formatDocumentNo({
    bureauMark: settings?.documentMark?.trim() || defaultBureauMark(bureau?.name ?? ''),
    departmentMark: departmentMark(department?.name ?? ''),
    kind,
    year,
    serial: row.last_no,
  });
}
