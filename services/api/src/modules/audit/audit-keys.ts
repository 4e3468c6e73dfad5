import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditKeyId, parseAuditPrivateKey, parseAuditPublicKey, rawPublicKey } from '@dsr/domain';

/**
 * The checkpoint key (R33). The private key lives in the environment (DSR_AUDIT_SIGNING_KEY) or,
 * in embedded mode only, in a file of the data folder beside the token secret: never in the
 * database, so the database's owner cannot sign a rewritten chain. Verifiers trust the current
 * public key and any earlier ones listed in DSR_AUDIT_TRUSTED_KEYS (after a key change).
 */
export interface AuditKeys {
  /** Null in a verifier that holds only public keys (pnpm audit:verify beside a remote service). */
  signing: KeyObject | null;
  /** The key checkpoints are signed with now. */
  keyId: string;
  publicKey: KeyObject;
  /** Key id → public key, the current one included. */
  trusted: ReadonlyMap<string, KeyObject>;
}

export interface PublicKeyInfo {
  keyId: string;
  algorithm: 'Ed25519';
  /** The 32 raw bytes, base64. */
  publicKey: string;
  publicKeyPem: string;
}

export function auditKeys(
  signing: KeyObject | null,
  publicKey: KeyObject,
  earlier: readonly KeyObject[] = [],
): AuditKeys {
  const trusted = new Map<string, KeyObject>();
  for (const k of [publicKey, ...earlier]) trusted.set(auditKeyId(k), k);
  return { signing, keyId: auditKeyId(publicKey), publicKey, trusted };
}

/** From a private key's text (base64 seed, base64 PKCS#8 or PEM). */
export function auditKeysFromPrivate(text: string, earlierPublic: readonly string[] = []): AuditKeys {
  const signing = parseAuditPrivateKey(text);
  return auditKeys(signing, createPublicKey(signing), earlierPublic.map(parseAuditPublicKey));
}

/** A fresh key pair (tests, and a server started without a key of its own). */
export function generateAuditKeys(): AuditKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return auditKeys(privateKey, publicKey);
}

export function publicKeyInfo(keys: AuditKeys): PublicKeyInfo {
  return {
    keyId: keys.keyId,
    algorithm: 'Ed25519',
    publicKey: rawPublicKey(keys.publicKey).toString('base64'),
    publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function earlierKeysFromEnv(): string[] {
  return (process.env.DSR_AUDIT_TRUSTED_KEYS ?? '').split(/[\s,]+/).filter(Boolean);
}

const KEY_FILE = 'audit-signing-key';

/** Embedded mode: made once (PKCS#8, base64, mode 0600) and kept beside the data, like the token secret. */
export function embeddedAuditKeyText(home: string): string {
  const file = path.join(home, KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The key file of an embedded data folder, when it exists (the CLI reads it, never makes it). */
export function existingEmbeddedAuditKeyText(home: string): string | null {
  const file = path.join(home, KEY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}
