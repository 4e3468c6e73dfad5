import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';

const ISSUER = 'dsr-platform';
const ALGORITHM = 'HS256';

export interface TokenClaims {
  userId: string;
  sessionId: string;
}

export interface Verified {
  claims: TokenClaims;
  /** The token's `exp`, seconds since the epoch. */
  exp: number;
}

/**
 * Signs and checks access tokens (HS256). The key is imported once: jose re-imports raw bytes
 * on every call otherwise (≈0.1 ms per request, ARCHITECTURE.md). A token that passed the check
 * is remembered until its `exp` (jose's WebCrypto HMAC was the largest single cost of a read):
 * only the exact string that was verified hits, and revocation is still decided by the session
 * row on every request, so this skips no check that can change.
 */
export class TokenService {
  private readonly key: KeyObject;
  private readonly verified = new LRUCache<string, Verified>({ max: 10_000 });

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    if (Buffer.byteLength(secret) < 32) throw new Error('DSR_JWT_SECRET 至少需要 32 字节');
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async sign(claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((iat + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token, or null for an expired, malformed or forged one, or one that never expires. */
  async verify(token: string): Promise<TokenClaims | null> {
    return (await this.check(token))?.claims ?? null;
  }

  /** `verify` with the token's `exp` (seconds since the epoch): the cookie session renews a token past half its life. */
  async check(token: string): Promise<Verified | null> {
    const known = this.verified.get(token);
    // jose's rule: expired once `exp` <= now in whole seconds (no clock tolerance).
    if (known && known.exp > Math.floor(Date.now() / 1000)) return known;
    if (known) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: [ALGORITHM],
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const sid = payload.sid;
      if (typeof payload.sub !== 'string' || typeof sid !== 'string' || !/^[0-9a-f-]{36}$/i.test(sid)) return null;
      const verified = { claims: Object.freeze({ userId: payload.sub, sessionId: sid }), exp: payload.exp as number };
      this.verified.set(token, verified);
      return verified;
    } catch (err) {
      if (err instanceof joseErrors.JOSEError) return null;
      throw err;
    }
  }
}
