/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes ("" inside
 * quotes is one "), quoted fields may span lines, records end with CRLF, LF or CR. UTF-8 only (a
 * leading BOM is dropped): Excel's plain "CSV" on Chinese Windows is GBK, which we refuse with a
 * message saying how to save as "CSV UTF-8" rather than guess and garble names.
 *
 * Leniencies, as Excel and WPS read such files: a quote inside an unquoted field is literal, and
 * text after a closing quote is appended to the field.
 */
import type { Readable } from 'node:stream';
import { boundedChunks } from './input-bytes';
import { fail, type RawRow, type SheetReadInfo, type SourceLimits } from './sheet-types';

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote seen inside a quoted field: either "" (escaped) or the closing quote. */
  QuoteInQuoted,
  AfterQuoted,
}

export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private record: string[] = [];
  /** A CR ended the last record; an LF right after it belongs to the same line break. */
  private skipLf = false;
  private recordNumber = 1;
  private out: RawRow[] = [];

  constructor(private readonly maxColumns: number) {}

  /** Feeds text; returns the records completed by it. */
  push(text: string): RawRow[] {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.skipLf) {
        this.skipLf = false;
        if (c === '\n') continue;
      }
      switch (this.state) {
        case State.Quoted:
          if (c === '"') this.state = State.QuoteInQuoted;
          else this.field += c;
          break;
        case State.QuoteInQuoted:
          if (c === '"') {
            this.field += '"';
            this.state = State.Quoted;
          } else {
            this.state = State.AfterQuoted;
            this.separator(c);
          }
          break;
        case State.FieldStart:
          if (c === '"') this.state = State.Quoted;
          else this.separator(c);
          break;
        default: // Unquoted, AfterQuoted
          this.separator(c);
      }
    }
    const done = this.out;
    this.out = [];
    return done;
  }

  /** End of input: the last record (a final line break is optional). */
  end(): RawRow[] {
    if (this.state === State.Quoted) {
      fail('SHEET_UNREADABLE', `文件无法读取：第${this.recordNumber}行的引号没有闭合`, this.recordNumber);
    }
    if (this.state !== State.FieldStart || this.record.length > 0) this.endRecord();
    const done = this.out;
    this.out = [];
    return done;
  }

  /** A character outside quotes. */
  private separator(c: string): void {
    if (c === ',') {
      this.endField();
      return;
    }
    if (c === '\n' || c === '\r') {
      this.skipLf = c === '\r';
      this.endRecord();
      return;
    }
    if (this.state === State.FieldStart) this.state = State.Unquoted;
    this.field += c;
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
    // Checked as the row grows: a line of a million commas is refused before it is held.
    if (this.record.length > this.maxColumns) {
      fail('SHEET_ROW_TOO_WIDE', `第${this.recordNumber}行超过${this.maxColumns}列，请删除多余的列`, this.recordNumber);
    }
  }

  private endRecord(): void {
    this.endField();
    this.out.push({ rowNumber: this.recordNumber++, cells: this.record });
    this.record = [];
  }
}

/** Records of a csv held in memory, at most: its line breaks (LF, or CR alone), and a last line without one. */
function countLines(buf: Buffer): number {
  const count = (c: number) => {
    let n = 0;
    for (let i = buf.indexOf(c); i >= 0; i = buf.indexOf(c, i + 1)) n++;
    return n;
  };
  const breaks = count(0x0a) || count(0x0d);
  const last = buf.at(-1);
  return breaks + (buf.length > 0 && last !== 0x0a && last !== 0x0d ? 1 : 0);
}

export async function* csvRows(
  input: Readable | Buffer,
  limits: SourceLimits,
  info?: Pick<SheetReadInfo, 'rowsEstimate'>,
): AsyncGenerator<RawRow> {
  if (info && Buffer.isBuffer(input)) info.rowsEstimate = countLines(input);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parser = new CsvParser(limits.maxColumns);
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      fail(
        'SHEET_UNREADABLE',
        '文件无法读取：不是 UTF-8 编码的 CSV 文件。请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”，或直接上传 .xlsx 文件',
      );
    }
  };
  const text = (s: string): string => {
    if (s.includes('\u0000')) fail('SHEET_UNREADABLE', '文件无法读取：这不是文本格式的 CSV 文件');
    return s;
  };
  let any = false;
  for await (const chunk of boundedChunks(input, limits.maxBytes)) {
    const s = text(decode(chunk));
    if (s.length > 0) any = true;
    yield* parser.push(s);
  }
  const s = text(decode());
  if (s.length > 0) any = true;
  yield* parser.push(s);
  if (!any) fail('SHEET_UNREADABLE', '文件无法读取：文件为空');
  yield* parser.end();
}
