import { describe, expect, it } from 'vitest';
import { addressKey, RateLimiter } from './rate-limit';

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

  it('counts an IPv6 client by its /64 (one line holds them all), IPv4 and IPv4-mapped addresses as they are', () => {
    expect(addressKey('2001:db8:1:2::a')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:db8:1:3::a')).not.toBe(addressKey('2001:db8:1:2::a'));
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });
});
