import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { repoRoot } from '@dsr/db';

/**
 * Where evidence bytes live (issue 5, R36): content-addressed by SHA-256, so the same bytes are
 * stored once however often they are attached, and a blob never changes once written. The database
 * row (table `evidence`) holds the hash, size, type and who attached it; this store holds only bytes.
 *
 * Contract, for any implementation:
 * - `put` returns the lower-case hex SHA-256 of the bytes; when it resolves, `get`/`has` see the
 *   blob. A second `put` of the same bytes writes nothing (`created: false`).
 * - A blob appears whole or not at all (no reader sees a half-written file).
 * - Blobs are never deleted by the application (evidence is append-only, R42 retention).
 *
 * An S3-compatible store (MinIO, OSS, COS, OBS…) implements it without changing callers:
 * - key `evidence/<sha[0:2]>/<sha>` in one bucket (server-side encryption and object lock /
 *   retention may be set on the bucket);
 * - `put`: hash in memory (or while streaming to a temporary key), then `HeadObject` on the key —
 *   present: `created: false`; absent: `PutObject` with `ChecksumSHA256` (S3 verifies the bytes;
 *   a PUT is atomic, so no temp-and-rename is needed) and `If-None-Match: *` where supported;
 * - `has`: `HeadObject`; `get`/`stream`: `GetObject` (the body is a Readable);
 * - large video: multipart upload to a temporary key, then `CopyObject` to the hash key.
 */
export interface EvidenceStore {
  put(bytes: Buffer): Promise<{ sha256: string; size: number; created: boolean }>;
  has(sha256: string): Promise<boolean>;
  /** The bytes, or null when no blob has this hash. */
  get(sha256: string): Promise<Buffer | null>;
  /** The bytes as a stream (downloads of large files), or null when no blob has this hash. */
  stream(sha256: string): Promise<Readable | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Embedded mode: files under `dir` as `<sha[0:2]>/<sha>`, written to `dir/tmp/<random>` first
 * (flushed to disk), then renamed into place — a rename within one file system is atomic, and two
 * uploads of the same bytes racing each other both end with the same whole file.
 */
export class LocalDiskEvidenceStore implements EvidenceStore {
  constructor(readonly dir: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    if (!SHA256.test(sha256)) return false;
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  async put(bytes: Buffer): Promise<{ sha256: string; size: number; created: boolean }> {
    const sha256 = sha256Hex(bytes);
    const size = bytes.length;
    if (await this.has(sha256)) return { sha256, size, created: false };
    const final = this.pathOf(sha256);
    const tmpDir = path.join(this.dir, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    await mkdir(path.dirname(final), { recursive: true });
    const tmp = path.join(tmpDir, `${sha256}.${randomBytes(6).toString('hex')}`);
    try {
      const file = await open(tmp, 'wx', 0o640);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(tmp, final);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { sha256, size, created: true };
  }

  async get(sha256: string): Promise<Buffer | null> {
    const s = await this.stream(sha256);
    if (!s) return null;
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  async stream(sha256: string): Promise<Readable | null> {
    if (!(await this.has(sha256))) return null;
    return createReadStream(this.pathOf(sha256));
  }
}

/** `DSR_EVIDENCE_DIR`, else `evidence/` inside the embedded data folder (`DSR_DATA_DIR`, default `<repo>/.data`). */
export function defaultEvidenceDir(): string {
  if (process.env.DSR_EVIDENCE_DIR) return path.resolve(process.env.DSR_EVIDENCE_DIR);
  const data = process.env.DSR_DATA_DIR ? path.resolve(process.env.DSR_DATA_DIR) : path.join(repoRoot, '.data');
  return path.join(data, 'evidence');
}
