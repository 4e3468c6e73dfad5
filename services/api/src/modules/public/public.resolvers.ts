import { verifyDrawRecordAsync, type DrawVerification } from '@dsr/domain';
import type { PublicQuery, PublicReader } from './public-reader';
import { appealStatus, fileAppeal } from './public-appeal';
import type { AppealBudget } from './public-appeal-budget';
import { VerifiedDraws } from './verified-draws';
import type { AttachmentTickets, FileAppealInput } from './public-appeal-input';
import { idOf, lookUpOf, pageOf, refused, type LookUp, type LookUpInput } from './public-input';
import {
  BUREAUS,
  OF_DRAW,
  PUBLISHING_BUREAUS,
  RESULT_OF_DRAW,
  SHAPED_BY_BUREAU,
  SHAPED_BY_CREDIT_CODE,
  SHAPED_BY_ID,
  SHAPED_BY_NAME,
  SHAPED_OF_DRAW,
  type BureauRow,
  type PublicationRow,
  type ShapedRow,
  type VersionRow,
} from './public.queries';

export interface PublicVersion {
  id: string;
  version: number;
  action: string;
  current: boolean;
  supersedeReason: string | null;
  publishedAt: string;
  documentSha256: string;
}
export interface PublicPublication extends Omit<PublicVersion, 'id'> {
  id: string;
  kind: string;
  bureau: { code: string; name: string };
  seriesId: string;
  supersedesId: string | null;
  eventDate: string | null;
  targetCreditCode: string | null;
  targetName: string | null;
  document: string;
  history: PublicVersion[];
}

const notFound = (what: string) => refused('NOT_FOUND', `${what}不存在或尚未公示`);

function versionOf(r: VersionRow | PublicationRow): PublicVersion {
  return {
    id: r.id,
    version: r.version,
    action: r.action,
    current: r.status === 'PUBLISHED',
    supersedeReason: r.supersede_reason,
    // A Date from pg, or JSON's ISO text in the history: both to milliseconds, as pg's own parser truncates.
    publishedAt: new Date(r.published_at).toISOString(),
    documentSha256: r.document_sha256,
  };
}

/** Shaped rows (public.queries.ts `shaped`: each with its publisher and its series' history) → public documents. */
function shape(rows: ShapedRow[]): PublicPublication[] {
  return rows.map((r) => ({
    ...versionOf(r),
    kind: r.kind,
    bureau: { code: r.bureau_code ?? '', name: r.bureau_name ?? '' },
    seriesId: r.series_id,
    supersedesId: r.supersedes_id,
    eventDate: r.event_date,
    targetCreditCode: r.target_credit_code,
    targetName: r.target_name,
    document: JSON.stringify(r.document),
    history: r.history.map(versionOf), // never empty: the row is of its own series
  }));
}

/** The bureau ids of a division code (empty: no such bureau). */
export async function bureauIdsOf(query: PublicQuery, code: string): Promise<BureauRow[]> {
  return query<BureauRow>(BUREAUS, [[], [code]]);
}

/** A look-up by credit code or name is one statement; by bureau, the bureau's ids first (two, in one transaction). */
async function find(reader: PublicReader, look: LookUp, limit: number, offset: number): Promise<ShapedRow[]> {
  const n = limit + 1; // one more: whether a next page exists
  if (look.by === 'creditCode') return reader.one<ShapedRow>(SHAPED_BY_CREDIT_CODE, [look.creditCode, n, offset]);
  if (look.by === 'name') return reader.one<ShapedRow>(SHAPED_BY_NAME, [look.grams, look.name, n, offset]);
  return reader.read(async (q) => {
    const ids = (await bureauIdsOf(q, look.bureauCode)).map((b) => b.id);
    if (!ids.length) return [];
    return q<ShapedRow>(SHAPED_BY_BUREAU, [ids, look.kind, look.from, look.to, n, offset]);
  });
}

/** The published record of a draw: the DRAW_RESULT document's `record` (or the document itself). */
export function recordOf(doc: unknown): Record<string, unknown> | null {
  if (!doc || typeof doc !== 'object') return null;
  const record = (doc as { record?: unknown }).record;
  return record && typeof record === 'object' ? (record as Record<string, unknown>) : (doc as Record<string, unknown>);
}

/** The draw's published DRAW_RESULT record, or NOT_FOUND (a commitment alone has no record yet). */
export async function publishedRecord(reader: PublicReader, drawId: string): Promise<Record<string, unknown>> {
  const id = idOf(drawId);
  const rows = await reader.one<PublicationRow>(OF_DRAW, [id]);
  const record = recordOf(rows.find((r) => r.kind === 'DRAW_RESULT')?.document);
  if (!record) throw notFound('抽取结果');
  return record;
}

/** What a public request carries: the client's address (its budgets). */
export interface PublicContext {
  clientIp: string;
}

/** The root resolvers of the public schema (graphql-js rootValue: (args, context)). */
export function publicRoot(reader: PublicReader, tickets: AttachmentTickets, budget: AppealBudget) {
  const verified = new VerifiedDraws();
  return {
    appealStatus: (args: { receiptNo: string; queryCode: string }) =>
      appealStatus(reader, args.receiptNo, args.queryCode),
    async fileAppeal(args: { input: FileAppealInput }, ctx: PublicContext) {
      budget.take('appeals', ctx.clientIp);
      try {
        return await fileAppeal(reader, tickets, args.input);
      } catch (err) {
        budget.giveBack('appeals', ctx.clientIp);
        throw err;
      }
    },
    async publications(args: { filter: LookUpInput; page?: { limit?: number; offset?: number } | null }) {
      const look = lookUpOf(args.filter);
      const { limit, offset } = pageOf(args.page);
      const items = shape(await find(reader, look, limit, offset));
      return { items: items.slice(0, limit), limit, offset, hasMore: items.length > limit };
    },
    async publication(args: { id: string }) {
      const id = idOf(args.id);
      const found = shape(await reader.one<ShapedRow>(SHAPED_BY_ID, [id]));
      if (!found.length) throw notFound('公示文书');
      return found[0];
    },
    async publishedDraw(args: { id: string }) {
      const id = idOf(args.id);
      const docs = shape(await reader.one<ShapedRow>(SHAPED_OF_DRAW, [id]));
      if (!docs.length) throw notFound('抽取公示');
      const result = docs.find((d) => d.kind === 'DRAW_RESULT') ?? null;
      return {
        drawId: id,
        commitment: docs.find((d) => d.kind === 'DRAW_COMMITMENT') ?? null,
        result,
        recordUrl: result ? `/public/draws/${id}/record.json` : null,
      };
    },
    /** The bureau picker: names and codes of publishing bureaus (through the definer function, nothing more). */
    async publicBureaus() {
      const rows = await reader.read(async (q) => {
        const ids = (await q<{ id: string }>(PUBLISHING_BUREAUS, [])).map((r) => r.id);
        return ids.length ? q<BureauRow>(BUREAUS, [ids, []]) : [];
      });
      return rows
        .map((b) => ({ code: b.division_code, name: b.name }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    },
    /** Replayed once per published document (verified-draws.ts): the current result's hash first, a small read. */
    async verifyPublishedDraw(args: { id: string }): Promise<DrawVerification> {
      const head = (await reader.one<{ document_sha256: string }>(RESULT_OF_DRAW, [idOf(args.id)])).at(0);
      if (!head) throw notFound('抽取结果');
      return verified.verify(head.document_sha256, async () =>
        verifyDrawRecordAsync((await publishedRecord(reader, args.id)) as never),
      );
    },
  };
}
