/** One check of a draw record's verification, reported with its values (DRAW.md §1, §9). */

/** The checks of DRAW.md §1 (replay) and of §9 "what makes a swap record valid". */
export const DRAW_CHECK_NAMES = [
  'commitment',
  'poolDigest',
  'resultDigest',
  'replay', // §1: the reveal replays
  'drawId',
  'beaconSource',
  'drawIds', // §9: the record itself
  'replaces',
  'team',
  'removed',
  'candidates',
  'replaced', // §9: each swap, in record order
] as const;
export type DrawCheckName = (typeof DRAW_CHECK_NAMES)[number];

export interface DrawCheck {
  /** The check's name; a swap's checks are named `swaps[k].<name>`, k its place in the record. */
  name: DrawCheckName | `swaps[${number}].${DrawCheckName}`;
  ok: boolean;
  /** What the record says. */
  recorded: string;
  /** What was computed from the record's inputs (or why it could not be). */
  computed: string;
  description: string;
}

export interface DrawVerification {
  ok: boolean;
  checks: DrawCheck[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v ?? null));
const cannot = (error: unknown) => `无法计算：${(error as Error).message}`;

/** A check that holds when the value computed from the record equals the recorded one. */
export function check(
  name: DrawCheck['name'],
  description: string,
  recorded: unknown,
  compute: () => string,
): DrawCheck {
  const rec = text(recorded);
  try {
    const computed = compute();
    return { name, description, ok: computed === rec, recorded: rec, computed };
  } catch (error) {
    return { name, description, ok: false, recorded: rec, computed: cannot(error) };
  }
}

/**
 * A check of a condition on the record: `evaluate` gives what the record should say (or the
 * facts it is compared with) and whether the condition holds. A malformed record fails, with why.
 */
export function rule(
  name: DrawCheck['name'],
  description: string,
  recorded: () => unknown,
  evaluate: () => { computed: unknown; ok: boolean },
): DrawCheck {
  let rec = '';
  try {
    rec = text(recorded());
    const { computed, ok } = evaluate();
    return { name, description, ok, recorded: rec, computed: text(computed) };
  } catch (error) {
    return { name, description, ok: false, recorded: rec, computed: cannot(error) };
  }
}

/**
 * The part of a record that a verifier needs (DRAW.md §1, "Reveal"). Records exported by the
 * product (format `dsr-draw-record/1`) carry more beside these: who, when, exclusion reasons.
 */
export interface VerifiableRecord {
  snapshot: unknown;
  commitment: string;
  nonce: string;
  beacon: string;
  poolDigest: string;
  result: unknown;
  resultDigest: string;
  /** The record's own id: every drawId inside it must match (§9). */
  drawId?: string;
  format?: string;
  /** Where the beacon came from, fixed at commit: NONE exactly when the beacon is empty. */
  beaconSource?: string;
  /** The swaps that amended the draw, in record order (§9). */
  swaps?: VerifiableSwap[];
  /** The re-draw that replaced this draw and when it was committed; a replaced draw takes no swap. */
  replacedBy?: string | null;
  replacedAt?: string | null;
}

export interface VerifiableSwap extends VerifiableRecord {
  /** Recusals declared for the swap beyond the draw snapshot's conflicts, as [inspectorId, targetId]. */
  recusals?: [string, string][];
  /** When the swap took effect (revealed): its approval, or its creation for a one-step swap. */
  approvedAt?: string | null;
  createdAt?: string;
}
