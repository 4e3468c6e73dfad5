import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * Signed checkpoints of the audit chains, the transparency-log pattern (Certificate Transparency's
 * signed tree heads): the service signs (tenant, seq, hash, time, kind) with an Ed25519 key kept
 * outside the database. A chain that no longer extends a checkpoint was cut or re-chained.
 */
export const AUDIT_CHECKPOINT_FORMAT = 'dsr-audit-checkpoint/1';

/** HEAD: the timer saw the chain grow; PUBLICATION: results were published; VERIFIED: a walk found the chain intact up to here. */
export const AUDIT_CHECKPOINT_KINDS = ['HEAD', 'PUBLICATION', 'VERIFIED'] as const;
export type AuditCheckpointKind = (typeof AUDIT_CHECKPOINT_KINDS)[number];

/** Why a chain is reported broken: the walk's own three, then what the checkpoints show. */
export const AUDIT_BREAK_REASONS = [
  'SEQUENCE_GAP',
  'PREVIOUS_HASH_MISMATCH',
  'HASH_MISMATCH',
  'TRUNCATED_BEFORE_CHECKPOINT',
  'CHECKPOINT_HASH_MISMATCH',
  'CHECKPOINT_SIGNATURE_INVALID',
] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

/** Where a finding comes from: the walk over the entries, the checkpoint table, or the checkpoint file. */
export const AUDIT_FINDING_SOURCES = ['CHAIN', 'TABLE', 'FILE'] as const;
export type AuditFindingSource = (typeof AUDIT_FINDING_SOURCES)[number];

export interface AuditCheckpointHead {
  tenantId: string;
  seq: number;
  hash: string;
  /** ISO-8601 with milliseconds, UTC. */
  signedAt: string;
  kind: AuditCheckpointKind;
}

export interface SignedAuditCheckpoint extends AuditCheckpointHead {
  keyId: string;
  /** Ed25519 over the UTF-8 bytes of auditCheckpointMessage(head), base64. */
  signature: string;
}

/** The signed bytes: canonical JSON, so anyone can rebuild them from the published fields. */
export function auditCheckpointMessage(head: AuditCheckpointHead): string {
  return canonicalJson({
    format: AUDIT_CHECKPOINT_FORMAT,
    tenantId: head.tenantId,
    seq: head.seq,
    hash: head.hash,
    signedAt: head.signedAt,
    kind: head.kind,
  });
}

/** The key's id: the first 16 hex digits of SHA-256 over the raw 32-byte public key. */
export function auditKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(rawPublicKey(publicKey)).digest('hex').slice(0, 16);
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  // SPKI DER of an Ed25519 key is a fixed 12-byte prefix and the 32 raw bytes.
  return publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A public key given as base64 of its 32 raw bytes, base64 SPKI DER, or PEM. */
export function parseAuditPublicKey(text: string): KeyObject {
  const t = text.trim();
  if (t.startsWith('-----')) return createPublicKey(t);
  const der = Buffer.from(t, 'base64');
  return createPublicKey({
    key: der.length === 32 ? Buffer.concat([ED25519_SPKI_PREFIX, der]) : der,
    format: 'der',
    type: 'spki',
  });
}

/** A private key given as base64 of its 32-byte seed, base64 PKCS#8 DER, or PEM. */
export function parseAuditPrivateKey(text: string): KeyObject {
  const t = text.trim();
  const key = t.startsWith('-----')
    ? createPrivateKey(t)
    : (() => {
        const der = Buffer.from(t, 'base64');
        return createPrivateKey({
          key: der.length === 32 ? Buffer.concat([ED25519_PKCS8_PREFIX, der]) : der,
          format: 'der',
          type: 'pkcs8',
        });
      })();
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`审计签名密钥必须是 Ed25519，实为 ${key.asymmetricKeyType}`);
  return key;
}

export function signAuditCheckpoint(
  head: AuditCheckpointHead,
  privateKey: KeyObject,
  keyId: string,
): SignedAuditCheckpoint {
  const signature = sign(null, Buffer.from(auditCheckpointMessage(head), 'utf8'), privateKey).toString('base64');
  return { ...head, keyId, signature };
}

/** True when one of the trusted keys (by id) signed exactly these fields. */
export function auditCheckpointSignatureValid(
  cp: SignedAuditCheckpoint,
  trusted: ReadonlyMap<string, KeyObject>,
): boolean {
  const key = trusted.get(cp.keyId);
  if (!key || !AUDIT_CHECKPOINT_KINDS.includes(cp.kind)) return false;
  try {
    return verify(null, Buffer.from(auditCheckpointMessage(cp), 'utf8'), key, Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}
