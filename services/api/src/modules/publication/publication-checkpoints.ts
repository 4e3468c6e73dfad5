import { uuidv7 } from 'uuidv7';
import {
  AUDIT_CHECKPOINT_FORMAT,
  auditCheckpointMessage,
  documentSha256,
  type SignedAuditCheckpoint,
} from '@dsr/domain';
import type { AuditSql } from '../audit/audit-sql';
import type { PublicKeyInfo } from '../audit/audit-keys';
import { PUBLICATION_FORMAT } from './publication-document';
import { PUBLISH_AUDIT_CHECKPOINT } from './publication.queries';

/**
 * AUDIT_CHECKPOINT (issue 14, R33): every signed checkpoint is published as it is recorded, in the
 * same transaction, with the exact message that was signed and the public key that checks it — so
 * anyone can hold the bureau to its chain: a later chain that does not extend a published head was
 * cut or rewritten. The signature is the approval (migration 0031, SIGNED_CHECKPOINT); the document
 * holds only the head (tenant, number, hash, time, kind), nothing of the entries.
 */
export async function publishCheckpoints(
  sql: AuditSql,
  checkpoints: readonly SignedAuditCheckpoint[],
  key: PublicKeyInfo,
): Promise<void> {
  for (const cp of checkpoints) {
    const id = uuidv7();
    const publishedAt = new Date().toISOString();
    const document = {
      format: PUBLICATION_FORMAT,
      kind: 'AUDIT_CHECKPOINT',
      seriesId: id,
      version: 1,
      action: 'PUBLISH',
      supersedesId: null,
      supersedeReason: null,
      publishedAt,
      checkpoint: {
        format: AUDIT_CHECKPOINT_FORMAT,
        tenantId: cp.tenantId,
        seq: cp.seq,
        hash: cp.hash,
        signedAt: cp.signedAt,
        kind: cp.kind,
        keyId: cp.keyId,
        signature: cp.signature,
      },
      signedMessage: auditCheckpointMessage(cp),
      publicKey: {
        keyId: key.keyId,
        algorithm: key.algorithm,
        publicKey: key.publicKey,
        publicKeyPem: key.publicKeyPem,
      },
    };
    await sql.query(PUBLISH_AUDIT_CHECKPOINT, [
      id,
      cp.tenantId,
      cp.seq,
      cp.hash,
      cp.signedAt,
      cp.kind,
      publishedAt,
      JSON.stringify(document),
      documentSha256(document),
    ]);
  }
}
