import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signaturePng } from '#test/support/png';
import { DomainError } from '@dsr/domain';
import {
  remedyStatement,
  renderInspectionReport,
  renderOnSiteRecord,
  renderRectificationNotice,
  type CheckedItem,
  type InspectionReportData,
  type OnSiteRecordData,
  type RectificationNoticeData,
} from './index';

/**
 * Each form is rendered and read back with pdf.js (legacy build, the one for Node): its text must
 * hold the Chinese fields, its font must be an embedded subset, its images must be there when given.
 * PDF_SAMPLES_DIR=/some/dir writes the PDFs for a look (pdftoppm -png turns them into pictures).
 */

/**
 * The text of each page with all white space removed: pdf.js puts a space wherever glyph runs are
 * apart (between table cells, across line wraps), so fields are compared without spaces.
 */
interface ReadPdf {
  pages: string[];
  imagesPerPage: number[];
  text: string;
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

function expectFields(text: string, fields: string[]): void {
  for (const field of fields) expect(text).toContain(squeeze(field));
}

async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy: pdf.js takes ownership of the array it is given.
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  const imagesPerPage: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    const ops = await page.getOperatorList();
    imagesPerPage.push(ops.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length);
  }
  await doc.destroy();
  return { pages, imagesPerPage, text: pages.join('\n') };
}

function keep(name: string, bytes: Buffer): void {
  const dir = process.env.PDF_SAMPLES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
}

async function domainErrorOf(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

const BUREAU = '郑州市公安局金水分局';
const TARGET = {
  name: '郑州市金水区星河网络会所有限公司',
  uscc: '91410105MA44K7YJ0B',
  address: '郑州市金水区花园路88号',
  legalRepresentative: '赵建国',
  phone: '0371-65550123',
};
const INSPECTORS = [
  { name: '张伟', warrantNo: '41010001', department: '治安管理大队' },
  { name: '李娜', warrantNo: '41010002', department: '治安管理大队' },
  { name: '王强', warrantNo: 'SJ-0371-88', department: '金水区市场监督管理局' },
];
const CAFE_ITEM: CheckedItem = {
  name: '互联网上网服务营业场所治安管理',
  method: '实地核查',
  basis: '《互联网上网服务营业场所管理条例》第二十三条',
  answers: [
    { subItem: '核对上网消费者有效身份证件', content: '抽查在线终端', result: 'NORMAL' },
    { subItem: '登记上网消费者信息', content: '查看实名登记系统', result: 'ABNORMAL', remark: '2台终端未登记' },
  ],
  findings: '实名登记存在遗漏，已当场指出。',
};

function record(over: Partial<OnSiteRecordData> = {}): OnSiteRecordData {
  return {
    bureauName: BUREAU,
    documentNo: '金公（治）检字〔2026〕0012号',
    taskName: '2026年第四季度网吧治安联合抽查',
    startedAt: new Date('2026-11-25T09:30:00+08:00'),
    endedAt: new Date('2026-11-25T11:05:00+08:00'),
    place: '星河网络会所营业大厅',
    target: TARGET,
    inspectors: INSPECTORS,
    warrantsShown: true,
    items: [CAFE_ITEM],
    recording: '执法记录仪DSJ-0032全程录像',
    targetRepresentative: { name: '孙丽', position: '店长', phone: '13800000000' },
    signature: signaturePng(),
    ...over,
  };
}

describe('renderOnSiteRecord (现场检查记录表)', () => {
  it('prints the bureau, number, time, target, inspectors, checklist answers and the signature; the font is an embedded subset', async () => {
    const bytes = await renderOnSiteRecord(record());
    keep('on-site-record.pdf', bytes);
    const pdf = await readPdf(bytes);
    expectFields(pdf.text, [
      BUREAU,
      '现场检查记录表',
      '编号：金公（治）检字〔2026〕0012号',
      '2026年第四季度网吧治安联合抽查',
      '2026年11月25日 09:30 至 11:05',
      '星河网络会所营业大厅',
      TARGET.name,
      TARGET.uscc,
      TARGET.address,
      TARGET.legalRepresentative,
      '张伟（执法证号 41010001，治安管理大队）',
      '王强（执法证号 SJ-0371-88，金水区市场监督管理局）',
      '已出示',
      '检查事项一：互联网上网服务营业场所治安管理',
      '检查方式：实地核查',
      '核对上网消费者有效身份证件',
      '正常',
      '登记上网消费者信息',
      '不正常',
      '2台终端未登记',
      '实名登记存在遗漏，已当场指出。',
      '孙丽（店长）',
      '时间：2026年11月25日 11:05',
    ]);
    // The confirmation block is kept whole: here it does not fit under the checklist.
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toContain('第1页共2页');
    expect(pdf.pages[1]).toContain('第2页共2页');
    expect(pdf.imagesPerPage).toEqual([0, 1]); // the signature
    // Embedded (FontFile2), subsetted (the ABCDEF+ prefix) and small: not the 10 MB font file.
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toContain('/FontFile2');
    expect(bytes.length).toBeLessThan(300_000);
  });

  it('flows a checklist of 80 rows across pages: header row repeated, 第 N 页 共 M 页 on every page', async () => {
    const answers = Array.from({ length: 80 }, (_, i) => ({
      subItem: `第${i + 1}项：安全出口、疏散通道是否畅通`,
      content: '现场查看',
      result: i % 7 === 3 ? ('ABNORMAL' as const) : ('NORMAL' as const),
      remark: i % 7 === 3 ? '堆放杂物' : null,
    }));
    const bytes = await renderOnSiteRecord(
      record({ items: [CAFE_ITEM, { name: '消防安全', method: '实地核查', answers, findings: '部分通道堆放杂物。' }] }),
    );
    keep('on-site-record-80-rows.pdf', bytes);
    const pdf = await readPdf(bytes);
    const total = pdf.pages.length;
    expect(total).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((text, i) => expect(text).toContain(`第${i + 1}页共${total}页`));
    for (let i = 1; i <= 80; i++) expect(pdf.text).toContain(`第${i}项：安全出口、疏散通道是否畅通`);
    expect(pdf.pages[1]).toContain('现场检查记录表（续）');
    expect(pdf.pages[1]).toContain('序号检查子项检查内容检查结果备注');
    // Issue 10: no row away from its item — every page with rows of the second item names it above them.
    const pagesWithRows = pdf.pages.filter((text) => /第\d+项：安全出口/.test(text));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const text of pagesWithRows) expect(text.indexOf('检查事项二：消防安全')).toBeGreaterThan(-1);
    for (const text of pagesWithRows)
      expect(text.indexOf('检查事项二：消防安全')).toBeLessThan(text.search(/第\d+项：安全出口/));
    // The item's findings follow its last row, on the same page.
    const last = pdf.pages.find((text) => text.includes('第80项：安全出口'))!;
    expect(last).toContain('检查情况：部分通道堆放杂物。');
    expect(pdf.imagesPerPage.reduce((a, b) => a + b)).toBe(1);
    expect(bytes.length).toBeLessThan(1_000_000);
  });

  it('writes the refusal note with the witness, and embeds the witness signature when given', async () => {
    // Two renders at once: the shared pdfmake instance must not mix their content.
    const [bytes, noWitnessBytes] = await Promise.all([
      renderOnSiteRecord(
        record({
          signature: null,
          refusal: {
            reason: '负责人拒绝签字',
            witness: { name: '陈明', role: '社区网格员', signature: signaturePng(120, 40) },
          },
        }),
      ),
      renderOnSiteRecord(record({ signature: null, refusal: { reason: '负责人不在场' } })),
    ]);
    keep('on-site-record-refusal.pdf', bytes);
    const pdf = await readPdf(bytes);
    // Issue 10: a refusal is not a confirmation — the refusal statement and the witness instead.
    expect(pdf.text).not.toContain('以上记录已经被检查对象核对，情况属实');
    expect(pdf.text).toContain('被检查对象拒绝签字（盖章）。原因：负责人拒绝签字');
    expect(pdf.text).toContain('以上情况由见证人陈明（社区网格员）在场见证。');
    expect(pdf.text).not.toContain('负责人不在场');
    expect(pdf.imagesPerPage.reduce((a, b) => a + b)).toBe(1);

    const noWitness = await readPdf(noWitnessBytes);
    expect(noWitness.text).toContain('原因：负责人不在场');
    expect(noWitness.text).toContain('见证人：无');
    expect(noWitness.text).not.toContain('情况属实');
    expect(noWitness.imagesPerPage.reduce((a, b) => a + b)).toBe(0);
  });

  it("issue 10: the confirmation statement only when the target signed; a date line beside each inspector's signature", async () => {
    const signed = await readPdf(await renderOnSiteRecord(record()));
    expect(signed.text).toContain('以上记录已经被检查对象核对，情况属实。');
    // The target signed (its time is printed): the three date lines are the inspectors'.
    const dateLines = (t: string) => t.split(squeeze('日期：　　　　年　　月　　日')).length - 1;
    expect(dateLines(signed.text)).toBe(INSPECTORS.length);
    for (const p of INSPECTORS) expect(signed.text).toContain(squeeze(`${p.name}：日期：　　　　年　　月　　日`));
  });

  it("issue 10: 检查内容 filled, each item's findings under its own item, the record's overall findings once after them", async () => {
    const fire: CheckedItem = {
      name: '消防安全',
      method: '实地核查',
      answers: [
        { content: '安全出口、疏散通道是否畅通', result: 'ABNORMAL', remark: '堆放杂物' },
        { content: '灭火器是否在有效期内', result: 'NORMAL' },
      ],
      findings: '安全出口堆放杂物',
    };
    const hotel: CheckedItem = {
      name: '旅馆业治安管理',
      method: '实地核查',
      answers: [{ content: '是否按规定登记旅客身份信息', result: 'NORMAL' }],
      findings: '未发现问题',
    };
    const bytes = await renderOnSiteRecord(
      record({ items: [hotel, fire], findings: '总体情况：消防通道问题已当场指出' }),
    );
    keep('on-site-record-two-items.pdf', bytes);
    const { text } = await readPdf(bytes);
    expect(text).toContain('序号检查内容检查结果备注');
    expect(text).toContain('1是否按规定登记旅客身份信息正常');
    const at = (s: string) => text.indexOf(squeeze(s));
    expect(at('检查事项一：旅馆业治安管理')).toBeLessThan(at('检查情况：未发现问题'));
    expect(at('检查情况：未发现问题')).toBeLessThan(at('检查事项二：消防安全'));
    expect(at('检查事项二：消防安全')).toBeLessThan(at('检查情况：安全出口堆放杂物'));
    expect(at('检查情况：安全出口堆放杂物')).toBeLessThan(at('综合检查情况总体情况：消防通道问题已当场指出'));
  });

  it('without a signature or a refusal, leaves the lines blank to sign the printout', async () => {
    const pdf = await readPdf(await renderOnSiteRecord(record({ signature: undefined })));
    expect(pdf.text).toContain('签名（盖章）：');
    expect(pdf.text).toContain(squeeze('日期：　　　　年　　月　　日'));
    expect(pdf.imagesPerPage.reduce((a, b) => a + b)).toBe(0);
  });

  it('refuses bad input with a DomainError naming the field (a PNG of too many pixels too)', async () => {
    const both = await domainErrorOf(renderOnSiteRecord(record({ refusal: { reason: '拒签' } })));
    expect([both.code, both.field]).toEqual(['SIGNATURE_AND_REFUSAL', 'refusal']);
    const notPng = await domainErrorOf(
      renderOnSiteRecord(record({ signature: Buffer.from('GIF89a not a png at all....') })),
    );
    expect([notPng.code, notPng.field]).toEqual(['INVALID_IMAGE', 'signature']);
    // A few hundred KB of PNG can declare 12,000 × 12,000 pixels, which pdfkit would inflate whole (GBs, seconds).
    const huge = Buffer.from(signaturePng());
    huge.writeUInt32BE(12_000, 16);
    huge.writeUInt32BE(12_000, 20);
    const bomb = await domainErrorOf(renderOnSiteRecord(record({ signature: huge })));
    expect([bomb.code, bomb.field, bomb.message]).toEqual([
      'INVALID_IMAGE',
      'signature',
      expect.stringContaining('尺寸过大'),
    ]);
    const noInspector = await domainErrorOf(renderOnSiteRecord(record({ inspectors: [] })));
    expect([noInspector.code, noInspector.field]).toEqual(['FIELD_REQUIRED', 'inspectors']);
    const badResult = await domainErrorOf(
      renderOnSiteRecord(
        record({
          items: [{ ...CAFE_ITEM, answers: [{ subItem: '子项', result: 'MAYBE' as never }] }],
        }),
      ),
    );
    expect([badResult.code, badResult.field]).toEqual(['INVALID_CHECKLIST_RESULT', 'items[0].answers[0].result']);
  });
});

function notice(over: Partial<RectificationNoticeData> = {}): RectificationNoticeData {
  return {
    bureauName: BUREAU,
    documentNo: '金公（治）责改字〔2026〕0003号',
    target: TARGET,
    findings: ['未按规定核对、登记上网消费者有效身份证件', '安全出口处堆放杂物'],
    legalBasis: ['《互联网上网服务营业场所管理条例》第二十三条', '《中华人民共和国消防法》第二十八条'],
    deadline: '2026-12-10',
    requirements: '整改完毕后书面报告整改情况。',
    issuedOn: '2026-11-26',
    contact: { name: '张伟', phone: '0371-65551234' },
    ...over,
  };
}

describe('renderRectificationNotice (责令整改通知书)', () => {
  it('prints number, target, findings, legal basis, deadline, follow-up, issuer, date and the seal place', async () => {
    const bytes = await renderRectificationNotice(notice());
    keep('rectification-notice.pdf', bytes);
    const pdf = await readPdf(bytes);
    expectFields(pdf.text, [
      BUREAU,
      '责令整改通知书',
      '金公（治）责改字〔2026〕0003号',
      `${TARGET.name}：`,
      TARGET.uscc,
      '未按规定核对、登记上网消费者有效身份证件',
      '安全出口处堆放杂物',
      '《互联网上网服务营业场所管理条例》第二十三条',
      '《中华人民共和国消防法》第二十八条',
      '2026年12月10日',
      '前整改完毕',
      '整改期限届满后，我局将对整改情况进行复查',
      '2026年11月26日',
      '（印章）',
      '联系人：张伟　联系电话：0371-65551234',
      '被检查对象签收：',
      '第 1 页 共 1 页',
    ]);
    expect(pdf.imagesPerPage).toEqual([0]);
    expect(bytes.length).toBeLessThan(300_000);
  });

  it('issue 10: findings numbered once (typed numbers taken off), one finding unnumbered; the remedy statement when given', async () => {
    const typed = await readPdf(
      await renderRectificationNotice(
        notice({
          findings: ['1. 未按规定核对身份证件', '2、安全出口处堆放杂物'],
          remedyNotice: remedyStatement('叶县公安局'),
        }),
      ),
    );
    expect(typed.text).toContain(squeeze('1. 未按规定核对身份证件'));
    expect(typed.text).not.toMatch(/1\.1\./);
    expect(typed.text).toContain('2.安全出口处堆放杂物');
    expect(typed.text).not.toContain('2、');
    expect(typed.text).toContain('六十日内向叶县人民政府申请行政复议');
    expect(typed.text).toContain('六个月内依法向人民法院提起行政诉讼');
    const one = await readPdf(
      await renderRectificationNotice(notice({ findings: ['1. 未按规定核对身份证件'], remedyNotice: null })),
    );
    expect(one.text).toContain('存在下列问题：未按规定核对身份证件');
    expect(one.text).not.toContain('行政复议');
  });

  it('stamps the seal image when given', async () => {
    const bytes = await renderRectificationNotice(notice({ sealImage: signaturePng(100, 100) }));
    keep('rectification-notice-sealed.pdf', bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.imagesPerPage).toEqual([1]);
    expect(pdf.text).not.toContain('（印章）');
  });

  it('refuses a deadline before the day of issue, or a day that does not exist', async () => {
    const early = await domainErrorOf(renderRectificationNotice(notice({ deadline: '2026-11-25' })));
    expect([early.code, early.field]).toEqual(['DEADLINE_BEFORE_ISSUE', 'deadline']);
    const bad = await domainErrorOf(renderRectificationNotice(notice({ deadline: '2026-02-30' })));
    expect([bad.code, bad.field]).toEqual(['INVALID_DATE', 'deadline']);
    const none = await domainErrorOf(renderRectificationNotice(notice({ findings: [] })));
    expect([none.code, none.field]).toEqual(['FIELD_REQUIRED', 'findings']);
  });
});

function report(over: Partial<InspectionReportData> = {}): InspectionReportData {
  return {
    bureauName: BUREAU,
    documentNo: '金公（治）检报〔2026〕0012号',
    taskName: '2026年第四季度网吧治安联合抽查',
    target: TARGET,
    startedAt: new Date('2026-11-25T09:30:00+08:00'),
    endedAt: new Date('2026-11-25T11:05:00+08:00'),
    content: ['互联网上网服务营业场所治安管理', '消防安全'],
    steps: ['出示执法证件，告知检查事项', '现场查看实名登记系统和消防通道', '填写现场检查记录表，被检查对象签字确认'],
    findings: '实名登记存在遗漏；安全出口处堆放杂物。',
    assessment: '基本配合检查，管理制度落实不到位。',
    nonCooperation: [{ kind: 'REFUSED_DOCUMENTS', note: '未能提供近三个月登记台账' }],
    opinion: { kind: 'RECTIFICATION', detail: '责令限期整改，到期复查。' },
    rectificationNoticeNo: '金公（治）责改字〔2026〕0003号',
    suggestions: '加强从业人员培训。',
    inspectors: INSPECTORS,
    reportedOn: '2026-11-27',
    reviewer: { name: '刘洋', reviewedOn: '2026-11-28', comment: '同意。' },
    ...over,
  };
}

describe('renderInspectionReport (检查报告)', () => {
  it('prints time, content, steps, findings, assessment, non-cooperation, the ticked opinion, suggestions and the reviewer', async () => {
    const bytes = await renderInspectionReport(report());
    keep('inspection-report.pdf', bytes);
    const pdf = await readPdf(bytes);
    expectFields(pdf.text, [
      BUREAU,
      '检查报告',
      '编号：金公（治）检报〔2026〕0012号',
      TARGET.name,
      TARGET.uscc,
      '2026年11月25日 09:30 至 11:05',
      '1. 互联网上网服务营业场所治安管理',
      '2. 现场查看实名登记系统和消防通道',
      '实名登记存在遗漏；安全出口处堆放杂物。',
      '基本配合检查，管理制度落实不到位。',
      '无正当理由拒绝提供相关证明材料：未能提供近三个月登记台账',
      '□未发现异常',
      '■责令整改',
      '□立案查处',
      '□移送有关部门',
      '□移送司法机关',
      '□其他',
      '责令整改通知书编号：金公（治）责改字〔2026〕0003号',
      '加强从业人员培训。',
      '2026年11月27日',
      '审核人：刘洋',
      '2026年11月28日',
      '第 1 页 共 1 页',
    ]);
    expect(bytes.length).toBeLessThan(300_000);
  });

  it('issue 10: no "1." before a single free-text entry; the reviewer\'s name and post', async () => {
    const pdf = await readPdf(
      await renderInspectionReport(
        report({
          content: ['旅馆业治安管理'],
          steps: ['1. 查验旅客登记'],
          reviewer: { name: '刘洋', post: '治安大队大队长', reviewedOn: '2026-11-28' },
        }),
      ),
    );
    expect(pdf.text).toContain('检查内容旅馆业治安管理');
    expect(pdf.text).toContain('实施步骤查验旅客登记');
    expect(pdf.text).toContain('审核人：刘洋（治安大队大队长）');
  });

  it('leaves the reviewer lines blank before review and says 无 without non-cooperation', async () => {
    const pdf = await readPdf(
      await renderInspectionReport(
        report({
          reviewer: null,
          nonCooperation: [],
          opinion: { kind: 'NO_ANOMALY' },
          rectificationNoticeNo: null,
        }),
      ),
    );
    expect(pdf.text).toContain('■未发现异常');
    expect(pdf.text).toContain('不予配合情形无');
    expect(pdf.text).toContain('审核人：');
    expect(pdf.text).not.toContain('刘洋');
  });

  it('wants the detail of an opinion of kind OTHER', async () => {
    const e = await domainErrorOf(renderInspectionReport(report({ opinion: { kind: 'OTHER' } })));
    expect([e.code, e.field]).toEqual(['FIELD_REQUIRED', 'opinion.detail']);
  });
});
