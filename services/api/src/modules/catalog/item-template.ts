import { templateWorkbook } from '../../common/sheets/template-workbook';
import { CATEGORY_LABELS, METHOD_LABELS } from '../../common/sheets/item-fields';
import { ITEM_COLUMNS, type ItemColumnKey } from '../../common/sheets/item-sheet';
import { columnsOf, commonNotes, type CallerLists, type ColumnDoc } from '../import-sheets/import-template';

/** The item list's import template (R18), with its 填写说明 and dropdowns. */

const ITEM_DOCS: Record<ItemColumnKey, ColumnDoc> = {
  no: { required: '选填', meaning: '序号（不导入）', format: '数字' },
  issuer: { required: '选填', meaning: '发布事项的机关（如 县公安局；不导入）', format: '文本' },
  name: { required: '必填', meaning: '抽查事项名称；同一检查主体下不重复', format: '文本，不超过200字' },
  legalBasis: {
    required: '必填',
    meaning: '抽查依据',
    format: '《法规名称》加条款，多部用“；”分隔，如：《旅馆业治安管理办法》第三条',
  },
  department: { required: '必填', meaning: '检查主体：本单位的执法部门', format: '部门全称', list: '部门' },
  category: {
    required: '必填',
    meaning: '事项类别',
    format: '文本',
    accepted: Object.values(CATEGORY_LABELS).join('；'),
    list: '事项类别',
  },
  targetType: { required: '必填', meaning: '检查对象（如 全县网吧业）', format: '文本，不超过200字' },
  samplingRatio: {
    required: '必填',
    meaning: '抽查比例（不低于本单位规定的最低比例）',
    format: '百分比，最多两位小数，如 10% 或 0.5%',
  },
  frequencyPerYear: { required: '必填', meaning: '每年抽查次数', format: '整数，1 至 366，如 2 或 2次/年' },
  methods: {
    required: '必填',
    meaning: '检查方式',
    format: '多种用“、”分隔',
    accepted: Object.values(METHOD_LABELS).join('、'),
  },
  notes: { required: '选填', meaning: '备注', format: '文本，不超过2000字' },
};

export function itemTemplate(lists: CallerLists): Promise<Buffer> {
  const example: Record<ItemColumnKey, string | number | null> = {
    no: 1,
    issuer: '县公安局',
    name: '对网吧业的抽查',
    legalBasis: '《互联网上网服务营业场所管理条例》（国务院第363号令）',
    department: '网安大队',
    category: '一般检查事项',
    targetType: '全县网吧业',
    samplingRatio: '10%',
    frequencyPerYear: 2,
    methods: '实地检查',
    notes: null,
  };
  return templateWorkbook({
    sheetName: '随机抽查事项清单',
    columns: columnsOf(ITEM_COLUMNS, ITEM_DOCS),
    example: ITEM_COLUMNS.map((c) => example[c.key]),
    lists: { 事项类别: Object.values(CATEGORY_LABELS), 部门: lists.departments },
    notes: commonNotes('随机抽查事项清单', lists),
  });
}
