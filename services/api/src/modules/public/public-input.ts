import { GraphQLError } from 'graphql';
import { PUBLICATION_KINDS, type PublicationKind } from '@dsr/domain';

/** A refused public query: a Chinese message and a code, decided before anything is read. */
export function refused(code: string, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export interface LookUpInput {
  creditCode?: string | null;
  name?: string | null;
  bureauCode?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

export type LookUp =
  | { by: 'creditCode'; creditCode: string }
  | { by: 'name'; name: string; grams: string[] }
  | { by: 'bureau'; bureauCode: string; kind: PublicationKind; from: Date; to: Date };

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A bureau look-up covers at most a year (open data gives everything at once). */
export const MAX_RANGE_DAYS = 366;
export const PAGE = { default: 20, max: 50, maxOffset: 1000 } as const;

/** A China day's start (UTC+8) as an instant; null when the text is not a real date. */
function chinaDayStart(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const at = new Date(`${day}T00:00:00+08:00`);
  return Number.isNaN(at.getTime()) || new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10) !== day
    ? null
    : at;
}

/** Every character and pair of adjacent characters, as app_private.name_grams (migration 0004) makes them. */
export function gramsOf(name: string): string[] {
  const s = name.toLowerCase();
  if (s.length <= 2) return [s];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) pairs.add(s.slice(i, i + 2));
  return [...pairs];
}

function bureauLookUp(input: LookUpInput): LookUp {
  const kind = input.kind;
  if (!kind || !(PUBLICATION_KINDS as readonly string[]).includes(kind))
    throw refused('BAD_USER_INPUT', '按公示机关查询时须指定公示类别', 'kind');
  const from = chinaDayStart(input.from ?? '');
  const last = chinaDayStart(input.to ?? '');
  if (!from || !last) throw refused('DATE_RANGE_REQUIRED', '按公示机关查询时须给出起止日期（YYYY-MM-DD）', 'from');
  const days = (last.getTime() - from.getTime()) / 86_400_000 + 1;
  if (days < 1 || days > MAX_RANGE_DAYS)
    throw refused('BAD_USER_INPUT', `日期范围须在 1 至 ${MAX_RANGE_DAYS} 天之间`, 'to');
  const bureauCode = input.bureauCode?.trim() ?? '';
  if (!/^\d{2}(\d{2}){0,2}$/.test(bureauCode))
    throw refused('BAD_USER_INPUT', '公示机关代码应为行政区划代码', 'bureauCode');
  return { by: 'bureau', bureauCode, kind: kind as PublicationKind, from, to: new Date(last.getTime() + 86_400_000) };
}

/**
 * Look-ups, not listings: exactly one of a credit code (exact), a name of at least two characters,
 * or a bureau with a kind and a date range. No filter, or a one-character name, is refused with a
 * code before the database is touched.
 */
export function lookUpOf(input: LookUpInput): LookUp {
  const creditCode = input.creditCode?.trim() ?? '';
  const name = input.name?.trim() ?? '';
  const bureau = input.bureauCode?.trim() ?? '';
  const given = [creditCode, name, bureau].filter((v) => v !== '').length;
  if (given === 0)
    throw refused(
      'FILTER_REQUIRED',
      '请给出统一社会信用代码、名称（至少两个字）或公示机关与日期范围之一，不提供全量列表',
    );
  if (given > 1) throw refused('BAD_USER_INPUT', '一次只能按一种条件查询：信用代码、名称或公示机关');
  if (creditCode) {
    const code = creditCode.toUpperCase();
    if (!CREDIT_CODE.test(code)) throw refused('BAD_USER_INPUT', '统一社会信用代码应为 18 位', 'creditCode');
    return { by: 'creditCode', creditCode: code };
  }
  if (name) {
    if (Array.from(name).length < 2) throw refused('NAME_TOO_SHORT', '按名称查询至少需要两个字', 'name');
    if (name.length > 100) throw refused('BAD_USER_INPUT', '名称过长', 'name');
    return { by: 'name', name: name.toLowerCase(), grams: gramsOf(name) };
  }
  return bureauLookUp(input);
}

export function pageOf(page: { limit?: number | null; offset?: number | null } | null | undefined) {
  const limit = page?.limit ?? PAGE.default;
  const offset = page?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE.max)
    throw refused('BAD_USER_INPUT', `每页条数须在 1 至 ${PAGE.max} 之间`, 'limit');
  if (!Number.isInteger(offset) || offset < 0 || offset > PAGE.maxOffset)
    throw refused('BAD_USER_INPUT', `翻页起点须在 0 至 ${PAGE.maxOffset} 之间，请缩小查询条件`, 'offset');
  return { limit, offset };
}

export function idOf(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw refused('BAD_USER_INPUT', '编号格式不正确', field);
  return id.toLowerCase();
}
