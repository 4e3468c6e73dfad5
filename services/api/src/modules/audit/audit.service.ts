import { uuidv7 } from 'uuidv7';
import { AUDIT_GENESIS_HASH, auditEntryHash, type AuditEntryContent, type JsonValue } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import { chainTail, insertAuditRows } from './audit.queries';

export interface AuditChange {
  operation: string;
  objectType: string;
  objectId: string | null;
  before?: JsonValue;
  after?: JsonValue;
}

/**
 * Where entries are written: a request's context, or a scheduled task's transaction with the scope
 * of the bureau the entries belong to set (the insert policy checks it) and an actor of its own.
 */
export type AuditWriter = Pick<RequestContext, 'em' | 'requestId' | 'auditEntries' | 'principal'>;

/** Who the entry is about when the request has no principal yet (sign-in), or a system task (no user). */
export interface AuditActor {
  userId: string | null;
  name: string;
  bureauId: string;
  departmentId: string | null;
  tenantId: string;
  scopePath: string;
}

/** The signed-in principal as the author of audit entries. */
function actorOf(p: Principal): AuditActor {
  return {
    userId: p.userId,
    name: p.displayName,
    bureauId: p.bureauId,
    departmentId: p.departmentId,
    tenantId: p.tenantId,
    scopePath: p.scopePath,
  };
}

/**
 * Appends one entry to the tenant's hash chain, in the request's transaction: if the mutation
 * fails afterwards, the entry goes with it. The tail is read under a per-tenant lock.
 */
export async function recordAudit(ctx: RequestContext, change: AuditChange, actor?: AuditActor): Promise<void> {
  await recordAuditEntries(ctx, [change], actor);
}

const AUDIT_BATCH = 2000;

/**
 * Appends many entries at once (an import: one per row written), chained in order: the tail
 * is read once under the lock, the hashes are computed here, and the rows go in batches with
 * bind parameters.
 */
export async function recordAuditEntries(
  ctx: AuditWriter,
  changes: readonly AuditChange[],
  actor?: AuditActor,
): Promise<void> {
  if (changes.length === 0) return;
  const who = actor ?? actorOf(signedIn(ctx));
  const tail = await chainTail(ctx, who.tenantId);
  let seq = tail?.seq ? Number(tail.seq) : 0;
  let prevHash = tail?.hash ?? AUDIT_GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = changes.map((change) => {
    seq += 1;
    const content: AuditEntryContent = {
      tenantId: who.tenantId,
      seq,
      bureauId: who.bureauId,
      departmentId: who.departmentId,
      actorUserId: who.userId,
      actorName: who.name,
      at,
      operation: change.operation,
      objectType: change.objectType,
      objectId: change.objectId,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: ctx.requestId,
    };
    const hash = auditEntryHash(prevHash, content);
    const row = {
      id: uuidv7(),
      tenant_id: content.tenantId,
      seq,
      bureau_id: content.bureauId,
      scope_path: who.scopePath,
      department_id: content.departmentId,
      actor_user_id: content.actorUserId,
      actor_name: content.actorName,
      at,
      operation: content.operation,
      object_type: content.objectType,
      object_id: content.objectId,
      before: content.before,
      after: content.after,
      request_id: content.requestId,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  for (let from = 0; from < rows.length; from += AUDIT_BATCH) {
    await insertAuditRows(ctx, rows.slice(from, from + AUDIT_BATCH));
  }
  ctx.auditEntries += rows.length;
}

/**
 * The end of a write: the unit of work goes to the database, then its audit entry follows in the
 * same transaction (the flush first, so a refused write leaves no entry behind).
 */
export async function flushAndAudit(ctx: RequestContext, change: AuditChange): Promise<void> {
  await ctx.em.flush();
  await recordAudit(ctx, change);
}
