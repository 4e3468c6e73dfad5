import { readdirSync } from 'node:fs';
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
/** Test files about the process itself (async_hooks left off): each in a fresh process, with the run's database. */
const OWN_PROCESS = ['test/async-context.test.ts'];
/** The files of test/web that start no browser (they check the build and the generated documents). */
const WEB_WITHOUT_BROWSER = [
  'bundle-budget.test.ts',
  'codegen.test.ts',
  'public-document-fields.test.ts',
  'record-input.test.ts',
  'draw-verifier.test.ts',
];
/** Files bound by wall-clock steps (a browser, a started server): they run after the rest, in a group of their own. */
const TIMED = [
  ...readdirSync(path.join(root, 'test/web'))
    .filter((f) => f.endsWith('.test.ts') && !WEB_WITHOUT_BROWSER.includes(f))
    .map((f) => `test/web/${f}`),
  'test/start-stop.test.ts',
];
/** The files that need the run's PostgreSQL get it from one global setup (test/support/global-setup.ts). */
const WITH_DATABASE = ['test/support/global-setup.ts'];

export default defineConfig({
  resolve: {
    alias: {
      graphql: graphqlMain,
      // The draw room's verifier (services/web/src/draw/verify) takes the engine by this name, as vite.config.ts maps it.
      '@dsr/domain/verify-draw': path.join(root, 'packages/domain/src/draw/verify-draw.ts'),
      // The public portal's labels (services/web/src/public) come from the masking table, as vite.config.ts maps it.
      '@dsr/domain/publication-fields': path.join(root, 'packages/domain/src/publication/masking-rules.ts'),
      '@dsr/domain/publication-kind-fields': path.join(root, 'packages/domain/src/publication/fields.ts'),
      '@dsr/domain': path.join(root, 'packages/domain/src/index.ts'),
      '@dsr/db': path.join(root, 'packages/db/src/index.ts'),
      // Test helpers from anywhere in the tree (tsconfig.base.json maps the same paths for tsc and editors).
      '#test': path.join(root, 'test'),
    },
  },
  test: {
    pool: 'forks',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          // Two files at a time (DSR_TEST_WORKERS sets it): each file has its own cloned database and app.
          maxWorkers: Number(process.env.DSR_TEST_WORKERS ?? 2),
          sequence: { groupOrder: 0 },
          globalSetup: WITH_DATABASE,
          include: ALL_TESTS,
          exclude: [...configDefaults.exclude, ...MOCKS_MODULES, ...OWN_PROCESS, ...TIMED],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // After the shared group, one file at a time (DSR_BROWSER_WORKERS sets it): two at a time took about a
          // seventh less on two cores, but each file's steps 1.8 × longer, and a 30-second wait ran out once.
          maxWorkers: Number(process.env.DSR_BROWSER_WORKERS ?? 1),
          sequence: { groupOrder: 1 },
          globalSetup: WITH_DATABASE,
          include: TIMED,
        },
      },
      // A file that mocks a module (vi.mock) needs its own module registry: without isolation the mock
      // would stay in the worker's cache for the files after it (node:crypto here). A file about the
      // process's own state needs a process nothing ran in before it.
      {
        extends: true,
        test: {
          name: 'isolated',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          globalSetup: WITH_DATABASE,
          include: [...MOCKS_MODULES, ...OWN_PROCESS],
          isolate: true,
        },
      },
    ],
  },
});
