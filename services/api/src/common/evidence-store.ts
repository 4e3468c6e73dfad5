import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { repoRoot } from '@dsr/db';

/** A stored blob: lower-case hex SHA-256, size in bytes, and whether this call wrote it. */
export interface StoredBlob {
  sha256: string;
  size: number;
  created: boolean;
}

/**
 * Where evidence bytes live (issue 5, R36): content-addressed by SHA-256, so the same bytes are
 * stored once however often they are attached, and a blob never changes once written. The database
 * row (table `evidence`) holds the hash, size, type and who attached it; this store holds only bytes.
 * Bytes only ever flow through it as streams: no call holds a whole file in memory.
 *
 * Contract, for any implementation:
 * - `put(body)` consumes the stream, hashing it as it goes, and resolves once the blob is in place
 *   (`get`/`has` see it). If `body` errors (a size or type refusal, a client that went away), `put`
 *   rejects with that error and nothing is stored. With `expectedSha256`, bytes that hash otherwise
 *   are refused (`EvidenceHashMismatch`) and not stored. Bytes already stored: `created: false`.
 * - A blob appears whole or not at all (no reader sees a half-written one).
 * - `get(sha, range)` streams the blob (or the inclusive byte range of it) and tells its whole size.
 * - Blobs are never deleted by the application (evidence is append-only, R42 retention).
 *
 * An S3-compatible store (MinIO, OSS, COS, OBS…) implements it without changing callers:
 * - key `evidence/<sha[0:2]>/<sha>` in one bucket (server-side encryption and object lock /
 *   retention may be set on the bucket);
 * - `put`: multipart upload of the stream to a temporary key while hashing, then `HeadObject` on
 *   the hash key — present: abort/delete the temporary key, `created: false`; absent: `CopyObject`
 *   to the hash key (with `If-None-Match: *` where supported) and delete the temporary key. With
 *   `expectedSha256` a single `PutObject` with `ChecksumSHA256` lets S3 verify the bytes itself;
 * - `has`: `HeadObject`; `get`: `GetObject` with `Range: bytes=start-end`, the body is a Readable,
 *   the size from `Content-Range` / `ContentLength`.
 */
export interface EvidenceStore {
  put(body: Readable, opts?: { expectedSha256?: string }): Promise<StoredBlob>;
  has(sha256: string): Promise<boolean>;
  /** The blob (or bytes start..end of it, inclusive) as a stream with its whole size; null when no blob has this hash. */
  get(sha256: string, range?: { start: number; end: number }): Promise<{ body: Readable; size: number } | null>;
}

/** The bytes did not hash to what the uploader said they would (damaged on the way). */
export class EvidenceHashMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`sha256 ${actual} ≠ expected ${expected}`);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Embedded mode: files under `dir` as `<sha[0:2]>/<sha>`. An upload streams into `dir/tmp/<random>`
 * (hashed and counted on the way, flushed to disk), then is renamed into place by its hash — a
 * rename within one file system is atomic, and two uploads of the same bytes racing each other both
 * end with the same whole file. Any failure removes the temporary file.
 */
export class LocalDiskEvidenceStore implements EvidenceStore {
  constructor(readonly dir: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.sizeOf(sha256)) !== null;
  }

  private async sizeOf(sha256: string): Promise<number | null> {
    if (!SHA256.test(sha256)) return null;
    try {
      const s = await stat(this.pathOf(sha256));
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  }

  async put(body: Readable, opts: { expectedSha256?: string } = {}): Promise<StoredBlob> {
    const tmpDir = path.join(this.dir, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomBytes(12).toString('hex'));
    const hash = createHash('sha256');
    let size = 0;
    try {
      const file = await open(tmp, 'wx', 0o640);
      try {
        // One chunk at a time: what is held in memory is the stream's buffer, not the file.
        for await (const chunk of body as AsyncIterable<Buffer>) {
          hash.update(chunk);
          size += chunk.length;
          await file.write(chunk);
        }
        await file.sync();
      } finally {
        await file.close();
      }
      const sha256 = hash.digest('hex');
      if (opts.expectedSha256 && opts.expectedSha256 !== sha256)
        throw new EvidenceHashMismatch(opts.expectedSha256, sha256);
      if (await this.has(sha256)) {
        await rm(tmp, { force: true });
        return { sha256, size, created: false };
      }
      const final = this.pathOf(sha256);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(tmp, final);
      // The rename made durable before the row that names the blob is committed (PostgreSQL's commit is).
      const parent = await open(path.dirname(final), 'r');
      try {
        await parent.sync();
      } finally {
        await parent.close();
      }
      return { sha256, size, created: true };
    } catch (err) {
      body.destroy(); // a write that failed (disk full) stops reading too
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(sha256: string, range?: { start: number; end: number }): Promise<{ body: Readable; size: number } | null> {
    const size = await this.sizeOf(sha256);
    if (size === null) return null;
    return { body: createReadStream(this.pathOf(sha256), range ? { start: range.start, end: range.end } : {}), size };
  }
}

/** All of a small blob (a signature image for a PDF), or null when it is not stored. */
export async function readBlob(store: EvidenceStore, sha256: string): Promise<Buffer | null> {
  const blob = await store.get(sha256);
  if (!blob) return null;
  const chunks: Buffer[] = [];
  for await (const c of blob.body as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** `DSR_EVIDENCE_DIR`, else `evidence/` inside the embedded data folder (`DSR_DATA_DIR`, default `<repo>/.data`). */
export function defaultEvidenceDir(): string {
  if (process.env.DSR_EVIDENCE_DIR) return path.resolve(process.env.DSR_EVIDENCE_DIR);
  const data = process.env.DSR_DATA_DIR ? path.resolve(process.env.DSR_DATA_DIR) : path.join(repoRoot, '.data');
  return path.join(data, 'evidence');
}
