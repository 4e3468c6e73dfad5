import 'reflect-metadata';
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { buildAppSchema } from './schema';
import type { RequestContext } from './context';
import { createServices, resolverInstances, type Services } from './services';
import { ResolverContainer } from './resolver-container';
import { formatError } from './common/errors';
import { trustProxySetting } from './common/edge/trust-proxy';
import { openRequestContext, type ScopeDeps } from './request-scope';
import { commitOrmTransactionInBackground } from './common/request-transaction';
import { complexityPlugin } from './common/complexity';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule, type QueryLimits } from './common/edge/query-limits';
import { securityHeaders } from './common/edge/security-headers';
import { inputTextPlugin } from './common/edge/input-text-plugin';
import { noStorePlugins } from './common/edge/no-store';
import { RateLimiter } from './common/rate-limit';
import { mountGraphiql } from './graphiql';
import { mountRestRoutes } from './rest-routes';
import { mountWebApp, WEB_DIST } from './web-app';
import { purgeExpiredErrorSheets } from './modules/import-sheets/error-sheet-store';
import { dropExpiredJobFiles } from './modules/jobs/job-files.queries';
import type { EvidenceStore } from './common/evidence-store';
import type { AuditKeys } from './modules/audit/audit-keys';
import type { JobSettings } from './modules/jobs/job-queue';
import { mountPublic } from './modules/public/public.server';
import { appealIntake } from './modules/appeal/appeal-intake';
import { storePublishedRecord, type PublishedRecordBytes } from './modules/publication/published-record.queries';

export interface ServerOptions {
  orm: MikroORM;
  jwtSecret: string;
  tokenTtlSeconds?: number;
  /** A sign-in's session lifetime in seconds (default 10 hours, a working day). */
  sessionSeconds?: number;
  production?: boolean;
  bodyLimit?: string;
  maxDepth?: number;
  maxComplexity?: number;
  /** Shape limits (depth, aliases, directives, tokens); maxDepth above wins for depth. */
  queryLimits?: Partial<QueryLimits>;
  /** Requests per user per minute (default 600). */
  rateLimitPerMinute?: number;
  /** Requests without a token (sign-in included) per client address per minute (default 300). */
  anonymousRateLimitPerMinute?: number;
  /** Requests to /public (the anonymous portal) per client address per minute (default 120). */
  publicRateLimitPerMinute?: number;
  log?: (message: string, err?: unknown) => void;
  /** Where evidence bytes go (default: the local disk under DSR_EVIDENCE_DIR). */
  evidenceStore?: EvidenceStore;
  /** The audit checkpoint key (main.ts: environment or the data folder); absent, a key for this process only. */
  auditKeys?: AuditKeys;
  /** The append-only checkpoint file (default: beside the evidence store). */
  auditCheckpointFile?: string;
  /** Seconds between audit checkpoints (a job schedule). */
  auditCheckpointSeconds?: number;
  /**
   * Background jobs: `run` makes this process run jobs and schedules (main.ts: DSR_JOBS_IN_PROCESS;
   * tests: only those about jobs). The connection defaults to the ORM's (the service role).
   */
  jobs?: { run?: boolean; connection?: { clientUrl: string; actAsRole?: string }; settings?: Partial<JobSettings> };
  /** The built web workbench served at / (default services/web/dist; null: none). */
  webDist?: string | null;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  services: Services;
  schema: GraphQLSchema;
  /** Settled once the work this process started after its answers (draw records encoded and stored) is done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The work a request left for after its commit (afterCommit): a failure there is logged, the answer stands. */
function runCommitted(ctx: RequestContext, log: NonNullable<ServerOptions['log']>): void {
  for (const fn of ctx.committed ?? []) {
    try {
      fn();
    } catch (err) {
      log('work after commit failed', err);
    }
  }
}

/**
 * One request, one transaction: begun when the context is made (with the scope set for
 * row-level security), committed when the response is sent — a query's commit without making the
 * answer wait for it — and rolled back when a mutation fails.
 * A mutation that succeeds without an audit entry is refused: every change is audited.
 */
function transactionPlugin(log: NonNullable<ServerOptions['log']>): ApolloServerPlugin<RequestContext> {
  const listener: GraphQLRequestListener<RequestContext> = {
    async willSendResponse({ contextValue: ctx, response, operation }) {
      const em = ctx.em;
      if (!em.isInTransaction()) return;
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      const failed = !!body?.errors?.length;
      const isMutation = operation?.operation === OperationTypeNode.MUTATION;
      try {
        if (isMutation && !failed && ctx.auditEntries === 0) {
          log('mutation finished without an audit entry: rolled back');
          await em.rollback();
          if (body) {
            body.data = null;
            body.errors = [
              { message: '服务器内部错误，请稍后重试或联系管理员', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ];
          }
        } else if (isMutation && failed) {
          await em.rollback();
          body.data = null; // nothing was written: show no half result
        } else if (!isMutation && ctx.auditEntries === 0) {
          commitOrmTransactionInBackground(em, log); // wrote nothing (every change is audited): the answer need not wait
        } else {
          await em.commit();
          runCommitted(ctx, log);
        }
      } catch (err) {
        log('transaction end failed', err);
        if (em.isInTransaction()) await em.rollback().catch(() => undefined);
        if (body) {
          body.data = null;
          body.errors = [
            { message: '服务器内部错误，请稍后重试或联系管理员', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ];
        }
      }
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/** The Apollo server: limits on the query's shape and cost, input checks, one transaction per request. */
function createApollo(
  schema: GraphQLSchema,
  httpServer: http.Server,
  opts: ServerOptions,
  log: NonNullable<ServerOptions['log']>,
): ApolloServer<RequestContext> {
  const limits: QueryLimits = {
    ...DEFAULT_QUERY_LIMITS,
    ...opts.queryLimits,
    ...(opts.maxDepth ? { depth: opts.maxDepth } : {}),
  };
  return new ApolloServer<RequestContext>({
    schema,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown: API, pool, then PostgreSQL
    validationRules: [queryLimitsRule(limits)],
    parseOptions: { maxLexicalTokens: limits.tokens },
    formatError: (formatted, error) => formatError(formatted, error, (e) => log('unexpected error', e)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noStorePlugins(),
      complexityPlugin(schema, opts.maxComplexity ?? 5000),
      inputTextPlugin(schema),
      transactionPlugin(log),
    ],
  });
}

/** POST /graphql through Apollo, with the request's scope and transaction. */
function mountGraphql(
  app: express.Express,
  apollo: ApolloServer<RequestContext>,
  scope: ScopeDeps & { anonymousLimiter: RateLimiter },
  bodyLimit: string,
  log: NonNullable<ServerOptions['log']>,
): void {
  const graphqlHandler = expressMiddleware(apollo, {
    context: ({ req, res }) => openRequestContext(scope, req, res),
  });
  app.use('/graphql', express.json({ limit: bodyLimit }), async (req: Request, res: Response, next: NextFunction) => {
    try {
      await graphqlHandler(req, res, next);
    } finally {
      // Safety net: once Apollo is done with the request, no transaction of it stays open
      // (the plugin commits or rolls back; this catches any path that skipped it).
      const em = res.locals.em as EntityManager | undefined;
      if (em?.isInTransaction()) await em.rollback().catch((e: unknown) => log('rollback after request failed', e));
    }
  });
}

/**
 * What no route answers (PUT /evidence/…, a typo in a download path): 404 with a code and a Chinese message,
 * as every other refusal, instead of Express's English HTML page "Cannot PUT /…".
 */
function answerUnknownPaths(app: express.Express): void {
  app.use((req: Request, res: Response) => {
    res.status(404).json({
      errors: [{ message: `地址不存在，或不支持 ${req.method} 请求`, extensions: { code: 'NOT_FOUND' } }],
    });
  });
}

/** Bodies that are not JSON, or too large: a GraphQL-shaped error with a 4xx, never a stack. */
function refuseBadBodies(app: express.Express, log: NonNullable<ServerOptions['log']>): void {
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      return res.status(413).json({ errors: [{ message: '请求体过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
    if (err instanceof URIError) {
      // A path with a broken percent-encoding (/evidence/%): the router cannot decode the parameter.
      return res
        .status(400)
        .json({ errors: [{ message: '请求地址无效：百分号编码有误', extensions: { code: 'BAD_REQUEST' } }] });
    }
    if (err.type === 'entity.parse.failed' || err.status === 400) {
      return res
        .status(400)
        .json({ errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
    if (err.status && err.status > 400 && err.status < 500) {
      // An unsupported charset or content encoding, say: the client's request, not our fault.
      return res
        .status(err.status)
        .json({ errors: [{ message: '请求的编码或格式不受支持', extensions: { code: 'BAD_REQUEST' } }] });
    }
    log('unexpected HTTP error', err);
    return res
      .status(500)
      .json({ errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
}

function publicOptions(opts: ServerOptions, log: NonNullable<ServerOptions['log']>, services: Services) {
  const clientUrl: string = opts.orm.config.get('clientUrl');
  const appeals = { intake: appealIntake(services.evidence.store), secret: opts.jwtSecret };
  // Each draw result published: its record is encoded at once, so that its first download needs no rebuild.
  const onResultPublished = (warm: (published: { id: string; sha256: string; document: unknown }) => void) =>
    (services.drawPublications.onResultPublished = warm);
  // Its bytes kept once in the database (0043), written as the service role: any process serves them with one read.
  const storeRecord = (r: PublishedRecordBytes) =>
    storePublishedRecord(opts.orm.em.fork({ clear: true, useContext: false }), r);
  const rateLimitPerMinute = opts.publicRateLimitPerMinute;
  return { clientUrl, production: opts.production, rateLimitPerMinute, log, appeals, onResultPublished, storeRecord };
}

/** The express app before any route: its settings and the headers of every answer. */
function expressApp(): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(process.env.DSR_TRUST_PROXY));
  app.use(securityHeaders);
  return app;
}

export async function createServer(opts: ServerOptions): Promise<AppServer> {
  const log = opts.log ?? ((m: string, e?: unknown) => console.error(`[api] ${m}`, e ?? ''));
  const services = createServices({
    jwtSecret: opts.jwtSecret,
    tokenTtlSeconds: opts.tokenTtlSeconds ?? 3600,
    sessionSeconds: opts.sessionSeconds,
    evidenceStore: opts.evidenceStore,
    auditKeys: opts.auditKeys,
    auditCheckpointFile: opts.auditCheckpointFile,
    auditCheckpointSeconds: opts.auditCheckpointSeconds,
    jobs: {
      connection: opts.jobs?.connection ?? { clientUrl: opts.orm.config.get('clientUrl') },
      settings: opts.jobs?.settings,
    },
    log,
  });
  const schema = await buildAppSchema(new ResolverContainer(resolverInstances(services)));
  const app = expressApp();
  const httpServer = http.createServer(app);
  const apollo = createApollo(schema, httpServer, opts, log);
  await apollo.start();

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  // Not in production: without introspection the IDE has no schema to show, and its example names the demo sign-in.
  if (!opts.production) mountGraphiql(app);

  const orm = opts.orm;
  const limiter = new RateLimiter(opts.rateLimitPerMinute ?? 600);
  const anonymousLimiter = new RateLimiter(opts.anonymousRateLimitPerMinute ?? 300);
  const scope: ScopeDeps = { orm, tokens: services.tokens, links: services.links, limiter };
  // Import error sheets past their time are temporary files: removed at start and by the next import.
  await purgeExpiredErrorSheets(orm).catch((e: unknown) => log('purging expired error sheets failed', e));
  await dropExpiredJobFiles(orm.em.fork({ clear: true, useContext: false })).catch((e: unknown) =>
    log('dropping expired job files failed', e),
  );
  // POST /graphql first: every route mounted before it is matched against each request in turn.
  mountGraphql(app, apollo, { ...scope, anonymousLimiter }, opts.bodyLimit ?? '1mb', log);
  // The anonymous side (issue 14): its own schema, pool (role dsr_public) and limits.
  const publicSide = await mountPublic(app, httpServer, publicOptions(opts, log, services));
  mountRestRoutes(app, { ...scope, log }, services);
  if (opts.webDist !== null) mountWebApp(app, opts.webDist ?? WEB_DIST);
  answerUnknownPaths(app);
  refuseBadBodies(app, log);
  if (opts.jobs?.run) await services.jobQueue.start(orm, { work: true });

  return {
    app,
    httpServer,
    services,
    schema,
    idle: () => publicSide.idle(),
    async stop() {
      await apollo.stop();
      await publicSide.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await services.jobQueue.stop();
    },
  };
}
