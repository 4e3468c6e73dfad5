import 'reflect-metadata';
import { openOrm } from '@dsr/db';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { createServices, type Services } from './services';
import { limitHeapGrowth } from './common/heap-growth';
import { auditKeysFromPrivate, earlierKeysFromEnv } from './modules/audit/audit-keys';

const log = (m: string, e?: unknown) => console.error(`[worker] ${m}`, e ?? '');

export interface RunningWorker {
  services: Services;
  stop(): Promise<void>;
}

/**
 * `pnpm worker`: a process that runs background jobs and schedules only (no HTTP), for when the
 * API is scaled out (set DSR_JOBS_IN_PROCESS=false on the API processes). Same configuration as the
 * API: DATABASE_URL (+ DATABASE_APP_URL, DSR_JWT_SECRET, DSR_AUDIT_SIGNING_KEY), or, beside
 * `pnpm start`, its embedded PostgreSQL. It does not migrate: the API's start does.
 * `register` adds job kinds before the queue starts (the composition root registers the rest).
 */
export async function startWorker(register?: (services: Services) => void): Promise<RunningWorker> {
  const config = loadConfig();
  const db = await openDatabase(config, (m) => log(m), { attach: true });
  const connection = { clientUrl: db.appUrl ?? db.ownerUrl, actAsRole: db.appUrl ? undefined : 'dsr_app' };
  const orm = await openOrm({ ...connection, poolMax: config.jobs.concurrency * 2 + 2 });
  const services = createServices({
    jwtSecret: db.jwtSecret,
    tokenTtlSeconds: config.tokenTtlSeconds,
    auditKeys: auditKeysFromPrivate(db.auditSigningKey, earlierKeysFromEnv()),
    auditCheckpointSeconds: config.auditCheckpointSeconds,
    jobs: { connection, settings: config.jobs },
    log,
  });
  register?.(services);
  await services.jobQueue.start(orm, { work: true });
  log(`已启动：任务类别 ${services.jobKinds.registered().join('、')}`);
  return {
    services,
    async stop() {
      await services.jobQueue.stop();
      await orm.close(true);
      await db.embedded?.stop();
    },
  };
}

/** Runs until SIGINT/SIGTERM: running jobs roll back (they are retried), then the process exits. */
export async function runWorkerProcess(register?: (services: Services) => void): Promise<void> {
  limitHeapGrowth();
  const worker = await startWorker(register);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`收到 ${signal}，正在停止…`);
    worker.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log('停止失败', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  runWorkerProcess().catch((err: unknown) => {
    log('启动失败：', err);
    process.exit(1);
  });
}
