import pg from 'pg';
import { canonicalJsonText } from '@dsr/domain';

/**
 * Decoding for the chain walk only: timestamptz and jsonb columns stay text (node-postgres would
 * build a Date through a regular expression and a parsed object for each), and the walk turns
 * them into the canonical text itself. Every other type keeps node-postgres's own parser.
 */
const TIMESTAMPTZ = 1184;
const JSONB = 3802;
const asText = (v: string) => v;

export const CHAIN_ROW_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    (oid === TIMESTAMPTZ || oid === JSONB ? asText : pg.types.getTypeParser(oid, format ?? 'text')) as (
      v: string,
    ) => unknown,
};

// PostgreSQL's text form of a timestamptz in the session's zone: 2026-01-05 01:00:00.123+00 (or +08,
// +05:30). Fractions beyond milliseconds, offsets with seconds, BC and infinities take node-postgres's parser.
const PG_MS = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,3}))?([+-]\d\d)(?::(\d\d))?$/;
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (v: string) => Date;

/** The ISO-8601 text (UTC, milliseconds) that Date#toISOString gives for a timestamptz's text. */
export function isoOfTimestamptz(text: string): string {
  const m = PG_MS.exec(text);
  if (!m) return parseTimestamptz(text).toISOString();
  const local = `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0')}`;
  if (m[4] === '+00' && m[5] === undefined) return `${local}Z`;
  return new Date(`${local}${m[4]}:${m[5] ?? '00'}`).toISOString();
}

/** canonicalJson of a jsonb column's text (the same value node-postgres would have parsed). */
export function canonicalJsonb(text: string): string {
  return text === 'null' ? 'null' : canonicalJsonText(text);
}
