import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived signed download links (issue 10 §4): a browser link to a PDF, export, template or
 * error sheet works without an Authorization header, so it can be clicked, opened in a tab or
 * printed. The link carries no token: only who (user, session), until when, and an HMAC over
 * those and the exact path and query. The route then runs as that session, under its scope, as a
 * bearer request would — and a revoked session (logout) kills every link it signed.
 *
 * The HMAC key is derived from the service secret with HKDF under its own label, so a link
 * signature can never be replayed as a JWT and the other way round (or set DSR_URL_SIGNING_SECRET).
 *
 * Wire format (query parameters appended to the path and its own query):
 *   dl_uid=<user id>&dl_sid=<session id>&dl_exp=<unix seconds>&dl_sig=<base64url HMAC-SHA256>
 * The signed text is `v1 \n uid \n sid \n exp \n <path>?<other params sorted by name>`, so any
 * change to the path, a parameter, the user, the session or the expiry breaks it.
 */
export const SIGNED_PARAMS = ['dl_uid', 'dl_sid', 'dl_exp', 'dl_sig'] as const;

/** A few minutes: a link that leaks through history or a log is dead soon after. */
export const DEFAULT_LINK_TTL_SECONDS = 300;
const MAX_LINK_TTL_SECONDS = 900;

export interface LinkHolder {
  userId: string;
  sessionId: string;
}

export interface SignedLink {
  url: string;
  expiresAt: Date;
}

/** What a request's signature says: none given, a valid holder, or why it is refused. */
export type LinkCheck =
  | { kind: 'none' }
  | { kind: 'valid'; holder: LinkHolder }
  | { kind: 'refused'; status: 401 | 403; code: 'SIGNED_URL_EXPIRED' | 'SIGNED_URL_INVALID'; message: string };

const ID = /^[0-9a-f-]{36}$/i;

/**
 * `/a/b?x=1&y=2` → the path (as sent, percent-encoded) and the params other than dl_*, sorted by name.
 * `exact` is false when URL parsing changed the path (dot segments, backslashes): the router would
 * see another path than the one signed, so such a link is never valid.
 */
function canonical(pathAndQuery: string): { text: string; params: URLSearchParams; exact: boolean } {
  const u = new URL(pathAndQuery, 'http://link.invalid');
  const exact = pathAndQuery.split(/[?#]/, 1)[0] === u.pathname;
  const params = new URLSearchParams(u.search);
  const rest = new URLSearchParams([...params].filter(([k]) => !(SIGNED_PARAMS as readonly string[]).includes(k)));
  rest.sort();
  const q = rest.toString();
  return { text: q ? `${u.pathname}?${q}` : u.pathname, params, exact };
}

export class UrlSigner {
  private readonly key: Buffer;
  readonly ttlSeconds: number;

  /** `secret`: DSR_URL_SIGNING_SECRET when set, else the token secret (HKDF with its own label keeps the keys apart). */
  constructor(secret: string, ttlSeconds = DEFAULT_LINK_TTL_SECONDS) {
    if (Buffer.byteLength(secret) < 32) throw new Error('签名链接密钥至少需要 32 字节');
    this.key = Buffer.from(
      hkdfSync(
        'sha256',
        Buffer.from(secret, 'utf8'),
        Buffer.from('dsr-platform'),
        Buffer.from('signed download url v1'),
        32,
      ),
    );
    this.ttlSeconds = Math.min(Math.max(1, Math.floor(ttlSeconds)), MAX_LINK_TTL_SECONDS);
  }

  private mac(holder: LinkHolder, exp: number, text: string): Buffer {
    return createHmac('sha256', this.key).update(`v1\n${holder.userId}\n${holder.sessionId}\n${exp}\n${text}`).digest();
  }

  /** `pathAndQuery` as the route sees it (`/export/targets.xlsx?status=ACTIVE`); any dl_* in it are replaced. */
  sign(pathAndQuery: string, holder: LinkHolder, now = new Date()): SignedLink {
    if (!pathAndQuery.startsWith('/') || pathAndQuery.startsWith('//'))
      throw new Error('signed links are for paths of this service');
    const exp = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    const { text, exact } = canonical(pathAndQuery);
    if (!exact) throw new Error('signed links are for plain paths (no dot segments)');
    const sig = this.mac(holder, exp, text).toString('base64url');
    const extra = new URLSearchParams({
      dl_uid: holder.userId,
      dl_sid: holder.sessionId,
      dl_exp: String(exp),
      dl_sig: sig,
    });
    return { url: `${text}${text.includes('?') ? '&' : '?'}${extra.toString()}`, expiresAt: new Date(exp * 1000) };
  }

  /** Checks the signature of a request URL (Express `req.originalUrl`) before anything else is done with it. */
  verify(originalUrl: string, now = new Date()): LinkCheck {
    const { text, params, exact } = canonical(originalUrl);
    if (!SIGNED_PARAMS.some((k) => params.has(k))) return { kind: 'none' };
    const invalid: LinkCheck = {
      kind: 'refused',
      status: 403,
      code: 'SIGNED_URL_INVALID',
      message: '下载链接无效，请重新获取',
    };
    if (!exact) return invalid;
    const [uid, sid, expRaw, sig] = SIGNED_PARAMS.map((k) => params.getAll(k));
    if ([uid, sid, expRaw, sig].some((v) => v.length !== 1)) return invalid;
    const holder = { userId: uid[0], sessionId: sid[0] };
    const exp = Number(expRaw[0]);
    if (!ID.test(holder.userId) || !ID.test(holder.sessionId) || !Number.isSafeInteger(exp)) return invalid;
    const given = Buffer.from(sig[0], 'base64url');
    const expected = this.mac(holder, exp, text);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
    // Checked after the MAC, so the answer says nothing about unsigned guesses.
    if (exp * 1000 <= now.getTime())
      return { kind: 'refused', status: 401, code: 'SIGNED_URL_EXPIRED', message: '下载链接已过期，请重新获取' };
    return { kind: 'valid', holder };
  }
}
