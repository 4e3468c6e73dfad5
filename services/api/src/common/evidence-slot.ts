import type { RequestContext } from '../context';
import { executeBound } from './bound-sql';

/**
 * R36: serialises attaching the same bytes as the same kind to one owner (an inspection, a re-check item) until
 * the transaction ends. Uploads check for the same file and answer its row ("nothing written"); two uploads of one
 * photo at once (a double tap, a phone retrying on a slow line) both found no row, and both wrote one (or the
 * second hit the unique constraint, 409). Now the second waits for the first's commit and finds its row: its next
 * statement sees what the first committed.
 */
export async function lockEvidenceSlot(
  ctx: RequestContext,
  slot: { owner: string; kind: string; sha256: string },
): Promise<void> {
  await executeBound(ctx, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `evidence\n${slot.owner}\n${slot.kind}\n${slot.sha256}`,
  ]);
}
