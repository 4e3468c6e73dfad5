import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
// Our sources must load the same graphql module as type-graphql and graphql-shield (CommonJS):
// vite would otherwise pick graphql's .mjs build, and two graphql realms cannot share a schema.
const graphqlMain = createRequire(path.join(root, 'services/api/package.json')).resolve('graphql');

const ALL_TESTS = ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'test/**/*.test.ts'];
/** Test files that replace modules with vi.mock: each runs isolated. */
const MOCKS_MODULES = ['test/web/draw-verifier.test.ts'];

export default defineConfig({
  resolve: {
    alias: {
      graphql: graphqlMain,
      // The draw room's verifier (services/web/src/draw/verify) takes the engine by this name, as vite.config.ts maps it.
      '@dsr/domain/verify-draw': path.join(root, 'packages/domain/src/draw/verify-draw.ts'),
      '@dsr/domain': path.join(root, 'packages/domain/src/index.ts'),
      '@dsr/db': path.join(root, 'packages/db/src/index.ts'),
      // Test helpers from anywhere in the tree (tsconfig.base.json maps the same paths for tsc and editors).
      '#test': path.join(root, 'test'),
    },
  },
  test: {
    pool: 'forks',
    // One file at a time (DSR_TEST_WORKERS=2 runs two: faster on an idle machine, but two browsers and
    // two apps on two cores made timing-bound steps flaky in a fresh clone).
    maxWorkers: Number(process.env.DSR_TEST_WORKERS ?? 1),
    // A worker keeps its loaded modules from file to file (the server, MikroORM, Apollo, exceljs are
    // evaluated once per worker, not once per file: this was a third of the run). Every file still gets its
    // own database and app; a file that changes process-wide state (env, fake timers) restores it.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          // One embedded PostgreSQL per run (only here: a second project's setup would start and stop its own).
          // Each test file gets its own database cloned from a template.
          globalSetup: ['test/support/global-setup.ts'],
          include: ALL_TESTS,
          exclude: [...configDefaults.exclude, ...MOCKS_MODULES],
        },
      },
      // A file that mocks a module (vi.mock) needs its own module registry: without isolation the mock
      // would stay in the worker's cache for the files after it (node:crypto here). No database needed.
      { extends: true, test: { name: 'isolated', include: MOCKS_MODULES, isolate: true } },
    ],
  },
});
