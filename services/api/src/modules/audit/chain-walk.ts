import { AUDIT_GENESIS_HASH, auditHashOfCanonical, type ChainBreak } from '@dsr/domain';
import { canonicalJsonb, isoOfTimestamptz } from './chain-decode';
import { ChainStreamCheck } from './chain-stream';

/**
 * The walk over one tenant's chain. The rows come as PostgreSQL's binary COPY of
 * app_private.audit_chain_copy (audit_chain_rows's columns and checks, streamed), in batches. Each
 * entry's preimage is rebuilt from the column bytes and hashed without making JS strings or objects
 * (ChainStreamCheck); PostgreSQL reads the next batch while Node hashes this one. The few values
 * the byte path cannot be sure of go through the exact path below (rows as arrays of text, the
 * canonical JSON written in the fixed order of its keys). Either way the text is rebuilt from the
 * columns, so a changed column changes the hash. The caller's scope (app.scope_path) must hold
 * the tenant.
 */
export const CHAIN_ROWS_SQL = 'select * from app_private.audit_chain_rows($1, $2, $3)';

/**
 * One row of CHAIN_ROWS_SQL in array mode (CHAIN_ROW_TYPES): the content's columns in the code-point
 * order of their keys; `at`, `after` and `before` as PostgreSQL's text.
 */
export type ChainRow = [
  seq: string | number,
  prevHash: string,
  hash: string,
  actorName: string,
  actorUserId: string | null,
  after: string,
  at: string,
  before: string,
  bureauId: string,
  departmentId: string | null,
  objectId: string | null,
  objectType: string,
  operation: string,
  requestId: string,
];

/** Rows of one tenant after a sequence number, in order (callers supply the connection). */
export type FetchChainRows = (tenantId: string, afterSeq: number, limit: number) => Promise<ChainRow[]>;

/** The same rows as a binary COPY, chunk by chunk as they arrive; resolves to the number of rows. */
export type CopyChainRows = (
  tenantId: string,
  afterSeq: number,
  limit: number,
  onChunk: (chunk: Buffer) => void,
) => Promise<number>;

export interface ChainSource {
  chainRows: FetchChainRows;
  chainCopy: CopyChainRows;
}

export interface ChainPoint {
  seq: number;
  hash: string;
}

export interface WalkOutcome {
  /** Entries checked by this walk. */
  entries: number;
  /** The last intact entry (the start when none was). */
  head: ChainPoint;
  firstBreak: ChainBreak | null;
  /** Stored hashes at the sequence numbers asked for in `watch`, as the walk passed them. */
  seen: Map<number, string>;
}

/**
 * Rows per COPY (about 7 MB): two batches at most wait in memory, and a break stops the walk within
 * one. Larger batches kept more chunks alive past a young-generation collection: in the API's heap,
 * 50,000 cost a third more Node CPU time than 10,000.
 */
const BATCH = 10_000;
/** Rows per query on the exact path. */
const EXACT_BATCH = 2_000;

/** Walks the chain from `start` (an entry already trusted, or the genesis) to its end. */
export async function walkChain(
  sql: ChainSource,
  tenantId: string,
  start: ChainPoint = { seq: 0, hash: AUDIT_GENESIS_HASH },
  watch: ReadonlySet<number> = new Set(),
  batch = BATCH,
): Promise<WalkOutcome> {
  const check = new ChainStreamCheck(tenantId, start, watch);
  await checkBatches(sql.chainCopy, tenantId, check, batch);
  await settleDeferred(sql.chainRows, tenantId, check);
  if (check.halted) throw new Error('a malformed stored hash passed the exact check');
  return { entries: check.entries, head: check.head, firstBreak: check.firstBreak, seen: check.seen };
}

interface Batch {
  chunks: Buffer[];
  rows: number;
}

/**
 * One batch ahead: the COPY of the next batch goes out as soon as this one's bytes are in, so that
 * PostgreSQL reads and sends it while Node hashes this one (at most two batches in memory). The
 * hashing yields now and then, so the socket is read meanwhile. Without a gap in the chain, the
 * next batch starts `batch` entries on; with one, the walk breaks in this batch.
 */
async function checkBatches(
  copy: CopyChainRows,
  tenantId: string,
  check: ChainStreamCheck,
  batch: number,
): Promise<void> {
  const fetch = async (after: number): Promise<Batch> => {
    const chunks: Buffer[] = [];
    return { rows: await copy(tenantId, after, batch, (chunk) => chunks.push(chunk)), chunks };
  };
  let after = check.expectedSeq - 1;
  let pending: Promise<Batch> | null = fetch(after);
  while (pending) {
    const { chunks, rows }: Batch = await pending;
    after += batch;
    pending = rows === batch ? fetch(after) : null;
    try {
      const push = check.nextCopy();
      for (let i = 0; i < chunks.length; i++) {
        push(chunks[i]);
        chunks[i] = EMPTY;
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
      }
      if (!check.copyComplete()) throw new Error('the audit chain COPY ended before its trailer');
    } catch (e) {
      await pending?.catch(() => undefined);
      throw e;
    }
    if (check.firstBreak || check.halted) {
      await pending?.catch(() => undefined);
      return;
    }
  }
}

const EMPTY = Buffer.alloc(0);
/** Chunks hashed between two looks at the socket (a chunk is up to 64 kB, about a hundred entries). */
const YIELD_EVERY = 4;

/** The hashes of the entries put aside, by the exact path; the first mismatch ends the walk there. */
async function settleDeferred(fetch: FetchChainRows, tenantId: string, check: ChainStreamCheck): Promise<void> {
  const seqs = check.deferred.splice(0);
  const tenantJson = JSON.stringify(tenantId);
  for (let i = 0; i < seqs.length;) {
    let n = 1;
    while (i + n < seqs.length && seqs[i + n] === seqs[i] + n && n < EXACT_BATCH) n++;
    const rows = await fetch(tenantId, seqs[i] - 1, n);
    for (const row of rows) {
      const recomputed = auditHashOfCanonical(row[1], canonicalOf(row, tenantJson));
      if (recomputed === row[2]) continue;
      const seq = Number(row[0]);
      check.breakAt({ seq, reason: 'HASH_MISMATCH', expected: recomputed, actual: row[2] }, row[1]);
      return;
    }
    i += n;
  }
}

const str = JSON.stringify;
const nullable = (v: string | null) => (v === null ? 'null' : str(v));

/** canonicalJson of the entry's AuditEntryContent, keys in code-point order, without building the object. */
export function canonicalOf(row: ChainRow, tenantJson: string): string {
  return (
    `{"actorName":${str(row[3])},"actorUserId":${nullable(row[4])},"after":${canonicalJsonb(row[5])},"at":"${isoOfTimestamptz(row[6])}",` +
    `"before":${canonicalJsonb(row[7])},"bureauId":${str(row[8])},"departmentId":${nullable(row[9])},"objectId":${nullable(row[10])},` +
    `"objectType":${str(row[11])},"operation":${str(row[12])},"requestId":${str(row[13])},"seq":${Number(row[0])},"tenantId":${tenantJson}}`
  );
}
