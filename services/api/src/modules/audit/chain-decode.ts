import pg from 'pg';
import { canonicalJsonText } from '@dsr/domain';

/**
 * Decoding for the chain walk only: timestamptz and jsonb columns stay text (node-postgres would
 * build a Date through a regular expression and a parsed object for each), and the walk turns
 * them into the canonical text itself. Every other type keeps node-postgres's own parser.
 */
const TIMESTAMPTZ = pg.types.builtins.TIMESTAMPTZ;
const JSONB = pg.types.builtins.JSONB;
const asText = (v: string) => v;
/** node-postgres names a column's type by its oid, as pg-types' TypeId. */
type TypeOid = Parameters<typeof pg.types.getTypeParser>[0];

export const CHAIN_ROW_TYPES = {
  getTypeParser: (oid: TypeOid, format?: 'text' | 'binary') =>
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
  const [date, time, hours] = [m[1], m[2], m[4]];
  const [fraction, minutes] = [optionalGroup(m, 3), optionalGroup(m, 5)];
  const local = `${date}T${time}.${(fraction ?? '').padEnd(3, '0')}`;
  if (hours === '+00' && minutes === undefined) return `${local}Z`;
  return new Date(`${local}${hours}:${minutes ?? '00'}`).toISOString();
}

/** An optional group of a match: undefined when it did not take part (the array's type says string). */
function optionalGroup(m: RegExpExecArray, index: number): string | undefined {
  return m[index];
}

/** canonicalJson of a jsonb column's text (the same value node-postgres would have parsed). */
export function canonicalJsonb(text: string): string {
  return text === 'null' ? 'null' : canonicalJsonText(text);
}
