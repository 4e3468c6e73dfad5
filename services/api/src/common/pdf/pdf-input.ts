import { DomainError, parseIsoDate } from '@dsr/domain';
import type { PngImage } from './pdf.types';

/**
 * Checks the renderers make before laying anything out, so a bad input is a DomainError naming the
 * field (shown to the user in Chinese) rather than a library error from deep inside pdfkit, and no
 * half-made PDF is returned. Business rules (who may sign, R39 deadlines) stay in the module.
 */

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A signature or a seal scan is tens of kilobytes; the cap keeps a form's PDF small. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Pixels of a PNG a form embeds (a signature pad at 3× is about 3,600 × 900): pdfkit inflates a PNG with alpha whole,
 * and 560 KB of PNG can hold 12,000 × 12,000 pixels — 15 s of CPU and 2.3 GB to print one record.
 */
export const MAX_IMAGE_PIXELS = 4_000_000;
export const MAX_IMAGE_SIDE = 5000;

/** Whether a PNG's header (width and height at bytes 16–23) is beyond what a form embeds. */
export function pngTooLarge(bytes: Buffer): { width: number; height: number } | null {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const big = width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS;
  return big ? { width, height } : null;
}

/**
 * Form data as the checks see it: it comes from callers and stored JSON, so any field may be
 * missing until checked.
 */
export type Unchecked<T> = { [K in keyof T]?: T[K] | null };

/** Non-empty text after trimming, or FIELD_REQUIRED. */
export function requireText(value: string | null | undefined, field: string, label: string): string {
  const text = value?.trim();
  if (!text) throw new DomainError('FIELD_REQUIRED', `${label}不能为空`, field);
  return text;
}

/** At least one entry, each non-empty. */
export function requireList(values: readonly string[] | null | undefined, field: string, label: string): string[] {
  if (!values?.length) throw new DomainError('FIELD_REQUIRED', `${label}至少填写一项`, field);
  return values.map((v, i) => requireText(v, `${field}[${i}]`, label));
}

/** A real `Date` (not an Invalid Date), or INVALID_DATE. */
export function requireInstant(value: Date | null | undefined, field: string, label: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DomainError('INVALID_DATE', `${label}不是有效的时间`, field);
  }
  return value;
}

/** A YYYY-MM-DD day that exists (INVALID_DATE otherwise, from the domain's one parser). */
export function requireDay(value: string | null | undefined, field: string, label: string): string {
  return parseIsoDate(requireText(value, field, label), field);
}

/**
 * A PNG by its signature bytes and a non-empty IHDR, at most MAX_IMAGE_BYTES: pdfkit would
 * otherwise guess the format from the bytes and fail with an English message, or embed a huge scan.
 */
export function requirePng(value: PngImage, field: string, label: string): void {
  if (!(value instanceof Uint8Array)) throw new DomainError('INVALID_IMAGE', `${label}须为 PNG 图片的字节`, field);
  const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const isPng =
    bytes.length > 24 && PNG_MAGIC.every((b, i) => bytes[i] === b) && bytes.toString('latin1', 12, 16) === 'IHDR';
  if (!isPng || bytes.readUInt32BE(16) === 0 || bytes.readUInt32BE(20) === 0) {
    throw new DomainError('INVALID_IMAGE', `${label}须为 PNG 图片`, field);
  }
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new DomainError('INVALID_IMAGE', `${label}过大（不超过 ${MAX_IMAGE_BYTES / 1024 / 1024} MB）`, field);
  }
  const big = pngTooLarge(bytes);
  if (big) throw new DomainError('INVALID_IMAGE', `${label}尺寸过大（${big.width} × ${big.height} 像素）`, field);
}
