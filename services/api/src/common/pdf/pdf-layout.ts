import type {
  Column,
  Content,
  ContentCanvas,
  ContentTable,
  CustomTableLayout,
  DynamicContent,
  Margins,
  TableCell,
} from 'pdfmake/interfaces';
import { chinaDay } from '@dsr/domain';
import { pngDataUrl } from './pdf-render';
import type { FormInspector, FormTarget, PngImage } from './pdf.types';

/** Pieces the three forms share: dates as Chinese forms write them, headings, tables, page numbers. */

/** Printed where a field has no value, so an empty cell is not mistaken for a forgotten one. */
export const NONE = '—';

/** 2026-12-10 → 2026年12月10日, as official documents write days. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Hour and minute in Beijing time (UTC+8, no daylight saving), whatever the server's zone. */
function beijingTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}

/** 2026年11月25日 09:30 (Beijing time). */
export function formatInstant(instant: Date): string {
  return `${formatDay(chinaDay(instant))} ${beijingTime(instant)}`;
}

/** A check's time span; the day is written once when start and end fall on the same Beijing day. */
export function formatSpan(start: Date, end?: Date | null): string {
  if (!end) return formatInstant(start);
  const sameDay = chinaDay(start) === chinaDay(end);
  return `${formatInstant(start)} 至 ${sameDay ? beijingTime(end) : formatInstant(end)}`;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 40 → 四十: item headings read 检查事项一, 检查事项十二. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

export function orNone(value: string | null | undefined): string {
  return value?.trim() ? value.trim() : NONE;
}

/**
 * Bureau name, title and number, as at the top of the paper form. Notices put the number centred
 * under the title (公文 style); records and reports put “编号：” at the right.
 */
export function formHeading(
  bureauName: string,
  title: string,
  documentNo: string,
  numberStyle: 'centred' | 'right',
): Content[] {
  return [
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    { text: bureauName, alignment: 'center', fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    { text: title, alignment: 'center', fontSize: 20, bold: true, characterSpacing: 2, margin: [0, 0, 0, 6] },
    numberStyle === 'centred'
      ? { text: documentNo, alignment: 'center', margin: [0, 0, 0, 14] }
      : { text: `编号：${documentNo}`, alignment: 'right', margin: [0, 0, 0, 8] },
  ];
}

/** 第 N 页 共 M 页 at the foot of every page. */
export const pageFooter: DynamicContent = (currentPage, pageCount) => ({
  text: `第 ${currentPage} 页 共 ${pageCount} 页`,
  alignment: 'center',
  fontSize: 9,
  margin: [0, 22, 0, 0],
});

/** An internal document's footer: the page number and what the document may be used for (R52, `notice`). */
export function noticeFooter(notice: string): DynamicContent {
  return (currentPage, pageCount) => ({
    text: `${notice}　第 ${currentPage} 页 共 ${pageCount} 页`,
    alignment: 'center',
    fontSize: 9,
    margin: [0, 22, 0, 0],
  });
}

/** From page 2 on, the title and number at the top, so a loose page still says what it belongs to. */
export function continuationHeader(title: string, documentNo: string): DynamicContent {
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          columns: [
            { text: `${title}（续）`, fontSize: 9 },
            { text: `编号：${documentNo}`, fontSize: 9, alignment: 'right' },
          ],
          margin: [56, 30, 56, 0],
        };
}

/** Thin black rules like a printed form, with a little air in the cells. */
export const FORM_TABLE: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Wide enough for 统一社会信用代码 on one line. */
export const LABEL_WIDTH = 92;

export function label(text: string): TableCell {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
  return { text, bold: true, alignment: 'center', fontSize: 10 };
}

/** A row of a field table: one label and its value across the row, or two label/value pairs. */
export type FieldRow = [string, Content] | [string, Content, string, Content];

/**
 * The bordered label/value grid of the forms: four columns, a one-pair row spans the value over
 * the last three. Rows break across pages unless `dontBreakRows` (for short rows that must stay whole).
 */
export function fieldTable(
  rows: FieldRow[],
  options: { dontBreakRows?: boolean; margin?: Margins } = {},
): ContentTable {
  return {
    table: {
      dontBreakRows: options.dontBreakRows ?? false,
      widths: [LABEL_WIDTH, '*', LABEL_WIDTH, '*'],
      body: rows.map((row): TableCell[] =>
        row.length === 2
          ? [label(row[0]), { stack: [row[1]], colSpan: 3 }, {}, {}]
          : [label(row[0]), { stack: [row[1]] }, label(row[2]), { stack: [row[3]] }],
      ),
    },
    layout: FORM_TABLE,
    margin: options.margin ?? [0, 0, 0, 10],
  };
}

/** The target's rows of a field table: name and code, address, representative and phone. */
export function targetRows(target: FormTarget): FieldRow[] {
  const uscc = target.uscc?.trim();
  return [
    [
      '被检查对象',
      target.name,
      uscc || !target.residentId?.trim() ? '统一社会信用代码' : '身份证件号码',
      orNone(uscc || target.residentId),
    ],
    ['地址', orNone(target.address)],
    ['法定代表人（负责人）', orNone(target.legalRepresentative), '联系电话', orNone(target.phone)],
  ];
}

/** 张三（执法证号 41010001，治安管理大队） — one line per inspector. */
export function inspectorLines(inspectors: FormInspector[]): string {
  return inspectors
    .map((i) => `${i.name}（执法证号 ${i.warrantNo}${i.department?.trim() ? `，${i.department.trim()}` : ''}）`)
    .join('\n');
}

/** 1. … 2. … as separate lines. */
export function numbered(lines: string[]): string {
  const clean = lines.map(unnumbered).filter(Boolean);
  // One entry is a plain text, not a list of one: no "1." before it.
  if (clean.length === 1) return clean[0];
  return clean.map((line, i) => `${i + 1}. ${line}`).join('\n');
}

/** A line without the number the user typed before it (1. 1、 （1） ① …), so the form numbers it once. */
export function unnumbered(line: string): string {
  return line
    .trim()
    .replace(/^(?:\d{1,3}\s*[.、．）)]|[（(]\d{1,3}[）)]|[\u2460-\u2473])\s*/u, '')
    .trim();
}

/** A line left blank for a pen, as a column of the given width. */
export function blankLine(width = 110): Column {
  const line: ContentCanvas = { canvas: [{ type: 'line', x1: 0, y1: 14, x2: width, y2: 14, lineWidth: 0.6 }] };
  return { ...line, width };
}

/**
 * The images of one document, named img0, img1…: pdfmake takes them as data URLs in the
 * definition's `images`, so nothing is read from disk.
 */
export class ImageBag {
  readonly images: Record<string, string> = {};
  private next = 0;

  /** An image node for this PNG (checked by requirePng beforehand), scaled to fit the box. */
  image(png: PngImage, fit: [number, number]): Content {
    const key = `img${this.next++}`;
    this.images[key] = pngDataUrl(png);
    return { image: key, fit };
  }
}
