import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Asks, in the caller's transaction, for a run of a scheduled task (e.g. the publication clock) as
 * soon as that transaction commits, rather than at the task's next tick: a change that gives the
 * task work (a check ended, a penalty decided) shows its effect at once. Rolled back with the change.
 */
export type RunSoon = (em: EntityManager) => Promise<void>;

/** No early run: the task waits for its schedule (tests and tools without a job queue). */
export const AT_NEXT_TICK: RunSoon = () => Promise.resolve();
