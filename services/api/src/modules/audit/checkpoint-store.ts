import type { AuditCheckpointKind, SignedAuditCheckpoint } from '@dsr/domain';
import type { AuditSql } from './audit-sql';

/** Checkpoint rows of the table as the verifier reads them (times as the signed ISO text). */
const CHECKPOINT_COLUMNS = `tenant_id as "tenantId", seq::float8 as seq, hash,
  to_char(signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "signedAt", kind, key_id as "keyId", signature`;

/** The newest checkpoints of a chain in the table (of one kind, or all), newest first. */
export function newestTableCheckpoints(
  sql: AuditSql,
  tenantId: string,
  limit: number,
  kind?: AuditCheckpointKind,
): Promise<SignedAuditCheckpoint[]> {
  return kind
    ? sql.query(
        `select ${CHECKPOINT_COLUMNS} from audit_checkpoint where tenant_id = $1 and kind = $2 order by seq desc, signed_at desc limit $3`,
        [tenantId, kind, limit],
      )
    : sql.query(
        `select ${CHECKPOINT_COLUMNS} from audit_checkpoint where tenant_id = $1 order by seq desc, signed_at desc limit $2`,
        [tenantId, limit],
      );
}

/** The stored hash of one entry, or null when the chain has no entry with that number. */
export async function entryHashAt(sql: AuditSql, tenantId: string, seq: number): Promise<string | null> {
  const rows = await sql.query<{ hash: string }>('select hash from audit_entry where tenant_id = $1 and seq = $2', [
    tenantId,
    seq,
  ]);
  return rows.at(0)?.hash ?? null;
}

/** The last entry's number (0 for an empty chain). */
export async function chainEnd(sql: AuditSql, tenantId: string): Promise<number> {
  const rows = await sql.query<{ seq: string }>(
    'select seq from audit_entry where tenant_id = $1 order by seq desc limit 1',
    [tenantId],
  );
  const last = rows.at(0);
  return last ? Number(last.seq) : 0;
}

/** Every chain that grew since its last checkpoint (or every chain, for a publication), across tenants. */
export function chainHeads(sql: AuditSql, all: boolean): Promise<{ tenantId: string; seq: number; hash: string }[]> {
  return sql.query('select tenant_id as "tenantId", seq::float8 as seq, hash from app_private.audit_chain_heads($1)', [
    all,
  ]);
}

/** Through the definer function: recorded only for an entry that is in the chain now. */
export async function insertCheckpoint(sql: AuditSql, cp: SignedAuditCheckpoint): Promise<void> {
  await sql.query('select app_private.append_audit_checkpoint($1, $2, $3, $4, $5, $6, $7)', [
    cp.tenantId,
    cp.seq,
    cp.hash,
    cp.signedAt,
    cp.kind,
    cp.keyId,
    cp.signature,
  ]);
}
