import { AUDIT_GENESIS_HASH, auditHashOfCanonical, type ChainBreak } from '@dsr/domain';
import { canonicalJsonb, isoOfTimestamptz } from './chain-decode';

/**
 * The fast walk over one tenant's chain: rows come as arrays (no object per row), the canonical
 * JSON of each entry is written in the fixed order of its keys (the same text canonicalJson makes
 * of the content, see auditEntryHash), and the next batch is read while this one is hashed. The
 * text is rebuilt from the columns on every walk, so a changed column changes the hash. The
 * caller's scope (app.scope_path) must hold the tenant (app_private.audit_chain_rows).
 */
export const CHAIN_ROWS_SQL = 'select * from app_private.audit_chain_rows($1, $2, $3)';

/**
 * One row of CHAIN_ROWS_SQL in array mode (CHAIN_ROW_TYPES): the content's columns in the code-point
 * order of their keys; `at`, `after` and `before` as PostgreSQL's text.
 */
export type ChainRow = [seq: string | number, prevHash: string, hash: string, actorName: string, actorUserId: string | null, after: string,
  at: string, before: string, bureauId: string, departmentId: string | null, objectId: string | null, objectType: string,
  operation: string, requestId: string];

/** Rows of one tenant after a sequence number, in order (callers supply the connection). */
export type FetchChainRows = (tenantId: string, afterSeq: number, limit: number) => Promise<ChainRow[]>;

export interface ChainPoint { seq: number; hash: string }

export interface WalkOutcome {
  /** Entries checked by this walk. */
  entries: number;
  /** The last intact entry (the start when none was). */
  head: ChainPoint;
  firstBreak: ChainBreak | null;
  /** Stored hashes at the sequence numbers asked for in `watch`, as the walk passed them. */
  seen: Map<number, string>;
}

const BATCH = 20_000;
const SLICE = 2_000;

const str = JSON.stringify;
const nullable = (v: string | null) => (v === null ? 'null' : str(v));

/** canonicalJson of the entry's AuditEntryContent, keys in code-point order, without building the object. */
function canonicalOf(row: ChainRow, tenantJson: string): string {
  return `{"actorName":${str(row[3])},"actorUserId":${nullable(row[4])},"after":${canonicalJsonb(row[5])},"at":"${isoOfTimestamptz(row[6])}",`
    + `"before":${canonicalJsonb(row[7])},"bureauId":${str(row[8])},"departmentId":${nullable(row[9])},"objectId":${nullable(row[10])},`
    + `"objectType":${str(row[11])},"operation":${str(row[12])},"requestId":${str(row[13])},"seq":${Number(row[0])},"tenantId":${tenantJson}}`;
}

/** Walks the chain from `start` (an entry already trusted, or the genesis) to its end. */
export async function walkChain(fetch: FetchChainRows, tenantId: string, start: ChainPoint = { seq: 0, hash: AUDIT_GENESIS_HASH },
  watch: ReadonlySet<number> = new Set(), batch = BATCH): Promise<WalkOutcome> {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  let entries = 0;
  const seen = new Map<number, string>();
  const tenantJson = JSON.stringify(tenantId);
  let pending: Promise<ChainRow[]> | null = fetch(tenantId, start.seq, batch);
  while (pending) {
    const rows: ChainRow[] = await pending;
    // The next batch is asked for before this one is hashed, and the work yields every SLICE rows
    // so the socket is read meanwhile: PostgreSQL prepares the next batch while Node hashes.
    pending = rows.length === batch ? fetch(tenantId, Number(rows[rows.length - 1]![0]), batch) : null;
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && i % SLICE === 0) await new Promise((r) => setImmediate(r));
      const row = rows[i]!;
      const seq = Number(row[0]);
      const broken = checkLink(row, seq, expectedSeq, prev, tenantJson);
      if (broken) {
        await pending?.catch(() => undefined);
        return { entries, head: { seq: expectedSeq - 1, hash: prev }, firstBreak: broken, seen };
      }
      if (watch.has(seq)) seen.set(seq, row[2]);
      prev = row[2];
      expectedSeq++;
      entries++;
    }
  }
  return { entries, head: { seq: expectedSeq - 1, hash: prev }, firstBreak: null, seen };
}

function checkLink(row: ChainRow, seq: number, expectedSeq: number, prev: string, tenantJson: string): ChainBreak | null {
  if (seq !== expectedSeq) return { seq, reason: 'SEQUENCE_GAP', expected: expectedSeq };
  if (row[1] !== prev) return { seq, reason: 'PREVIOUS_HASH_MISMATCH', expected: prev, actual: row[1] };
  const recomputed = auditHashOfCanonical(row[1], canonicalOf(row, tenantJson));
  if (recomputed !== row[2]) return { seq, reason: 'HASH_MISMATCH', expected: recomputed, actual: row[2] };
  return null;
}
