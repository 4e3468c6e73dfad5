/**
 * The masks themselves (R48), one function per rule of masking-rules.ts. Each fails closed: a
 * value it cannot read is hidden entirely, never shown as it came.
 */

/** 410422199001011234 → 410422********1234 (first 6 and last 4 kept). */
export function maskIdNumber(value: string): string {
  const v = value.trim();
  if (v.length < 11) return '*'.repeat(v.length || 1);
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}`;
}

/** 15200009276 → 152****9276; a landline keeps its first 3 and last 4 characters likewise. */
export function maskPhone(value: string): string {
  const v = value.replace(/[\s-]/g, '');
  if (v.length < 8) return '*'.repeat(v.length || 1);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

const PROVINCE =
  '(?:北京市|天津市|上海市|重庆市|[^省市区县]{2,7}省|[^省市区县]{2,12}自治区|[^省市区县]{2,12}特别行政区)?';
const CITY = '(?:[^省市盟区县旗]{1,12}?(?:自治州|地区|市|州|盟))?';
const COUNTY = '[^省市盟区县旗]{1,12}?(?:自治县|自治旗|县|区|市|旗)';
const DOWN_TO_COUNTY = new RegExp(`^${PROVINCE}${CITY}${COUNTY}`, 'u');
const DOWN_TO_CITY = new RegExp(`^${PROVINCE}${CITY}`, 'u');

/**
 * 河南省平顶山市叶县昆阳镇建设路 12 号 → 河南省平顶山市叶县: the address down to the county.
 * Without a county, the province and city that lead it; with neither, nothing.
 */
export function maskHomeAddress(value: string): string {
  const v = value.replace(/\s/g, '');
  const county = DOWN_TO_COUNTY.exec(v);
  if (county) return county[0];
  return DOWN_TO_CITY.exec(v)?.[0] ?? '';
}

/** 张三 → 张*, 张三丰 → 张**: the first character kept. */
export function maskPersonName(value: string): string {
  // Characters as the reader sees them (a rare surname may be two UTF-16 units).
  const chars = Array.from(new Intl.Segmenter('zh').segment(value.trim()), (s) => s.segment);
  if (chars.length === 0) return '*';
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

/**
 * Resident ID numbers (18 characters, the last a digit or X; the old 15-digit form) and mainland
 * mobile numbers (11 digits from 13–19) standing alone in a text, not inside a longer run of digits.
 */
const ID_IN_TEXT = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;

/** 当事人身份证号410422199001011234，电话138 1234 5678 → 当事人身份证号410422********1234，电话138****5678. */
export function maskPersonalNumbersInText(value: string): string {
  return value
    .replace(ID_IN_TEXT, (m) => maskIdNumber(m))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m.replace(/^\+?86[\s-]?/, '')));
}
