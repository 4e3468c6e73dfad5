import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';

const gzip = promisify(gzipCb);

/** A record's ETag: weak, as the same JSON goes out gzipped or not; the frozen document's SHA-256 names it. */
export const recordEtag = (documentSha256: string): string => `W/"${documentSha256}"`;
/**
 * A draw's published record, encoded once: the canonical JSON bytes and their gzip. Encoded here, the identity
 * bytes come first and the gzip is made in the background; read as stored (0043), the gzip comes first and the
 * identity bytes are gunzipped (and checked) only when a client that refuses gzip asks — rarely, and never on
 * the way of the first download (on two cores a 12 MB gunzip and hash beside it cost that download time).
 */
export interface EncodedRecord {
  /** A weak validator: the frozen DRAW_RESULT document's SHA-256 (identity and gzip bodies carry the same). */
  etag: string;
  /** The identity bytes, once known. */
  body?: Buffer;
  /** The gzip, once known (`zipped` settled). */
  gzipped?: Buffer;
  /** The identity bytes (of a stored record: gunzipped and checked on the first call). */
  plain(): Promise<Buffer>;
  zipped: Promise<Buffer>;
}

/**
 * Bytes a loader hands to the cache: encoded here (`body`), or read as the database keeps them (`stored`: the
 * gzip, and `unzip`, which gives the identity bytes gunzipped and checked).
 */
export type LoadedRecord = { body: Buffer } | { stored: Buffer; unzip: () => Promise<Buffer> };

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
        entry: l && this.put(publicationId, sha256, l),
        source: (l && 'stored' in l ? 'stored' : 'miss') as RecordSource,
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

  /**
   * Keeps the record (if it fits): the gzip of encoded bytes is made in the background, the identity bytes of
   * stored ones when first asked for (an entry whose check fails is dropped: the next request loads again).
   */
  put(publicationId: string, sha256: string, loaded: LoadedRecord): EncodedRecord {
    const stored = 'stored' in loaded;
    let unzipped: Promise<Buffer> | undefined;
    const entry: EncodedRecord = {
      etag: recordEtag(sha256),
      ...(stored ? { gzipped: loaded.stored } : { body: loaded.body }),
      plain: () => {
        if (entry.body) return Promise.resolve(entry.body);
        unzipped ??= (stored ? loaded.unzip() : Promise.resolve(loaded.body)).then(
          (b) => {
            entry.body = b;
            grow(b.length);
            return b;
          },
          (e: unknown) => {
            if (this.entries.get(publicationId) === entry) this.drop(publicationId);
            throw e;
          },
        );
        return unzipped;
      },
      zipped: stored ? Promise.resolve(loaded.stored) : gzip(loaded.body),
    };
    const grow = (n: number) => {
      if (this.entries.get(publicationId) !== entry) return;
      this.bytes += n;
      while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
    };
    entry.zipped.then(
      (z) => {
        if (entry.gzipped) return;
        entry.gzipped = z;
        grow(z.length);
      },
      () => undefined, // served as it is
    );
    const size = (entry.body?.length ?? 0) + (entry.gzipped?.length ?? 0);
    if (size > this.maxBytes) return entry;
    this.drop(publicationId);
    this.entries.set(publicationId, entry);
    this.bytes += size;
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
    this.bytes -= (old.body?.length ?? 0) + (old.gzipped?.length ?? 0);
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
