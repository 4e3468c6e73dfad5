import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import { AuthSession, User } from '@dsr/db';
import { checkPasswordStrength } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { enterSessionScope, setScope } from '../../scope-session';
import { unauthenticated } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { clearPair, lockedSeconds, passwordChangeKeys, recordFailure, throttled, throttleKeys } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import type { TokenService } from './token.service';
import { loginLookup } from './org.queries';

const WRONG_CREDENTIALS = '用户名或密码错误';

/** A working day: how long a web session lasts at most, its cookie's token renewed while in use. */
export const DEFAULT_SESSION_SECONDS = 10 * 3600;

/** Sign-in, sign-out and one's own password. */
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    /** The session row's lifetime (bounds every renewed token); at least the token's own. */
    private readonly sessionSeconds = DEFAULT_SESSION_SECONDS,
  ) {}

  async login(ctx: RequestContext, username: string, password: string) {
    const keys = throttleKeys(username, ctx.clientIp);
    const wait = await lockedSeconds(ctx.em, [keys.pair, keys.address]);
    if (wait > 0) throw throttled(wait);
    const row = await loginLookup(ctx, username);
    const ok = (await verifyPassword(row?.password_hash ?? null, password)) && !!row?.active;
    if (!row || !ok) {
      await recordFailure(ctx.em, keys);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    // From here the caller is known: act in their scope so row-level security admits the writes.
    await setScope(ctx.em, { scopePath: row.scope_path, bureauId: row.bureau_id, tenantId: row.tenant_id });
    const sessionId = uuidv7();
    const now = new Date();
    const { token, expiresAt } = await this.tokens.sign({ userId: row.user_id, sessionId }, now);
    const session = ctx.em.create(AuthSession, {
      id: sessionId,
      tenantId: row.tenant_id,
      bureauId: row.bureau_id,
      scopePath: row.scope_path,
      userId: row.user_id,
      createdAt: now,
      expiresAt: new Date(Math.max(expiresAt.getTime(), now.getTime() + this.sessionSeconds * 1000)),
      revokedAt: null,
      clientIp: ctx.clientIp,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    });
    await ctx.em.persist(session).flush();
    await clearPair(ctx.em, keys.pair);
    ctx.principal = await enterSessionScope(ctx.em, sessionId);
    await recordAudit(ctx, {
      operation: 'LOGIN',
      objectType: 'AuthSession',
      objectId: sessionId,
      after: { userId: row.user_id, clientIp: ctx.clientIp },
    });
    // The web's session: the same token in an httpOnly cookie (bearer clients read `token` and ignore it).
    ctx.sessionCookie?.set(token, this.tokens.ttlSeconds);
    return { token, expiresAt, viewer: await this.viewer(ctx) };
  }

  async viewer(ctx: RequestContext) {
    const p = ctx.principal;
    if (!p) throw unauthenticated();
    const user = await ctx.loaders.user.load(p.userId);
    if (!user) throw unauthenticated();
    return { user, sessionId: p.sessionId };
  }

  async logout(ctx: RequestContext): Promise<void> {
    const p = signedIn(ctx);
    const session = await ctx.em.findOneOrFail(AuthSession, { id: p.sessionId });
    session.revokedAt = new Date();
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'LOGOUT', objectType: 'AuthSession', objectId: p.sessionId });
    ctx.sessionCookie?.clear();
  }

  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    const p = signedIn(ctx);
    // Guessing the current password from a session left open is throttled as sign-in is (else 600 guesses a minute).
    const keys = passwordChangeKeys(p.userId, ctx.clientIp);
    const wait = await lockedSeconds(ctx.em, [keys.pair, keys.address]);
    if (wait > 0) throw throttled(wait, '当前密码输入错误');
    const user = await ctx.em.findOneOrFail(User, { id: p.userId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await recordFailure(ctx.em, keys);
      throw new GraphQLError('当前密码不正确', { extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    }
    await clearPair(ctx.em, keys.pair);
    checkPasswordStrength(newPassword, user.username, 'newPassword');
    if (await verifyPassword(user.passwordHash, newPassword)) {
      throw new GraphQLError('新密码不能与当前密码相同', {
        extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
      });
    }
    user.passwordHash = await hashPassword(newPassword);
    user.passwordChangedAt = new Date();
    await ctx.em.flush();
    // Other sign-ins of this user end: whoever knew the old password is out.
    await ctx.em.nativeUpdate(
      AuthSession,
      { userId: user.id, revokedAt: null, id: { $ne: p.sessionId } },
      { revokedAt: new Date() },
    );
    await recordAudit(ctx, { operation: 'CHANGE_PASSWORD', objectType: 'User', objectId: user.id });
  }
}
