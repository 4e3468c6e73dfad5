import { hash } from 'node:crypto';

const TWO_POW_32 = 0x1_0000_0000;

/**
 * The random stream of DRAW.md §3: block_i = SHA-256(seed ‖ uint64_be(i)), eight 32-bit
 * big-endian words per block, consumed in order. `int(n)` rejects words at or above the
 * largest multiple of n so that every residue is equally likely.
 */
export class RandomStream {
  private block: Buffer = Buffer.alloc(0);
  private blockIndex = 0;
  /** seed ‖ uint64_be(i), rewritten in place for each block. */
  private readonly input = Buffer.alloc(40);
  private wordIndex = 8;
  /** Words taken so far: the test vectors record the first ones. */
  wordsConsumed = 0;

  constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new RangeError('the seed is 32 bytes of SHA-256');
    this.input.set(seed, 0);
  }

  nextWord(): number {
    if (this.wordIndex === 8) {
      // Block numbers stay far below 2^53: the high word of the uint64 is exact as a double.
      this.input.writeUInt32BE(Math.floor(this.blockIndex / TWO_POW_32), 32);
      this.input.writeUInt32BE(this.blockIndex % TWO_POW_32, 36);
      // crypto.hash (Node ≥ 20.12) is the one-shot form: half the cost of createHash per block.
      this.block = hash('sha256', this.input, 'buffer');
      this.blockIndex += 1;
      this.wordIndex = 0;
    }
    const word = this.block.readUInt32BE(this.wordIndex * 4);
    this.wordIndex += 1;
    this.wordsConsumed += 1;
    return word;
  }

  /** A uniform integer in [0, n) for 1 ≤ n ≤ 2³². */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) throw new RangeError(`int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const w = this.nextWord();
      if (w < limit) return w % n;
    }
  }
}
