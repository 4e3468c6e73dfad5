import { DomainError } from './errors';

/** A calendar day written YYYY-MM-DD that exists (no 2023-02-29), or INVALID_DATE naming the field. */
export function parseIsoDate(value: string, field: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (
    !m ||
    !d ||
    d.getUTCFullYear() !== Number(m[1]) ||
    d.getUTCMonth() !== Number(m[2]) - 1 ||
    d.getUTCDate() !== Number(m[3])
  ) {
    throw new DomainError('INVALID_DATE', `日期「${value}」不存在或格式不对（应为 YYYY-MM-DD）`, field);
  }
  return m[0];
}

/** Today in China (UTC+8, no daylight saving), as YYYY-MM-DD: deadlines and validity are Beijing days. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
