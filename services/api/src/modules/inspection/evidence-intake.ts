import { Transform, type TransformCallback } from 'node:stream';
import { DomainError, EVIDENCE_KINDS, type EvidenceKind } from '@dsr/domain';
import { isUuid } from '../../loaders';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, pngTooLarge } from '../../common/pdf/pdf-input';

/**
 * An upload's way in (R36): size limits per kind, the type by the first bytes, and the stream
 * that applies both before anything reaches the store. No database, no request.
 */

export { EVIDENCE_KINDS };
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  PHOTO: '照片',
  AUDIO: '录音',
  VIDEO: '录像',
  DOCUMENT: '文件',
  SIGNATURE: '签字（盖章）图片',
};

const MB = 1024 * 1024;
/** Default size limits per kind; each can be set with DSR_EVIDENCE_MAX_<KIND>_MB. */
export const DEFAULT_EVIDENCE_LIMITS: Record<EvidenceKind, number> = {
  PHOTO: 10 * MB,
  AUDIO: 50 * MB,
  VIDEO: 200 * MB,
  DOCUMENT: 20 * MB,
  SIGNATURE: 2 * MB,
};

export function evidenceLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<EvidenceKind, number> {
  const out = { ...DEFAULT_EVIDENCE_LIMITS };
  for (const kind of EVIDENCE_KINDS) {
    const raw = env[`DSR_EVIDENCE_MAX_${kind}_MB`];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`环境变量 DSR_EVIDENCE_MAX_${kind}_MB 必须是正数，当前为 "${raw}"`);
    out[kind] = Math.floor(n * MB);
  }
  return out;
}

/** The types each kind accepts, by what the bytes are (not by name or Content-Type). */
export const ALLOWED_MIME: Record<EvidenceKind, readonly string[]> = {
  PHOTO: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'],
  AUDIO: ['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/amr'],
  VIDEO: ['video/mp4', 'video/quicktime', 'video/webm'],
  DOCUMENT: ['application/pdf', 'image/jpeg', 'image/png'],
  SIGNATURE: ['image/png'],
};

const MIME_LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'audio/mpeg': 'MP3',
  'audio/mp4': 'M4A',
  'audio/wav': 'WAV',
  'audio/amr': 'AMR',
  'video/mp4': 'MP4',
  'video/quicktime': 'MOV',
  'video/webm': 'WebM',
  'application/pdf': 'PDF',
};

/**
 * The type by magic bytes, or null when it is none the platform keeps. Office files and other ZIP
 * containers are deliberately not recognised (a ZIP can carry anything; print them to PDF).
 */
export function sniffMime(b: Buffer): string | null {
  const ascii = (from: number, to: number) => (b.length >= to ? b.toString('latin1', from, to) : '');
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (
    b.length > 24 &&
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x) &&
    ascii(12, 16) === 'IHDR'
  )
    return 'image/png';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 6) === '#!AMR\n') return 'audio/amr';
  if (ascii(0, 3) === 'ID3' || (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe6) === 0xe2)) return 'audio/mpeg'; // ID3 tag, or an MPEG-1/2 layer III frame
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'video/webm';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (['heic', 'heix', 'mif1'].includes(brand)) return 'image/heic';
    if (brand === 'M4A ') return 'audio/mp4';
    if (brand === 'qt  ') return 'video/quicktime';
    return 'video/mp4';
  }
  return null;
}

/** The type the first bytes show, if the kind accepts it (sniffMime looks at no more than the first 24 bytes). */
export function checkType(kind: EvidenceKind, head: Buffer): string {
  const mime = sniffMime(head);
  if (!mime || !ALLOWED_MIME[kind].includes(mime)) {
    const allowed = ALLOWED_MIME[kind].map((m) => MIME_LABELS[m] ?? m).join('、');
    throw new DomainError(
      'EVIDENCE_TYPE_NOT_ALLOWED',
      `${EVIDENCE_KIND_LABELS[kind]}的文件类型不允许（按文件内容识别${mime ? `为 ${MIME_LABELS[mime] ?? mime}` : '不出'}），仅接受 ${allowed}`,
      'body',
    );
  }
  // A signature is printed into the record's PDF, which decodes it whole: its size in pixels is bounded too.
  const big = kind === 'SIGNATURE' ? pngTooLarge(head) : null;
  if (big) {
    throw new DomainError(
      'SIGNATURE_IMAGE_TOO_LARGE',
      `签字图片尺寸过大（${big.width} × ${big.height} 像素）：宽、高均不超过 ${MAX_IMAGE_SIDE} 像素，总计不超过 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素`,
      'body',
      { maxSide: MAX_IMAGE_SIDE, maxPixels: MAX_IMAGE_PIXELS },
    );
  }
  return mime;
}

const SNIFF_BYTES = 64;

/**
 * The upload on its way to the store: counts the bytes and fails the moment the kind's limit is
 * passed, holds back the first bytes until their type is known (a forbidden type fails before
 * anything reaches the store), and refuses an empty body. Memory held: the stream buffers only.
 */
export class EvidenceIntake extends Transform {
  size = 0;
  mime: string | null = null;
  private head: Buffer[] = [];

  constructor(
    readonly kind: EvidenceKind,
    private readonly limits: Record<EvidenceKind, number>,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limits[this.kind]) {
      done(tooLarge(this.kind, this.limits));
      return;
    }
    if (this.mime) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    if (this.size < SNIFF_BYTES) {
      done();
      return;
    }
    this.release(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) {
      done(new DomainError('EVIDENCE_EMPTY', '请在请求体中上传文件', 'body'));
      return;
    }
    if (this.mime) {
      done();
      return;
    }
    this.release(done);
  }

  private release(done: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    try {
      this.mime = checkType(this.kind, head);
    } catch (err) {
      done(err as Error);
      return;
    }
    done(null, head);
  }
}

export function tooLarge(kind: EvidenceKind, limits: Record<EvidenceKind, number>): DomainError {
  return new DomainError(
    'EVIDENCE_TOO_LARGE',
    `${EVIDENCE_KIND_LABELS[kind]}不能超过 ${+(limits[kind] / MB).toFixed(1)} MB`,
    'body',
  );
}

/** `evidence:<id>` or the bare id → the evidence id, or null. */
export function evidenceIdOf(ref: string | null | undefined): string | null {
  const id = ref?.trim().replace(/^evidence:/, '') ?? '';
  return isUuid(id) ? id : null;
}
