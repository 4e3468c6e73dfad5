import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';

const gzip = promisify(gzipCb);

/** A draw's published record, encoded once: the canonical JSON bytes and their gzip (read, or made in the background). */
export interface EncodedRecord {
  /** A weak validator: the frozen DRAW_RESULT document's SHA-256 (identity and gzip bodies carry the same). */
  etag: string;
  body: Buffer;
  /** Set once `zipped` has settled (until then the record goes out as it is). */
  gzipped?: Buffer;
  /** The gzip of `body`: as the database keeps it, or being made in the thread pool. */
  zipped: Promise<Buffer>;
}

/** Bytes a loader hands to the cache: the identity bytes, and their gzip if it read them from the database. */
export interface LoadedRecord {
  body: Buffer;
  stored?: Buffer;
}

/**
 * Where a download's bytes came from: this process held them, or was loading them, before the request (hit);
 * the request read them as the database keeps them (stored, migration 0043); the request encoded them (miss).
 */
export type RecordSource = 'hit' | 'stored' | 'miss';

/**
 * The encoded records by publication id. A published document never changes (0025's update guard),
 * so an entry is never stale; a correction is a new publication with a new id, and the route asks the
 * database which publication is current before it looks here — a superseded record is never served.
 * Bounded by bytes, least recently used out first.
 */
export class RecordCache {
  private readonly entries = new Map<string, EncodedRecord>();
  /** Records being loaded, by publication id: a request that comes meanwhile waits for the same bytes. */
  private readonly filling = new Map<string, Promise<{ entry: EncodedRecord | null; source: RecordSource }>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The entry of `publicationId`, loaded once by `load` (null: it has no record). */
  async fill(
    publicationId: string,
    sha256: string,
    load: () => Promise<LoadedRecord | null>,
  ): Promise<{ entry: EncodedRecord | null; source: RecordSource }> {
    const hit = this.get(publicationId);
    if (hit) return { entry: hit, source: 'hit' };
    const pending = this.filling.get(publicationId);
    if (pending) return { entry: (await pending).entry, source: 'hit' };
    // Registered before the first await: a request right behind this call finds it.
    const made = load()
      .then((l) => ({
        entry: l && this.put(publicationId, sha256, l.body, l.stored),
        source: (l?.stored ? 'stored' : 'miss') as RecordSource,
      }))
      .finally(() => this.filling.delete(publicationId));
    this.filling.set(publicationId, made);
    return made;
  }

  get(publicationId: string): EncodedRecord | undefined {
    const hit = this.entries.get(publicationId);
    if (hit) {
      this.entries.delete(publicationId); // to the end: most recently used
      this.entries.set(publicationId, hit);
    }
    return hit;
  }

  /** Keeps `body` (if it fits) with its gzip (`gzipped`, or made in the thread pool); returns the entry either way. */
  put(publicationId: string, sha256: string, body: Buffer, gzipped?: Buffer): EncodedRecord {
    const zipped = gzipped ? Promise.resolve(gzipped) : gzip(body);
    const entry: EncodedRecord = { etag: `W/"${sha256}"`, body, gzipped, zipped };
    zipped.then(
      (z) => {
        entry.gzipped = z;
        if (gzipped || this.entries.get(publicationId) !== entry) return;
        this.bytes += z.length;
        while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
      },
      () => undefined, // served as it is; a caller that awaits `zipped` sees the failure
    );
    if (body.length + (gzipped?.length ?? 0) > this.maxBytes) return entry;
    this.drop(publicationId);
    this.entries.set(publicationId, entry);
    this.bytes += body.length + (gzipped?.length ?? 0);
    while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
    return entry;
  }

  /** Entries held (for tests). */
  get size(): number {
    return this.entries.size;
  }

  private drop(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.delete(id);
    this.bytes -= old.body.length + (old.gzipped?.length ?? 0);
  }
}

const positiveInt = (raw: string | undefined, max: number): number | undefined => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
};

/** DSR_PUBLIC_RECORD_CACHE_MB (default 64: a few province-size records with their gzip). */
export function recordCacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return (positiveInt(env.DSR_PUBLIC_RECORD_CACHE_MB, 4096) ?? 64) * 1024 * 1024;
}

/**
 * DSR_PUBLIC_POOL_MAX: connections of the public reader (default 4, at most 64). Each anonymous request
 * holds one for its short read-only transaction; the database's max_connections is shared with the
 * internal API's pool, hence a small default and a hard ceiling.
 */
export function publicPoolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env.DSR_PUBLIC_POOL_MAX, 64) ?? 4;
}
