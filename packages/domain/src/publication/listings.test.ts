import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support';
import { PUBLICATION_KINDS } from '../vocabularies/publication';
import { PUBLICATION_KIND_FIELDS } from './kind-fields';
import { inspectorListDraft, itemListDraft, targetDirectoryDraft } from './listings';
import { maskDocument, type DocumentDraft } from './mask-document';
import { isPublicationField } from './masking-rules';
import { creditEntryDraft, planDraft } from './plan-credit';

const ID = '410422199001011234';
const HOME = '河南省平顶山市叶县昆阳镇建设路12号3单元';
const company = {
  holderKind: 'ORGANISATION' as const,
  uscc: '91410422MA44ABCD1X',
  residentId: null,
  name: '叶县昆阳宾馆有限公司',
  legalRepresentative: '李四',
  address: HOME,
};
const individualBusiness = {
  ...company,
  holderKind: 'PERSON' as const,
  uscc: '92410422MA44ABCD2Y',
  residentId: ID,
  name: '叶县张三网吧',
  legalRepresentative: '张三',
};
const naturalPerson = { ...individualBusiness, uscc: null, name: '王小明', legalRepresentative: null };

/** The three parties' blocks, masked (R48): the rows of masking-rules.ts, field by field. */
const MASKED_PARTY = {
  company: {
    partyName: '叶县昆阳宾馆有限公司',
    partyCategory: '法人及非法人组织',
    creditCode: '91410422MA44ABCD1X',
    legalRepresentative: '李四',
    address: HOME,
  },
  individualBusiness: {
    partyName: '叶县张三网吧',
    partyCategory: '个体工商户',
    creditCode: '92410422MA44ABCD2Y',
    idNumber: '410422********1234',
    legalRepresentative: '张*',
    address: HOME,
  },
  naturalPerson: {
    partyName: '王**',
    partyCategory: '自然人',
    idNumber: '410422********1234',
    address: '河南省平顶山市叶县',
  },
};
const PARTIES = { company, individualBusiness, naturalPerson };

function onlyKindFields(draft: DocumentDraft, kind: (typeof PUBLICATION_KINDS)[number]) {
  for (const f of Object.keys(draft.fields)) expect(PUBLICATION_KIND_FIELDS[kind]).toContain(f);
}

describe('R46 ITEM_LIST and INSPECTOR_LIST documents', () => {
  it('an item list document: name, basis, department, ratio, frequency, in the list words', () => {
    const draft = itemListDraft({
      code: 'YX-ZA-001',
      name: '旅馆业治安管理检查',
      versionNo: 2,
      category: 'GENERAL_AND_KEY',
      department: '治安管理大队',
      targetType: '旅馆',
      legalBasis: [
        { law: '《旅馆业治安管理办法》', articles: '第六条' },
        { law: '《治安管理处罚法》', articles: null },
      ],
      samplingRatioBp: 250,
      frequencyPerYear: 2,
      methods: ['ON_SITE', 'DOCUMENTARY'],
      checkContents: ['住宿登记', '治安保卫制度'],
      publishedOn: '2026-03-01',
    });
    onlyKindFields(draft, 'ITEM_LIST');
    expect(maskDocument(draft).fields).toEqual({
      itemCode: 'YX-ZA-001',
      itemName: '旅馆业治安管理检查',
      itemVersion: 2,
      itemCategory: '一般检查事项和重点检查事项相结合',
      department: '治安管理大队',
      itemTargetType: '旅馆',
      itemBasis: ['《旅馆业治安管理办法》第六条', '《治安管理处罚法》'],
      samplingRatio: '2.5%',
      frequency: '每年2次',
      methods: ['实地（现场）检查', '书面检查'],
      checkContents: ['住宿登记', '治安保卫制度'],
      itemPublishedOn: '2026-03-01',
    });
  });

  it('an inspector: name, department, badge — and nothing else, whatever the registry holds', () => {
    const registry = {
      name: '赵六',
      department: '治安管理大队',
      badgeNo: '410422001',
      phone: '15200009276',
      residentId: ID,
    };
    const draft = inspectorListDraft(registry);
    expect(maskDocument(draft).fields).toEqual({
      inspectorName: '赵六',
      department: '治安管理大队',
      badgeNo: '410422001',
    });
    expect(JSON.stringify(draft)).not.toMatch(/15200009276|410422199001011234/);
  });
});

describe('R46/R48 TARGET_DIRECTORY and CREDIT_ENTRY, masked per the table for the three kinds of party', () => {
  for (const [who, party] of Object.entries(PARTIES) as [keyof typeof PARTIES, typeof company][]) {
    it(`target directory: ${who}`, () => {
      const draft = targetDirectoryDraft({ party, businessCategory: '旅馆业', onDate: '2026-10-08' });
      onlyKindFields(draft, 'TARGET_DIRECTORY');
      expect(maskDocument(draft).fields).toEqual({ ...MASKED_PARTY[who], businessCategory: '旅馆业' });
    });
    it(`credit entry listed, then removed: ${who}`, () => {
      const listed = {
        party,
        list: 'BLACKLIST' as const,
        state: 'LISTED' as const,
        reason: '容留未成年人上网，情节严重',
        listedOn: '2026-10-09',
        authority: '叶县公安局',
        causeDocumentNo: '叶公（治）行罚决字〔2026〕97号',
        restrictions: ['禁止从事互联网上网服务经营'],
        removalReason: null,
        removedOn: null,
      };
      const draft = creditEntryDraft(listed);
      onlyKindFields(draft, 'CREDIT_ENTRY');
      const common = {
        ...MASKED_PARTY[who],
        creditList: '黑名单',
        listReason: '容留未成年人上网，情节严重',
        listedOn: '2026-10-09',
        decisionAuthority: '叶县公安局',
        causeDocumentNo: '叶公（治）行罚决字〔2026〕97号',
        restrictions: ['禁止从事互联网上网服务经营'],
      };
      expect(maskDocument(draft).fields).toEqual({ ...common, entryState: '列入' });
      const removed = creditEntryDraft({ ...listed, state: 'REMOVED', removalReason: '期满', removedOn: '2027-10-09' });
      expect(maskDocument(removed).fields).toEqual({
        ...common,
        entryState: '已移出',
        removalReason: '期满',
        removedOn: '2027-10-09',
      });
    });
  }

  it('a credit entry about a minor is refused; restrictions only on a blacklist', () => {
    const minor = { ...naturalPerson, residentId: '410422201201011234' };
    const base = {
      list: 'ABNORMAL_OPERATION' as const,
      state: 'LISTED' as const,
      reason: '通过登记的住所无法联系',
      listedOn: '2026-10-09',
      authority: '叶县公安局',
      causeDocumentNo: null,
      restrictions: ['x'],
      removalReason: null,
      removedOn: null,
    };
    expect(errorOf(() => maskDocument(creditEntryDraft({ ...base, party: minor }))).code).toBe(
      'PUBLICATION_CONCERNS_MINOR',
    );
    expect(creditEntryDraft({ ...base, party: company }).fields).not.toHaveProperty('restrictions');
  });
});

describe('R46 PLAN documents', () => {
  const plan = {
    id: '0190a3f0-0000-7000-8000-000000000001',
    title: '叶县公安局2026年度双随机抽查计划',
    year: 2026,
    kind: 'BUREAU' as const,
    authority: '叶县公安局',
    status: 'ACKNOWLEDGED' as const,
    filedOn: '2026-02-10',
    tasks: [
      {
        name: '旅馆业检查',
        items: ['旅馆业治安管理检查'],
        departments: ['治安管理大队', '消防救援大队'],
        ratioBp: 500,
        timesPerYear: 1,
        joint: true,
        rounds: [
          { no: 1, from: '2026-03-01', to: '2026-03-31' },
          { no: 2, from: '2026-09-01', to: '2026-09-30' },
        ],
      },
    ],
  };
  it('a filed plan with its tasks and rounds', () => {
    const draft = planDraft(plan);
    onlyKindFields(draft, 'PLAN');
    expect(maskDocument(draft).fields).toEqual({
      planNo: plan.id,
      planName: '叶县公安局2026年度双随机抽查计划',
      planYear: 2026,
      planKind: '年度抽查计划',
      planAuthority: '叶县公安局',
      planFiling: '已备案（上级已确认）',
      filedOn: '2026-02-10',
      planTasks: [
        '旅馆业检查；抽查事项：旅馆业治安管理检查；联合部门：治安管理大队、消防救援大队；抽查比例：5%；每年1次',
      ],
      planRounds: ['旅馆业检查 第1轮：2026-03-01 至 2026-03-31', '旅馆业检查 第2轮：2026-09-01 至 2026-09-30'],
    });
  });
  it('a draft or returned plan is not published', () => {
    expect(errorOf(() => planDraft({ ...plan, status: 'DRAFT' })).code).toBe('PLAN_NOT_FILED');
  });
});

describe('the open-data columns of each kind', () => {
  it('every field of every kind is a row of the masking table, none twice', () => {
    for (const kind of PUBLICATION_KINDS) {
      const fields = PUBLICATION_KIND_FIELDS[kind];
      expect(new Set(fields).size).toBe(fields.length);
      for (const f of fields) expect(isPublicationField(f)).toBe(true);
    }
  });
});
