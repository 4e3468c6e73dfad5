import type { Content, TableCell } from 'pdfmake/interfaces';
import { INSPECTION_OPINIONS } from '@dsr/domain';
import { OPINION_LABELS } from '../../common/pdf';
import { FORM_TABLE, formatDay, formatInstant, noticeFooter } from '../../common/pdf/pdf-layout';
import { USE_NOTICE } from '../../common/use-notice';
import { renderPdf } from '../../common/pdf/pdf-render';
import { sheetBuffer, writeTables, type Line, type Table } from '../../common/sheets/sheet-writer';
import type { ReportFigureRow } from './report-figures.queries';

/** What the two files say about themselves. */
export interface ReportHeading {
  bureauName: string;
  title: string;
  /** What the report covers, in words (a round, or a half year). */
  scope: string;
  periodStart: string;
  /** Exclusive. */
  periodEnd: string;
  generatedAt: Date;
}

const pct = (n: number, d: number) => (d > 0 ? `${((n / d) * 100).toFixed(1)}%` : '—');

/** The columns of both files, in order: header and value of a figure row. */
const COLUMNS: [string, (r: ReportFigureRow) => string | number][] = [
  ['检查总数', (r) => r.inspections],
  ['随机抽取', (r) => r.drawn],
  ['已检查', (r) => r.inspected],
  ['完成率', (r) => pct(r.inspected, r.inspections)],
  ...INSPECTION_OPINIONS.map((o): [string, (r: ReportFigureRow) => number] => [
    OPINION_LABELS[o],
    (r) => r.findings[o],
  ]),
  ['整改通知书', (r) => r.notices],
  ['整改办结', (r) => r.noticesClosed],
  ['已公示', (r) => r.published],
  ['逾期未办', (r) => r.overdue],
  ['复查', (r) => r.rechecked],
  ['复查一致', (r) => r.recheckAgreed],
  ['复查一致率', (r) => pct(r.recheckAgreed, r.rechecked)],
];

const lastDay = (exclusiveEnd: string) =>
  new Date(Date.parse(`${exclusiveEnd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const periodText = (h: ReportHeading) => `${formatDay(h.periodStart)}至${formatDay(lastDay(h.periodEnd))}`;

const bureauRows = (rows: ReportFigureRow[]) => rows.filter((r) => r.bureauId && r.wholeBureau);
const departmentRows = (rows: ReportFigureRow[]) => rows.filter((r) => r.bureauId && !r.wholeBureau);
const totalRow = (rows: ReportFigureRow[]) => rows.find((r) => !r.bureauId);
const deptName = (r: ReportFigureRow) => r.departmentName ?? '（未指定部门）';

/** The workbook: 汇总, 各单位 (per bureau), 各部门 (per bureau and department). */
export function reportWorkbook(h: ReportHeading, rows: ReportFigureRow[]): Promise<Buffer> {
  const total = totalRow(rows);
  const headers = COLUMNS.map(([header]) => ({ header }));
  const tables: Table[] = [
    {
      name: '汇总',
      columns: [
        { header: '项目', width: 20 },
        { header: '内容', width: 40 },
      ],
      lines: [
        { cells: ['单位', h.bureauName] },
        { cells: ['报告', h.title] },
        { cells: ['范围', h.scope] },
        { cells: ['期间', periodText(h)] },
        { cells: ['已检查', `${formatDay(lastDay(h.periodEnd))}（含）以前结束现场检查的`] },
        { cells: ['生成时间', formatInstant(h.generatedAt)] },
        ...(total ? COLUMNS.map(([name, v]): Line => ({ cells: [name, v(total)] })) : []),
      ],
    },
    {
      name: '各单位',
      columns: [{ header: '单位', width: 28 }, ...headers],
      lines: [
        ...bureauRows(rows).map((r): Line => ({ cells: [r.bureauName ?? '', ...COLUMNS.map(([, v]) => v(r))] })),
        ...(total ? [{ cells: ['合计', ...COLUMNS.map(([, v]) => v(total))] }] : []),
      ],
      autoFilter: true,
    },
    {
      name: '各部门',
      columns: [{ header: '单位', width: 28 }, { header: '部门', width: 20 }, ...headers],
      lines: departmentRows(rows).map((r): Line => ({
        cells: [r.bureauName ?? '', deptName(r), ...COLUMNS.map(([, v]) => v(r))],
      })),
      autoFilter: true,
    },
  ];
  return sheetBuffer((out) => writeTables(out, tables, { notice: USE_NOTICE }));
}

const cell = (text: string | number, extra: object = {}): TableCell => ({
  text: String(text),
  fontSize: 7.5,
  ...extra,
});
const head = (text: string): TableCell => cell(text, { bold: true, alignment: 'center', fillColor: '#eeeeee' });

function figureTable(leading: string[], rows: { names: string[]; row: ReportFigureRow }[]): Content {
  return {
    table: {
      headerRows: 1,
      // Names keep their line (a bureau's full name, a department); the figures share the rest.
      widths: [...leading.map((_, i) => (i === 0 ? 76 : 60)), ...COLUMNS.map(() => '*')],
      body: [
        [...leading.map(head), ...COLUMNS.map(([h]) => head(h))],
        ...rows.map(({ names, row }) => [
          ...names.map((n) => cell(n)),
          ...COLUMNS.map(([, v]) => cell(v(row), { alignment: 'right' })),
        ]),
      ],
    },
    layout: FORM_TABLE,
    margin: [0, 0, 0, 12],
  };
}

const section = (text: string): Content =>
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
  ({ text, bold: true, fontSize: 12, margin: [0, 8, 0, 6], headlineLevel: 1 });

/** The PDF: the title, the whole in a paragraph, then a table per bureau and per department (A4 landscape). */
export function reportPdf(h: ReportHeading, rows: ReportFigureRow[]): Promise<Buffer> {
  const t = totalRow(rows);
  const summary = t
    ? `${periodText(h)}，${h.scope}共有检查 ${t.inspections} 户次，其中随机抽取 ${t.drawn} 户次；` +
      `截至${formatDay(lastDay(h.periodEnd))}已完成检查 ${t.inspected} 户次` +
      `（完成率 ${pct(t.inspected, t.inspections)}）。发现问题责令整改 ${t.findings.RECTIFICATION} 户次、立案查处 ${t.findings.CASE_FILED} 户次，` +
      `下发整改通知书 ${t.notices} 份、已办结 ${t.noticesClosed} 份；已公示检查结果 ${t.published} 户次；逾期未办 ${t.overdue} 项；` +
      `上级复查 ${t.rechecked} 户次，结论一致 ${t.recheckAgreed} 户次（一致率 ${pct(t.recheckAgreed, t.rechecked)}）。`
    : '报告期内没有检查。';
  return renderPdf({
    pageOrientation: 'landscape',
    pageMargins: [36, 40, 36, 48],
    info: { title: h.title },
    footer: noticeFooter(USE_NOTICE), // R52: an internal report
    content: [
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
      { text: h.bureauName, alignment: 'center', fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
      { text: h.title, alignment: 'center', fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      {
        text: `${h.scope}　${periodText(h)}　生成于 ${formatInstant(h.generatedAt)}`,
        alignment: 'center',
        fontSize: 9,
        margin: [0, 0, 0, 10],
      },
      section('一、总体情况'),
      { text: summary, leadingIndent: 21 },
      section('二、各单位情况'),
      figureTable(
        ['单位'],
        [
          ...bureauRows(rows).map((row) => ({ names: [row.bureauName ?? ''], row })),
          ...(t ? [{ names: ['合计'], row: t }] : []),
        ],
      ),
      section('三、各部门情况'),
      figureTable(
        ['单位', '部门'],
        departmentRows(rows).map((row) => ({ names: [row.bureauName ?? '', deptName(row)], row })),
      ),
    ],
  });
}
