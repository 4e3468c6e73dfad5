/**
 * How each field of a published document is shown (R48: state secrets, trade secrets and personal
 * privacy stay out; issue 14 §R46–R48). ONE table: every field a document may carry is a row here,
 * with its Chinese label (the national shapes') and its rule for each kind of party. A field that
 * is not in the table cannot be published (maskDocument refuses it).
 */

/** Who the document is about: a unit with a credit code, an individual business (个体工商户), a person. */
export const PARTY_CATEGORIES = ['ORGANISATION', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON'] as const;
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];

export const PARTY_CATEGORY_LABELS: Record<PartyCategory, string> = {
  ORGANISATION: '法人及非法人组织',
  INDIVIDUAL_BUSINESS: '个体工商户',
  NATURAL_PERSON: '自然人',
};

/**
 * PUBLIC: as it is. ID_NUMBER: first 6 and last 4 kept. PHONE: first 3 and last 4 kept
 * (152****9276). HOME_ADDRESS: down to the county. PERSON_NAME: the first character kept (张*).
 * TEXT: words a person wrote (facts, reasons): published, with every resident ID number and mobile
 * number written inside masked as ID_NUMBER and PHONE mask them — a preparer who names the party's
 * ID card or phone in the facts does not publish it. WITHHELD: never published.
 */
export const MASK_RULES = ['PUBLIC', 'ID_NUMBER', 'PHONE', 'HOME_ADDRESS', 'PERSON_NAME', 'TEXT', 'WITHHELD'] as const;
export type MaskRule = (typeof MASK_RULES)[number];

interface FieldRule {
  label: string;
  rule: MaskRule | Record<PartyCategory, MaskRule>;
}

const everyParty = (rule: MaskRule): Record<PartyCategory, MaskRule> => ({
  ORGANISATION: rule,
  INDIVIDUAL_BUSINESS: rule,
  NATURAL_PERSON: rule,
});

export const PUBLICATION_FIELDS = {
  // The party (行政相对人), in every document about a target.
  partyName: {
    label: '名称',
    rule: { ORGANISATION: 'PUBLIC', INDIVIDUAL_BUSINESS: 'PUBLIC', NATURAL_PERSON: 'PERSON_NAME' },
  },
  partyCategory: { label: '类别', rule: 'PUBLIC' },
  creditCode: { label: '统一社会信用代码', rule: { ...everyParty('PUBLIC'), NATURAL_PERSON: 'WITHHELD' } },
  idNumber: { label: '证件号码', rule: { ...everyParty('ID_NUMBER'), ORGANISATION: 'WITHHELD' } },
  legalRepresentative: {
    label: '法定代表人（负责人、经营者）',
    rule: { ORGANISATION: 'PUBLIC', INDIVIDUAL_BUSINESS: 'PERSON_NAME', NATURAL_PERSON: 'WITHHELD' },
  },
  address: { label: '住所（经营场所）', rule: { ...everyParty('PUBLIC'), NATURAL_PERSON: 'HOME_ADDRESS' } },
  phone: { label: '联系电话', rule: 'PHONE' },
  // 抽查检查结果 and 双随机抽查结果 (national enterprise credit publicity system).
  authority: { label: '检查实施机关', rule: 'PUBLIC' },
  checkType: { label: '类型', rule: 'PUBLIC' },
  checkDate: { label: '日期', rule: 'PUBLIC' },
  result: { label: '结果', rule: 'PUBLIC' },
  planNo: { label: '抽查计划编号', rule: 'PUBLIC' },
  planName: { label: '抽查计划名称', rule: 'PUBLIC' },
  taskNo: { label: '抽查任务编号', rule: 'PUBLIC' },
  taskName: { label: '抽查任务名称', rule: 'PUBLIC' },
  drawType: { label: '抽查类型', rule: 'PUBLIC' },
  completedOn: { label: '完成日期', rule: 'PUBLIC' },
  items: { label: '检查事项', rule: 'PUBLIC' },
  // 双公示: administrative penalty.
  decisionNo: { label: '决定书文号', rule: 'PUBLIC' },
  violationType: { label: '违法行为类型', rule: 'TEXT' },
  violationFacts: { label: '违法事实', rule: 'TEXT' },
  legalBasis: { label: '处罚依据', rule: 'PUBLIC' },
  penaltyCategory: { label: '处罚类别', rule: 'PUBLIC' },
  penaltyContent: { label: '处罚内容', rule: 'TEXT' },
  amount: { label: '罚没金额（万元）', rule: 'PUBLIC' },
  decidedOn: { label: '处罚决定日期', rule: 'PUBLIC' },
  publicUntil: { label: '公示截止期', rule: 'PUBLIC' },
  penaltyAuthority: { label: '处罚机关', rule: 'PUBLIC' },
  // Inspector list: name, department, badge — never phone or ID number (the document has no such field).
  inspectorName: { label: '姓名', rule: 'PUBLIC' },
  department: { label: '所属部门', rule: 'PUBLIC' },
  badgeNo: { label: '执法证号', rule: 'PUBLIC' },
  // Item list (a published version of an item).
  itemCode: { label: '事项编码', rule: 'PUBLIC' },
  itemName: { label: '抽查事项', rule: 'PUBLIC' },
  itemBasis: { label: '检查依据', rule: 'PUBLIC' },
  itemVersion: { label: '版本', rule: 'PUBLIC' },
  itemCategory: { label: '事项类别', rule: 'PUBLIC' },
  itemTargetType: { label: '检查对象', rule: 'PUBLIC' },
  samplingRatio: { label: '抽查比例', rule: 'PUBLIC' },
  frequency: { label: '抽查频次', rule: 'PUBLIC' },
  methods: { label: '检查方式', rule: 'PUBLIC' },
  checkContents: { label: '检查内容', rule: 'PUBLIC' },
  itemPublishedOn: { label: '发布日期', rule: 'PUBLIC' },
  // Target directory (where the bureau chooses): the party block above, and its trade.
  businessCategory: { label: '行业类别', rule: 'PUBLIC' },
  // Plans (filed or acknowledged), with their tasks and rounds as lines of text.
  planYear: { label: '年度', rule: 'PUBLIC' },
  planKind: { label: '计划类别', rule: 'PUBLIC' },
  planAuthority: { label: '制定机关', rule: 'PUBLIC' },
  planFiling: { label: '备案情况', rule: 'PUBLIC' },
  filedOn: { label: '备案日期', rule: 'PUBLIC' },
  planTasks: { label: '抽查任务', rule: 'PUBLIC' },
  planRounds: { label: '抽查轮次', rule: 'PUBLIC' },
  // Credit lists (R50): listing, removal, repair.
  creditList: { label: '名单', rule: 'PUBLIC' },
  entryState: { label: '状态', rule: 'PUBLIC' },
  listReason: { label: '列入原因', rule: 'TEXT' },
  listedOn: { label: '列入日期', rule: 'PUBLIC' },
  decisionAuthority: { label: '决定机关', rule: 'PUBLIC' },
  causeDocumentNo: { label: '列入依据（文书编号）', rule: 'PUBLIC' },
  restrictions: { label: '限制措施', rule: 'TEXT' },
  removalReason: { label: '移出原因', rule: 'TEXT' },
  removedOn: { label: '移出日期', rule: 'PUBLIC' },
} as const satisfies Record<string, FieldRule>;

export type PublicationField = keyof typeof PUBLICATION_FIELDS;

export function isPublicationField(name: string): name is PublicationField {
  return Object.prototype.hasOwnProperty.call(PUBLICATION_FIELDS, name);
}

/** The rule of one field for one kind of party. */
export function ruleOf(field: PublicationField, party: PartyCategory): MaskRule {
  const rule: FieldRule['rule'] = PUBLICATION_FIELDS[field].rule;
  return typeof rule === 'string' ? rule : rule[party];
}
