/**
 * 公民身份号码 (resident ID number), GB 11643-1999 — identifies an individual target (R9).
 *
 *   positions 1–6   address code (GB/T 2260 division code)
 *   positions 7–14  birth date YYYYMMDD
 *   positions 15–17 sequence code; position 17 odd = male, even = female
 *   position 18     check char, ISO 7064 MOD 11-2: (12 − (Σ aᵢ·wᵢ mod 11)) mod 11, 10 → 'X'
 *
 * Only the 18-character form is accepted; the old 15-digit form (no check char) is not.
 * No clock here: the caller passes `today` ('YYYY-MM-DD') so a birth date in the future is refused.
 */
import { DomainError } from './errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Province-level prefixes of GB/T 2260, plus 81/82/83 used by the residence permits of
 * Hong Kong, Macao and Taiwan residents (港澳台居民居住证, same format and check char).
 */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Birth years before this are refused; GB 11643's own example 440524188001010014 is 1880. */
const EARLIEST_BIRTH_YEAR = 1800;

export interface ParsedResidentId {
  divisionCode: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  sex: 'M' | 'F';
}

function fail(message: string, details?: Record<string, unknown>): never {
  throw new DomainError('INVALID_RESIDENT_ID', message, undefined, details);
}

/** The check char (position 18) for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`需要17位数字: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** A real calendar date (Gregorian leap years), 'YYYY-MM-DD'. */
function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/** Parses an ID number, or throws DomainError INVALID_RESIDENT_ID saying what is wrong. */
export function parseResidentId(id: string, today: string): ParsedResidentId {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today 应为 YYYY-MM-DD: ${today}`);
  const s = id.trim().toUpperCase();
  if (s.length !== 18) fail(`公民身份号码应为18位，实际为${s.length}位`, { length: s.length });
  for (let i = 0; i < 17; i++) {
    if (!/\d/.test(s[i])) fail(`公民身份号码第${i + 1}位字符“${s[i]}”不合法（前17位只能是数字）`, { position: i + 1 });
  }
  if (!/[\dX]/.test(s[17])) fail(`公民身份号码第18位字符“${s[17]}”不合法（只能是数字或X）`, { position: 18 });

  const divisionCode = s.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(divisionCode.slice(0, 2))) {
    fail(`公民身份号码前6位地址码“${divisionCode}”不是有效的行政区划代码`, { position: 1 });
  }
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (y < EARLIEST_BIRTH_YEAR || !isRealDate(y, m, d)) {
    fail(`公民身份号码第7–14位出生日期“${s.slice(6, 14)}”不是有效日期`, { position: 7 });
  }
  if (birthDate > today) fail(`公民身份号码中的出生日期${birthDate}晚于今天`, { position: 7 });

  const expected = residentIdCheckChar(s.slice(0, 17));
  if (s[17] !== expected) {
    fail(`公民身份号码校验码错误：第18位应为“${expected}”，实际为“${s[17]}”（请核对各位数字）`, {
      position: 18,
      expected,
    });
  }
  return { divisionCode, birthDate, sex: Number(s[16]) % 2 === 1 ? 'M' : 'F' };
}

export function isValidResidentId(id: string, today: string): boolean {
  try {
    parseResidentId(id, today);
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}
