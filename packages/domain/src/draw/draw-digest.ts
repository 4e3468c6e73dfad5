import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { DomainError } from '../errors';
import { CanonicalWriter, ascii } from './canonical-writer';
import type { DrawResult, DrawSelection, DrawSnapshot, DrawTarget } from './draw-types';

const NONCE_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function assertNonceHex(nonceHex: string): void {
  if (!NONCE_HEX.test(nonceHex)) {
    throw new DomainError('DRAW_NONCE_INVALID', '随机数（nonce）须为 64 位小写十六进制（32 字节）', 'nonce');
  }
}

/** DRAW.md §1: commitment = hex(SHA-256(nonce bytes)). */
export function commitmentOf(nonceHex: string): string {
  assertNonceHex(nonceHex);
  return createHash('sha256').update(Buffer.from(nonceHex, 'hex')).digest('hex');
}

/** DRAW.md §1 (and §9 with the swap's algorithm name): the 32 seed bytes. */
export function drawSeed(
  algorithm: string,
  drawId: string,
  poolDigest: string,
  nonceHex: string,
  beacon: string,
): Buffer {
  assertNonceHex(nonceHex);
  return createHash('sha256').update(`${algorithm}\n${drawId}\n${poolDigest}\n${nonceHex}\n${beacon}`, 'utf8').digest();
}

/**
 * hex(SHA-256(canonical snapshot)) without building one string of the whole snapshot: a
 * million targets make about 100 MB of JSON. The bytes are exactly canonicalJson's output
 * (keys written in code-point order by hand; a test compares the two on random snapshots).
 */
export function snapshotDigest(snapshot: DrawSnapshot): string {
  const hash = createHash('sha256');
  const out = new CanonicalWriter((bytes) => hash.update(bytes));
  writeCanonicalSnapshot(snapshot, out);
  out.flush();
  return hash.digest('hex');
}

/** canonicalJson(snapshot), built the same fast way (the text stored with a committed draw). */
export function canonicalSnapshotText(snapshot: DrawSnapshot): string {
  const chunks: Buffer[] = [];
  const out = new CanonicalWriter((bytes) => chunks.push(Buffer.from(bytes)));
  writeCanonicalSnapshot(snapshot, out);
  out.flush();
  return Buffer.concat(chunks).toString('utf8');
}

const TARGET = [ascii('{"excluded":null,"id":'), ascii(',{"excluded":null,"id":')];
const EXCLUDED_TARGET = [ascii('{"excluded":'), ascii(',{"excluded":')];
const ID = ascii(',"id":');
const CLOSE = ascii('}');

/**
 * The bytes after a target's id, `,"inCycle":…,"stratum":…,"weight":…}`, encoded once for each
 * stratum, inCycle and small weight: most targets then take three copies and no formatting.
 */
class TargetTails {
  private readonly byStratum = new Map<string, Uint8Array[]>();
  of(t: DrawTarget): Uint8Array {
    let tails = this.byStratum.get(t.stratum);
    if (tails === undefined) this.byStratum.set(t.stratum, (tails = []));
    const key =
      Number.isSafeInteger(t.weight) && t.weight >= 0 && t.weight < 256 ? t.weight * 2 + (t.inCycle ? 1 : 0) : -1;
    let tail = key >= 0 ? tails[key] : undefined;
    if (tail === undefined) {
      const inCycle = t.inCycle ? 'true' : 'false';
      tail = Buffer.from(`,"inCycle":${inCycle},"stratum":${JSON.stringify(t.stratum)},"weight":${integer(t.weight)}}`);
      if (key >= 0) tails[key] = tail;
    }
    return tail;
  }
}

/** A target of the expected shape; anything else is written by the generic code, as it always was. */
const isPlain = (t: DrawTarget) =>
  typeof t.id === 'string' &&
  typeof t.stratum === 'string' &&
  typeof t.inCycle === 'boolean' &&
  (t.excluded === null || typeof t.excluded === 'string');

function writeCanonicalSnapshot(snapshot: DrawSnapshot, out: CanonicalWriter): void {
  const q = JSON.stringify;
  out.raw(
    `{"algorithm":${q(snapshot.algorithm)},"conflicts":${canonicalJson(snapshot.conflicts)},` +
      `"departments":${canonicalJson(snapshot.departments)},"drawId":${q(snapshot.drawId)},"inspectors":[`,
  );
  snapshot.inspectors.forEach((p, i) => out.raw(`${i ? ',' : ''}{"department":${q(p.department)},"id":${q(p.id)}}`));
  out.raw(`],"ratioBp":${integer(snapshot.ratioBp)},"targets":[`);
  const targets = snapshot.targets;
  const tails = new TargetTails();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (!isPlain(t)) {
      out.raw((i ? ',' : '') + targetText(t));
      continue;
    }
    if (t.excluded === null) out.bytes(TARGET[i ? 1 : 0]);
    else {
      out.bytes(EXCLUDED_TARGET[i ? 1 : 0]);
      out.repeated(t.excluded);
      out.bytes(ID);
    }
    out.string(t.id);
    out.bytes(tails.of(t));
  }
  out.raw(`],"teamSize":${integer(snapshot.teamSize)}}`);
}

/** Characters JSON.stringify would escape (and surrogates, left to it). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** One target as text, for a target of an unexpected shape (a malformed record must still digest as before). */
function targetText(t: DrawTarget): string {
  const q = JSON.stringify;
  const quote = (text: string) => (NEEDS_ESCAPE.test(text) ? q(text) : `"${text}"`);
  return (
    `{"excluded":${t.excluded === null ? 'null' : q(t.excluded)},"id":${quote(t.id)},` +
    `"inCycle":${t.inCycle ? 'true' : 'false'},"stratum":${q(t.stratum)},"weight":${integer(t.weight)}}`
  );
}

const SELECTION = ascii('{"cycle":');
const NEXT_SELECTION = ascii(',{"cycle":');
const INSPECTORS = ascii(',"inspectorIds":[');
const COMMA = ascii(',');
const STRATUM = ascii('],"stratum":');
const TARGET_ID = ascii(',"targetId":');

/** hex(SHA-256(canonical result)), written piece by piece like the snapshot's. */
export function resultDigest(result: DrawResult): string {
  const hash = createHash('sha256');
  const out = new CanonicalWriter((bytes) => hash.update(bytes));
  const q = JSON.stringify;
  out.raw(
    `{"algorithm":${q(result.algorithm)},"cycleClosed":${result.cycleClosed ? 'true' : 'false'},"drawId":${q(result.drawId)},` +
      `"n":${integer(result.n)},"poolDigest":${q(result.poolDigest)},"selections":[`,
  );
  const selections = result.selections;
  for (let i = 0; i < selections.length; i++) {
    const s = selections[i];
    if (!isPlainSelection(s)) {
      out.raw((i ? ',' : '') + selectionText(s));
      continue;
    }
    out.bytes(i ? NEXT_SELECTION : SELECTION);
    out.repeated(s.cycle);
    out.bytes(INSPECTORS);
    const ids = s.inspectorIds;
    for (let k = 0; k < ids.length; k++) {
      if (k) out.bytes(COMMA);
      out.string(ids[k]);
    }
    out.bytes(STRATUM);
    out.repeated(s.stratum);
    out.bytes(TARGET_ID);
    out.string(s.targetId);
    out.bytes(CLOSE);
  }
  out.raw(']}');
  out.flush();
  return hash.digest('hex');
}

function isPlainSelection(s: DrawSelection): boolean {
  if (typeof s.cycle !== 'string' || typeof s.stratum !== 'string' || typeof s.targetId !== 'string') return false;
  const ids: unknown = s.inspectorIds;
  if (!Array.isArray(ids)) return false;
  for (let k = 0; k < ids.length; k++) if (typeof ids[k] !== 'string') return false;
  return true;
}

/** One selection as text, for a stored result of an unexpected shape (it must digest as before). */
function selectionText(s: DrawSelection): string {
  const q = JSON.stringify;
  const quote = (text: string) => (NEEDS_ESCAPE.test(text) ? q(text) : `"${text}"`);
  return (
    `{"cycle":${q(s.cycle)},"inspectorIds":[${s.inspectorIds.map((id) => q(id)).join(',')}],` +
    `"stratum":${q(s.stratum)},"targetId":${quote(s.targetId)}}`
  );
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON allows integers only, got ${value}`);
  return String(value);
}
