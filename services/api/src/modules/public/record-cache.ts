import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';

const gzip = promisify(gzipCb);

/** A draw's published record, encoded once: the canonical JSON bytes and (made in the background) their gzip. */
export interface EncodedRecord {
  /** A weak validator: the frozen DRAW_RESULT document's SHA-256 (identity and gzip bodies carry the same). */
  etag: string;
  body: Buffer;
  gzipped?: Buffer;
}

/**
 * The encoded records by publication id. A published document never changes (0025's update guard),
 * so an entry is never stale; a correction is a new publication with a new id, and the route asks the
 * database which publication is current before it looks here — a superseded record is never served.
 * Bounded by bytes, least recently used out first.
 */
export class RecordCache {
  private readonly entries = new Map<string, EncodedRecord>();
  /** Records being encoded, by publication id: a request that comes meanwhile waits for the same bytes. */
  private readonly filling = new Map<string, Promise<EncodedRecord | null>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /**
   * The entry of `publicationId`, encoded once by `encode` (null: it has no record). `cached`: held, or
   * being encoded (say, since its publication), before this call — this call encoded nothing.
   */
  async fill(
    publicationId: string,
    sha256: string,
    encode: () => Promise<Buffer | null>,
  ): Promise<{ entry: EncodedRecord | null; cached: boolean }> {
    const hit = this.get(publicationId);
    if (hit) return { entry: hit, cached: true };
    const pending = this.filling.get(publicationId);
    if (pending) return { entry: await pending, cached: true };
    // Registered before the first await: a request right behind this call finds it.
    const made = encode()
      .then((body) => body && this.put(publicationId, sha256, body))
      .finally(() => this.filling.delete(publicationId));
    this.filling.set(publicationId, made);
    return { entry: await made, cached: false };
  }

  get(publicationId: string): EncodedRecord | undefined {
    const hit = this.entries.get(publicationId);
    if (hit) {
      this.entries.delete(publicationId); // to the end: most recently used
      this.entries.set(publicationId, hit);
    }
    return hit;
  }

  /** Keeps `body` (if it fits) and starts its gzip; returns the entry either way. */
  put(publicationId: string, sha256: string, body: Buffer): EncodedRecord {
    const entry: EncodedRecord = { etag: `W/"${sha256}"`, body };
    if (body.length > this.maxBytes) return entry;
    this.drop(publicationId);
    this.entries.set(publicationId, entry);
    this.bytes += body.length;
    while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
    // In the thread pool, not on the event loop; until it is done the record goes out as it is.
    gzip(body).then(
      (z) => {
        if (this.entries.get(publicationId) !== entry) return;
        entry.gzipped = z;
        this.bytes += z.length;
        while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
      },
      () => undefined,
    );
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
