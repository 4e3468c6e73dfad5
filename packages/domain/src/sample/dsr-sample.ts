import { createHash } from 'node:crypto';
import { compareCodePoints } from '../canonical-json';
import { DomainError } from '../errors';
import { drawSeed } from '../draw/draw-digest';
import { sampleDigests, sampleResultDigest } from './sample-digest';
import { hasLoneSurrogate } from './sample-readings';
import { sampleSize } from './sample-size';
import { assertValidSampleSnapshot } from './sample-snapshot';
import { SAMPLE_ALGORITHM, type SampleResult, type SampleSelection, type SampleSnapshot } from './sample-types';

export interface SampleOutcome {
  poolDigest: string;
  itemsDigest: string;
  /** hex of the 32 seed bytes, for the record and the test vectors. */
  seed: string;
  result: SampleResult;
  resultDigest: string;
}

/** DRAW.md §10: an item's ticket, SHA-256(seed ‖ UTF-8(id)) as lowercase hex (its order is the integer's). */
export function sampleTicket(seed: Uint8Array, id: string): string {
  return createHash('sha256').update(seed).update(id, 'utf8').digest('hex');
}

/** Smallest ticket first; ties by id in code-point order (unreachable with unique ids, see sample-readings S7). */
export function byTicketThenId(a: SampleSelection, b: SampleSelection): number {
  if (a.ticket !== b.ticket) return a.ticket < b.ticket ? -1 : 1;
  return compareCodePoints(a.itemId, b.itemId);
}

/** `dsr-sample/1` (DRAW.md §10): pure, deterministic, no clock and no Math.random. */
export function runSample(snapshot: SampleSnapshot, nonceHex: string, beacon: string): SampleOutcome {
  assertValidSampleSnapshot(snapshot);
  if (typeof beacon !== 'string' || hasLoneSurrogate(beacon)) {
    throw new DomainError('SAMPLE_BEACON_INVALID', '信标须为文字（可为空），且不含不成对的代理字符', 'beacon');
  }
  const { poolDigest, itemsDigest } = sampleDigests(snapshot);
  // The seed takes the items' digest, not the snapshot's: the sizes (and `extends`) do not move the tickets.
  const seed = drawSeed(SAMPLE_ALGORITHM, snapshot.drawId, itemsDigest, nonceHex, beacon);
  const byStratum = new Map<string, SampleSelection[]>();
  for (const item of snapshot.items) {
    let members = byStratum.get(item.stratum);
    if (!members) byStratum.set(item.stratum, (members = []));
    members.push({ itemId: item.id, stratum: item.stratum, ticket: sampleTicket(seed, item.id) });
  }
  const result: SampleResult = {
    algorithm: SAMPLE_ALGORITHM,
    drawId: snapshot.drawId,
    poolDigest,
    itemsDigest,
    strata: [],
    selections: [],
  };
  for (const stratum of [...byStratum.keys()].sort(compareCodePoints)) {
    const members = byStratum.get(stratum) ?? [];
    const n = sampleSize(snapshot, members.length);
    result.strata.push({ stratum, population: members.length, sampleSize: n });
    members.sort(byTicketThenId);
    for (let k = 0; k < n; k++) result.selections.push(members[k]);
  }
  return { poolDigest, itemsDigest, seed: seed.toString('hex'), result, resultDigest: sampleResultDigest(result) };
}
