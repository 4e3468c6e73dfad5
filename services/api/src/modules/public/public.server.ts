import type http from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError } from 'graphql';
import { complexityPlugin } from '../../common/complexity';
import { queryLimitsRule, type QueryLimits } from '../../common/edge/query-limits';
import { noStorePlugins } from '../../common/edge/no-store';
import { addressKey, RateLimiter } from '../../common/rate-limit';
import { BackgroundWork } from '../../common/background-work';
import { createPublicReader, type PublicReader } from './public-reader';
import { buildPublicSchema } from './public.schema';
import { bureauIdsOf, publicRoot, type PublicContext } from './public.resolvers';
import { PublishedRecords, type StoreRecord } from './published-records';
import { publicPoolSizeFromEnv, RecordCache, recordCacheBytesFromEnv } from './record-cache';
import { formatPublicError, MASKED } from './public-errors';
import { writeOpenData } from './open-data';
import { DownloadSlots, openDataConcurrencyFromEnv } from './download-slots';
import { AttachmentTickets } from './public-appeal-input';
import { mountAppealUpload, type AppealIntake } from './public-appeal-upload';
import { AppealBudget, appealBudgetFromEnv, type AppealBudgetLimits } from './public-appeal-budget';

export interface PublicOptions {
  clientUrl: string;
  production?: boolean;
  /** Requests per client address per minute on /public (default 120: lower than the internal 300). */
  rateLimitPerMinute?: number;
  /** Open-data downloads at once (default DSR_OPEN_DATA_CONCURRENCY or 2), one per address. */
  openDataConcurrency?: number;
  log: (message: string, err?: unknown) => void;
  /** Connections of the public reader (default DSR_PUBLIC_POOL_MAX or 4). */
  poolSize?: number;
  /** Bytes of encoded draw records kept (default DSR_PUBLIC_RECORD_CACHE_MB or 64 MB). */
  recordCacheBytes?: number;
  /**
   * Hands over what to call when a DRAW_RESULT is published (its transaction committed, the frozen document as
   * stored, its hash): it encodes the record from that document, with no read of it again.
   */
  onResultPublished?: (warm: (published: { id: string; sha256: string; document: unknown }) => void) => void;
  /** Keeps a record's encoded bytes in the database once (0043), as the service role; none: memory only. */
  storeRecord?: StoreRecord;
  /**
   * Appeals (R49): the attachment intake, the secret that signs attachment tickets (≥ 32 bytes), and what one
   * address may file in an hour (default DSR_APPEAL_PER_HOUR / DSR_APPEAL_ATTACHMENTS_PER_HOUR, or 10 and 30).
   */
  appeals: { intake: AppealIntake; secret: string; perHour?: AppealBudgetLimits };
}

/** Smaller than the internal edge's: the public schema is shallow and a look-up needs few fields. */
export const PUBLIC_QUERY_LIMITS: QueryLimits = { depth: 6, aliases: 10, directives: 5, tokens: 1000 };
export const PUBLIC_MAX_COMPLEXITY = 1500; // a full page of 50 with history fits; many aliased pages do not

/** The status a refusal of ours gets on a download route. */
const STATUS: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, RATE_LIMITED: 429, OPEN_DATA_BUSY: 503 };

function refuseRest(res: Response, err: unknown, log: PublicOptions['log']): void {
  const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
  if (STATUS[code]) {
    const retry = err instanceof GraphQLError ? err.extensions.retryAfterSeconds : undefined;
    if (typeof retry === 'number') res.set('retry-after', String(retry));
    res.status(STATUS[code]).json({ errors: [{ message: (err as Error).message, extensions: { code } }] });
    return;
  }
  log('public route failed', err);
  if (!res.headersSent) res.status(500).json({ errors: [MASKED] });
  else res.destroy();
}

/** Per-address budget for everything under /public (GraphQL, record downloads, open data). */
function rateLimit(limiter: RateLimiter, log: PublicOptions['log']) {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      limiter.take(`public:${addressKey(req.ip ?? '')}`);
      next();
    } catch (err) {
      refuseRest(res, err, log);
    }
  };
}

/** GET /public/draws/:id/record.json: the current DRAW_RESULT's record, for `pnpm verify-draw`. */
function mountRecordDownload(app: Express, records: PublishedRecords, log: PublicOptions['log']): void {
  app.get('/public/draws/:id/record.json', async (req, res) => {
    try {
      // Revalidated on every use: the URL names the draw, and a correction may make another document current.
      // The current document's hash is the ETag: a revalidation is answered before any of the record is read.
      const head = await records.current(req.params.id);
      res.set('ETag', head.etag).set('Cache-Control', 'no-cache').set('Vary', 'Accept-Encoding');
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      // X-Record-Cache: hit (held by this process before), stored (read as 0043 keeps it), miss (encoded here).
      const { entry: record, source } = await records.download(head);
      res.set('X-Record-Cache', source);
      const gzipped = req.acceptsEncodings('gzip', 'identity') === 'gzip' ? record.gzipped : undefined;
      // Read as stored, a record has its gzip at once and its identity bytes after a gunzip and a check.
      const bytes = gzipped ?? (await record.plain());
      res
        .type('application/json')
        .set(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`抽取记录-${req.params.id}.json`)}`,
        );
      if (gzipped) res.set('Content-Encoding', 'gzip');
      res.end(bytes); // end, not send: no second hash of 12 MB for an ETag of express's own
    } catch (err) {
      refuseRest(res, err, log);
    }
  });
}

function mountDownloads(
  app: Express,
  reader: PublicReader,
  records: PublishedRecords,
  log: PublicOptions['log'],
  slots: DownloadSlots,
): void {
  mountRecordDownload(app, records, log);
  app.get('/public/open-data/:file', async (req, res) => {
    let release: (() => void) | undefined;
    try {
      release = slots.take(addressKey(req.ip ?? ''));
      // Given back when the last byte is handed over, not after the snapshot's commit: the same visitor's next
      // download may start as soon as this one has arrived.
      res.once('finish', release);
      const code = /^(\d{2}|\d{4}|\d{6})\.zip$/.exec(req.params.file)?.[1];
      if (!code)
        throw new GraphQLError('应为 /public/open-data/<行政区划代码>.zip', { extensions: { code: 'NOT_FOUND' } });
      await reader.read(
        async (q) => {
          const bureaus = await bureauIdsOf(q, code);
          if (!bureaus.length) throw new GraphQLError('公示机关不存在', { extensions: { code: 'NOT_FOUND' } });
          res
            .type('application/zip')
            .set('Content-Disposition', `attachment; filename="open-data-${code}.zip"`)
            .set('Cache-Control', 'public, max-age=300');
          await writeOpenData(q, bureaus, res);
        },
        { snapshot: true },
      );
    } catch (err) {
      refuseRest(res, err, log);
    } finally {
      release?.();
    }
  });
}

/**
 * The anonymous side, in the same process as the internal API but sharing nothing with it that
 * reaches data: its own schema (SDL), its own Apollo, its own pool reading as dsr_public, its own
 * per-address limit; no introspection in production; internal errors masked.
 */
export async function mountPublic(app: Express, httpServer: http.Server, opts: PublicOptions) {
  const reader = createPublicReader(opts.clientUrl, opts.poolSize ?? publicPoolSizeFromEnv());
  const tickets = new AttachmentTickets(opts.appeals.secret);
  const budget = new AppealBudget(opts.appeals.perHour ?? appealBudgetFromEnv());
  const schema = buildPublicSchema();
  const apollo = new ApolloServer<PublicContext>({
    schema,
    rootValue: publicRoot(reader, tickets, budget),
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    validationRules: [queryLimitsRule(PUBLIC_QUERY_LIMITS)],
    parseOptions: { maxLexicalTokens: PUBLIC_QUERY_LIMITS.tokens },
    formatError: (formatted, error) =>
      formatPublicError(formatted, error, (e) => opts.log('public: unexpected error', e)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noStorePlugins(),
      complexityPlugin(schema, PUBLIC_MAX_COMPLEXITY),
    ],
  });
  await apollo.start();
  app.use('/public', rateLimit(new RateLimiter(opts.rateLimitPerMinute ?? 120), opts.log));
  app.use(
    '/public/graphql',
    express.json({ limit: '16kb' }),
    expressMiddleware(apollo, { context: ({ req }) => Promise.resolve({ clientIp: addressKey(req.ip ?? '') }) }),
  );
  const cache = new RecordCache(opts.recordCacheBytes ?? recordCacheBytesFromEnv());
  const background = new BackgroundWork();
  const records = new PublishedRecords(reader, cache, opts.storeRecord, opts.log, background);
  mountDownloads(
    app,
    reader,
    records,
    opts.log,
    new DownloadSlots(opts.openDataConcurrency ?? openDataConcurrencyFromEnv()),
  );
  mountAppealUpload(app, opts.appeals.intake, tickets, budget, opts.log);
  // In the background: the first download (here) then needs no rebuild; other processes read the stored bytes.
  opts.onResultPublished?.((published) => records.published(published));
  return {
    idle: () => background.idle(),
    async stop() {
      await apollo.stop();
      await background.idle(); // a record being stored finishes before the pools close
      await reader.close();
    },
  };
}
