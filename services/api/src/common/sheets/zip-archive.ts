/**
 * Just enough of the zip format to read the parts of an xlsx in the order we need them.
 *
 * Why not stream the zip front to back (unzipper, as exceljs's WorkbookReader does)? Excel and
 * exceljs's own streaming writer store the worksheet *before* sharedStrings.xml and styles.xml,
 * so a front-to-back reader must spool the whole decompressed sheet to a temp file before it
 * can read one row — no early stop, and a zip bomb fills the disk. With the central directory we
 * inflate sharedStrings/styles first, then the sheet lazily, row by row, and count every
 * decompressed byte against a budget. The compressed file is held in memory, bounded by maxBytes.
 */
import zlib from 'node:zlib';
import { fail, type SourceLimits } from './sheet-types';
import { formatBytes } from './input-bytes';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** An xlsx has a few dozen parts; a directory claiming far more is not one we want to walk. */
const MAX_ENTRIES = 10_000;

function unreadable(detail: string): never {
  fail('SHEET_UNREADABLE', `文件无法读取：${detail}，请上传用 Excel 或 WPS 保存的 .xlsx 文件`);
}

/** Part names compared the OOXML way: case-insensitive, without a leading slash. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** The archive's entries by partKey. Fails with SHEET_UNREADABLE on anything that is not a plain zip. */
export function readZipDirectory(buf: Buffer): Map<string, ZipEntry> {
  if (buf.length === 0) unreadable('文件为空');
  // Old binary .xls files and password-protected .xlsx files are OLE compound documents.
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    unreadable('这是旧版 .xls 文件或加密的 Excel 文件（请另存为不加密的 .xlsx）');
  }
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) unreadable('不是有效的 xlsx 文件');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) unreadable('不支持 ZIP64 格式');
  if (count > MAX_ENTRIES || offset + size > buf.length) unreadable('压缩包目录损坏');

  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) unreadable('压缩包目录损坏');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    // First entry of a name wins; a duplicate is a malformed (or hostile) archive either way.
    if (!entries.has(partKey(name))) entries.set(partKey(name), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Decompressed bytes of one archive, all parts together. */
export class InflateBudget {
  private used = 0;
  constructor(private readonly limits: Pick<SourceLimits, 'maxUnzippedBytes'>) {}
  add(n: number): void {
    this.used += n;
    if (this.used > this.limits.maxUnzippedBytes) {
      fail(
        'SHEET_TOO_LARGE',
        `文件解压后内容超过上限（${formatBytes(this.limits.maxUnzippedBytes)}），文件可能已损坏或内容过多，请拆分后分批上传`,
      );
    }
  }
}

/**
 * A part's content as text, inflated lazily (zlib honours back-pressure, so a bomb is stopped by
 * the budget after at most one chunk). Decoding is done here with a streaming TextDecoder: exceljs
 * decodes each Buffer chunk on its own, which garbles a Chinese character split across chunks.
 */
export async function* entryText(buf: Buffer, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<string> {
  if (entry.flags & 0x1) unreadable('文件已加密');
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) unreadable('压缩包内容损坏');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) unreadable('压缩包内容不完整');
  const data = buf.subarray(start, end);

  const decoder = new TextDecoder('utf-8');
  if (entry.method === 0) {
    budget.add(data.length);
    yield decoder.decode(data);
    return;
  }
  if (entry.method !== 8) unreadable('不支持的压缩方式');
  const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      budget.add(chunk.length);
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('Z_')) unreadable('压缩数据损坏');
    throw e;
  } finally {
    inflater.destroy();
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * How often `needle` (ASCII) occurs in a part, inflating it without decoding (for a row count
 * before the rows are parsed). Counted against its own budget: a bomb stops here as it would there.
 */
export async function countInEntry(
  buf: Buffer,
  entry: ZipEntry,
  budget: InflateBudget,
  needle: string,
): Promise<number> {
  const at = entry.localHeaderOffset;
  if (entry.flags & 0x1 || at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) return 0;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
  const count = (b: Buffer) => {
    let n = 0;
    for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + needle.length)) n++;
    return n;
  };
  if (entry.method !== 8) return count(data);
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let n = 0;
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      budget.add(chunk.length);
      // A needle split across two chunks is found where they meet (no copy of the whole chunk).
      n += count(Buffer.concat([tail, chunk.subarray(0, needle.length - 1)])) + count(chunk);
      tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - needle.length + 1)));
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('Z_')) return 0; // the parse says what is wrong
    throw e;
  } finally {
    inflater.destroy();
  }
  return n;
}
