import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { CanonicalWriter, ascii } from '../draw/canonical-writer';
import type { SampleResult, SampleSnapshot } from './sample-types';

const FIRST_ITEM = ascii('[{"id":');
const NEXT_ITEM = ascii(',{"id":');
const RESULT_DIGEST = ascii(',"resultDigest":');
const STRATUM = ascii(',"stratum":');
const END_ITEM = ascii('}');

/**
 * DRAW.md §10: poolDigest = hex(SHA-256(canonical snapshot)) and itemsDigest = hex(SHA-256(canonical
 * items)). The items are written once, into both hashes: in the canonical snapshot they are the value
 * of "items", between the keys before it (algorithm, drawId, extends) and after it (minPerStratum,
 * ratioBp, sizeRule). The snapshot must have passed assertValidSampleSnapshot (exact fields, all
 * strings and integers): a test compares these bytes with canonicalJson's on random snapshots.
 */
export function sampleDigests(s: SampleSnapshot): { poolDigest: string; itemsDigest: string } {
  const pool = createHash('sha256');
  const items = createHash('sha256');
  const q = JSON.stringify;
  const extendsText = s.extends === null ? 'null' : q(s.extends);
  pool.update(`{"algorithm":${q(s.algorithm)},"drawId":${q(s.drawId)},"extends":${extendsText},"items":`, 'utf8');
  const out = new CanonicalWriter((bytes) => {
    items.update(bytes);
    pool.update(bytes);
  });
  for (let i = 0; i < s.items.length; i++) {
    const item = s.items[i];
    out.bytes(i ? NEXT_ITEM : FIRST_ITEM);
    out.string(item.id);
    out.bytes(RESULT_DIGEST);
    out.string(item.resultDigest);
    out.bytes(STRATUM);
    out.repeated(item.stratum);
    out.bytes(END_ITEM);
  }
  out.raw(s.items.length ? ']' : '[]');
  out.flush();
  const ratio = s.ratioBp === null ? 'null' : String(s.ratioBp);
  pool.update(`,"minPerStratum":${s.minPerStratum},"ratioBp":${ratio},"sizeRule":${q(s.sizeRule)}}`, 'utf8');
  return { poolDigest: pool.digest('hex'), itemsDigest: items.digest('hex') };
}

/** hex(SHA-256(canonical result)): the result is small beside the snapshot (the sample, not the population). */
export function sampleResultDigest(result: SampleResult): string {
  return createHash('sha256').update(canonicalJson(result), 'utf8').digest('hex');
}

/** The digest an item commits to: hex SHA-256 of the canonical JSON of an inspection's result as recorded. */
export function inspectionResultDigest(result: unknown): string {
  return createHash('sha256').update(canonicalJson(result), 'utf8').digest('hex');
}
