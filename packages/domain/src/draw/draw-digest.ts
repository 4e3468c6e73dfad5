import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { DomainError } from '../errors';
import type { DrawResult, DrawSnapshot } from './draw-types';

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
 * million targets make about 100 MB of JSON. The pieces are exactly canonicalJson's output
 * (keys written in code-point order by hand; a test compares the two on random snapshots).
 */
export function snapshotDigest(snapshot: DrawSnapshot): string {
  const hash = createHash('sha256');
  const out = new ChunkedWriter(hash);
  writeCanonicalSnapshot(snapshot, (text) => out.write(text));
  out.flush();
  return hash.digest('hex');
}

/** canonicalJson(snapshot), built the same fast way (the text stored with a committed draw). */
export function canonicalSnapshotText(snapshot: DrawSnapshot): string {
  const pieces: string[] = [];
  writeCanonicalSnapshot(snapshot, (text) => pieces.push(text));
  return pieces.join('');
}

/** Characters JSON.stringify would escape (and surrogates, left to it): most ids have none. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without the call where nothing needs escaping (a third of the digest's time). */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function writeCanonicalSnapshot(snapshot: DrawSnapshot, write: (text: string) => void): void {
  const q = JSON.stringify;
  write(
    `{"algorithm":${q(snapshot.algorithm)},"conflicts":${canonicalJson(snapshot.conflicts)},` +
      `"departments":${canonicalJson(snapshot.departments)},"drawId":${q(snapshot.drawId)},"inspectors":[`,
  );
  snapshot.inspectors.forEach((p, i) => write(`${i ? ',' : ''}{"department":${q(p.department)},"id":${q(p.id)}}`));
  write(`],"ratioBp":${integer(snapshot.ratioBp)},"targets":[`);
  // Strata and exclusion reasons repeat: quote each once. Targets go out in runs of ~16 KB.
  const quoted = new Map<string, string>();
  const once = (text: string) => {
    let out = quoted.get(text);
    if (out === undefined) quoted.set(text, (out = q(text)));
    return out;
  };
  let run = '';
  snapshot.targets.forEach((t, i) => {
    run +=
      `${i ? ',' : ''}{"excluded":${t.excluded === null ? 'null' : once(t.excluded)},"id":${quote(t.id)},` +
      `"inCycle":${t.inCycle ? 'true' : 'false'},"stratum":${once(t.stratum)},"weight":${integer(t.weight)}}`;
    if (run.length >= 16384) {
      write(run);
      run = '';
    }
  });
  write(run);
  write(`],"teamSize":${integer(snapshot.teamSize)}}`);
}

/** hex(SHA-256(canonical result)), written piece by piece like the snapshot's. */
export function resultDigest(result: DrawResult): string {
  const hash = createHash('sha256');
  const out = new ChunkedWriter(hash);
  const q = JSON.stringify;
  out.write(
    `{"algorithm":${q(result.algorithm)},"cycleClosed":${result.cycleClosed ? 'true' : 'false'},"drawId":${q(result.drawId)},` +
      `"n":${integer(result.n)},"poolDigest":${q(result.poolDigest)},"selections":[`,
  );
  const quoted = new Map<string, string>();
  const once = (text: string) => {
    let out = quoted.get(text);
    if (out === undefined) quoted.set(text, (out = q(text)));
    return out;
  };
  let run = '';
  result.selections.forEach((s, i) => {
    run +=
      `${i ? ',' : ''}{"cycle":${once(s.cycle)},"inspectorIds":[${s.inspectorIds.map(once).join(',')}],` +
      `"stratum":${once(s.stratum)},"targetId":${quote(s.targetId)}}`;
    if (run.length >= 16384) {
      out.write(run);
      run = '';
    }
  });
  out.write(run);
  out.write(']}');
  out.flush();
  return hash.digest('hex');
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON allows integers only, got ${value}`);
  return String(value);
}

/**
 * Encodes pieces into one reused 1 MiB buffer and hashes it when full: concatenating strings
 * and hashing those was three times slower for a million targets.
 */
class ChunkedWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  constructor(private readonly hash: Hash) {}
  write(text: string): void {
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        this.hash.update(text, 'utf8');
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }
  flush(): void {
    if (this.used > 0) this.hash.update(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}
