import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_CHECKPOINT_FORMAT, type SignedAuditCheckpoint } from '@dsr/domain';

/**
 * DSR_AUDIT_CHECKPOINT_FILE, else `audit-checkpoints.jsonl` beside the evidence store's folder
 * (in embedded mode the data folder: `.data/audit-checkpoints.jsonl`).
 */
export function defaultCheckpointFile(evidenceDir: string): string {
  if (process.env.DSR_AUDIT_CHECKPOINT_FILE) return path.resolve(process.env.DSR_AUDIT_CHECKPOINT_FILE);
  return path.join(path.dirname(path.resolve(evidenceDir)), 'audit-checkpoints.jsonl');
}

/**
 * The checkpoints outside PostgreSQL: one JSON line per checkpoint, appended (O_APPEND, one write
 * per line) and fsynced before the database row is written. Whoever can rewrite the database
 * cannot rewrite this file too without also holding the file system of the service.
 */
export class CheckpointFile {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends the lines in order, durably; calls of one process never interleave. */
  append(checkpoints: readonly SignedAuditCheckpoint[]): Promise<void> {
    if (checkpoints.length === 0) return Promise.resolve();
    const text = checkpoints.map((c) => `${JSON.stringify({ format: AUDIT_CHECKPOINT_FORMAT, ...c })}\n`).join('');
    const run = this.queue.then(() => this.write(text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(text: string): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const fh = await open(this.file, 'a', 0o640);
    try {
      await fh.write(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  /** Every tenant's checkpoints in the file, newest (highest seq, then latest) first, and lines that are not checkpoints. */
  async byTenant(): Promise<{ checkpoints: Map<string, SignedAuditCheckpoint[]>; malformedLines: number }> {
    await this.queue;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: new Map(), malformedLines: 0 };
      throw err;
    }
    const checkpoints = new Map<string, SignedAuditCheckpoint[]>();
    let malformedLines = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      const cp = parseLine(line);
      if (!cp) {
        malformedLines++;
        continue;
      }
      const list = checkpoints.get(cp.tenantId);
      if (list) list.push(cp);
      else checkpoints.set(cp.tenantId, [cp]);
    }
    for (const list of checkpoints.values()) list.sort(newestFirst);
    return { checkpoints, malformedLines };
  }
}

export function newestFirst(a: SignedAuditCheckpoint, b: SignedAuditCheckpoint): number {
  return b.seq - a.seq || (a.signedAt < b.signedAt ? 1 : a.signedAt > b.signedAt ? -1 : 0);
}

function parseLine(line: string): SignedAuditCheckpoint | null {
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    if (
      v.format !== AUDIT_CHECKPOINT_FORMAT ||
      typeof v.tenantId !== 'string' ||
      !Number.isSafeInteger(v.seq) ||
      typeof v.hash !== 'string' ||
      typeof v.signedAt !== 'string' ||
      typeof v.kind !== 'string' ||
      typeof v.keyId !== 'string' ||
      typeof v.signature !== 'string'
    )
      return null;
    return {
      tenantId: v.tenantId,
      seq: v.seq as number,
      hash: v.hash,
      signedAt: v.signedAt,
      kind: v.kind as SignedAuditCheckpoint['kind'],
      keyId: v.keyId,
      signature: v.signature,
    };
  } catch {
    return null;
  }
}
