/**
 * A Fenwick (binary indexed) tree over non-negative integer weights. It answers the weighted
 * walk of DRAW.md §4.1 — "the first item whose cumulative weight exceeds r" — in O(log n)
 * instead of walking the list. Totals stay below 2⁵³, so doubles are exact.
 */
export class FenwickTree {
  private readonly tree: Float64Array;
  private readonly topStep: number;
  total = 0;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    this.tree = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.tree[i + 1] += weights[i];
      const parent = i + 1 + ((i + 1) & -(i + 1));
      if (parent <= n) this.tree[parent] += this.tree[i + 1];
      this.total += weights[i];
    }
    let step = 1;
    while (step * 2 <= n) step *= 2;
    this.topStep = n === 0 ? 0 : step;
  }

  add(index: number, delta: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i] += delta;
    this.total += delta;
  }

  /** The 0-based index of the first item whose cumulative weight exceeds r (0 ≤ r < total). */
  findByCumulative(r: number): number {
    let pos = 0;
    let rest = r;
    for (let step = this.topStep; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && this.tree[next] <= rest) {
        pos = next;
        rest -= this.tree[next];
      }
    }
    return pos;
  }
}
