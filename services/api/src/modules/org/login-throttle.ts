import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../../common/bound-sql';
import { inOwnTransaction } from '../../common/own-transaction';
import { addressKey } from '../../common/rate-limit';

/**
 * Failed sign-ins. Per (account, address) pair with exponential back-off: someone guessing a
 * password from elsewhere cannot lock the owner out from the owner's address. Per address: one
 * address cannot try many accounts. The table is only reachable through the SECURITY DEFINER
 * functions of migration 0016.
 */
export const THROTTLE = {
  /** Failures of a pair before it waits 1, 2, 4 … minutes. */
  pairFree: 4,
  pairCapMinutes: 60,
  addressLimit: 30,
  addressWindowMinutes: 15,
  addressLockMinutes: 15,
};

export function throttleKeys(username: string, clientIp: string): { pair: string; address: string } {
  const address = addressKey(clientIp); // an IPv6 /64 is one address here
  return { pair: `pair:${username.toLowerCase()}|${address}`, address: `ip:${address}` };
}

/** Seconds until none of these keys is locked (0: none is). */
export async function lockedSeconds(em: EntityManager, keys: string[]): Promise<number> {
  // knex spreads an array binding into a list: one placeholder per key inside array[…].
  const rows = await queryBound<{ seconds: number }>(
    em,
    `select app_private.login_throttle_wait(array[${keys.map(() => '?').join(', ')}]::text[]) as seconds`,
    keys,
  );
  return rows[0]?.seconds ?? 0;
}

/**
 * A password change's keys: the user (whichever address the guesses come from, and apart from sign-in's pairs:
 * a session that guesses its user's password does not lock its sign-in), and the address apart from sign-in's.
 */
export function passwordChangeKeys(userId: string, clientIp: string): { pair: string; address: string } {
  return { pair: `password-change:${userId}`, address: `password-change-ip:${addressKey(clientIp)}` };
}

/** HTTP 429 with Retry-After (seconds) and the wait in minutes in the message (`what` failed too often). */
export function throttled(seconds: number, what = '登录失败'): GraphQLError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new GraphQLError(`${what}次数过多，请 ${minutes} 分钟后再试`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

/** Counts a failure in its own transaction: it must stay even though the sign-in fails. */
export async function recordFailure(em: EntityManager, keys: { pair: string; address: string }): Promise<void> {
  await inOwnTransaction(em, (tx) =>
    queryBound(tx, 'select app_private.login_throttle_fail(?, ?, ?, ?, ?, ?, ?)', [
      keys.pair,
      keys.address,
      THROTTLE.pairFree,
      THROTTLE.pairCapMinutes,
      THROTTLE.addressLimit,
      THROTTLE.addressWindowMinutes,
      THROTTLE.addressLockMinutes,
    ]),
  );
}

/** A successful sign-in clears the pair's count (the address keeps its own). */
export async function clearPair(em: EntityManager, key: string): Promise<void> {
  await queryBound(em, 'select app_private.login_throttle_clear(?)', [key]);
}
