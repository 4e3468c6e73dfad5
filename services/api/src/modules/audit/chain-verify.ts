import {
  AUDIT_GENESIS_HASH,
  auditCheckpointSignatureValid,
  type AuditBreakReason,
  type AuditFindingSource,
  type SignedAuditCheckpoint,
} from '@dsr/domain';
import type { AuditSql } from './audit-sql';
import type { AuditKeys } from './audit-keys';
import { CHAIN_THREAD_FROM } from './chain-check-thread';
import { walkChain, type ChainPoint } from './chain-walk';
import { chainEnd, entryHashAt, newestTableCheckpoints } from './checkpoint-store';

export interface ChainFinding {
  seq: number;
  reason: AuditBreakReason;
  expected: string | null;
  actual: string | null;
  source: AuditFindingSource;
}

export interface ChainStatus {
  tenantId: string;
  ok: boolean;
  /** Entries hashed by this check (only those after the start when it was incremental). */
  entries: number;
  /** The walk started after this entry (0: from the first entry). */
  verifiedFrom: number;
  /** The last entry found intact. */
  head: ChainPoint;
  /** Ordered by sequence number; empty when the chain is intact and extends its checkpoints. */
  findings: ChainFinding[];
  /** The newest checkpoint with a valid signature (table or file). */
  checkpoint: SignedAuditCheckpoint | null;
}

export interface VerifyChainInput {
  sql: AuditSql;
  keys: AuditKeys;
  tenantId: string;
  /** This tenant's checkpoints in the file, newest first. */
  fileCheckpoints: readonly SignedAuditCheckpoint[];
  /** Walk from the first entry even when a verified checkpoint would allow starting later. */
  full: boolean;
}

/** How many of the newest checkpoints are tried before giving up on finding a validly signed one. */
const LOOKBACK = 20;

/**
 * One chain: start after the newest VERIFIED checkpoint that is validly signed and still in the
 * chain (or at the first entry), walk to the end, then check that the chain extends the newest
 * valid checkpoint of the table and of the file. Invalid signatures newer than those are findings.
 */
export async function verifyChain(input: VerifyChainInput): Promise<ChainStatus> {
  const { sql, keys, tenantId } = input;
  const findings: ChainFinding[] = [];
  const table = newestValid(await newestTableCheckpoints(sql, tenantId, LOOKBACK), keys, 'TABLE', findings);
  const file = newestValid(input.fileCheckpoints.slice(0, LOOKBACK), keys, 'FILE', findings);
  const start = input.full ? null : await verifiedStart(input, findings);
  const anchors = [table, file].filter((a): a is Anchor => !!a);
  const from = start ?? { seq: 0, hash: AUDIT_GENESIS_HASH };
  // A long walk runs its byte loops in a worker thread; a short one is not worth starting it.
  const threaded = (await chainEnd(sql, tenantId)) - from.seq >= CHAIN_THREAD_FROM;
  const walk = await walkChain(sql, tenantId, from, new Set(anchors.map((a) => a.cp.seq)), { threaded });
  if (walk.firstBreak) {
    const b = walk.firstBreak;
    findings.push({
      seq: b.seq,
      reason: b.reason,
      expected: String(b.expected),
      actual: 'actual' in b ? b.actual : null,
      source: 'CHAIN',
    });
  }
  for (const a of anchors) {
    const stored = walk.seen.get(a.cp.seq) ?? (await entryHashAt(sql, tenantId, a.cp.seq));
    const finding = await anchorFinding(sql, tenantId, a, stored);
    if (finding && !findings.some((f) => f.reason === finding.reason && f.seq === finding.seq)) findings.push(finding);
  }
  findings.sort((x, y) => x.seq - y.seq);
  const newest = anchors.sort((x, y) => y.cp.seq - x.cp.seq)[0]?.cp ?? null;
  return {
    tenantId,
    ok: findings.length === 0,
    entries: walk.entries,
    verifiedFrom: from.seq,
    head: walk.head,
    findings,
    checkpoint: newest,
  };
}

interface Anchor {
  cp: SignedAuditCheckpoint;
  source: AuditFindingSource;
}

/** The first validly signed checkpoint of a newest-first list; the invalid ones before it are findings. */
function newestValid(
  list: readonly SignedAuditCheckpoint[],
  keys: AuditKeys,
  source: AuditFindingSource,
  findings: ChainFinding[],
): Anchor | null {
  for (const cp of list) {
    if (auditCheckpointSignatureValid(cp, keys.trusted)) return { cp, source };
    findings.push({
      seq: cp.seq,
      reason: 'CHECKPOINT_SIGNATURE_INVALID',
      expected: `key ${cp.keyId}`,
      actual: cp.signature,
      source,
    });
  }
  return null;
}

async function anchorFinding(
  sql: AuditSql,
  tenantId: string,
  a: Anchor,
  stored: string | null,
): Promise<ChainFinding | null> {
  if (stored === null) {
    return {
      seq: a.cp.seq,
      reason: 'TRUNCATED_BEFORE_CHECKPOINT',
      expected: a.cp.hash,
      actual: `chain ends at ${await chainEnd(sql, tenantId)}`,
      source: a.source,
    };
  }
  if (stored !== a.cp.hash)
    return { seq: a.cp.seq, reason: 'CHECKPOINT_HASH_MISMATCH', expected: a.cp.hash, actual: stored, source: a.source };
  return null;
}

/**
 * The newest VERIFIED checkpoint the walk may start after: signed by a trusted key and with the
 * same hash at its number now. One that no longer matches is a finding, and the walk starts over.
 */
async function verifiedStart(input: VerifyChainInput, findings: ChainFinding[]): Promise<ChainPoint | null> {
  const { sql, keys, tenantId } = input;
  const candidates = await newestTableCheckpoints(sql, tenantId, LOOKBACK, 'VERIFIED');
  const scratch: ChainFinding[] = [];
  const anchor = newestValid(candidates, keys, 'TABLE', scratch);
  for (const f of scratch) if (!findings.some((g) => g.actual === f.actual)) findings.push(f);
  if (!anchor) return null;
  const stored = await entryHashAt(sql, tenantId, anchor.cp.seq);
  const finding = await anchorFinding(sql, tenantId, anchor, stored);
  if (finding) {
    findings.push(finding);
    return null;
  }
  return { seq: anchor.cp.seq, hash: anchor.cp.hash };
}
