import { AUDIT_GENESIS_HASH, auditHashOfCanonical, type ChainBreak } from '@dsr/domain';
import { canonicalJsonb, isoOfTimestamptz } from './chain-decode';
import { startChainCheck, type ChainChecker } from './chain-check-thread';
import type { ChainStreamCheck } from './chain-stream';

/**
 * The walk over one tenant's chain. The rows come as PostgreSQL's binary COPY of
 * app_private.audit_chain_copy (audit_chain_rows's columns and checks, streamed), in batches. Each
 * entry's preimage is rebuilt from the column bytes and hashed without making JS strings or objects
 * (ChainStreamCheck), as the socket delivers them: PostgreSQL reads and sends on while Node hashes.
 * The few values the byte path cannot be sure of go through the exact path below (rows as arrays of text, the
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

/**
 * The same rows as a binary COPY, handed over piece by piece as they come off the socket (valid
 * during the call only); resolves to the number of rows, rejects with what onData threw.
 */
export type CopyChainRows = (
  tenantId: string,
  afterSeq: number,
  limit: number,
  onData: (buf: Buffer, start: number, end: number) => void,
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
 * Rows per COPY. The rows are checked as they arrive (nothing of a batch is kept), so the size
 * only bounds what is read in vain after a break, and sets how often a COPY starts over (one
 * round trip and an index descent each).
 */
const BATCH = 50_000;
/** Rows per query on the exact path. */
const EXACT_BATCH = 2_000;

/**
 * Walks the chain from `start` (an entry already trusted, or the genesis) to its end; `threaded`:
 * the byte loops in a worker thread (chain-check-thread.ts), for a long walk.
 */
export async function walkChain(
  sql: ChainSource,
  tenantId: string,
  start: ChainPoint = { seq: 0, hash: AUDIT_GENESIS_HASH },
  watch: ReadonlySet<number> = new Set(),
  { batch = BATCH, threaded = false }: { batch?: number; threaded?: boolean } = {},
): Promise<WalkOutcome> {
  const checker = startChainCheck({ tenantId, start, watch: [...watch] }, threaded);
  let check: ChainStreamCheck;
  try {
    await checkBatches(sql.chainCopy, tenantId, checker, start.seq, batch);
    check = await checker.finish();
  } finally {
    checker.close();
  }
  await settleDeferred(sql.chainRows, tenantId, check);
  if (check.halted) throw new Error('a malformed stored hash passed the exact check');
  return { entries: check.entries, head: check.head, firstBreak: check.firstBreak, seen: check.seen };
}

/**
 * A streaming pipeline: each COPY's bytes are checked as the socket delivers them, so PostgreSQL
 * reads and sends the next rows while Node hashes these, and waits (TCP backpressure) when Node
 * falls behind. Without a gap in the chain, the next batch starts `batch` entries on; with one,
 * the walk breaks in this batch.
 */
async function checkBatches(
  copy: CopyChainRows,
  tenantId: string,
  checker: ChainChecker,
  from: number,
  batch: number,
): Promise<void> {
  for (let after = from; ; after += batch) {
    const rows = await copy(tenantId, after, batch, checker.nextCopy());
    const { complete, stop } = await checker.copyEnd();
    if (!complete) throw new Error('the audit chain COPY ended before its trailer');
    if (rows < batch || stop) return;
  }
}

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
