import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from './token.service';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const CLAIMS = { userId: 'u-1', sessionId: '01900000-0000-7000-8000-000000000001' };

describe('TokenService: remembered verifications', () => {
  afterEach(() => vi.useRealTimers());

  it('still refuses a remembered token once its exp has passed', async () => {
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.sign(CLAIMS);
    expect(await tokens.verify(token)).toEqual(CLAIMS);
    expect(await tokens.verify(token)).toEqual(CLAIMS); // remembered
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('remembers only the exact string verified: a token with another signature is refused', async () => {
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.sign(CLAIMS);
    expect(await tokens.verify(token)).toEqual(CLAIMS);
    const [head, body, sig] = token.split('.');
    const flipped = `${sig![0] === 'A' ? 'B' : 'A'}${sig!.slice(1)}`;
    expect(await tokens.verify(`${head}.${body}.${flipped}`)).toBeNull();
    const other = await new TokenService(`${SECRET}-other`, 60).sign(CLAIMS);
    expect(await tokens.verify(other.token)).toBeNull();
  });

  it('does not share what one secret verified with another', async () => {
    const a = new TokenService(SECRET, 60);
    const b = new TokenService(`${SECRET}-b`, 60);
    const { token } = await a.sign(CLAIMS);
    expect(await a.verify(token)).toEqual(CLAIMS);
    expect(await b.verify(token)).toBeNull();
  });
});
