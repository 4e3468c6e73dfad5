import { canonicalJson, verifyDrawRecordAsync, type DrawVerification } from '@dsr/domain';
import type { EncodedRecord, RecordCache } from './record-cache';
import type { PublicQuery, PublicReader } from './public-reader';
import { appealStatus, fileAppeal } from './public-appeal';
import type { AttachmentTickets, FileAppealInput } from './public-appeal-input';
import { idOf, lookUpOf, pageOf, refused, type LookUp, type LookUpInput } from './public-input';
import {
  BUREAUS,
  BY_BUREAU,
  BY_CREDIT_CODE,
  BY_ID,
  BY_NAME,
  DOCUMENT_OF,
  OF_DRAW,
  PUBLISHING_BUREAUS,
  RESULT_OF_DRAW,
  SERIES,
  type BureauRow,
  type PublicationRow,
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

function versionOf(r: VersionRow): PublicVersion {
  return {
    id: r.id,
    version: r.version,
    action: r.action,
    current: r.status === 'PUBLISHED',
    supersedeReason: r.supersede_reason,
    publishedAt: r.published_at.toISOString(),
    documentSha256: r.document_sha256,
  };
}

/** Rows → public documents, with their publisher and their series' history (two more statements, not one per row). */
async function shape(query: PublicQuery, rows: PublicationRow[]): Promise<PublicPublication[]> {
  if (!rows.length) return [];
  const bureaus = await query<BureauRow>(BUREAUS, [[...new Set(rows.map((r) => r.bureau_id))], []]);
  const versions = await query<VersionRow>(SERIES, [[...new Set(rows.map((r) => r.series_id))]]);
  const bureauOf = new Map(bureaus.map((b) => [b.id, { code: b.division_code, name: b.name }]));
  return rows.map((r) => ({
    ...versionOf(r),
    kind: r.kind,
    bureau: bureauOf.get(r.bureau_id) ?? { code: '', name: '' },
    seriesId: r.series_id,
    supersedesId: r.supersedes_id,
    eventDate: r.event_date,
    targetCreditCode: r.target_credit_code,
    targetName: r.target_name,
    document: JSON.stringify(r.document),
    history: versions.filter((v) => v.series_id === r.series_id).map(versionOf),
  }));
}

/** The bureau ids of a division code (empty: no such bureau). */
export async function bureauIdsOf(query: PublicQuery, code: string): Promise<BureauRow[]> {
  return query<BureauRow>(BUREAUS, [[], [code]]);
}

async function find(query: PublicQuery, look: LookUp, limit: number, offset: number): Promise<PublicationRow[]> {
  const n = limit + 1; // one more: whether a next page exists
  if (look.by === 'creditCode') return query<PublicationRow>(BY_CREDIT_CODE, [look.creditCode, n, offset]);
  if (look.by === 'name') return query<PublicationRow>(BY_NAME, [look.grams, look.name, n, offset]);
  const ids = (await bureauIdsOf(query, look.bureauCode)).map((b) => b.id);
  if (!ids.length) return [];
  return query<PublicationRow>(BY_BUREAU, [ids, look.kind, look.from, look.to, n, offset]);
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
  const rows = await reader.read((q) => q<PublicationRow>(OF_DRAW, [id]));
  const record = recordOf(rows.find((r) => r.kind === 'DRAW_RESULT')?.document);
  if (!record) throw notFound('抽取结果');
  return record;
}

/**
 * The record download's bytes: which DRAW_RESULT is current is asked every time (a cheap row without
 * its document); its canonical JSON is made once per publication id and kept (the document is frozen).
 */
export async function encodedRecord(reader: PublicReader, cache: RecordCache, drawId: string): Promise<EncodedRecord> {
  const id = idOf(drawId);
  const entry = await reader.read(async (q) => {
    const head = (await q<{ id: string; document_sha256: string }>(RESULT_OF_DRAW, [id])).at(0);
    if (!head) return null;
    const hit = cache.get(head.id);
    if (hit) return hit;
    const record = recordOf((await q<{ document: unknown }>(DOCUMENT_OF, [head.id])).at(0)?.document);
    return record && cache.put(head.id, head.document_sha256, Buffer.from(canonicalJson(record)));
  });
  if (!entry) throw notFound('抽取结果');
  return entry;
}

/** The root resolvers of the public schema (graphql-js rootValue: (args, context)). */
export function publicRoot(reader: PublicReader, tickets: AttachmentTickets) {
  return {
    appealStatus: (args: { receiptNo: string; queryCode: string }) =>
      appealStatus(reader, args.receiptNo, args.queryCode),
    fileAppeal: (args: { input: FileAppealInput }) => fileAppeal(reader, tickets, args.input),
    async publications(args: { filter: LookUpInput; page?: { limit?: number; offset?: number } | null }) {
      const look = lookUpOf(args.filter);
      const { limit, offset } = pageOf(args.page);
      const items = await reader.read(async (q) => shape(q, await find(q, look, limit, offset)));
      return { items: items.slice(0, limit), limit, offset, hasMore: items.length > limit };
    },
    async publication(args: { id: string }) {
      const id = idOf(args.id);
      const found = await reader.read(async (q) => shape(q, await q<PublicationRow>(BY_ID, [id])));
      if (!found.length) throw notFound('公示文书');
      return found[0];
    },
    async publishedDraw(args: { id: string }) {
      const id = idOf(args.id);
      const docs = await reader.read(async (q) => shape(q, await q<PublicationRow>(OF_DRAW, [id])));
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
    async verifyPublishedDraw(args: { id: string }): Promise<DrawVerification> {
      const record = await publishedRecord(reader, args.id);
      return verifyDrawRecordAsync(record as never);
    },
  };
}
