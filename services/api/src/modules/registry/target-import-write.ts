import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';
import type { AuditChange } from '../audit/audit.service';
import type { PermitRecord, TargetRecord } from './target-sheet';

/**
 * Writing checked target rows (R18): many rows per statement, passed as one bound JSON value (one
 * round trip per thousand rows). A new target gets one audit entry (its permit in it); an existing
 * one is changed, versioned and audited only when the row differs from it (duplicates=update of an
 * unchanged sheet writes nothing), and a permit only when it is new or its last day moved.
 */
const BATCH = 1000;

export type NewTarget = TargetRecord & { departmentId: string };
export type ExistingTarget = NewTarget & { id: string };

export interface TargetWrite {
  inserted: number;
  updated: number;
  unchanged: number;
  audit: AuditChange[];
}

const COLUMNS = `id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, department_id uuid, holder_kind text, name text, uscc text,
  resident_id text, registration_authority text, legal_representative text, registered_address text, region_code text, business_category text,
  grade text, contact_phone text, created_at timestamptz, updated_at timestamptz`;

/** The columns of a target an import may set, as the audit entry records them. */
const AUDITED = ['department_id', 'holder_kind', 'name', 'uscc', 'resident_id', 'registration_authority', 'legal_representative',
  'registered_address', 'region_code', 'business_category', 'grade', 'contact_phone'] as const;
/** What an update may change (the code is the key and stays). */
const CHANGEABLE = AUDITED.filter((c) => c !== 'uscc' && c !== 'resident_id');

function auditedFields(row: Partial<Record<string, unknown>>): Record<string, string | null> {
  return Object.fromEntries(AUDITED.map((c) => [c, (row[c] as string | null | undefined) ?? null]));
}

function permitJson(p: PermitRecord | null) {
  return p ? { permitType: p.permitType, permitNo: p.permitNo, validUntil: p.validUntil } : null;
}

export async function writeTargets(ctx: RequestContext, inserts: NewTarget[], updates: ExistingTarget[]): Promise<TargetWrite> {
  const p = ctx.principal!;
  const now = new Date().toISOString();
  const base = { tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath, created_at: now, updated_at: now };
  const asRow = (r: NewTarget, id: string) => ({
    ...base, id, department_id: r.departmentId, holder_kind: r.holderKind, name: r.name, uscc: r.uscc, resident_id: r.residentId,
    registration_authority: r.registrationAuthority, legal_representative: r.legalRepresentative, registered_address: r.registeredAddress,
    region_code: r.regionCode, business_category: r.businessCategory, grade: r.grade, contact_phone: r.contactPhone,
  });
  const audit: AuditChange[] = [];
  const permits: { targetId: string; permit: PermitRecord; isNew: boolean }[] = [];
  for (let i = 0; i < inserts.length; i += BATCH) {
    const batch = inserts.slice(i, i + BATCH).map((r) => ({ r, row: asRow(r, uuidv7()) }));
    await executeBound(ctx, `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, resident_id,
      registration_authority, legal_representative, registered_address, region_code, business_category, grade, contact_phone, created_at, updated_at)
      select * from jsonb_to_recordset(?::jsonb) as x(${COLUMNS})`, [JSON.stringify(batch.map((b) => b.row))]);
    for (const { r, row } of batch) {
      audit.push({ operation: 'IMPORT_TARGET', objectType: 'Target', objectId: row.id, after: { ...auditedFields(row), permit: permitJson(r.permit) } });
      if (r.permit) permits.push({ targetId: row.id, permit: r.permit, isNew: true });
    }
  }
  const changed = new Set<string>();
  for (let i = 0; i < updates.length; i += BATCH) {
    const batch = updates.slice(i, i + BATCH);
    const rows = batch.map((r) => asRow(r, r.id));
    // Only rows that differ are touched; "o" is the row as it was: the audit's "before".
    const old = await executeBound<Record<string, string | null>>(ctx, `update target t set ${CHANGEABLE.map((c) => `${c} = x.${c}`).join(', ')},
      updated_at = x.updated_at, version = t.version + 1
      from jsonb_to_recordset(?::jsonb) as x(${COLUMNS}), target o
      where t.id = x.id and o.id = x.id and (${CHANGEABLE.map((c) => `o.${c}`).join(', ')}) is distinct from (${CHANGEABLE.map((c) => `x.${c}`).join(', ')})
      returning o.id, ${AUDITED.map((c) => `o.${c}`).join(', ')}`, [JSON.stringify(rows)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const o of old) {
      changed.add(o.id!);
      audit.push({ operation: 'IMPORT_TARGET_UPDATE', objectType: 'Target', objectId: o.id!, before: auditedFields(o), after: auditedFields(byId.get(o.id!)!) });
    }
    for (const r of batch) if (r.permit) permits.push({ targetId: r.id, permit: r.permit, isNew: false });
  }
  for (const id of await writePermits(ctx, permits, audit)) changed.add(id);
  return { inserted: inserts.length, updated: changed.size, unchanged: updates.length - changed.size, audit };
}

/**
 * Permits of the rows: a VALID permit of the same target, type and number has its last day set
 * when it differs; otherwise the permit is added. Returns the existing targets whose permits changed.
 */
async function writePermits(ctx: RequestContext, permits: { targetId: string; permit: PermitRecord; isNew: boolean }[], audit: AuditChange[]): Promise<Set<string>> {
  const p = ctx.principal!;
  const changed = new Set<string>();
  const existing = new Set(permits.filter((x) => !x.isNew).map((x) => x.targetId));
  const recordset = 'id uuid, target_id uuid, permit_type text, permit_no text, valid_until date';
  for (let i = 0; i < permits.length; i += BATCH) {
    const json = JSON.stringify(permits.slice(i, i + BATCH).map((x) => ({
      id: uuidv7(), target_id: x.targetId, permit_type: x.permit.permitType, permit_no: x.permit.permitNo, valid_until: x.permit.validUntil,
    })));
    type Written = { target_id: string; permit_type: string; permit_no: string; was: string | null; valid_until: string | null };
    const moved = await executeBound<Written>(ctx, `update target_permit t set valid_until = x.valid_until, version = t.version + 1
      from jsonb_to_recordset(?::jsonb) as x(${recordset}), target_permit o
      where o.id = t.id and t.target_id = x.target_id and t.permit_type = x.permit_type and t.permit_no = x.permit_no and t.status = 'VALID'
        and t.valid_until is distinct from x.valid_until and (t.valid_from is null or x.valid_until is null or x.valid_until >= t.valid_from)
      returning t.target_id, t.permit_type, t.permit_no, o.valid_until::text as was, t.valid_until::text as valid_until`, [json]);
    const added = await executeBound<Written>(ctx, `insert into target_permit (id, tenant_id, bureau_id, scope_path, target_id, permit_type, permit_no, valid_until, status, created_at, version)
      select x.id, ?, ?, ?::ltree, x.target_id, x.permit_type, x.permit_no, x.valid_until, 'VALID', now(), 1 from jsonb_to_recordset(?::jsonb) as x(${recordset})
      where not exists (select 1 from target_permit t where t.target_id = x.target_id and t.permit_type = x.permit_type and t.permit_no = x.permit_no and t.status = 'VALID')
      returning target_id, permit_type, permit_no, null as was, valid_until::text as valid_until`, [p.tenantId, p.bureauId, p.scopePath, json]);
    for (const w of [...moved, ...added]) {
      if (!existing.has(w.target_id)) continue; // a new target's permit is in its IMPORT_TARGET entry
      changed.add(w.target_id);
      const permit = { permitType: w.permit_type, permitNo: w.permit_no };
      audit.push({ operation: 'IMPORT_PERMIT', objectType: 'Target', objectId: w.target_id,
        before: w.was === null && !moved.includes(w) ? null : { ...permit, validUntil: w.was }, after: { ...permit, validUntil: w.valid_until } });
    }
  }
  return changed;
}
