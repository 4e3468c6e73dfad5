import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../../common/bound-sql';

/** A DRAW_RESULT publication's record as the public download serves it: gzip of the canonical JSON (0043). */
export interface PublishedRecordBytes {
  publicationId: string;
  /** SHA-256 (hex) and length of the identity bytes. */
  sha256: string;
  bytes: number;
  gzipped: Buffer;
}

/**
 * Keeps a record's bytes once, as the service role through 0043's definer function (owner and scope from the
 * publication; only a published DRAW_RESULT; a second call is a no-op). Its own statement, outside any request
 * transaction: called after the publishing transaction committed, or by the public route that had to build the
 * record. True: stored by this call.
 */
export async function storePublishedRecord(em: EntityManager, r: PublishedRecordBytes): Promise<boolean> {
  const rows = await queryBound<{ stored: boolean }>(
    em,
    'select app_private.store_published_record(?, ?, ?, ?) as stored',
    [r.publicationId, r.sha256, r.bytes, r.gzipped],
  );
  return rows.some((r) => r.stored);
}
