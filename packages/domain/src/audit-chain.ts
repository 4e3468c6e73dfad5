import { hash } from 'node:crypto';
import type { JsonValue } from './canonical-json';
import { canonicalJsonNative } from './canonical-json-native';

/** The hash of the first entry of a tenant's chain points to this. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** What an audit entry commits to. Times are ISO-8601 strings with milliseconds (UTC). */
export interface AuditEntryContent {
  tenantId: string;
  seq: number;
  bureauId: string;
  departmentId: string | null;
  actorUserId: string | null;
  actorName: string;
  at: string;
  operation: string;
  objectType: string;
  objectId: string | null;
  before: JsonValue;
  after: JsonValue;
  requestId: string;
}

/** hash = SHA-256(prevHash + "\n" + canonical JSON of the content), lowercase hex. */
export function auditEntryHash(prevHash: string, content: AuditEntryContent): string {
  return auditHashOfCanonical(prevHash, canonicalJsonNative(content));
}

/** The same hash from the content's canonical JSON text, for a verifier that builds the text itself. */
export function auditHashOfCanonical(prevHash: string, canonicalContent: string): string {
  return hash('sha256', `${prevHash}\n${canonicalContent}`, 'hex'); // one-shot: no Hash object per entry
}

export interface ChainLink {
  seq: number;
  prevHash: string;
  hash: string;
  content: AuditEntryContent;
}

export type ChainBreak =
  | { seq: number; reason: 'SEQUENCE_GAP'; expected: number }
  | { seq: number; reason: 'PREVIOUS_HASH_MISMATCH'; expected: string; actual: string }
  | { seq: number; reason: 'HASH_MISMATCH'; expected: string; actual: string };

/** Walks one tenant's chain in sequence order and returns the first broken link, if any. */
export function findFirstBreak(
  links: Iterable<ChainLink>,
  start = { seq: 0, hash: AUDIT_GENESIS_HASH },
): ChainBreak | null {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  for (const link of links) {
    if (link.seq !== expectedSeq) return { seq: link.seq, reason: 'SEQUENCE_GAP', expected: expectedSeq };
    if (link.prevHash !== prev)
      return { seq: link.seq, reason: 'PREVIOUS_HASH_MISMATCH', expected: prev, actual: link.prevHash };
    const recomputed = auditEntryHash(link.prevHash, link.content);
    if (recomputed !== link.hash)
      return { seq: link.seq, reason: 'HASH_MISMATCH', expected: recomputed, actual: link.hash };
    prev = link.hash;
    expectedSeq++;
  }
  return null;
}
