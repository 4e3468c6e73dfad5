import 'reflect-metadata';
import { InstanceBusyError, migrate, openOrm, seedDemoData, seedDemoDirectories } from '@dsr/db';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { createServer } from './server';
import { limitHeapGrowth } from './common/heap-growth';
import { auditKeysFromPrivate, earlierKeysFromEnv } from './modules/audit/audit-keys';

const log = (m: string) => console.log(`[dsr] ${m}`);

/** Demo data: always in embedded mode, never against an external database unless asked. */
async function loadDemoData(config: ReturnType<typeof loadConfig>, ownerUrl: string): Promise<void> {
  if (!(config.loadDemoData ?? !config.databaseUrl)) return;
  const { seeded } = await seedDemoData(ownerUrl);
  if (!seeded) return;
  const loaded = await seedDemoDirectories(ownerUrl);
  log(
    `演示数据已载入（账号见 README；叶县名录：${loaded.targets} 个检查对象、${loaded.inspectors} 名检查人员；` +
      `各市执法部门 ${loaded.cityInspectors} 名检查人员）`,
  );
}

/** The signal handler: stops each part in turn (a failure is logged, the next still stops), then PostgreSQL; once. */
function stopsOnce(parts: (() => Promise<unknown>)[], stopDatabase: () => Promise<unknown>) {
  let shuttingDown = false;
  return async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`收到 ${signal}，正在停止…`);
    for (const stop of parts) await stop().catch((e: unknown) => console.error(e));
    await stopDatabase();
    log('已停止');
    process.exit(0);
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  limitHeapGrowth();
  const config = loadConfig();
  const db = await openDatabase(config, log);
  const stopDatabase = async () => db.embedded?.stop();
  try {
    await migrate(db.ownerUrl);
    await loadDemoData(config, db.ownerUrl);
    const connection = { clientUrl: db.appUrl ?? db.ownerUrl, actAsRole: db.appUrl ? undefined : 'dsr_app' };
    const orm = await openOrm(connection);
    const auditKeys = auditKeysFromPrivate(db.auditSigningKey, earlierKeysFromEnv());
    const server = await createServer({
      orm,
      jwtSecret: db.jwtSecret,
      tokenTtlSeconds: config.tokenTtlSeconds,
      sessionSeconds: config.sessionSeconds,
      production: config.production,
      bodyLimit: config.bodyLimit,
      rateLimitPerMinute: config.rateLimitPerMinute,
      anonymousRateLimitPerMinute: config.anonymousRateLimitPerMinute,
      maxComplexity: config.maxCost,
      queryLimits: config.queryLimits,
      auditKeys,
      auditCheckpointSeconds: config.auditCheckpointSeconds,
      // Jobs and schedules (audit checkpoints among them) run here unless `pnpm worker` processes run them.
      jobs: { run: config.runJobs, connection, settings: config.jobs },
    });
    const audit = server.services.auditCheckpoints;
    log(config.runJobs ? '后台任务在本进程执行' : '后台任务由 pnpm worker 进程执行（DSR_JOBS_IN_PROCESS=false）');
    log(`审计链检查点：密钥 ${auditKeys.keyId}（公钥 ${audit.publicKey().publicKey}），文件 ${audit.file.file}`);
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.httpServer.listen(config.port, resolve);
    });
    log(
      `GraphQL 接口已就绪：http://localhost:${config.port}/graphql （启动用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
    );
    log(`工作台：http://localhost:${config.port}/`);

    const shutdown = stopsOnce([() => server.stop(), () => orm.close(true)], stopDatabase);
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (err) {
    await stopDatabase();
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof InstanceBusyError) {
    console.error(`[dsr] ${err.message}`);
  } else if ((err as { code?: string }).code === 'EADDRINUSE') {
    console.error(`[dsr] 端口已被占用：另一个服务正在使用它。可用 PORT 环境变量换一个端口。`);
  } else {
    console.error('[dsr] 启动失败：', err);
  }
  process.exit(1);
});
