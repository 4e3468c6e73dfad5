/**
 * The bureau tree: administrative division codes (GB/T 2260) and the materialised ltree path.
 * Province "41" → city "4109" → county "410923"; path "41.4109.410923".
 */
import type { BureauLevel } from './vocabularies/org';

const LEVEL_BY_LENGTH: Record<number, BureauLevel> = { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY' };

export function levelOfDivisionCode(code: string): BureauLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** The path of a bureau whose division code is given: each ancestor's code, dot-separated. */
export function pathOfDivisionCode(code: string): string {
  const level = levelOfDivisionCode(code);
  if (!level) throw new RangeError(`不是有效的行政区划代码: ${code}`);
  const parts = [code.slice(0, 2)];
  if (code.length >= 4) parts.push(code.slice(0, 4));
  if (code.length === 6) parts.push(code);
  return parts.join('.');
}

/** True when `path` is `scope` or lies below it (ltree `<@`). */
export function isWithinScope(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}

/**
 * The tenant of a bureau is its city-level bureau (the Citus distribution key); a province is
 * its own tenant. Returns the division code of the tenant.
 */
export function tenantDivisionCode(path: string): string {
  const parts = path.split('.');
  return parts.length >= 2 ? parts[1] : parts[0];
}
