import { StreamBlockHash } from './stream-block';

const TWO_POW_32 = 0x1_0000_0000;

/**
 * The random stream of DRAW.md §3: block_i = SHA-256(seed ‖ uint64_be(i)), eight 32-bit
 * big-endian words per block, consumed in order. `int(n)` rejects words at or above the
 * largest multiple of n so that every residue is equally likely.
 */
export class RandomStream {
  private readonly hash: StreamBlockHash;
  private readonly words = new Uint32Array(8);
  private blockIndex = 0;
  private wordIndex = 8;
  /** Words taken so far: the test vectors record the first ones. */
  wordsConsumed = 0;

  constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new RangeError('the seed is 32 bytes of SHA-256');
    this.hash = new StreamBlockHash(seed);
  }

  nextWord(): number {
    if (this.wordIndex === 8) {
      // Block numbers stay far below 2^53: the high word of the uint64 is exact as a double.
      this.hash.block(Math.floor(this.blockIndex / TWO_POW_32), this.blockIndex % TWO_POW_32, this.words);
      this.blockIndex += 1;
      this.wordIndex = 0;
    }
    const word = this.words[this.wordIndex];
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
