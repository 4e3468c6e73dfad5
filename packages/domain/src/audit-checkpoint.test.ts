import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditCheckpointMessage,
  auditCheckpointSignatureValid,
  auditKeyId,
  parseAuditPrivateKey,
  parseAuditPublicKey,
  rawPublicKey,
  signAuditCheckpoint,
  type AuditCheckpointHead,
} from './audit-checkpoint';

const head: AuditCheckpointHead = {
  tenantId: 't-1',
  seq: 42,
  hash: 'a'.repeat(64),
  signedAt: '2026-12-03T08:00:00.000Z',
  kind: 'HEAD',
};

describe('signed audit checkpoints (R33)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyId = auditKeyId(publicKey);
  const trusted = new Map([[keyId, publicKey]]);

  it('R33 signs canonical JSON of the head, and the signature checks only for the same fields and a trusted key', () => {
    expect(auditCheckpointMessage(head)).toBe(
      '{"format":"dsr-audit-checkpoint/1","hash":"' +
        'a'.repeat(64) +
        '","kind":"HEAD","seq":42,"signedAt":"2026-12-03T08:00:00.000Z","tenantId":"t-1"}',
    );
    const cp = signAuditCheckpoint(head, privateKey, keyId);
    expect(auditCheckpointSignatureValid(cp, trusted)).toBe(true);
    for (const changed of [
      { seq: 41 },
      { hash: 'b'.repeat(64) },
      { tenantId: 't-2' },
      { kind: 'VERIFIED' as const },
      { signedAt: '2026-12-03T08:00:01.000Z' },
    ]) {
      expect(auditCheckpointSignatureValid({ ...cp, ...changed }, trusted)).toBe(false);
    }
    const other = generateKeyPairSync('ed25519');
    expect(auditCheckpointSignatureValid(signAuditCheckpoint(head, other.privateKey, keyId), trusted)).toBe(false);
    expect(auditCheckpointSignatureValid({ ...cp, signature: 'not base64 at all' }, trusted)).toBe(false);
  });

  it('R33 reads keys as a raw base64 seed or public key, as PKCS#8/SPKI DER in base64, and as PEM', () => {
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    for (const text of [
      der.subarray(-32).toString('base64'),
      der.toString('base64'),
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ]) {
      expect(auditKeyId(parseAuditPublicKey(rawPublicKey(publicKey).toString('base64')))).toBe(keyId);
      const parsed = parseAuditPrivateKey(text);
      expect(auditCheckpointSignatureValid(signAuditCheckpoint(head, parsed, keyId), trusted)).toBe(true);
    }
    expect(auditKeyId(parseAuditPublicKey(publicKey.export({ type: 'spki', format: 'pem' }).toString()))).toBe(keyId);
    expect(() =>
      parseAuditPrivateKey(
        generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      ),
    ).toThrow(/Ed25519/);
  });
});
