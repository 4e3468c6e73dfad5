import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * R23 (issue 5, "Direct checks"): the targets of `bureauIds` (a task's own bureau and, R41, those below it it covers) under a direct check whose window
 * overlaps [windowStart, windowEnd]. The draw's snapshot builder is meant to call this and exclude
 * them from a round of that window, with the reason "正在接受直接检查（R23）". One indexed query.
 */
export async function targetsUnderDirectCheck(em: EntityManager, bureauIds: readonly string[], windowStart: string, windowEnd: string): Promise<Set<string>> {
  const rows = await em.execute<{ target_id: string }[]>(
    `select distinct i.target_id from inspection i
      where i.bureau_id = any(?::uuid[]) and i.kind = 'DIRECT' and i.window_start <= ?::date and i.window_end >= ?::date`,
    [`{${bureauIds.join(',')}}`, windowEnd, windowStart],
  );
  return new Set(rows.map((r) => r.target_id));
}
