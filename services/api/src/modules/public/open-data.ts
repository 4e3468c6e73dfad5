import { Readable } from 'node:stream';
import archiver from 'archiver';
import type { Response } from 'express';
import { PUBLICATION_KIND_FIELDS, PUBLICATION_KINDS, type PublicationKind } from '@dsr/domain';
import type { PublicQuery } from './public-reader';
import { OPEN_DATA_PAGE, type BureauRow, type PublicationRow } from './public.queries';

/**
 * The open-data format's version: a column added or renamed makes a new one. 2: each kind's CSV
 * has its document's fields as columns (before the document as JSON).
 */
export const OPEN_DATA_VERSION = '2';
/** The columns every CSV starts with, stable across extracts (the document itself is the last column, as JSON). */
export const OPEN_DATA_COLUMNS = [
  'id',
  'series_id',
  'version',
  'action',
  'current',
  'kind',
  'bureau_code',
  'bureau_name',
  'published_at',
  'event_date',
  'target_credit_code',
  'target_name',
  'supersedes_id',
  'supersede_reason',
  'document_sha256',
  'document',
] as const;
const BATCH = 2000;

/** A document field's column: its name in the masking table, in snake case (partyName → party_name). */
export function fieldColumn(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A kind's CSV columns: the common ones, its document's fields (PUBLICATION_KIND_FIELDS), then the document. */
export function csvColumnsOf(kind: PublicationKind): string[] {
  const common = OPEN_DATA_COLUMNS.filter((c) => c !== 'document');
  return [...common, ...PUBLICATION_KIND_FIELDS[kind].map(fieldColumn), 'document'];
}

/** A field's value in a cell: a list joined with '；', nothing as an empty cell. */
function cellOf(value: unknown): unknown {
  return Array.isArray(value) ? value.join('；') : value;
}

/** The document's fields by column name (a draw's record or a checkpoint has none: an empty row part). */
function fieldCells(kind: PublicationKind, document: unknown): Record<string, unknown> {
  const fields = (document as { fields?: Record<string, unknown> } | null)?.fields ?? {};
  return Object.fromEntries(PUBLICATION_KIND_FIELDS[kind].map((f) => [fieldColumn(f), cellOf(fields[f])]));
}
const BOM = '\uFEFF';

/**
 * One CSV field: quoted, quotes doubled. Text that starts with = + - @, a tab or a CR gets a ' so a
 * spreadsheet shows it as text, never runs it as a formula (a number such as -1 stays a number).
 */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function recordOf(r: PublicationRow, bureau: BureauRow) {
  return {
    id: r.id,
    series_id: r.series_id,
    version: r.version,
    action: r.action,
    current: r.status === 'PUBLISHED',
    kind: r.kind,
    bureau_code: bureau.division_code,
    bureau_name: bureau.name,
    published_at: r.published_at.toISOString(),
    event_date: r.event_date,
    target_credit_code: r.target_credit_code,
    target_name: r.target_name,
    supersedes_id: r.supersedes_id,
    supersede_reason: r.supersede_reason,
    document_sha256: r.document_sha256,
    document: r.document,
  };
}

/** A kind's published rows, every version, in keyset pages of the snapshot transaction. */
async function* rowsOf(query: PublicQuery, bureaus: BureauRow[], kind: string) {
  const byId = new Map(bureaus.map((b) => [b.id, b]));
  let after: [string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const rows = await query<PublicationRow>(OPEN_DATA_PAGE, [[...byId.keys()], kind, ...after, BATCH]);
    // The page's bureau ids are those asked for: the lookup cannot miss.
    for (const r of rows) yield recordOf(r, byId.get(r.bureau_id) ?? bureaus[0]);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = [last.published_at.toISOString(), last.id];
  }
}

async function* csvOf(query: PublicQuery, bureaus: BureauRow[], kind: PublicationKind) {
  const columns = csvColumnsOf(kind);
  yield `${BOM}${columns.join(',')}\r\n`;
  for await (const rec of rowsOf(query, bureaus, kind)) {
    const row: Record<string, unknown> = { ...fieldCells(kind, rec.document), ...rec };
    yield `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
  }
}

async function* jsonOf(query: PublicQuery, bureaus: BureauRow[], header: Record<string, unknown>) {
  yield `${JSON.stringify(header).slice(0, -1)},"publications":[`;
  let first = true;
  for (const kind of PUBLICATION_KINDS) {
    for await (const rec of rowsOf(query, bureaus, kind)) {
      yield `${first ? '' : ','}\n${JSON.stringify(rec)}`;
      first = false;
    }
  }
  yield '\n]}\n';
}

/**
 * A bureau's open data as a zip streamed to `res`: one CSV per kind (UTF-8 with BOM, for Excel),
 * publications.json with all of them, and manifest.json (extract time, format version, columns).
 * Read in one repeatable-read snapshot, so the files agree with each other.
 */
export async function writeOpenData(query: PublicQuery, bureaus: BureauRow[], res: Response): Promise<void> {
  const extractedAt = new Date().toISOString();
  const header = {
    bureau: { code: bureaus[0].division_code, name: bureaus[0].name },
    extractedAt,
    version: OPEN_DATA_VERSION,
  };
  const zip = archiver('zip', { zlib: { level: 6 }, comment: `extracted ${extractedAt}, format ${OPEN_DATA_VERSION}` });
  const done = new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    res.on('close', resolve);
    res.on('finish', resolve);
  });
  zip.pipe(res);
  const files = PUBLICATION_KINDS.map((k) => `${k}.csv`);
  zip.append(
    JSON.stringify(
      {
        ...header,
        columns: OPEN_DATA_COLUMNS,
        kindColumns: Object.fromEntries(PUBLICATION_KINDS.map((k) => [k, csvColumnsOf(k)])),
        files: [...files, 'publications.json'],
      },
      null,
      2,
    ),
    {
      name: 'manifest.json',
    },
  );
  for (const kind of PUBLICATION_KINDS) zip.append(Readable.from(csvOf(query, bureaus, kind)), { name: `${kind}.csv` });
  zip.append(Readable.from(jsonOf(query, bureaus, header)), { name: 'publications.json' });
  await zip.finalize();
  await done;
}
