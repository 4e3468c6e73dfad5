import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatRatio, parseCategory, parseFrequency, parseLegalBasis, parseMethods, parseRatio } from './item-fields';
import {
  ITEM_COLUMNS,
  parseItemRow,
  readItemSheet,
  writeItemSheet,
  type ItemColumnKey,
  type ItemSheetItem,
} from './item-sheet';
import { collectSheet } from './sheet-reader';
import { sheetReadInfo, type SheetValues } from './sheet-types';
import { sheetBuffer } from './sheet-writer';
import { errorSheet } from './error-sheet';

/** 叶县公安局 2023 年度“双随机、一公开”随机抽查检查事项清单 (seed 002, 附件2), cell for cell. */
const YEXIAN_HEADER = [
  '序号',
  '部门名称',
  '抽查事项名称',
  '抽查依据',
  '检查主体',
  '事项类别',
  '检查对象',
  '抽查比例',
  '抽查频次/年',
  '检查方式',
  '备注',
];
const YEXIAN_ROWS = [
  [
    '1',
    '县公安局',
    '对网吧业的抽查',
    '《互联网上网服务营业场所管理条例》（国务院第363号令）',
    '网安大队',
    '一般检查事项',
    '全县网吧业',
    '10%',
    '2',
    '实地检查',
    '',
  ],
  [
    '2',
    '县公安局',
    '对易制毒化学品从业单位的检查',
    '《易制毒化学品管理条例》',
    '禁毒大队',
    '重点检查事项',
    '易制毒化学品从业单位',
    '10%',
    '2',
    '现场检查、书面检查、网络检查',
    '',
  ],
  [
    '3',
    '县公安局',
    '检查宾馆的特种行业许可证办理和治安安全情况',
    '《中华人民共和国治安管理法》',
    '治安大队',
    '选择一般检查事项和重点检查事项相结合',
    '旅馆从业单位',
    '5%',
    '1',
    '现场检查',
    '',
  ],
];
const YEXIAN_ITEMS: ItemSheetItem[] = [
  {
    name: '对网吧业的抽查',
    legalBasis: [{ law: '《互联网上网服务营业场所管理条例》（国务院第363号令）', articles: null }],
    departmentName: '网安大队',
    targetType: '全县网吧业',
    category: 'GENERAL',
    samplingRatioBp: 1000,
    frequencyPerYear: 2,
    methods: ['ON_SITE'],
    notes: null,
  },
  {
    name: '对易制毒化学品从业单位的检查',
    legalBasis: [{ law: '《易制毒化学品管理条例》', articles: null }],
    departmentName: '禁毒大队',
    targetType: '易制毒化学品从业单位',
    category: 'KEY',
    samplingRatioBp: 1000,
    frequencyPerYear: 2,
    methods: ['ON_SITE', 'DOCUMENTARY', 'ONLINE'],
    notes: null,
  },
  {
    name: '检查宾馆的特种行业许可证办理和治安安全情况',
    legalBasis: [{ law: '《中华人民共和国治安管理法》', articles: null }],
    departmentName: '治安大队',
    category: 'GENERAL_AND_KEY',
    targetType: '旅馆从业单位',
    samplingRatioBp: 500,
    frequencyPerYear: 1,
    methods: ['ON_SITE'],
    notes: null,
  },
];

async function xlsx(rows: ExcelJS.CellValue[][], style?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  style?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`);

const values = (over: Partial<SheetValues<ItemColumnKey>> = {}): SheetValues<ItemColumnKey> => {
  const base = Object.fromEntries(
    ITEM_COLUMNS.map((c, i) => [c.key, YEXIAN_ROWS[1]![i] || null]),
  ) as SheetValues<ItemColumnKey>;
  return { ...base, ...over };
};

describe('the 叶县 item list (附件2)', () => {
  it('has the columns of the bureau layout, in order', () => {
    expect(ITEM_COLUMNS.map((c) => c.header)).toEqual(YEXIAN_HEADER);
  });

  it('xlsx exactly as in the seed → the three items', async () => {
    const result = await readItemSheet(await xlsx([YEXIAN_HEADER, ...YEXIAN_ROWS]), 'xlsx');
    expect(result.issues).toEqual([]);
    expect(result.items).toEqual(YEXIAN_ITEMS.map((item, i) => ({ rowNumber: i + 2, item })));
  });

  it('xlsx as Excel users make it (title row, numbers, a percentage-formatted ratio) → the same items', async () => {
    const typed = YEXIAN_ROWS.map((r) => [
      Number(r[0]),
      ...r.slice(1, 7),
      Number(r[7]!.replace('%', '')) / 100,
      Number(r[8]),
      r[9]!,
      null,
    ]);
    const buf = await xlsx(
      [['叶县公安局 2023 年度“双随机、一公开”随机抽查检查事项清单'], YEXIAN_HEADER, ...typed],
      (ws) => {
        for (const row of [3, 4, 5]) ws.getCell(`H${row}`).numFmt = '0%';
      },
    );
    const result = await readItemSheet(buf, 'xlsx');
    expect(result.issues).toEqual([]);
    expect(result.items.map((i) => i.item)).toEqual(YEXIAN_ITEMS);
    expect(result.items.map((i) => i.rowNumber)).toEqual([3, 4, 5]);
  });

  it('csv exactly as in the seed → the three items', async () => {
    const result = await readItemSheet(csv([YEXIAN_HEADER, ...YEXIAN_ROWS]), 'csv');
    expect(result.issues).toEqual([]);
    expect(result.items.map((i) => i.item)).toEqual(YEXIAN_ITEMS);
  });

  it('round-trips: written in the same layout (序号 1..n, 10%, labels) and read back to the same items', async () => {
    const items: ItemSheetItem[] = [
      ...YEXIAN_ITEMS,
      {
        ...YEXIAN_ITEMS[1]!,
        name: '对易制毒化学品从业单位的专项检查',
        legalBasis: [
          { law: '《易制毒化学品管理条例》（国务院令第445号）', articles: '第三条第三十二条' },
          { law: '《旅馆业治安管理办法》', articles: null },
        ],
        samplingRatioBp: 5,
        methods: ['DOCUMENTARY', 'ONLINE'],
        notes: '每季度通报一次',
      },
    ];
    const buf = await sheetBuffer((out) => writeItemSheet(items, out, { issuerName: '县公安局' }));
    const { rows } = await collectSheet(buf, { format: 'xlsx', columns: ITEM_COLUMNS, maxRows: 10 });
    expect(rows.map((r) => r.values.no)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => r.values.issuer)).toEqual(['县公安局', '县公安局', '县公安局', '县公安局']);
    expect(rows.map((r) => r.values.samplingRatio)).toEqual(['10%', '10%', '5%', '0.05%']);
    expect(rows.map((r) => r.values.category)).toEqual([
      '一般检查事项',
      '重点检查事项',
      '一般检查事项和重点检查事项相结合',
      '重点检查事项',
    ]);
    expect(rows[1]!.values.methods).toBe('实地检查、书面检查、网络检查');
    expect(rows[3]!.values.legalBasis).toBe(
      '《易制毒化学品管理条例》（国务院令第445号）第三条第三十二条；《旅馆业治安管理办法》',
    );
    const back = await readItemSheet(buf, 'xlsx');
    expect(back.issues).toEqual([]);
    expect(back.items.map((i) => i.item)).toEqual(items);
  });
});

describe('item cells', () => {
  it('抽查依据: several laws, each with the parenthesis after its title and its articles', () => {
    expect(parseLegalBasis('《易制毒化学品管理条例》（国务院令第445号）第三条第三十二条')).toEqual({
      value: [{ law: '《易制毒化学品管理条例》（国务院令第445号）', articles: '第三条第三十二条' }],
    });
    expect(
      parseLegalBasis(
        '依据《中华人民共和国治安管理处罚法》第十条、第十一条；《旅馆业治安管理办法》、《互联网上网服务营业场所管理条例》（2016年修订）和《公安机关监督检查企业事业单位内部治安保卫工作规定》第五条。',
      ),
    ).toEqual({
      value: [
        { law: '《中华人民共和国治安管理处罚法》', articles: '第十条、第十一条' },
        { law: '《旅馆业治安管理办法》', articles: null },
        { law: '《互联网上网服务营业场所管理条例》（2016年修订）', articles: null },
        { law: '《公安机关监督检查企业事业单位内部治安保卫工作规定》', articles: '第五条' },
      ],
    });
    expect(parseLegalBasis('旅馆业治安管理办法；治安管理处罚法第十条、第十一条')).toEqual({
      value: [
        { law: '旅馆业治安管理办法', articles: null },
        { law: '治安管理处罚法', articles: '第十条、第十一条' },
      ],
    });
    expect(parseLegalBasis('《旅馆业治安管理办法')).toMatchObject({
      code: 'LEGAL_BASIS_INVALID',
      message: expect.stringContaining('不成对'),
    });
    expect(parseLegalBasis('《》第三条')).toMatchObject({ code: 'LEGAL_BASIS_INVALID' });
    expect(parseLegalBasis('《A》》')).toMatchObject({ code: 'LEGAL_BASIS_INVALID' });
    expect(parseLegalBasis('《A》'.repeat(51))).toMatchObject({
      code: 'LEGAL_BASIS_INVALID',
      message: expect.stringContaining('50'),
    });
  });

  it('抽查比例 → basis points, exactly', () => {
    const cases: Array<[string, number]> = [
      ['10%', 1000],
      ['5%', 500],
      ['0.5%', 50],
      ['3 %', 300],
      ['10％', 1000],
      ['10', 1000],
      ['0.05%', 5],
      ['100%', 10000],
      ['5.50%', 550],
      ['7.000%', 700],
    ];
    for (const [text, bp] of cases) expect(parseRatio(text), text).toEqual({ value: bp });
    for (const text of ['0%', '101%', '-5%', '0.00%', '12345678%'])
      expect(parseRatio(text), text).toMatchObject({ code: 'RATIO_OUT_OF_RANGE' });
    for (const text of ['十分之一', '1/10', '10%%', '0.005%', 'abc'])
      expect(parseRatio(text), text).toMatchObject({ code: 'RATIO_INVALID' });
    expect([1000, 500, 5, 550, 10000, 1].map(formatRatio)).toEqual(['10%', '5%', '0.05%', '5.5%', '100%', '0.01%']);
  });

  it('抽查频次/年 → an integer ≥ 1', () => {
    for (const [text, n] of [
      ['2', 2],
      ['2次', 2],
      ['2 次/年', 2],
      ['每年3次', 3],
      ['１', 1],
    ] as const)
      expect(parseFrequency(text), text).toEqual({ value: n });
    for (const text of ['0', '-1'])
      expect(parseFrequency(text), text).toMatchObject({ code: 'FREQUENCY_BELOW_MINIMUM' });
    for (const text of ['1.5', '两次', '400'])
      expect(parseFrequency(text), text).toMatchObject({ code: 'FREQUENCY_INVALID' });
  });

  it('事项类别 → GENERAL / KEY / GENERAL_AND_KEY', () => {
    for (const [text, c] of [
      ['一般检查事项', 'GENERAL'],
      ['一般', 'GENERAL'],
      [' 重点检查事项 ', 'KEY'],
      ['选择一般检查事项和重点检查事项相结合', 'GENERAL_AND_KEY'],
      ['一般检查事项和重点检查事项相结合', 'GENERAL_AND_KEY'],
    ] as const) {
      expect(parseCategory(text), text).toEqual({ value: c });
    }
    for (const text of ['特殊检查事项', '一般性检查', '非重点'])
      expect(parseCategory(text), text).toMatchObject({ code: 'ITEM_BAD_CATEGORY' });
  });

  it('检查方式 → methods in order, split on 、,，/ and spaces', () => {
    expect(parseMethods('现场检查、书面检查、网络检查')).toEqual({ value: ['ON_SITE', 'DOCUMENTARY', 'ONLINE'] });
    expect(parseMethods('书面，网上检查/实地 现场检查')).toEqual({ value: ['DOCUMENTARY', 'ONLINE', 'ON_SITE'] });
    expect(parseMethods('实地检查和书面检查')).toEqual({ value: ['ON_SITE', 'DOCUMENTARY'] });
    expect(parseMethods('实地检查、电话抽查')).toMatchObject({
      code: 'ITEM_BAD_METHOD',
      message: expect.stringContaining('电话抽查'),
    });
    expect(parseMethods('、')).toMatchObject({ code: 'ITEM_BAD_METHOD' });
  });
});

describe('parseItemRow', () => {
  it('reports every problem of a row, each with its row and column header, in Chinese', () => {
    const r = parseItemRow(
      values({
        name: null,
        legalBasis: '《易制毒',
        category: '特殊',
        samplingRatio: '120%',
        frequencyPerYear: '0',
        methods: '电话',
        targetType: 'x'.repeat(201),
      }),
      { rowNumber: 7 },
    );
    expect(r.item).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, '抽查事项名称', 'CELL_REQUIRED'],
      [7, '抽查依据', 'LEGAL_BASIS_INVALID'],
      [7, '事项类别', 'ITEM_BAD_CATEGORY'],
      [7, '检查对象', 'CELL_TOO_LONG'],
      [7, '抽查比例', 'RATIO_OUT_OF_RANGE'],
      [7, '抽查频次/年', 'FREQUENCY_BELOW_MINIMUM'],
      [7, '检查方式', 'ITEM_BAD_METHOD'],
    ]);
    for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks R3 minimum ratio when the bureau settings are given', () => {
    expect(parseItemRow(values({ samplingRatio: '0.5%' }), { rowNumber: 2 }).item?.samplingRatioBp).toBe(50);
    const r = parseItemRow(values({ samplingRatio: '4%' }), { rowNumber: 2, ratio: {} });
    expect(r.errors).toEqual([
      { row: 2, column: '抽查比例', code: 'RATIO_BELOW_MINIMUM', message: '抽查比例不得低于5%' },
    ]);
    expect(
      parseItemRow(values({ samplingRatio: '3%' }), { rowNumber: 2, ratio: { crossAgencyJoint: true } }).item
        ?.samplingRatioBp,
    ).toBe(300);
  });
});

describe('readItemSheet with problems', () => {
  it('collects cell, row and file problems, and the error sheet lists them beside the rows', async () => {
    const rows: ExcelJS.CellValue[][] = [
      YEXIAN_HEADER,
      YEXIAN_ROWS[0]!,
      [...YEXIAN_ROWS[1]!.slice(0, 7), { formula: 'B1', result: '10%' }, ...YEXIAN_ROWS[1]!.slice(8)],
      [...YEXIAN_ROWS[2]!.slice(0, 5), '普通事项', ...YEXIAN_ROWS[2]!.slice(6, 9), '电话抽查', ''],
    ];
    const info = sheetReadInfo();
    const result = await readItemSheet(await xlsx(rows), 'xlsx', { info });
    expect(result.items.map((i) => i.rowNumber)).toEqual([2]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, '抽查比例', 'SHEET_FORMULA_NOT_ALLOWED'], // not also reported as empty
      [4, '事项类别', 'ITEM_BAD_CATEGORY'],
      [4, '检查方式', 'ITEM_BAD_METHOD'],
    ]);

    const buf = await sheetBuffer((out) =>
      errorSheet({ columns: ITEM_COLUMNS, header: info.header, rows: result.rows, errors: result.issues }, out),
    );
    const back = await collectSheet(buf, {
      format: 'xlsx',
      columns: [...ITEM_COLUMNS, { key: 'error', header: '错误', optional: true }],
      maxRows: 10,
    });
    expect(back.rows.map((r) => r.values.error)).toEqual([
      null,
      '抽查比例：单元格不能使用公式，请复制后“选择性粘贴为数值”',
      expect.stringMatching(/^事项类别“普通事项”无法识别.*\n检查方式“电话抽查”无法识别/s),
    ]);
    expect(back.rows[2]!.values.name).toBe('检查宾馆的特种行业许可证办理和治安安全情况');
  });

  it('reports wrong headers, an empty file and too many rows as the one problem of the upload', async () => {
    const wrong = await readItemSheet(
      csv([
        ['序号', '事项', '依据'],
        ['1', 'x', 'y'],
      ]),
      'csv',
    );
    expect(wrong.issues).toEqual([
      expect.objectContaining({
        code: 'SHEET_BAD_HEADERS',
        message: expect.stringContaining('抽查事项名称、抽查依据、检查主体'),
      }),
    ]);
    expect((await readItemSheet(Buffer.alloc(0), 'xlsx')).issues.map((i) => i.code)).toEqual(['SHEET_UNREADABLE']);
    const many = await readItemSheet(csv([YEXIAN_HEADER, ...YEXIAN_ROWS]), 'csv', { maxRows: 2 });
    expect(many.items).toHaveLength(2);
    expect(many.issues).toEqual([expect.objectContaining({ code: 'SHEET_TOO_MANY_ROWS', row: 4 })]);
  });
});
