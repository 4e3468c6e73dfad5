// Demo bureaus and departments, taken from the five source regulations in
// shared/seeds/ (000 大洼区, 001 南乐县, 002 叶县, 003 抚顺市, 004 曲阳县).
// Department names are the documents' own; where a document only names a
// role generically (e.g. "法制部门", "治安部门") or not at all, the name is
// made up for the demo and `source` is omitted (or the comment says so).
// Pure data: no imports.

export type DepartmentKind =
  | 'POLICE' // an ordinary police department that inspects (治安, 禁毒, 网安, 消防, 交警, 派出所…)
  | 'LEGAL' // 法制
  | 'OVERSIGHT' // 督察
  | 'COORDINATING' // 办公室 / 双随机办
  | 'EXTERNAL'; // an external government agency joining joint checks

export interface DemoDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
  source?: string;
}

export interface DemoBureau {
  divisionCode: string; // real GB/T 2260 code: province 2 digits, city 4 digits, county 6 digits
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  parentCode: string | null;
  loginPrefix: string;
  sourceDocument?: string;
  departments: DemoDepartment[];
}

export const demoBureaus: DemoBureau[] = [
  // ───────────── 河南省 ─────────────
  {
    divisionCode: '41',
    name: '河南省公安厅',
    level: 'PROVINCE',
    parentCode: null,
    loginPrefix: 'henan',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理总队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制总队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察总队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '4109',
    name: '濮阳市公安局',
    level: 'CITY',
    parentCode: '41',
    loginPrefix: 'puyang',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理支队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制支队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察支队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '410923',
    name: '南乐县公安局',
    level: 'COUNTY',
    parentCode: '4109',
    loginPrefix: 'nanle',
    sourceDocument: '001_c0a259fff4888707.txt',
    departments: [
      // 领导小组办公室 "设在警令室"; the doc calls it 办公室 / 县局办公室 and has
      // items and plans filed with it.
      { code: 'office', name: '办公室', kind: 'COORDINATING', source: '001 二, 三(一)' },
      // The doc's own name, kept verbatim although 支队 is unusual for a county.
      { code: 'fazhi', name: '法制预审支队', kind: 'LEGAL', source: '001 二' },
      // No 督察 unit is named; the doc gives the oversight and accountability
      // role to 纪委监察室.
      { code: 'jiwei', name: '纪委监察室', kind: 'OVERSIGHT', source: '001 二' },
      // The doc only says "县局各部门"; one inspecting department is made up.
      { code: 'zhian', name: '治安大队', kind: 'POLICE' },
    ],
  },
  {
    divisionCode: '4104',
    name: '平顶山市公安局',
    level: 'CITY',
    parentCode: '41',
    loginPrefix: 'pingdingshan',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理支队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制支队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察支队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '410422',
    name: '叶县公安局',
    level: 'COUNTY',
    parentCode: '4104',
    loginPrefix: 'yexian',
    sourceDocument: '002_fd2cc6fa23cfe2c9.txt',
    departments: [
      // 领导小组办公室 "设在局办公室"; plans and situation reports go to it.
      { code: 'office', name: '办公室', kind: 'COORDINATING', source: '002 三, 六(一), 七(四)' },
      { code: 'fazhi', name: '法制室', kind: 'LEGAL', source: '002 三, 五(一)' },
      // No 督察 unit is named in the doc; made up.
      { code: 'ducha', name: '督察室', kind: 'OVERSIGHT' },
      { code: 'zhian', name: '治安大队', kind: 'POLICE', source: '002 三, 五(一), 附件1 一' },
      { code: 'jindu', name: '禁毒大队', kind: 'POLICE', source: '002 三, 五(一), 附件1 二' },
      // The body text says 网监大队, but the item list the bureau exchanges (附件2, 检查主体)
      // says 网安大队: the department carries that name so the sheet imports as it stands.
      { code: 'wangan', name: '网安大队', kind: 'POLICE', source: '002 三, 五(一), 附件2' },
      // Named as the partner the office shares results with for credit
      // publication, not as a joint-check participant.
      // (政治处, 七(二), reviews publicity only and is left out.)
      { code: 'gongshang', name: '县工商行政管理部门', kind: 'EXTERNAL', source: '002 六(一), 六(二)' },
    ],
  },

  // ───────────── 辽宁省 ─────────────
  {
    divisionCode: '21',
    name: '辽宁省公安厅',
    level: 'PROVINCE',
    parentCode: null,
    loginPrefix: 'liaoning',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理总队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制总队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察总队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '2111',
    name: '盘锦市公安局',
    level: 'CITY',
    parentCode: '21',
    loginPrefix: 'panjin',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理支队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制支队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察支队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '211104',
    name: '大洼区公安局',
    level: 'COUNTY',
    parentCode: '2111',
    loginPrefix: 'dawa',
    sourceDocument: '000_6e8c3abff435c3df.txt',
    departments: [
      // The doc names no coordinating office; made up.
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      // The doc says "法制部门" (§6, §43) and "公安督察部门" (§6) generically;
      // the unit names are made up.
      { code: 'fazhi', name: '法制大队', kind: 'LEGAL', source: '000 §6, §43' },
      { code: 'ducha', name: '督察大队', kind: 'OVERSIGHT', source: '000 §6, §43' },
      // The doc only says "区局各警种部门". Two inspecting departments are made up
      // because §29 requires on-site checks by at least two departments.
      { code: 'zhian', name: '治安大队', kind: 'POLICE' },
      { code: 'wangan', name: '网安大队', kind: 'POLICE' },
      // External agencies are mentioned only generically ("政府其他职能部门" §4,
      // "相关登记机关" §19), so none are listed.
    ],
  },
  {
    divisionCode: '2104',
    name: '抚顺市公安局',
    level: 'CITY',
    parentCode: '21',
    loginPrefix: 'fushun',
    sourceDocument: '003_faeb5d55b5a21759.txt',
    departments: [
      // No coordinating, legal or oversight unit is named; made up.
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'fazhi', name: '法制支队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察支队', kind: 'OVERSIGHT' },
      // The doc says "治安部门" generically (entertainment venues, special trades,
      // security services and blasting all fall to it); named as a 支队 like
      // the 网安支队 the doc does name.
      { code: 'zhian', name: '治安支队', kind: 'POLICE', source: '003 三(一)' },
      // Entertainment-venue frequencies differ between the 治安部门 and the
      // local police station (R4), so the station is listed as its own unit.
      { code: 'paichusuo', name: '公安派出所', kind: 'POLICE', source: '003 三(一)' },
      // The doc says "公安机关消防机构" (the 2015-era fire service was still part
      // of the police); unit name made up.
      { code: 'xiaofang', name: '消防支队', kind: 'POLICE', source: '003 二(四), 三(四)' },
      // "市局网安支队或各分局网安大队": 分局 are not modelled, so only the 支队.
      { code: 'wangan', name: '网安支队', kind: 'POLICE', source: '003 三(五)' },
      // Named for joint fire-safety checks: "联合教育、医疗、安检、质检等行业主管部门".
      { code: 'jiaoyu', name: '教育行业主管部门', kind: 'EXTERNAL', source: '003 三(四)' },
      { code: 'yiliao', name: '医疗行业主管部门', kind: 'EXTERNAL', source: '003 三(四)' },
      { code: 'anjian', name: '安检行业主管部门', kind: 'EXTERNAL', source: '003 三(四)' },
      { code: 'zhijian', name: '质检行业主管部门', kind: 'EXTERNAL', source: '003 三(四)' },
      // Named as receiving the check results (not as joint-check participants).
      // ("新闻宣传等部门", 五(二), only handle publicity and are left out.)
      { code: 'gongshang', name: '工商部门', kind: 'EXTERNAL', source: '003 四(一), 四(四)' },
      { code: 'wenhua', name: '文化执法部门', kind: 'EXTERNAL', source: '003 四(一), 四(四)' },
    ],
  },

  // ───────────── 河北省 ─────────────
  {
    divisionCode: '13',
    name: '河北省公安厅',
    level: 'PROVINCE',
    parentCode: null,
    loginPrefix: 'hebei',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理总队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制总队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察总队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '1306',
    name: '保定市公安局',
    level: 'CITY',
    parentCode: '13',
    loginPrefix: 'baoding',
    departments: [
      { code: 'office', name: '办公室', kind: 'COORDINATING' },
      { code: 'zhian', name: '治安管理支队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制支队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察支队', kind: 'OVERSIGHT' },
    ],
  },
  {
    divisionCode: '130634',
    name: '曲阳县公安局',
    level: 'COUNTY',
    parentCode: '1306',
    loginPrefix: 'quyang',
    sourceDocument: '004_083aa6ceb7b7c1d8.txt',
    departments: [
      // Full name: 县"双随机、一公开"监管工作领导小组办公室 (§3, §8, §16). It is the
      // county government's office, but the doc has it issue the joint plan
      // and receive inspector-swap filings, so it is the coordinating office.
      { code: 'sjb', name: '县双随机办', kind: 'COORDINATING', source: '004 §3, §5, §8, §16' },
      // The doc only addresses "各相关股室"; the police units are made up.
      { code: 'zhian', name: '治安大队', kind: 'POLICE' },
      { code: 'fazhi', name: '法制大队', kind: 'LEGAL' },
      { code: 'ducha', name: '督察大队', kind: 'OVERSIGHT' },
      // "市场监管部门负责组织协调具体工作" for the cross-agency joint draws.
      { code: 'scjg', name: '市场监管部门', kind: 'EXTERNAL', source: '004 §8' },
    ],
  },
];
