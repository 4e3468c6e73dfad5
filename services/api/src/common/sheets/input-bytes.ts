/**
 * Reading the uploaded bytes with a size limit: a Readable is consumed chunk by chunk and
 * abandoned (destroyed) as soon as it grows past the limit, so an oversized upload is never held
 * in full.
 */
import type { Readable } from 'node:stream';
import { fail } from './sheet-types';

function tooLarge(maxBytes: number): never {
  fail('SHEET_TOO_LARGE', `文件超过大小上限（${formatBytes(maxBytes)}），请拆分后分批上传`);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} 字节`;
}

/** The input's chunks, failing with SHEET_TOO_LARGE once more than maxBytes have arrived. */
export async function* boundedChunks(input: Readable | Buffer, maxBytes: number): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(input)) {
    if (input.length > maxBytes) tooLarge(maxBytes);
    // Slices, so that a csv reader can stop early without decoding the rest of a big buffer.
    for (let i = 0; i < input.length; i += 64 * 1024) yield input.subarray(i, i + 64 * 1024);
    return;
  }
  let total = 0;
  // Leaving this loop early (limit, or the caller stops) destroys the stream.
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > maxBytes) tooLarge(maxBytes);
    yield buf;
  }
}

/** The whole input as one Buffer, at most maxBytes (xlsx needs random access, see xlsx-source.ts). */
export async function readBounded(input: Readable | Buffer, maxBytes: number): Promise<Buffer> {
  if (Buffer.isBuffer(input)) {
    if (input.length > maxBytes) tooLarge(maxBytes);
    return input;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of boundedChunks(input, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
