import { PARTY_CATEGORY_LABELS } from '@dsr/domain/publication-fields';

/** A frozen document's JSON, read without trusting its shape: the portal shows whatever a builder put in. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The frozen document as the server sent it (JSON text); something unreadable is shown as it is. */
export function parseDocument(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The envelope of a frozen document (services/api publication-document.ts, format dsr-publication-…): what the
 * page shows from the publication itself (kind, version, action, reason, time) and the series' ids, which appear
 * only in addresses. Everything else a document holds is shown.
 */
const ENVELOPE = ['format', 'kind', 'seriesId', 'version', 'action', 'supersedesId', 'supersedeReason', 'publishedAt'];

/** The fields of a document: its `fields` (the masked shape), then anything else it holds beside them. */
export function fieldsOf(doc: Json): Record<string, Json> {
  if (!isObject(doc)) return { 内容: doc };
  const framed = typeof doc.format === 'string' && doc.format.startsWith('dsr-publication-');
  const { fields, party, ...rest } = framed
    ? Object.fromEntries(Object.entries(doc).filter(([k]) => !ENVELOPE.includes(k)))
    : doc;
  const own = isObject(fields) ? fields : fields === undefined ? {} : { fields };
  const shown: Record<string, Json> = { ...own };
  // The party's category is shown once: as the document's field, or from the masked shape's `party`.
  if (party !== undefined && !('partyCategory' in own))
    shown.party =
      typeof party === 'string' ? ((PARTY_CATEGORY_LABELS as Record<string, string>)[party] ?? party) : party;
  return { ...shown, ...rest };
}

/** The document's format (dsr-publication-1), for whoever checks its digest; null when it has none. */
export function formatOf(doc: Json): string | null {
  return isObject(doc) && typeof doc.format === 'string' ? doc.format : null;
}

/** A field's value as one line of text (for summaries): '' when absent. */
export function textOf(fields: Record<string, Json>, key: string): string {
  const v = fields[key];
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.filter((x) => typeof x !== 'object').join('、');
  return typeof v === 'object' ? '' : String(v);
}
