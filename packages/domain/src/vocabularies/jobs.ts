/**
 * The words of background jobs (issue 12 §3), defined once: the entity type, the GraphQL enums
 * and the migration's check constraints come from these lists (order included).
 */

/** Queued, running, then one of the three ends. A job in an end state never changes again. */
export const JOB_STATES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** The states a job does not leave. */
export const FINISHED_JOB_STATES: readonly JobState[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/**
 * What a job does. Each kind is one queue of the job library (created by the migrate step); a new
 * kind is a new entry here and a migration that widens job_kind_check.
 */
export const JOB_KINDS = [
  'AUDIT_VERIFICATION',
  'TARGET_IMPORT',
  'INSPECTOR_IMPORT',
  'ITEM_IMPORT',
  'RETENTION_EXPORT',
  'TARGET_EXPORT',
  'SUPERVISION_REPORT',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Periodic work without a starting user (no job row; the queue library keeps its runs). */
export const SCHEDULED_TASKS = ['AUDIT_CHECKPOINT', 'PUBLICATION_CLOCK', 'STATISTICS_REFRESH'] as const;
export type ScheduledTask = (typeof SCHEDULED_TASKS)[number];
