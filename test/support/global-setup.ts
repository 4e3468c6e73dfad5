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

/** One PostgreSQL for the run: migrations applied and the demo seed loaded once, into the template. */
export default async function setup(project: TestProject) {
  const instance = `test-${process.pid}`;
  const pg = await startEmbeddedPostgres({ instance, log: () => undefined });
  try {
    await migrate(pg.ownerUrl);
    await seedDemoData(pg.ownerUrl);
  } catch (err) {
    await pg.stop();
    removeInstance(pg.layout, instance);
    throw err;
  }
  project.provide('pg', { superUrl: pg.superUrl, templateDatabase: 'dsr', port: pg.port });
  return async () => {
    await pg.stop();
    removeInstance(pg.layout, instance);
  };
}
