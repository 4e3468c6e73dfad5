/**
 * The three import templates (R18) with their 填写说明 and dropdowns. Column documentation is keyed
 * by the layouts' keys, so a column added to a layout without its documentation does not compile.
 * The department and region dropdowns are the caller's bureau's: a template fetched without
 * signing in has the fixed lists only (categories, kinds, gender).
 */
import { Bureau, Department } from '@dsr/db';
import { BUSINESS_CATEGORY_TABLE, businessCategorySpellings } from '@dsr/domain';
import type { RequestContext } from './context';
import { templateWorkbook, TEMPLATE_VALIDATED_ROWS, type TemplateColumn, type TemplateSpec } from './common/sheets/template-workbook';
import type { ColumnSpec } from './common/sheets/sheet-types';
import { CATEGORY_LABELS, METHOD_LABELS } from './common/sheets/item-fields';
import { ITEM_COLUMNS, type ItemColumnKey } from './common/sheets/item-sheet';
import { TARGET_COLUMNS, TARGET_EXAMPLE, type TargetColumn } from './modules/registry/target-sheet';
import { INSPECTOR_COLUMNS, INSPECTOR_EXAMPLE } from './modules/registry/inspector-import.service';

type Doc = Omit<TemplateColumn, 'header' | 'width'>;

/** The caller's departments and regions; empty when nobody is signed in. */
export interface CallerLists {
  departments: string[];
  regions: string[];
}

/** Active enforcement departments of the bureau, and its regions: the bureau and the bureaus below it, and the codes its targets already use. */
export async function callerLists(ctx: RequestContext | null): Promise<CallerLists> {
  const p = ctx?.principal;
  if (!ctx || !p) return { departments: [], regions: [] };
  const departments = await ctx.em.find(Department, { bureauId: p.bureauId, active: true, kind: { $in: ['POLICE', 'EXTERNAL'] } }, { orderBy: { code: 'asc' } });
  const own = (await ctx.loaders.bureau.load(p.bureauId))!;
  const bureaus = await ctx.em.find(Bureau, {}, { orderBy: { divisionCode: 'asc' } });
  const used = await ctx.em.execute<{ code: string }[]>('select distinct region_code as code from target where bureau_id = ? order by 1 limit 500', [p.bureauId]);
  const names = new Map(bureaus.filter((b) => b.divisionCode.startsWith(own.divisionCode)).map((b) => [b.divisionCode, b.name.replace(/公安(局|厅)$/, '')]));
  const codes = [...new Set([...names.keys(), ...used.map((u) => u.code)])].filter((c) => /^\d{6}(\d{3}){0,2}$/.test(c)).sort();
  return { departments: departments.map((d) => d.name), regions: codes.map((c) => (names.has(c) ? `${c} ${names.get(c)}` : c)) };
}

function columnsOf<K extends string>(layout: readonly ColumnSpec<K>[], docs: Record<K, Doc>): TemplateColumn[] {
  return layout.map((c) => ({ header: c.header, width: c.width, ...docs[c.key] }));
}

function commonNotes(kind: string, lists: CallerLists): string[] {
  return [
    `${kind}导入模板：第一张表填写数据，一行一条；表头请勿修改（列的顺序可以调整，可删除选填列）。红色表头为必填列。`,
    '不认识的列不会导入：导入结果会列出这些列（提示），错误表中以黄色标出。',
    '先用“只校验”（mode=validate）检查，全部无误后再导入（mode=commit）：有一行错误则整个文件都不导入。',
    `前 ${TEMPLATE_VALIDATED_ROWS} 行带有下拉选项；不在列表中的值会提示，但简称等可接受的写法仍可导入。`,
    ...(lists.departments.length ? [] : ['登录后下载的模板带有本单位的部门和区域下拉选项。']),
  ];
}

const TARGET_DOCS: Record<TargetColumn, Doc> = {
  name: { required: '必填', meaning: '检查对象名称：单位名称或个人姓名', format: '文本，不超过200字' },
  holderKind: { required: '选填', meaning: '单位或个人；留空时按所填代码判断', format: '文本', accepted: '单位（或：企业、组织、法人）；个人（或：自然人、个体）', list: '类型' },
  uscc: { required: '单位必填', meaning: '统一社会信用代码', format: '18位，含校验位；请把单元格设为“文本”，否则Excel会丢失末尾数字' },
  residentId: { required: '个人必填', meaning: '公民身份号码', format: '18位，含校验位；单元格设为“文本”' },
  registrationAuthority: { required: '选填', meaning: '登记机关', format: '文本，不超过100字' },
  legalRepresentative: { required: '选填', meaning: '法定代表人（负责人）', format: '文本，不超过60字' },
  registeredAddress: { required: '选填', meaning: '注册地址或经营地址', format: '文本，不超过300字' },
  regionCode: { required: '必填', meaning: '所在区域，用于分区域均衡抽取（R25）', format: '6、9或12位行政区划代码，须在本单位辖区内；可写“代码 名称”，只取代码', list: '区域' },
  businessCategory: { required: '必填', meaning: '行业类别', format: '名称、简称或代码', accepted: '见下方“行业类别及可接受的简称”表', list: '行业类别' },
  grade: { required: '选填', meaning: '分级（如 A、B、C）', format: '文本，不超过20字' },
  contactPhone: { required: '选填', meaning: '联系电话', format: '数字、+、-、括号和空格，5至20位' },
  department: { required: '必填', meaning: '管理部门：本单位的执法部门', format: '部门全称', list: '部门' },
  permitNo: { required: '选填（填许可证时必填）', meaning: '公安许可证号；一行一个许可证', format: '文本，不超过100字' },
  permitType: { required: '选填（填许可证时必填）', meaning: '许可证类型', format: '文本，不超过100字', accepted: '如：特种行业许可证、娱乐场所备案、易制毒化学品购买备案证明' },
  permitValidUntil: { required: '选填', meaning: '许可证有效期至（含当日）', format: 'YYYY-MM-DD（也可写 2029/12/31、2029年12月31日，或Excel日期）' },
};

const INSPECTOR_DOCS: Record<(typeof INSPECTOR_COLUMNS)[number]['key'], Doc> = {
  name: { required: '必填', meaning: '姓名', format: '文本，不超过60字' },
  gender: { required: '必填', meaning: '性别', format: '男或女', list: '性别' },
  department: { required: '必填', meaning: '所属执法部门（本单位）', format: '部门全称', list: '部门' },
  badgeNo: { required: '民警必填', meaning: '警号：本单位内不重复，重复导入时据此更新', format: '文本，不超过20字' },
  warrantNo: { required: '民警必填', meaning: '警官证号', format: '文本，不超过30字' },
  warrantValidUntil: { required: '选填', meaning: '证件有效期至', format: 'YYYY-MM-DD 或 Excel 日期' },
  agencyCertificateNo: { required: '外部机关人员必填', meaning: '行政执法证号', format: '文本，不超过40字' },
  post: { required: '选填', meaning: '岗位', format: '文本，不超过60字' },
  duty: { required: '选填', meaning: '职务', format: '文本，不超过60字' },
  skills: { required: '选填', meaning: '专业技能（抽取时按事项所需技能匹配）', format: '多项用“、”分隔' },
  phone: { required: '选填', meaning: '联系电话', format: '文本' },
};

const ITEM_DOCS: Record<ItemColumnKey, Doc> = {
  no: { required: '选填', meaning: '序号（不导入）', format: '数字' },
  issuer: { required: '选填', meaning: '发布事项的机关（如 县公安局；不导入）', format: '文本' },
  name: { required: '必填', meaning: '抽查事项名称；同一检查主体下不重复', format: '文本，不超过200字' },
  legalBasis: { required: '必填', meaning: '抽查依据', format: '《法规名称》加条款，多部用“；”分隔，如：《旅馆业治安管理办法》第三条' },
  department: { required: '必填', meaning: '检查主体：本单位的执法部门', format: '部门全称', list: '部门' },
  category: { required: '必填', meaning: '事项类别', format: '文本', accepted: Object.values(CATEGORY_LABELS).join('；'), list: '事项类别' },
  targetType: { required: '必填', meaning: '检查对象（如 全县网吧业）', format: '文本，不超过200字' },
  samplingRatio: { required: '必填', meaning: '抽查比例（不低于本单位规定的最低比例）', format: '百分比，最多两位小数，如 10% 或 0.5%' },
  frequencyPerYear: { required: '必填', meaning: '每年抽查次数', format: '整数，1 至 366，如 2 或 2次/年' },
  methods: { required: '必填', meaning: '检查方式', format: '多种用“、”分隔', accepted: Object.values(METHOD_LABELS).join('、') },
  notes: { required: '选填', meaning: '备注', format: '文本，不超过2000字' },
};

const CATEGORY_TABLE = {
  title: '行业类别及可接受的简称（导入时以下写法均可）',
  rows: [['行业类别', '代码', '可接受的写法'], ...BUSINESS_CATEGORY_TABLE.map((c) => [c.name, c.code, businessCategorySpellings(c.code).join('、')])],
};

export function targetTemplate(lists: CallerLists): Promise<Buffer> {
  const spec: TemplateSpec = {
    sheetName: '检查对象名录', columns: columnsOf(TARGET_COLUMNS, TARGET_DOCS), example: TARGET_COLUMNS.map((c) => TARGET_EXAMPLE[c.key] ?? null),
    lists: { 类型: ['单位', '个人'], 行业类别: BUSINESS_CATEGORY_TABLE.map((c) => c.name), 区域: lists.regions, 部门: lists.departments },
    notes: commonNotes('检查对象名录库', lists), tables: [CATEGORY_TABLE],
  };
  return templateWorkbook(spec);
}

export function inspectorTemplate(lists: CallerLists): Promise<Buffer> {
  return templateWorkbook({
    sheetName: '执法检查人员名录', columns: columnsOf(INSPECTOR_COLUMNS, INSPECTOR_DOCS), example: INSPECTOR_COLUMNS.map((c) => INSPECTOR_EXAMPLE[c.key] ?? null),
    lists: { 性别: ['男', '女'], 部门: lists.departments }, notes: commonNotes('执法检查人员名录库', lists),
  });
}

export function itemTemplate(lists: CallerLists): Promise<Buffer> {
  const example: Record<ItemColumnKey, string | number | null> = {
    no: 1, issuer: '县公安局', name: '对网吧业的抽查', legalBasis: '《互联网上网服务营业场所管理条例》（国务院第363号令）', department: '网安大队',
    category: '一般检查事项', targetType: '全县网吧业', samplingRatio: '10%', frequencyPerYear: 2, methods: '实地检查', notes: null,
  };
  return templateWorkbook({
    sheetName: '随机抽查事项清单', columns: columnsOf(ITEM_COLUMNS, ITEM_DOCS), example: ITEM_COLUMNS.map((c) => example[c.key]),
    lists: { 事项类别: Object.values(CATEGORY_LABELS), 部门: lists.departments }, notes: commonNotes('随机抽查事项清单', lists),
  });
}
