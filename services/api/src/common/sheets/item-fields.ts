/**
 * The cells of an item list (一单, R2) as bureaus fill them in — 叶县公安局 2023 附件2 — turned
 * into the item's fields, and back. Each parser returns the value or a coded Chinese problem.
 */
import type { InspectionMethod, ItemCategory, LegalBasis } from '@dsr/db';

export type FieldResult<T> = { value: T } | { code: string; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ value });
const problem = (code: string, message: string): FieldResult<never> => ({ code, message });

/** Limits of the item input (catalog.types.ts), checked here so the error sheet shows them. */
export const ITEM_LIMITS = { text: 200, notes: 2000, legalBasis: 50 } as const;

// ---------------------------------------------------------------- 抽查依据

/** Separators and connectives between laws and around article lists. */
const LEADING = /^[\s、，,；;。]+/;
const TRAILING = /[\s、，,；;。]*(?:以及|和|及|与)?[\s、，,；;。]*$/;
/** “依据《…》”: words before the first title that are not a law themselves. */
const LEAD_IN = /^(?:依据|根据|按照|依照)?$/;
/** A parenthesis right after the title belongs to the law: 《…》（国务院令第445号）. */
const PARENTHESIS = /^\s*[（(][^（）()]*[）)]/;
const ARTICLES = /^(.+?)(第[〇零一二三四五六七八九十百千\d]+条.*)$/;

function trimSeparators(s: string): string {
  return s.replace(LEADING, '').replace(TRAILING, '');
}

/** Laws written without 《》: “旅馆业治安管理办法；治安管理处罚法第十条、第十一条”. */
function lawsWithoutTitles(text: string): LegalBasis[] {
  const out: LegalBasis[] = [];
  for (const part of text
    .split(/[、，,；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const previous = out.at(-1);
    if (part.startsWith('第') && previous) {
      // “第十一条” after “…第十条、”: another article of the same law.
      previous.articles = previous.articles ? `${previous.articles}、${part}` : part;
      continue;
    }
    const m = ARTICLES.exec(part);
    out.push(m ? { law: m[1].trim(), articles: m[2].trim() } : { law: part, articles: null });
  }
  return out;
}

/**
 * 抽查依据 → one entry per law: each 《title》 with the parenthesis that follows it is a law, and
 * the text up to the next 《 its articles (“第三条第三十二条”), or null.
 */
export function parseLegalBasis(text: string): FieldResult<LegalBasis[]> {
  const invalid = (why: string) => problem('LEGAL_BASIS_INVALID', `抽查依据${why}`);
  const first = text.indexOf('《');
  const lead = trimSeparators(first < 0 ? text : text.slice(0, first));
  const laws: LegalBasis[] = LEAD_IN.test(lead) ? [] : lawsWithoutTitles(lead);
  for (let at = first; at >= 0;) {
    const close = text.indexOf('》', at);
    if (close < 0 || text.slice(at + 1, close).includes('《')) return invalid('中的书名号《》不成对');
    if (text.slice(at + 1, close).trim() === '') return invalid('的书名号《》中没有法规名称');
    let end = close + 1;
    for (let m = PARENTHESIS.exec(text.slice(end)); m; m = PARENTHESIS.exec(text.slice(end))) end += m[0].length;
    const next = text.indexOf('《', end);
    const between = text.slice(end, next < 0 ? undefined : next);
    if (between.includes('》')) return invalid('中的书名号《》不成对');
    laws.push({ law: text.slice(at, end).trim(), articles: trimSeparators(between) || null });
    at = next;
  }
  if (laws.length === 0) return invalid('为空');
  if (laws.length > ITEM_LIMITS.legalBasis) return invalid(`最多${ITEM_LIMITS.legalBasis}条`);
  const long = laws.find((l) => l.law.length > ITEM_LIMITS.text || (l.articles?.length ?? 0) > ITEM_LIMITS.text);
  if (long) return invalid(`中的法规名称和条款各不得超过${ITEM_LIMITS.text}字：${long.law.slice(0, 20)}…`);
  return ok(laws);
}

export function formatLegalBasis(laws: readonly LegalBasis[]): string {
  return laws.map((l) => `${l.law}${l.articles ?? ''}`).join('；');
}

// ---------------------------------------------------------------- 抽查比例

/**
 * 抽查比例 → basis points, exactly (no floating point): “10%”, “10％”, “3 %”, “0.5%”, or a bare
 * number meaning percent. 1 bp = 0.01%, so at most two decimals.
 */
export function parseRatio(text: string): FieldResult<number> {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?%?$/.exec(s);
  if (!m) return problem('RATIO_INVALID', `抽查比例“${text}”无法识别，应填写百分比，如 10%`);
  const [, sign, whole, fraction = ''] = m;
  if (/[1-9]/.test(fraction.slice(2))) return problem('RATIO_INVALID', `抽查比例“${text}”最多保留两位小数（0.01%）`);
  const bp = whole.length > 6 ? Infinity : Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (sign === '-' || bp < 1 || bp > 10000)
    return problem('RATIO_OUT_OF_RANGE', `抽查比例“${text}”应在0.01%至100%之间`);
  return ok(bp);
}

/** 1000 → “10%”, 5 → “0.05%”, 550 → “5.5%”. */
export function formatRatio(bp: number): string {
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${Math.floor(bp / 100)}${fraction ? `.${fraction}` : ''}%`;
}

// ---------------------------------------------------------------- 抽查频次/年

/** At most daily; a larger number is a typing error (and would not fit the schema's integer). */
const MAX_FREQUENCY = 366;

/** 抽查频次/年 → an integer ≥ 1 (R3). “2”, “2次”, “2次/年”, “每年2次”. */
export function parseFrequency(text: string): FieldResult<number> {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(?:每年)?(-?\d+(?:\.\d+)?)次?(?:\/年|每年)?$/.exec(s);
  if (!m || !Number.isInteger(Number(m[1])))
    return problem('FREQUENCY_INVALID', `抽查频次“${text}”应为每年次数（整数），如 2`);
  const n = Number(m[1]);
  if (n < 1) return problem('FREQUENCY_BELOW_MINIMUM', '每项检查事项年度抽查频次不得少于1次');
  if (n > MAX_FREQUENCY)
    return problem('FREQUENCY_INVALID', `抽查频次“${text}”超出合理范围（每年最多${MAX_FREQUENCY}次）`);
  return ok(n);
}

// ---------------------------------------------------------------- 事项类别

export const CATEGORY_LABELS: Readonly<Record<ItemCategory, string>> = {
  GENERAL: '一般检查事项',
  KEY: '重点检查事项',
  GENERAL_AND_KEY: '一般检查事项和重点检查事项相结合',
};

/** 一般检查事项 / 重点检查事项 / anything naming both (叶县: “选择一般检查事项和重点检查事项相结合”). */
export function parseCategory(text: string): FieldResult<ItemCategory> {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const general = s.includes('一般');
  const key = s.includes('重点');
  if (general && key) return ok('GENERAL_AND_KEY');
  if (general && /^一般(?:检查)?(?:事项)?$/.test(s)) return ok('GENERAL');
  if (key && /^重点(?:检查)?(?:事项)?$/.test(s)) return ok('KEY');
  return problem(
    'ITEM_BAD_CATEGORY',
    `事项类别“${text}”无法识别，应为：一般检查事项、重点检查事项，或一般检查事项和重点检查事项相结合`,
  );
}

// ---------------------------------------------------------------- 检查方式

export const METHOD_LABELS: Readonly<Record<InspectionMethod, string>> = {
  ON_SITE: '实地检查',
  DOCUMENTARY: '书面检查',
  ONLINE: '网络检查',
};

const METHOD_WORDS: ReadonlyArray<[InspectionMethod, readonly string[]]> = [
  ['ON_SITE', ['实地检查', '现场检查', '实地', '现场', '实地核查', '现场核查']],
  ['DOCUMENTARY', ['书面检查', '书面', '书面审查', '书面核查']],
  ['ONLINE', ['网络检查', '网上检查', '网络', '网上', '网络监测', '网上巡查', '网络巡查']],
];
const METHOD_BY_WORD = new Map(METHOD_WORDS.flatMap(([m, words]) => words.map((w) => [w, m] as const)));

/** 检查方式 → methods in the order written, without repeats: “现场检查、书面检查、网络检查”. */
export function parseMethods(text: string): FieldResult<InspectionMethod[]> {
  const words = text
    .normalize('NFKC')
    .split(/[、,/;\s]+|以及|和|及|与/)
    .filter(Boolean);
  const methods: InspectionMethod[] = [];
  const unknown: string[] = [];
  for (const w of words) {
    const m = METHOD_BY_WORD.get(w);
    if (!m) unknown.push(w);
    else if (!methods.includes(m)) methods.push(m);
  }
  if (unknown.length > 0 || methods.length === 0) {
    return problem(
      'ITEM_BAD_METHOD',
      `检查方式“${unknown.join('、') || text}”无法识别，应为：实地检查、书面检查、网络检查（多种用“、”分隔）`,
    );
  }
  return ok(methods);
}
