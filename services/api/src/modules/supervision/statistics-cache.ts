/**
 * Dashboard answers shared between requests for a short while (issue 15: fifty people watching the
 * province's dashboard ask the same aggregates). An answer is keyed by everything it depends on — the
 * part, the focus unit, the filter, China's day and the summaries' refresh time — and never by the
 * caller: the service checks that the caller may see the focus unit before it asks, and every figure
 * is of the focus subtree only, which lies inside the caller's. The summaries' parts change only with a
 * refresh (in the key); the live counts (overdue deadlines, plans, inspectors on duty) are at most
 * `seconds` old, like the page's own auto-refresh. 0 turns it off.
 */
export class StatisticsCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    private readonly seconds: number,
    private readonly maxEntries = 2_000,
  ) {}

  /** `compute`'s answer, or one computed for the same key less than `seconds` ago (a failed one is never kept). */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.seconds <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return (hit.value as Promise<T>).catch(() => compute());
    const value = compute();
    this.entries.delete(key); // re-inserted last: the map's order is the eviction order
    this.entries.set(key, { expires: now + this.seconds * 1000, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** DSR_STATISTICS_CACHE_SECONDS, default 30 (the dashboard refreshes itself every 60 s). */
export function statisticsCacheSecondsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.DSR_STATISTICS_CACHE_SECONDS ?? 30);
  return Number.isFinite(v) && v >= 0 ? v : 30;
}
