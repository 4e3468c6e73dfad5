/** One check of a sample record's verification, reported with its values (DRAW.md §1 and §10). */

export const SAMPLE_CHECK_NAMES = [
  'commitment',
  'poolDigest',
  'itemsDigest',
  'resultDigest',
  'replay', // §1 and §10: the reveal replays
  'drawId',
  'beaconSource', // the record itself
  'extends',
  'extension', // an enlarged sample and the one it enlarges
] as const;
export type SampleCheckName = (typeof SAMPLE_CHECK_NAMES)[number];

export interface SampleCheck {
  /** The checks of the enlarged sample's own record (inside the record) are named `extended.<name>`. */
  name: SampleCheckName | `extended.${string}`;
  ok: boolean;
  /** What the record says. */
  recorded: string;
  /** What was computed from the record's inputs (or why it could not be). */
  computed: string;
  description: string;
}

export interface SampleVerification {
  ok: boolean;
  checks: SampleCheck[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v ?? null));
const cannot = (error: unknown) => `无法计算：${(error as Error).message}`;

/**
 * A check of a condition on the record: `evaluate` gives what was computed and whether the
 * condition holds. A malformed record fails, with why; nothing throws.
 */
export function sampleRule(
  name: SampleCheck['name'],
  description: string,
  recorded: () => unknown,
  evaluate: () => { computed: unknown; ok: boolean },
): SampleCheck {
  let rec = '';
  try {
    rec = text(recorded());
    const { computed, ok } = evaluate();
    return { name, description, ok, recorded: rec, computed: text(computed) };
  } catch (error) {
    return { name, description, ok: false, recorded: rec, computed: cannot(error) };
  }
}

/** A check that holds when the value computed from the record's inputs equals the recorded one. */
export function sampleCheck(
  name: SampleCheck['name'],
  description: string,
  recorded: unknown,
  compute: () => string,
): SampleCheck {
  return sampleRule(
    name,
    description,
    () => recorded,
    () => {
      const computed = compute();
      return { computed, ok: computed === text(recorded) };
    },
  );
}
