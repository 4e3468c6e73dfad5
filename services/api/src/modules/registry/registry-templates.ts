import { BUSINESS_CATEGORY_TABLE, businessCategorySpellings } from '@dsr/domain';
import { templateWorkbook, type TemplateSpec } from '../../common/sheets/template-workbook';
import { columnsOf, commonNotes, type CallerLists, type ColumnDoc } from '../import-sheets/import-template';
import { TARGET_COLUMNS, TARGET_EXAMPLE, type TargetColumn } from './target-sheet';
import { INSPECTOR_COLUMNS, INSPECTOR_EXAMPLE } from './inspector-import.service';

/** The registry's two import templates (R18): targets and inspectors, with their 填写说明 and dropdowns. */

const TARGET_DOCS: Record<TargetColumn, ColumnDoc> = {
  name: { required: '必填', meaning: '检查对象名称：单位名称或个人姓名', format: '文本，不超过200字' },
  holderKind: {
    required: '选填',
    meaning: '单位或个人；留空时按所填代码判断',
    format: '文本',
    accepted: '单位（或：企业、组织、法人）；个人（或：自然人、个体）',
    list: '类型',
  },
  uscc: {
    required: '单位必填',
    meaning: '统一社会信用代码',
    format: '18位，含校验位；请把单元格设为“文本”，否则Excel会丢失末尾数字',
  },
  residentId: { required: '个人必填', meaning: '公民身份号码', format: '18位，含校验位；单元格设为“文本”' },
  registrationAuthority: { required: '选填', meaning: '登记机关', format: '文本，不超过100字' },
  legalRepresentative: { required: '选填', meaning: '法定代表人（负责人）', format: '文本，不超过60字' },
  registeredAddress: { required: '选填', meaning: '注册地址或经营地址', format: '文本，不超过300字' },
  regionCode: {
    required: '必填',
    meaning: '所在区域，用于分区域均衡抽取（R25）',
    format: '6、9或12位行政区划代码，须在本单位辖区内；可写“代码 名称”，只取代码',
    list: '区域',
  },
  businessCategory: {
    required: '必填',
    meaning: '行业类别',
    format: '名称、简称或代码',
    accepted: '见下方“行业类别及可接受的简称”表',
    list: '行业类别',
  },
  grade: { required: '选填', meaning: '分级（如 A、B、C）', format: '文本，不超过20字' },
  contactPhone: { required: '选填', meaning: '联系电话', format: '数字、+、-、括号和空格，5至20位' },
  department: { required: '必填', meaning: '管理部门：本单位的执法部门', format: '部门全称', list: '部门' },
  permitNo: {
    required: '选填（填许可证时必填）',
    meaning: '公安许可证号；一行一个许可证',
    format: '文本，不超过100字',
  },
  permitType: {
    required: '选填（填许可证时必填）',
    meaning: '许可证类型',
    format: '文本，不超过100字',
    accepted: '如：特种行业许可证、娱乐场所备案、易制毒化学品购买备案证明',
  },
  permitValidUntil: {
    required: '选填',
    meaning: '许可证有效期至（含当日）',
    format: 'YYYY-MM-DD（也可写 2029/12/31、2029年12月31日，或Excel日期）',
  },
};

const INSPECTOR_DOCS: Record<(typeof INSPECTOR_COLUMNS)[number]['key'], ColumnDoc> = {
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

const CATEGORY_TABLE = {
  title: '行业类别及可接受的简称（导入时以下写法均可）',
  rows: [
    ['行业类别', '代码', '可接受的写法'],
    ...BUSINESS_CATEGORY_TABLE.map((c) => [c.name, c.code, businessCategorySpellings(c.code).join('、')]),
  ],
};

export function targetTemplate(lists: CallerLists): Promise<Buffer> {
  const spec: TemplateSpec = {
    sheetName: '检查对象名录',
    columns: columnsOf(TARGET_COLUMNS, TARGET_DOCS),
    example: TARGET_COLUMNS.map((c) => TARGET_EXAMPLE[c.key] ?? null),
    lists: {
      类型: ['单位', '个人'],
      行业类别: BUSINESS_CATEGORY_TABLE.map((c) => c.name),
      区域: lists.regions,
      部门: lists.departments,
    },
    notes: commonNotes('检查对象名录库', lists),
    tables: [CATEGORY_TABLE],
  };
  return templateWorkbook(spec);
}

export function inspectorTemplate(lists: CallerLists): Promise<Buffer> {
  return templateWorkbook({
    sheetName: '执法检查人员名录',
    columns: columnsOf(INSPECTOR_COLUMNS, INSPECTOR_DOCS),
    example: INSPECTOR_COLUMNS.map((c) => INSPECTOR_EXAMPLE[c.key] ?? null),
    lists: { 性别: ['男', '女'], 部门: lists.departments },
    notes: commonNotes('执法检查人员名录库', lists),
  });
}
