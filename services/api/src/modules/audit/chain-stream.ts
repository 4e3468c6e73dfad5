import { hash } from 'node:crypto';
import type { ChainBreak } from '@dsr/domain';
import { CHAIN_COLUMNS, Col, int8At, PreimageBuilder } from './chain-preimage';
import { CopyBinaryTuples } from './copy-binary';

const HASH_HEX = 64;

export interface ChainCheckState {
  expectedSeq: number;
  entries: number;
  firstBreak: ChainBreak | null;
  deferred: number[];
  prev: string;
  halted: boolean;
  seen: [number, string][];
}

/**
 * Checks the tuples of a chain's binary COPY as they arrive: the sequence, the link to the stored
 * hash before, and the hash of the preimage rebuilt from the columns. Stops checking at the first
 * break. A tuple whose preimage needs the exact path is put aside (`deferred`): its link is
 * checked here, its hash by the caller afterwards.
 */
export class ChainStreamCheck {
  expectedSeq: number;
  entries = 0;
  firstBreak: ChainBreak | null = null;
  /** Sequence numbers whose hash the exact path must check, in order. */
  readonly deferred: number[] = [];
  /** Stored hashes at the watched sequence numbers. */
  readonly seen = new Map<number, string>();
  /** The stored hash of the last entry checked (hex), the start's at first. */
  private prev: string;
  /** A put-aside tuple's stored hash is malformed: the exact path breaks there, nothing after it matters. */
  halted = false;
  private readonly builder: PreimageBuilder;
  private tuples = new CopyBinaryTuples(CHAIN_COLUMNS, (buf, s, l) => this.check(buf, s, l));

  constructor(
    tenantId: string,
    private readonly start: { seq: number; hash: string },
    private readonly watch: ReadonlySet<number>,
  ) {
    this.builder = new PreimageBuilder(tenantId);
    this.expectedSeq = start.seq + 1;
    this.prev = start.hash;
  }

  /** For one COPY statement: a fresh splitter (each statement has its own header and trailer). */
  nextCopy(): (buf: Buffer, start: number, end: number) => void {
    this.tuples = new CopyBinaryTuples(CHAIN_COLUMNS, (buf, s, l) => this.check(buf, s, l));
    return (buf, start, end) => this.tuples.push(buf, start, end);
  }

  /** The exact path found an entry broken: the walk ends before it (its link held: prevHash is the hash before). */
  breakAt(broken: ChainBreak, prevHash: string): void {
    this.firstBreak = broken;
    this.halted = false;
    this.expectedSeq = broken.seq;
    this.entries = broken.seq - this.start.seq - 1;
    this.prev = prevHash;
    for (const seq of this.seen.keys()) if (seq >= broken.seq) this.seen.delete(seq);
  }

  /** What a check in another thread hands back (see chain-check-thread.ts). */
  state(): ChainCheckState {
    const { expectedSeq, entries, firstBreak, deferred, prev, halted } = this;
    return { expectedSeq, entries, firstBreak, deferred, prev, halted, seen: [...this.seen] };
  }

  /** Takes over where a check in another thread left off. */
  adopt(state: ChainCheckState): void {
    this.expectedSeq = state.expectedSeq;
    this.entries = state.entries;
    this.firstBreak = state.firstBreak;
    this.deferred.length = 0;
    for (const seq of state.deferred) this.deferred.push(seq);
    this.prev = state.prev;
    this.halted = state.halted;
    this.seen.clear();
    for (const [seq, hash] of state.seen) this.seen.set(seq, hash);
  }

  /** Whether the last COPY ended with its trailer. */
  copyComplete(): boolean {
    return this.tuples.complete();
  }

  get head(): { seq: number; hash: string } {
    return { seq: this.expectedSeq - 1, hash: this.prev };
  }

  private check(buf: Buffer, s: Int32Array, l: Int32Array): void {
    if (this.firstBreak || this.halted) return;
    const seq = l[Col.Seq] === 8 ? int8At(buf, s[Col.Seq]) : Number.NaN;
    if (seq !== this.expectedSeq) {
      this.firstBreak = { seq, reason: 'SEQUENCE_GAP', expected: this.expectedSeq };
      return;
    }
    if (!hexEquals(this.prev, buf, s[Col.PrevHash], l[Col.PrevHash])) {
      const actual = text(buf, s, l, Col.PrevHash);
      this.firstBreak = { seq, reason: 'PREVIOUS_HASH_MISMATCH', expected: this.prev, actual };
      return;
    }
    const preimage = this.builder.build(buf, s, l, seq);
    if (preimage === null) {
      this.deferred.push(seq);
      if (l[Col.Hash] !== HASH_HEX) return void (this.halted = true);
      this.prev = buf.toString('latin1', s[Col.Hash], s[Col.Hash] + HASH_HEX); // byte for byte, as it is compared
    } else {
      // the next entry's prevHash is compared with this string: equal to the stored hash, so no copy of it
      const recomputed = hash('sha256', preimage, 'hex');
      if (!hexEquals(recomputed, buf, s[Col.Hash], l[Col.Hash])) {
        this.firstBreak = { seq, reason: 'HASH_MISMATCH', expected: recomputed, actual: text(buf, s, l, Col.Hash) };
        return;
      }
      this.prev = recomputed;
    }
    if (this.watch.has(seq)) this.seen.set(seq, text(buf, s, l, Col.Hash));
    this.expectedSeq++;
    this.entries++;
  }
}

function text(buf: Buffer, s: Int32Array, l: Int32Array, col: number): string {
  return l[col] < 0 ? '' : buf.toString('utf8', s[col], s[col] + l[col]);
}

function hexEquals(hex: string, buf: Buffer, start: number, length: number): boolean {
  if (length !== hex.length) return false;
  for (let i = 0; i < length; i++) if (hex.charCodeAt(i) !== buf[start + i]) return false;
  return true;
}
