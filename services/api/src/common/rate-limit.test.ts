import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('per-user rate limit', () => {
  it('refuses the request over the budget with RATE_LIMITED and lets it through in the next minute', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, () => now);
    for (let i = 0; i < 3; i++) limiter.take('u1');
    expect(() => limiter.take('u1')).toThrow(/请求过于频繁/);
    limiter.take('u2'); // another user has their own budget
    now += 60_000;
    expect(() => limiter.take('u1')).not.toThrow();
  });
});
