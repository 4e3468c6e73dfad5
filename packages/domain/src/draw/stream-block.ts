/**
 * SHA-256 (FIPS 180-4) of exactly the 40 bytes seed ‖ uint64_be(i), the only message the random
 * stream of DRAW.md §3 hashes: one compression of one padded block, on 32-bit integers. A draw of
 * a million targets hashes about 25,000 blocks; node:crypto's one-shot call costs several
 * microseconds each plus a Buffer, this a fraction of a microsecond and nothing. The stream's
 * tests compare it with node:crypto over many seeds and block numbers, across 2³².
 */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const H0 = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const MESSAGE_BITS = 40 * 8;

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

export class StreamBlockHash {
  /** The message schedule; words 0–7 are the seed's, 10–15 the padding's, 8–9 the block number. */
  private readonly w = new Int32Array(64);

  constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new RangeError('the seed is 32 bytes of SHA-256');
    for (let j = 0; j < 8; j++) {
      this.w[j] = (seed[4 * j] << 24) | (seed[4 * j + 1] << 16) | (seed[4 * j + 2] << 8) | seed[4 * j + 3];
    }
  }

  /** The digest of seed ‖ uint64_be(high · 2³² + low) as eight 32-bit words (big-endian) into `out`. */
  block(high: number, low: number, out: Uint32Array): void {
    const w = this.w;
    w[8] = high;
    w[9] = low;
    w[10] = 0x80000000 | 0;
    for (let t = 11; t < 15; t++) w[t] = 0;
    w[15] = MESSAGE_BITS;
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15];
      const b = w[t - 2];
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = H0[0];
    let b = H0[1];
    let c = H0[2];
    let d = H0[3];
    let e = H0[4];
    let f = H0[5];
    let g = H0[6];
    let h = H0[7];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    out[0] = (H0[0] + a) | 0;
    out[1] = (H0[1] + b) | 0;
    out[2] = (H0[2] + c) | 0;
    out[3] = (H0[3] + d) | 0;
    out[4] = (H0[4] + e) | 0;
    out[5] = (H0[5] + f) | 0;
    out[6] = (H0[6] + g) | 0;
    out[7] = (H0[7] + h) | 0;
  }
}
