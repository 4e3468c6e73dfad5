import { webcrypto } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip as gunzipCb } from 'node:zlib';
import { canonicalJson } from '@dsr/domain';
import type { PublicReader } from './public-reader';
import { idOf, refused } from './public-input';
import { recordOf } from './public.resolvers';
import { DOCUMENT_OF, RESULT_OF_DRAW, STORED_RECORD_OF, type StoredRecordRow } from './public.queries';
import type { BackgroundWork } from '../../common/background-work';
import { recordEtag, type EncodedRecord, type LoadedRecord, type RecordCache, type RecordSource } from './record-cache';

/** Which document a draw's record is made from now, and its ETag. */
export interface RecordHead {
  publicationId: string;
  sha256: string;
  etag: string;
}

const gunzip = promisify(gunzipCb);

/** SHA-256 (hex) in the thread pool (WebCrypto's digest), not on the event loop: 12 MB is some 30 ms of hashing. */
async function sha256Hex(bytes: Buffer): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/**
 * Keeps a record's bytes in the database once (migration 0043), as the service role — never as dsr_public.
 * Handed over by server.ts (the public module reaches no internal data itself). True: stored by this call.
 */
export type StoreRecord = (r: {
  publicationId: string;
  sha256: string;
  bytes: number;
  gzipped: Buffer;
}) => Promise<boolean>;

/**
 * A published draw's record as GET /public/draws/:id/record.json serves it: which DRAW_RESULT is current is asked
 * every time (a cheap row without its document); its canonical JSON comes from this process's memory, else from
 * the database as stored once (one read, any process, after a restart too), else it is built from the frozen
 * document and then stored.
 */
export class PublishedRecords {
  constructor(
    private readonly reader: PublicReader,
    private readonly cache: RecordCache,
    private readonly store: StoreRecord | undefined,
    private readonly log: (message: string, err?: unknown) => void,
    private readonly background: BackgroundWork,
  ) {}

  /**
   * The draw's current DRAW_RESULT and the ETag of its record (the frozen document's SHA-256): enough to answer a
   * revalidation (304) without the record's bytes, in any process.
   */
  async current(drawId: string): Promise<RecordHead> {
    const head = (await this.reader.one<{ id: string; document_sha256: string }>(RESULT_OF_DRAW, [idOf(drawId)])).at(0);
    if (!head) throw refused('NOT_FOUND', '抽取结果不存在或尚未公示');
    return { publicationId: head.id, sha256: head.document_sha256, etag: recordEtag(head.document_sha256) };
  }

  /** The record's bytes: from memory, else as stored (0043), else built from the document (and then stored). */
  async download(head: RecordHead): Promise<{ entry: EncodedRecord; source: RecordSource }> {
    const made = await this.cache.fill(head.publicationId, head.sha256, () => this.load(head.publicationId));
    if (!made.entry) throw refused('NOT_FOUND', '抽取结果不存在或尚未公示');
    if (made.source === 'miss') void this.keep(head.publicationId, made.entry); // built here: stored for every process
    return { entry: made.entry, source: made.source };
  }

  /**
   * A DRAW_RESULT just published (its transaction committed): encoded from the frozen document that transaction
   * stored (no read of it again) into this process's memory, then stored. After a turn of the event loop: the
   * answer to the mutation that published it goes out first. Why after the commit and not in it: the publishing
   * mutation (a draw's run) would wait for the encoding and gzip; a crash in between leaves no row, and the
   * download then builds and stores it — a path that records published before 0043 need anyway.
   */
  published(pub: { id: string; sha256: string; document: unknown }): void {
    const work = this.cache
      .fill(pub.id, pub.sha256, async () => {
        await new Promise((r) => setImmediate(r));
        const record = recordOf(pub.document);
        return record ? { body: Buffer.from(canonicalJson(record)) } : null;
      })
      .then((made) => (made.source === 'miss' && made.entry ? this.keep(pub.id, made.entry) : undefined))
      .catch((e: unknown) => this.log('public: encoding a record failed', e));
    this.background.track(work);
  }

  private async load(publicationId: string): Promise<LoadedRecord | null> {
    const stored = (await this.reader.one<StoredRecordRow>(STORED_RECORD_OF, [publicationId])).at(0);
    if (stored) return { stored: stored.gzipped, unzip: () => this.unzip(publicationId, stored) };
    const record = recordOf(
      (await this.reader.one<{ document: unknown }>(DOCUMENT_OF, [publicationId])).at(0)?.document,
    );
    return record ? { body: Buffer.from(canonicalJson(record)) } : null;
  }

  /**
   * The identity bytes of a stored record, checked against its SHA-256 and length (for a client that refuses gzip).
   * A client that takes gzip gets the stored gzip as it is (its own gunzip checks the CRC); only the service role
   * writes it (0043).
   */
  private async unzip(publicationId: string, stored: StoredRecordRow): Promise<Buffer> {
    const body = await gunzip(stored.gzipped);
    if (body.length === stored.bytes && (await sha256Hex(body)) === stored.sha256) return body;
    this.log('public: a stored record does not match its SHA-256', publicationId);
    throw new Error(`stored record ${publicationId} does not match its SHA-256`);
  }

  /** Stores what this process encoded (in the background: a failure costs the next process a build, nothing more). */
  private keep(publicationId: string, entry: EncodedRecord): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    const work = Promise.all([entry.plain(), entry.zipped])
      .then(async ([body, gzipped]) =>
        store({ publicationId, sha256: await sha256Hex(body), bytes: body.length, gzipped }),
      )
      .then(
        () => undefined,
        (e: unknown) => this.log('public: storing a record failed', e),
      );
    this.background.track(work);
    return work;
  }
}
