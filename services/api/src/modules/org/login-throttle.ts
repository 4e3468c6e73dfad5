import type { EntityManager } from '@mikro-orm/postgresql';

/** Failed sign-ins before a lock: per account (whatever name was typed) and per address. */
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  accountLimit: 5,
  addressLimit: 30,
};

export function throttleKeys(username: string, clientIp: string): { account: string; address: string } {
  return { account: `user:${username.toLowerCase()}`, address: `ip:${clientIp}` };
}

/** Minutes until the first of these keys is unlocked, or 0 when none is locked. */
export async function lockedMinutes(em: EntityManager, keys: string[]): Promise<number> {
  const rows = await em.execute<{ minutes: number }[]>(
    `select ceil(extract(epoch from max(locked_until) - now()) / 60)::int as minutes
     from login_throttle where key in (${keys.map(() => '?').join(', ')}) and locked_until > now()`,
    keys,
  );
  return rows[0]?.minutes ?? 0;
}

/** Counts a failure in its own transaction: it must stay even though the sign-in fails. */
export async function recordFailure(em: EntityManager, key: string, limit: number): Promise<void> {
  await em.fork().transactional((tx) =>
    tx.execute(
      `insert into login_throttle as t (key, failures, window_started_at) values (?, 1, now())
       on conflict (key) do update set
         failures = case when t.window_started_at < now() - make_interval(mins => ?) then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at < now() - make_interval(mins => ?) then now() else t.window_started_at end,
         locked_until = case when (case when t.window_started_at < now() - make_interval(mins => ?) then 1 else t.failures + 1 end) >= ?
                        then now() + make_interval(mins => ?) else t.locked_until end`,
      [key, THROTTLE.windowMinutes, THROTTLE.windowMinutes, THROTTLE.windowMinutes, limit, THROTTLE.lockMinutes],
    ),
  );
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearAccount(em: EntityManager, key: string): Promise<void> {
  await em.execute(`update login_throttle set failures = 0, locked_until = null where key = ?`, [key]);
}
