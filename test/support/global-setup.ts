import type { TestProject } from 'vitest/node';
import { migrate, removeInstance, seedDemoData, startEmbeddedPostgres } from '@dsr/db';

export interface TestDatabaseInfo {
  superUrl: string;
  /** The migrated, seeded template database every test file clones. */
  templateDatabase: string;
  port: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pg: TestDatabaseInfo;
  }
}

interface SharedDatabase {
  info: TestDatabaseInfo;
  users: number;
  stop: () => Promise<void>;
}

/** Kept on globalThis: vitest may load this file once per project, and the projects share one database. */
const holder = globalThis as { dsrTestDatabase?: Promise<SharedDatabase> };

async function startDatabase(): Promise<SharedDatabase> {
  const instance = `test-${process.pid}`;
  const pg = await startEmbeddedPostgres({ instance, log: () => undefined });
  const stop = async () => {
    await pg.stop();
    removeInstance(pg.layout, instance);
  };
  try {
    await migrate(pg.ownerUrl);
    await seedDemoData(pg.ownerUrl);
  } catch (err) {
    await stop();
    throw err;
  }
  return { info: { superUrl: pg.superUrl, templateDatabase: 'dsr', port: pg.port }, users: 0, stop };
}

/**
 * One PostgreSQL for the run, whichever projects use it: migrations applied and the demo seed loaded
 * once, into the template. The last project to finish stops it.
 */
export default async function setup(project: TestProject) {
  holder.dsrTestDatabase ??= startDatabase();
  const shared = await holder.dsrTestDatabase;
  shared.users += 1;
  project.provide('pg', shared.info);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder.dsrTestDatabase = undefined;
    await shared.stop();
  };
}
