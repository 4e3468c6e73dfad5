/**
 * Trades under police licensing or supervision (检查对象的行业类别), as codes with their Chinese
 * names. Items name the categories they apply to; targets carry one. Drawn from the source
 * regulations (002 附件2, 003 三) and the usual public-security licensing list.
 */
export const BUSINESS_CATEGORIES = {
  HOTEL: '旅馆业',
  INTERNET_CAFE: '互联网上网服务营业场所（网吧）',
  ENTERTAINMENT: '娱乐场所',
  PRECURSOR_CHEMICALS: '易制毒化学品从业单位',
  SECURITY_SERVICE: '保安服务公司',
  BLASTING: '爆破作业单位',
  CIVIL_EXPLOSIVES: '民用爆炸物品从业单位',
  HAZARDOUS_CHEMICALS: '剧毒及易制爆危险化学品从业单位',
  SEAL_ENGRAVING: '公章刻制业',
  PAWN: '典当业',
  SCRAP_METAL: '废旧金属收购业',
  SECOND_HAND_VEHICLES: '机动车修理及旧机动车交易业',
  LOCKSMITH: '开锁业',
  LOGISTICS: '寄递物流业',
  FIRE_SAFETY: '消防安全重点单位',
  NETWORK_OPERATOR: '网络运营者（网络安全等级保护）',
  FIREARMS: '枪支弹药使用单位',
  OTHER: '其他',
} as const;

export type BusinessCategory = keyof typeof BUSINESS_CATEGORIES;

export function isBusinessCategory(code: string): code is BusinessCategory {
  return Object.prototype.hasOwnProperty.call(BUSINESS_CATEGORIES, code);
}

/** The code of a Chinese name as bureaus write it in sheets (exact name, or a known short form). */
export function businessCategoryByName(name: string): BusinessCategory | null {
  const n = name.trim();
  for (const [code, label] of Object.entries(BUSINESS_CATEGORIES)) {
    if (label === n || label.replace(/（.*）/, '') === n) return code as BusinessCategory;
  }
  const shortForms: Record<string, BusinessCategory> = { 网吧: 'INTERNET_CAFE', 旅馆: 'HOTEL', 宾馆: 'HOTEL', 易制毒: 'PRECURSOR_CHEMICALS', 保安公司: 'SECURITY_SERVICE' };
  for (const [short, code] of Object.entries(shortForms)) if (n.includes(short)) return code;
  return null;
}
