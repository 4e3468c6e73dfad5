import { isIPv6 } from 'node:net';
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

/**
 * The part of a client address one client controls, for per-address budgets and sign-in locks: IPv4 as it is
 * (and an IPv4-mapped IPv6 address as its IPv4), IPv6 by its /64 — one line or host is handed a whole /64, so a
 * budget per full IPv6 address would be 2^64 budgets. Sessions and the audit keep the full address.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().replace(/%.*$/, '').split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
