import {
  businessCategoryByName,
  chinaDay,
  parseIsoDate,
  parseResidentId,
  parseUscc,
  DomainError,
  isPhoneNumber,
  isRegionCode,
  trimmedOrNull,
  type BusinessCategory,
  type HolderKind,
} from '@dsr/domain';
import type { ColumnSpec, SheetIssue, SheetValues } from '../../common/sheets/sheet-types';

/** The target directory as bureaus exchange it (R18): Chinese headers, one target a row. */
export const TARGET_COLUMNS = [
  { key: 'name', header: '名称', aliases: ['检查对象名称', '单位名称', '姓名'], width: 30 },
  { key: 'holderKind', header: '类型', aliases: ['对象类型'], optional: true, width: 8 },
  { key: 'uscc', header: '统一社会信用代码', aliases: ['社会信用代码'], optional: true, width: 22 },
  { key: 'residentId', header: '公民身份号码', aliases: ['身份证号码', '身份证号'], optional: true, width: 22 },
  { key: 'registrationAuthority', header: '登记机关', optional: true, width: 20 },
  {
    key: 'legalRepresentative',
    header: '法定代表人',
    aliases: ['负责人', '法定代表人（负责人）'],
    optional: true,
    width: 12,
  },
  { key: 'registeredAddress', header: '注册地址', aliases: ['地址', '经营地址'], optional: true, width: 30 },
  { key: 'regionCode', header: '区域代码', aliases: ['行政区划代码', '所在区域代码'], width: 12 },
  { key: 'businessCategory', header: '行业类别', aliases: ['行业'], width: 16 },
  { key: 'grade', header: '等级', aliases: ['分级'], optional: true, width: 6 },
  { key: 'contactPhone', header: '联系电话', aliases: ['电话'], optional: true, width: 16 },
  { key: 'department', header: '管理部门', aliases: ['部门', '主管部门'], width: 14 },
  // One police permit a row, optional (R9): written as a permit of the target.
  { key: 'permitNo', header: '许可证号', aliases: ['许可证编号', '许可证件号'], optional: true, width: 20 },
  {
    key: 'permitType',
    header: '许可证类型',
    aliases: ['许可类型', '许可证名称', '许可证种类'],
    optional: true,
    width: 18,
  },
  {
    key: 'permitValidUntil',
    header: '有效期至',
    aliases: ['许可证有效期至', '有效期止', '许可证有效期'],
    optional: true,
    width: 12,
  },
] as const satisfies readonly ColumnSpec[];

export type TargetColumn = (typeof TARGET_COLUMNS)[number]['key'];

export const TARGET_EXAMPLE: Partial<Record<TargetColumn, string>> = {
  name: '南乐县迎宾宾馆',
  holderKind: '单位',
  uscc: '914403001922038216',
  registrationAuthority: '南乐县市场监督管理局',
  legalRepresentative: '王五',
  registeredAddress: '南乐县城关镇人民路1号',
  regionCode: '410923',
  businessCategory: '旅馆业',
  grade: 'B',
  contactPhone: '0393-1234567',
  department: '治安大队',
  permitNo: '豫公特旅字第410923001号',
  permitType: '特种行业许可证',
  permitValidUntil: '2029-12-31',
};

/** A police permit as one row gives it. */
export interface PermitRecord {
  permitType: string;
  permitNo: string;
  validUntil: string | null;
}

export interface TargetRecord {
  holderKind: 'ORGANISATION' | 'PERSON';
  name: string;
  uscc: string | null;
  residentId: string | null;
  registrationAuthority: string | null;
  legalRepresentative: string | null;
  registeredAddress: string | null;
  regionCode: string;
  businessCategory: BusinessCategory;
  grade: string | null;
  contactPhone: string | null;
  departmentName: string;
  permit: PermitRecord | null;
}

const header = (key: TargetColumn) => TARGET_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** One row → a target, or the row's errors (each naming its column). No database here. */
export function parseTargetRow(
  rowNumber: number,
  v: SheetValues<TargetColumn>,
  divisionCode: string,
  today = chinaDay(new Date()),
): TargetRecord | SheetIssue[] {
  const errors: SheetIssue[] = [];
  const err: RowError = (key, code, message) =>
    errors.push({ row: rowNumber, column: header(key), code, message: `${header(key)}：${message}` });
  const text = (key: TargetColumn, max: number) => {
    const s = trimmedOrNull(v[key]);
    if (s && s.length > max) err(key, 'VALUE_TOO_LONG', `不超过 ${max} 个字`);
    return s;
  };
  const name = text('name', 200);
  if (!name) err('name', 'REQUIRED', '必填');
  const holderKind = holderKindOf(v);
  if (!holderKind) err('holderKind', 'BAD_VALUE', '应为“单位”或“个人”');
  const codes = codesOf(v, holderKind, today, err);
  const region = regionOf(v, divisionCode, err);
  const category = categoryOf(v, err);
  const phone = text('contactPhone', 20);
  if (phone && !isPhoneNumber(phone)) err('contactPhone', 'BAD_PHONE', '格式不正确');
  const departmentName = v.department?.trim() ?? '';
  if (!departmentName) err('department', 'REQUIRED', '必填');
  const record: TargetRecord = {
    holderKind: holderKind ?? 'ORGANISATION',
    name: name ?? '',
    ...codes,
    registrationAuthority: text('registrationAuthority', 100),
    legalRepresentative: text('legalRepresentative', 60),
    registeredAddress: text('registeredAddress', 300),
    regionCode: region,
    businessCategory: category ?? 'OTHER',
    grade: text('grade', 20),
    contactPhone: phone,
    departmentName,
    permit: parsePermit(v, text, err),
  };
  return errors.length ? errors : record;
}

type RowError = (key: TargetColumn, code: string, message: string) => void;

const UNIT_WORDS = /^(单位|企业|组织|法人)$/;
const PERSON_WORDS = /^(个人|自然人|个体)$/;

/** 单位 or 个人 as written; with the column empty, what the codes say (a unit by default). */
function holderKindOf(v: SheetValues<TargetColumn>): HolderKind | null {
  const kindText = v.holderKind?.trim() || '';
  if (kindText === '') return v.uscc || !v.residentId ? 'ORGANISATION' : 'PERSON';
  if (UNIT_WORDS.test(kindText)) return 'ORGANISATION';
  return PERSON_WORDS.test(kindText) ? 'PERSON' : null;
}

/** A unit's credit code or a person's resident id, checked and upper-cased. */
function codesOf(v: SheetValues<TargetColumn>, holderKind: HolderKind | null, today: string, err: RowError) {
  const codes: { uscc: string | null; residentId: string | null } = { uscc: null, residentId: null };
  const check = (key: TargetColumn, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof DomainError) err(key, e.code, e.message);
      else throw e;
    }
  };
  if (holderKind !== 'PERSON') {
    const raw = v.uscc?.trim();
    if (!raw) err('uscc', 'REQUIRED', '单位须填写统一社会信用代码');
    else
      check('uscc', () => {
        parseUscc(raw);
        codes.uscc = raw.toUpperCase();
      });
  } else {
    const raw = v.residentId?.trim();
    if (!raw) err('residentId', 'REQUIRED', '个人须填写公民身份号码');
    else
      check('residentId', () => {
        parseResidentId(raw, today);
        codes.residentId = raw.toUpperCase();
      });
  }
  return codes;
}

/**
 * The region code, inside the bureau's division. The template's dropdown offers “410422101 廉村镇”:
 * the code is what counts.
 */
function regionOf(v: SheetValues<TargetColumn>, divisionCode: string, err: RowError): string {
  const region = /^(\d+)(?:[\s（(].*)?$/.exec(v.regionCode?.trim() ?? '')?.[1] ?? v.regionCode?.trim() ?? '';
  if (!isRegionCode(region)) err('regionCode', 'BAD_REGION', '应为 6、9 或 12 位行政区划代码');
  else if (divisionCode.length > 2 && !region.startsWith(divisionCode)) {
    err('regionCode', 'REGION_OUTSIDE_BUREAU', `${region} 不在本单位辖区（${divisionCode}）内`);
  }
  return region;
}

/** The trade, by its name or short name. */
function categoryOf(v: SheetValues<TargetColumn>, err: RowError) {
  const catText = v.businessCategory?.trim() ?? '';
  const category = businessCategoryByName(catText);
  if (!category) {
    const hint = '（可用的名称和简称见模板“填写说明”表，如：旅馆业、网吧、娱乐场所）';
    err('businessCategory', 'UNKNOWN_CATEGORY', `未知的行业类别“${catText}”${hint}`);
  }
  return category;
}

/** YYYY-MM-DD, also written 2029/12/31, 2029.12.31 or 2029年12月31日 (an Excel date cell reads as YYYY-MM-DD). */
function isoDay(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  return parseIsoDate(m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text, 'validUntil');
}

/** 许可证号, 许可证类型, 有效期至: all empty (no permit), or a number and a type, with an optional last day. */
function parsePermit(
  v: SheetValues<TargetColumn>,
  text: (key: TargetColumn, max: number) => string | null,
  err: (key: TargetColumn, code: string, message: string) => void,
): PermitRecord | null {
  const permitNo = text('permitNo', 100);
  const permitType = text('permitType', 100);
  const until = trimmedOrNull(v.permitValidUntil);
  if (!permitNo && !permitType && !until) return null;
  if (!permitNo) err('permitNo', 'REQUIRED', '填写了许可证类型或有效期时必填');
  if (!permitType) err('permitType', 'REQUIRED', '填写了许可证号或有效期时必填');
  let validUntil: string | null = null;
  if (until) {
    try {
      validUntil = isoDay(until);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      err('permitValidUntil', 'INVALID_DATE', `“${until}”不是有效日期（应为 YYYY-MM-DD，如 2029-12-31）`);
    }
  }
  return permitNo && permitType ? { permitType, permitNo, validUntil } : null;
}
