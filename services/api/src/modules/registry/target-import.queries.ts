import type { RequestContext } from '../../context';
import { executeBound, pgTextArray } from '../../common/bound-sql';

/** A target of the bureau as an import compares rows with it. */
export interface ExistingTargetCode {
  id: string;
  name: string;
  department_id: string;
  status: string;
}

/** The targets of a bureau with these codes (credit code or resident id), whatever their department, by code. */
export async function existingTargetCodes(
  ctx: RequestContext,
  bureauId: string,
  codes: readonly string[],
): Promise<Map<string, ExistingTargetCode>> {
  if (codes.length === 0) return new Map();
  const list = pgTextArray(codes);
  const rows = await executeBound<ExistingTargetCode & { code: string }>(
    ctx,
    `select coalesce(uscc, resident_id) as code, id, name, department_id, status from target
     where bureau_id = ? and (uscc = any(?::text[]) or resident_id = any(?::text[]))`,
    [bureauId, list, list],
  );
  return new Map(rows.map((r) => [r.code, r]));
}

/** A target row as the import writes it (the column names). */
export type TargetRow = Record<string, string | null> & { id: string };

const TARGET_RECORDSET = `id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, department_id uuid,
  holder_kind text, name text, uscc text, resident_id text, registration_authority text, legal_representative text,
  registered_address text, region_code text, business_category text, grade text, contact_phone text,
  created_at timestamptz, updated_at timestamptz`;

/** The columns of a target an import may set, as the audit entry records them. */
export const AUDITED_TARGET_COLUMNS = [
  'department_id',
  'holder_kind',
  'name',
  'uscc',
  'resident_id',
  'registration_authority',
  'legal_representative',
  'registered_address',
  'region_code',
  'business_category',
  'grade',
  'contact_phone',
] as const;
/** What an update may change (the code is the key and stays). */
const CHANGEABLE = AUDITED_TARGET_COLUMNS.filter((c) => c !== 'uscc' && c !== 'resident_id');

/** Inserts new targets, many per statement, as one bound JSON value. */
export async function insertTargetRows(ctx: RequestContext, rows: readonly TargetRow[]): Promise<void> {
  await executeBound(
    ctx,
    `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, resident_id,
      registration_authority, legal_representative, registered_address, region_code, business_category, grade,
      contact_phone, created_at, updated_at)
     select * from jsonb_to_recordset(?::jsonb) as x(${TARGET_RECORDSET})`,
    [JSON.stringify(rows)],
  );
}

/**
 * Updates the targets whose rows differ from them (versioned); returns each changed one as it
 * was ("o"), the audit entry's "before".
 */
export async function updateChangedTargets(ctx: RequestContext, rows: readonly TargetRow[]): Promise<TargetRow[]> {
  const set = CHANGEABLE.map((c) => `${c} = x.${c}`).join(', ');
  const was = CHANGEABLE.map((c) => `o.${c}`).join(', ');
  const now = CHANGEABLE.map((c) => `x.${c}`).join(', ');
  return executeBound<TargetRow>(
    ctx,
    `update target t set ${set}, updated_at = x.updated_at, version = t.version + 1
     from jsonb_to_recordset(?::jsonb) as x(${TARGET_RECORDSET}), target o
     where t.id = x.id and o.id = x.id and (${was}) is distinct from (${now})
     returning o.id, ${AUDITED_TARGET_COLUMNS.map((c) => `o.${c}`).join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/** A permit row as the import writes it. */
export interface PermitRow {
  id: string;
  target_id: string;
  permit_type: string;
  permit_no: string;
  valid_until: string | null;
}

/** A permit written by the import: its last day before (`was`, null for a new one) and now. */
export interface WrittenPermit {
  target_id: string;
  permit_type: string;
  permit_no: string;
  was: string | null;
  valid_until: string | null;
}

const PERMIT_RECORDSET = 'id uuid, target_id uuid, permit_type text, permit_no text, valid_until date';

/** Moves the last day of VALID permits of the same target, type and number where it differs. */
export async function movePermitDays(ctx: RequestContext, rows: readonly PermitRow[]): Promise<WrittenPermit[]> {
  return executeBound<WrittenPermit>(
    ctx,
    `update target_permit t set valid_until = x.valid_until, version = t.version + 1
     from jsonb_to_recordset(?::jsonb) as x(${PERMIT_RECORDSET}), target_permit o
     where o.id = t.id and t.target_id = x.target_id and t.permit_type = x.permit_type and t.permit_no = x.permit_no
       and t.status = 'VALID' and t.valid_until is distinct from x.valid_until
       and (t.valid_from is null or x.valid_until is null or x.valid_until >= t.valid_from)
     returning t.target_id, t.permit_type, t.permit_no, o.valid_until::text as was, t.valid_until::text as valid_until`,
    [JSON.stringify(rows)],
  );
}

/** Adds the permits no VALID permit of the same target, type and number stands for. */
export async function addNewPermits(
  ctx: RequestContext,
  owner: { tenant_id: string; bureau_id: string; scope_path: string },
  rows: readonly PermitRow[],
): Promise<WrittenPermit[]> {
  return executeBound<WrittenPermit>(
    ctx,
    `insert into target_permit (id, tenant_id, bureau_id, scope_path, target_id, permit_type, permit_no, valid_until,
       status, created_at, version)
     select x.id, ?, ?, ?::ltree, x.target_id, x.permit_type, x.permit_no, x.valid_until, 'VALID', now(), 1
     from jsonb_to_recordset(?::jsonb) as x(${PERMIT_RECORDSET})
     where not exists (select 1 from target_permit t where t.target_id = x.target_id and t.permit_type = x.permit_type
       and t.permit_no = x.permit_no and t.status = 'VALID')
     returning target_id, permit_type, permit_no, null as was, valid_until::text as valid_until`,
    [owner.tenant_id, owner.bureau_id, owner.scope_path, JSON.stringify(rows)],
  );
}
