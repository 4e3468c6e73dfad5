/**
 * Trades under police licensing or supervision (检查对象的行业类别): one table of codes, the
 * Chinese name, and the short forms bureaus write in their sheets. The table is the documentation:
 * the import accepts exactly what it lists (the code, the name, the name without its bracketed
 * part, a short form), and the import template prints it (填写说明) and offers the names in a
 * dropdown. Drawn from the source regulations (002 附件2, 003 三) and the usual public-security
 * licensing list.
 */
export const BUSINESS_CATEGORY_TABLE = [
  { code: 'HOTEL', name: '旅馆业', shortForms: ['旅馆', '宾馆', '酒店', '宾馆业', '酒店业', '旅社', '招待所'] },
  {
    code: 'INTERNET_CAFE',
    name: '互联网上网服务营业场所（网吧）',
    shortForms: ['网吧', '网咖', '网吧业', '上网服务营业场所'],
  },
  { code: 'ENTERTAINMENT', name: '娱乐场所', shortForms: ['歌舞娱乐场所', '游艺娱乐场所', 'KTV'] },
  { code: 'PRECURSOR_CHEMICALS', name: '易制毒化学品从业单位', shortForms: ['易制毒', '易制毒化学品'] },
  { code: 'SECURITY_SERVICE', name: '保安服务公司', shortForms: ['保安公司', '保安服务'] },
  { code: 'BLASTING', name: '爆破作业单位', shortForms: ['爆破作业'] },
  { code: 'CIVIL_EXPLOSIVES', name: '民用爆炸物品从业单位', shortForms: ['民爆', '民用爆炸物品'] },
  {
    code: 'HAZARDOUS_CHEMICALS',
    name: '剧毒及易制爆危险化学品从业单位',
    shortForms: ['剧毒化学品', '易制爆', '易制爆危险化学品', '危险化学品'],
  },
  { code: 'SEAL_ENGRAVING', name: '公章刻制业', shortForms: ['公章刻制', '刻章', '印章刻制'] },
  { code: 'PAWN', name: '典当业', shortForms: ['典当', '典当行'] },
  { code: 'SCRAP_METAL', name: '废旧金属收购业', shortForms: ['废旧金属收购', '废品收购'] },
  {
    code: 'SECOND_HAND_VEHICLES',
    name: '机动车修理及旧机动车交易业',
    shortForms: ['机动车修理', '汽车修理', '旧机动车交易', '二手车交易'],
  },
  { code: 'LOCKSMITH', name: '开锁业', shortForms: ['开锁', '开锁服务'] },
  { code: 'LOGISTICS', name: '寄递物流业', shortForms: ['寄递物流', '寄递', '物流', '快递'] },
  { code: 'FIRE_SAFETY', name: '消防安全重点单位', shortForms: ['消防重点单位'] },
  { code: 'NETWORK_OPERATOR', name: '网络运营者（网络安全等级保护）', shortForms: ['网络运营者', '等级保护', '等保'] },
  { code: 'FIREARMS', name: '枪支弹药使用单位', shortForms: ['枪支弹药', '枪支'] },
  { code: 'OTHER', name: '其他', shortForms: [] },
] as const satisfies readonly { code: string; name: string; shortForms: readonly string[] }[];

export type BusinessCategory = (typeof BUSINESS_CATEGORY_TABLE)[number]['code'];

/** Code → Chinese name. */
export const BUSINESS_CATEGORIES = Object.fromEntries(BUSINESS_CATEGORY_TABLE.map((c) => [c.code, c.name])) as Readonly<
  Record<BusinessCategory, string>
>;

export function isBusinessCategory(code: string): code is BusinessCategory {
  return Object.prototype.hasOwnProperty.call(BUSINESS_CATEGORIES, code);
}

/** Compared after NFKC (full-width brackets and letters become half-width), without white space. */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Every accepted spelling → code; a spelling may name one category only (checked by the domain tests). */
const BY_SPELLING: ReadonlyMap<string, BusinessCategory> = new Map(
  BUSINESS_CATEGORY_TABLE.flatMap((c) =>
    [c.code, c.name, c.name.replace(/（.*）/, ''), ...c.shortForms].map((s) => [comparable(s), c.code] as const),
  ),
);

/** The accepted spellings of one category, as the template lists them. */
export function businessCategorySpellings(code: BusinessCategory): string[] {
  const c = BUSINESS_CATEGORY_TABLE.find((x) => x.code === code);
  if (!c) throw new Error(`unknown business category ${code}`);
  const bare = c.name.replace(/（.*）/, '');
  return [c.name, ...(bare === c.name ? [] : [bare]), ...c.shortForms, c.code];
}

/** The code of a category as bureaus write it in sheets (code, name, name without brackets, or a short form in the table), or null. */
export function businessCategoryByName(name: string): BusinessCategory | null {
  return BY_SPELLING.get(comparable(name)) ?? null;
}
