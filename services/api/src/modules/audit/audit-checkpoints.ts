import type { MikroORM } from '@mikro-orm/postgresql';
import { signAuditCheckpoint, type AuditCheckpointKind, type SignedAuditCheckpoint } from '@dsr/domain';
import { emAuditSql, type AuditSql } from './audit-sql';
import { publicKeyInfo, type AuditKeys, type PublicKeyInfo } from './audit-keys';
import type { CheckpointFile } from './checkpoint-file';
import { chainHeads, insertCheckpoint } from './checkpoint-store';
import { verifyChain, type ChainStatus } from './chain-verify';
import { inOwnTransaction } from '../../common/own-transaction';

/**
 * Signs chain heads and keeps them twice: first in the file outside PostgreSQL (fsynced), then in
 * the table. Verifies chains against both. One per process (services.auditCheckpoints).
 */
/** What else happens to checkpoints as they are recorded, in the same transaction (publication: issue 14). */
export type CheckpointPublisher = (
  sql: AuditSql,
  checkpoints: readonly SignedAuditCheckpoint[],
  key: PublicKeyInfo,
) => Promise<void>;

export class AuditCheckpointService {
  constructor(
    readonly keys: AuditKeys,
    readonly file: CheckpointFile,
    private readonly publish: CheckpointPublisher | null = null,
  ) {}

  publicKey(): PublicKeyInfo {
    return publicKeyInfo(this.keys);
  }

  private sign(
    heads: readonly { tenantId: string; seq: number; hash: string }[],
    kind: AuditCheckpointKind,
  ): SignedAuditCheckpoint[] {
    const signing = this.keys.signing;
    if (!signing) throw new Error('no audit signing key: this process can verify checkpoints but not write them');
    const signedAt = new Date().toISOString();
    return heads.map((h) =>
      signAuditCheckpoint({ tenantId: h.tenantId, seq: h.seq, hash: h.hash, signedAt, kind }, signing, this.keys.keyId),
    );
  }

  private async record(sql: AuditSql, checkpoints: readonly SignedAuditCheckpoint[]): Promise<void> {
    await this.file.append(checkpoints);
    for (const cp of checkpoints) await insertCheckpoint(sql, cp);
    if (this.publish && checkpoints.length) await this.publish(sql, checkpoints, this.publicKey());
  }

  /**
   * Checkpoint all chains now: every chain that grew since its last checkpoint (HEAD, the timer),
   * or every chain (PUBLICATION). Returns the number of checkpoints written. A job can call this.
   */
  async checkpointAllChains(sql: AuditSql, kind: AuditCheckpointKind = 'HEAD'): Promise<number> {
    const heads = await chainHeads(sql, kind !== 'HEAD');
    await this.record(sql, this.sign(heads, kind));
    return heads.length;
  }

  /**
   * Verifies each chain and reports every one (a broken chain does not stop the others). An
   * intact chain that was walked further gets a VERIFIED checkpoint, where the next check starts.
   */
  async verifyChains(sql: AuditSql, tenantIds: readonly string[], opts: { full: boolean }): Promise<ChainStatus[]> {
    const { checkpoints } = await this.file.byTenant();
    const statuses: ChainStatus[] = [];
    for (const tenantId of tenantIds) {
      const status = await verifyChain({
        sql,
        keys: this.keys,
        tenantId,
        fileCheckpoints: checkpoints.get(tenantId) ?? [],
        full: opts.full,
      });
      statuses.push(status);
      if (status.ok && this.keys.signing && status.head.seq > status.verifiedFrom) {
        await this.record(sql, this.sign([{ tenantId, seq: status.head.seq, hash: status.head.hash }], 'VERIFIED'));
      }
    }
    return statuses;
  }
}

/** Checkpoint all chains now, in a transaction of its own on the service's connection (the timer, a job, a publication). */
export async function checkpointAllChainsNow(
  orm: MikroORM,
  service: AuditCheckpointService,
  kind: AuditCheckpointKind = 'HEAD',
): Promise<number> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return inOwnTransaction(em, (tx) => service.checkpointAllChains(emAuditSql(tx), kind));
}

export interface CheckpointTimer {
  stop(): Promise<void>;
}

/**
 * Writes checkpoints every `intervalMs` while chains grow (issue 12 moves this to the job queue:
 * it calls checkpointAllChainsNow). Runs never overlap; stop() waits for a running one.
 */
export function startAuditCheckpointTimer(
  run: () => Promise<unknown>,
  intervalMs: number,
  log: (m: string, e?: unknown) => void,
): CheckpointTimer {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = run()
      .catch((e: unknown) => log('audit checkpoint failed', e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
