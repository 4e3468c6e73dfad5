import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../context';
import { ownerColumns } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import type { AuditChange } from '../audit/audit.service';
import type { PermitRecord, TargetRecord } from './target-sheet';
import {
  AUDITED_TARGET_COLUMNS,
  addNewPermits,
  insertTargetRows,
  movePermitDays,
  updateChangedTargets,
  type TargetRow,
} from './target-import.queries';

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

interface RowPermit {
  targetId: string;
  permit: PermitRecord;
  isNew: boolean;
}

/** What one import writes: the rows' common columns, and the audit entries and permits gathered on the way. */
interface Writing {
  base: ReturnType<typeof ownerColumns> & { created_at: string; updated_at: string };
  audit: AuditChange[];
  permits: RowPermit[];
}

function auditedFields(row: Partial<Record<string, unknown>>): Record<string, string | null> {
  return Object.fromEntries(AUDITED_TARGET_COLUMNS.map((c) => [c, (row[c] as string | null | undefined) ?? null]));
}

function permitJson(p: PermitRecord | null) {
  return p ? { permitType: p.permitType, permitNo: p.permitNo, validUntil: p.validUntil } : null;
}

/** Written out in full (no spread of `base`): one object shape for every row, cheap for V8 to build. */
function targetRow(r: NewTarget, id: string, base: Writing['base']): TargetRow {
  return {
    id,
    tenant_id: base.tenant_id,
    bureau_id: base.bureau_id,
    scope_path: base.scope_path,
    created_at: base.created_at,
    updated_at: base.updated_at,
    department_id: r.departmentId,
    holder_kind: r.holderKind,
    name: r.name,
    uscc: r.uscc,
    resident_id: r.residentId,
    registration_authority: r.registrationAuthority,
    legal_representative: r.legalRepresentative,
    registered_address: r.registeredAddress,
    region_code: r.regionCode,
    business_category: r.businessCategory,
    grade: r.grade,
    contact_phone: r.contactPhone,
  };
}

export async function writeTargets(
  ctx: RequestContext,
  inserts: NewTarget[],
  updates: ExistingTarget[],
): Promise<TargetWrite> {
  const owner = ownerColumns(signedIn(ctx));
  const now = new Date().toISOString();
  const w: Writing = { base: { ...owner, created_at: now, updated_at: now }, audit: [], permits: [] };
  for (let i = 0; i < inserts.length; i += BATCH) await insertBatch(ctx, inserts.slice(i, i + BATCH), w);
  const changed = new Set<string>();
  for (let i = 0; i < updates.length; i += BATCH) {
    for (const id of await updateBatch(ctx, updates.slice(i, i + BATCH), w)) changed.add(id);
  }
  for (const id of await writePermits(ctx, owner, w)) changed.add(id);
  return { inserted: inserts.length, updated: changed.size, unchanged: updates.length - changed.size, audit: w.audit };
}

async function insertBatch(ctx: RequestContext, inserts: NewTarget[], w: Writing): Promise<void> {
  const batch = inserts.map((r) => ({ r, row: targetRow(r, uuidv7(), w.base) }));
  await insertTargetRows(
    ctx,
    batch.map((b) => b.row),
  );
  for (const { r, row } of batch) {
    const after = { ...auditedFields(row), permit: permitJson(r.permit) };
    w.audit.push({ operation: 'IMPORT_TARGET', objectType: 'Target', objectId: row.id, after });
    if (r.permit) w.permits.push({ targetId: row.id, permit: r.permit, isNew: true });
  }
}

/** Updates the rows that differ from their targets; returns the ids of those changed. */
async function updateBatch(ctx: RequestContext, batch: ExistingTarget[], w: Writing): Promise<string[]> {
  const rows = batch.map((r) => targetRow(r, r.id, w.base));
  const old = await updateChangedTargets(ctx, rows);
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const o of old) {
    const before = auditedFields(o);
    const after = auditedFields(byId.get(o.id) ?? {});
    w.audit.push({ operation: 'IMPORT_TARGET_UPDATE', objectType: 'Target', objectId: o.id, before, after });
  }
  for (const r of batch) if (r.permit) w.permits.push({ targetId: r.id, permit: r.permit, isNew: false });
  return old.map((o) => o.id);
}

/**
 * Permits of the rows: a VALID permit of the same target, type and number has its last day set
 * when it differs; otherwise the permit is added. Returns the existing targets whose permits changed.
 */
async function writePermits(ctx: RequestContext, owner: ReturnType<typeof ownerColumns>, w: Writing) {
  const changed = new Set<string>();
  const existing = new Set(w.permits.filter((x) => !x.isNew).map((x) => x.targetId));
  for (let i = 0; i < w.permits.length; i += BATCH) {
    const rows = w.permits.slice(i, i + BATCH).map((x) => ({
      id: uuidv7(),
      target_id: x.targetId,
      permit_type: x.permit.permitType,
      permit_no: x.permit.permitNo,
      valid_until: x.permit.validUntil,
    }));
    const moved = await movePermitDays(ctx, rows);
    const added = await addNewPermits(ctx, owner, rows);
    for (const p of [...moved, ...added]) {
      if (!existing.has(p.target_id)) continue; // a new target's permit is in its IMPORT_TARGET entry
      changed.add(p.target_id);
      const permit = { permitType: p.permit_type, permitNo: p.permit_no };
      w.audit.push({
        operation: 'IMPORT_PERMIT',
        objectType: 'Target',
        objectId: p.target_id,
        before: p.was === null && !moved.includes(p) ? null : { ...permit, validUntil: p.was },
        after: { ...permit, validUntil: p.valid_until },
      });
    }
  }
  return changed;
}
