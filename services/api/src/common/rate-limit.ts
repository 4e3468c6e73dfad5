import { GraphQLError } from 'graphql';

/**
 * A per-user request budget per minute (fixed window, in this process: with N replicas a user
 * gets up to N times the budget, which still stops a runaway script).
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED (HTTP 429) when `key` has used its budget in the current minute. */
  take(key: string): void {
    const t = this.now();
    if (t - this.windowStart >= 60_000) {
      this.windowStart = t;
      this.counts.clear();
    }
    const used = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, used);
    if (used > this.perMinute) {
      const retry = Math.ceil((this.windowStart + 60_000 - t) / 1000);
      throw new GraphQLError(`请求过于频繁，请 ${retry} 秒后再试`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: retry,
          http: { status: 429, headers: new Map([['retry-after', String(retry)]]) },
        },
      });
    }
  }
}
