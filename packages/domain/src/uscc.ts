/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015 — a target's identity (R9).
 *
 *   position 1      登记管理部门代码 (registration authority: 1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 …)
 *   position 2      机构类别代码 (category within that authority: 91 企业, 92 个体工商户, 93 农民专业合作社 …)
 *   positions 3–8   登记管理机关行政区划码 (GB/T 2260 division code, digits)
 *   positions 9–17  主体标识码 = 组织机构代码 (GB 11714), whose own check char is position 17
 *   position 18     校验码 over positions 1–17 (mod 31)
 */
import { DomainError } from './errors';

/** The 31 characters of GB 32100: digits and uppercase letters without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organisation-code weights over its first 8 characters (USCC positions 9–16). */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export interface ParsedUscc {
  /** position 1 */
  registrationAuthority: string;
  /** position 2 */
  category: string;
  /** positions 3–8 */
  divisionCode: string;
  /** positions 9–17, including its GB 11714 check char */
  organisationCode: string;
}

function fail(message: string, details?: Record<string, unknown>): never {
  throw new DomainError('INVALID_USCC', message, undefined, details);
}

/** Trimmed and uppercased: people type codes in lower case and paste them with spaces. */
export function normaliseUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** The check char (position 18) for the first 17 characters, which must be in the alphabet. */
export function usccCheckChar(first17: string): string {
  const s = normaliseUscc(first17);
  if (s.length !== 17) throw new RangeError(`需要17位字符，实际为${s.length}位`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(s[i]);
    if (v < 0) throw new RangeError(`第${i + 1}位字符“${s[i]}”不合法`);
    sum += v * USCC_WEIGHTS[i];
  }
  // 31 − (sum mod 31), where 31 wraps to 0.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714 value of a code character: digits 0–9, letters A=10 … Z=35. */
function orgValue(ch: string): number {
  return /[0-9]/.test(ch) ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
}

/** The GB 11714 check char for the first 8 characters of an organisation code. */
export function organisationCodeCheckChar(first8: string): string {
  const s = first8.trim().toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(s)) throw new RangeError(`组织机构代码本体应为8位数字或大写字母: ${first8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(s[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Parses a code, or throws DomainError INVALID_USCC saying what is wrong (in Chinese). */
export function parseUscc(code: string): ParsedUscc {
  const s = normaliseUscc(code);
  if (s.length !== 18) fail(`统一社会信用代码应为18位，实际为${s.length}位`, { length: s.length });
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(s[i])) {
      fail(`统一社会信用代码第${i + 1}位字符“${s[i]}”不合法（只能是数字或除I、O、S、V、Z以外的大写字母）`, {
        position: i + 1,
      });
    }
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) {
    fail(`统一社会信用代码第3–8位应为行政区划代码（6位数字），实际为“${s.slice(2, 8)}”`, { position: 3 });
  }
  const expected = usccCheckChar(s.slice(0, 17));
  if (s[17] !== expected) {
    fail(`统一社会信用代码校验码错误：第18位应为“${expected}”，实际为“${s[17]}”（请核对各位字符）`, {
      position: 18,
      expected,
    });
  }
  // A code can pass the mod-31 check yet carry an organisation code that is not a GB 11714 code.
  const orgExpected = organisationCodeCheckChar(s.slice(8, 16));
  if (s[16] !== orgExpected) {
    fail(`统一社会信用代码中的组织机构代码校验码错误：第17位应为“${orgExpected}”，实际为“${s[16]}”`, {
      position: 17,
      expected: orgExpected,
    });
  }
  return {
    registrationAuthority: s[0],
    category: s[1],
    divisionCode: s.slice(2, 8),
    organisationCode: s.slice(8, 17),
  };
}

export function isValidUscc(code: string): boolean {
  try {
    parseUscc(code);
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}
