import { DEFAULT_JOB_SETTINGS, type JobSettings } from './modules/jobs/job-queue';

/** Configuration from the environment. Safe defaults exist for the embedded mode only. */
export interface AppConfig {
  port: number;
  /** Owner connection (migrations, seed). Absent: embedded PostgreSQL. */
  databaseUrl: string | null;
  /** The service's own login (non-owner). Absent with DATABASE_URL: connect with it and SET ROLE dsr_app. */
  databaseAppUrl: string | null;
  jwtSecret: string | null;
  /** A sign-in's session lifetime (DSR_SESSION_HOURS, default 10): the web's cookie token is renewed within it. */
  sessionSeconds: number;
  tokenTtlSeconds: number;
  loadDemoData: boolean | null;
  production: boolean;
  bodyLimit: string;
  rateLimitPerMinute: number;
  anonymousRateLimitPerMinute: number;
  maxCost: number;
  queryLimits: { depth: number; aliases: number; directives: number; tokens: number };
  /** Ed25519 private key for audit checkpoints (base64 seed or PKCS#8, or PEM); required with DATABASE_URL. */
  auditSigningKey: string | null;
  /** Seconds between checkpoint runs of the audit chains (a job schedule: rounded to whole minutes). */
  auditCheckpointSeconds: number;
  /** Whether this process runs background jobs and schedules (DSR_JOBS_IN_PROCESS=false: `pnpm worker` processes do). */
  runJobs: boolean;
  jobs: JobSettings;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`环境变量 ${name} 必须是正整数，当前为 "${raw}"`);
  return n;
}

export function loadConfig(): AppConfig {
  const demo = process.env.DSR_LOAD_DEMO_DATA;
  return {
    port: intFromEnv('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || null,
    databaseAppUrl: process.env.DATABASE_APP_URL || null,
    jwtSecret: process.env.DSR_JWT_SECRET || null,
    tokenTtlSeconds: intFromEnv('DSR_TOKEN_TTL_SECONDS', 3600),
    sessionSeconds: intFromEnv('DSR_SESSION_HOURS', 10) * 3600,
    loadDemoData: demo === undefined || demo === '' ? null : demo === 'true' || demo === '1',
    production: process.env.NODE_ENV === 'production',
    bodyLimit: process.env.DSR_BODY_LIMIT || '1mb',
    rateLimitPerMinute: intFromEnv('DSR_RATE_LIMIT_PER_MINUTE', 600),
    anonymousRateLimitPerMinute: intFromEnv('DSR_ANON_RATE_LIMIT_PER_MINUTE', 300),
    maxCost: intFromEnv('DSR_MAX_COST', 5000),
    queryLimits: {
      depth: intFromEnv('DSR_MAX_DEPTH', 10),
      aliases: intFromEnv('DSR_MAX_ALIASES', 30),
      directives: intFromEnv('DSR_MAX_DIRECTIVES', 20),
      tokens: intFromEnv('DSR_MAX_TOKENS', 3000),
    },
    auditSigningKey: process.env.DSR_AUDIT_SIGNING_KEY || null,
    auditCheckpointSeconds: intFromEnv('DSR_AUDIT_CHECKPOINT_SECONDS', 60),
    runJobs: !['false', '0'].includes(process.env.DSR_JOBS_IN_PROCESS ?? ''),
    jobs: jobSettingsFromEnv(),
  };
}

/** The job queue's settings (modules/jobs/job-queue.ts), each from its DSR_JOB_* variable or the default. */
function jobSettingsFromEnv(): JobSettings {
  const d = DEFAULT_JOB_SETTINGS;
  return {
    concurrency: intFromEnv('DSR_JOB_CONCURRENCY', d.concurrency),
    expireSeconds: intFromEnv('DSR_JOB_EXPIRE_SECONDS', d.expireSeconds),
    retryLimit: intFromEnv('DSR_JOB_RETRY_LIMIT', d.retryLimit),
    retryDelaySeconds: intFromEnv('DSR_JOB_RETRY_DELAY_SECONDS', d.retryDelaySeconds),
    pollSeconds: intFromEnv('DSR_JOB_POLL_SECONDS', d.pollSeconds),
    maintenanceSeconds: intFromEnv('DSR_JOB_MAINTENANCE_SECONDS', d.maintenanceSeconds),
    progressIntervalMs: intFromEnv('DSR_JOB_PROGRESS_MS', d.progressIntervalMs),
    cancelPollMs: intFromEnv('DSR_JOB_CANCEL_POLL_MS', d.cancelPollMs),
  };
}
