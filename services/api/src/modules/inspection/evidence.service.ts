import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import { DomainError } from '@dsr/domain';
import { Evidence, Inspection, InspectionMember, Inspector, type EvidenceKind } from '@dsr/db';
import type { RequestContext } from '../../context';
import { forbidden, notFound } from '../../common/errors';
import { EvidenceHashMismatch, readBlob, type EvidenceStore } from '../../common/evidence-store';
import { isUuid } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import { handlingOf } from './handling';

/**
 * Evidence (issue 5, R36): photos, audio/video, documents and the target's signature or seal,
 * attached to an inspection. The bytes go to the content-addressed store, the row (hash, size,
 * type, kind) to `evidence`, and the hash into the audit entry.
 */

export const EVIDENCE_KINDS = ['PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT', 'SIGNATURE'] as const satisfies readonly EvidenceKind[];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = { PHOTO: '照片', AUDIO: '录音', VIDEO: '录像', DOCUMENT: '文件', SIGNATURE: '签字（盖章）图片' };

const MB = 1024 * 1024;
/** Default size limits per kind; each can be set with DSR_EVIDENCE_MAX_<KIND>_MB. */
export const DEFAULT_EVIDENCE_LIMITS: Record<EvidenceKind, number> = { PHOTO: 10 * MB, AUDIO: 50 * MB, VIDEO: 200 * MB, DOCUMENT: 20 * MB, SIGNATURE: 2 * MB };

export function evidenceLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<EvidenceKind, number> {
  const out = { ...DEFAULT_EVIDENCE_LIMITS };
  for (const kind of EVIDENCE_KINDS) {
    const raw = env[`DSR_EVIDENCE_MAX_${kind}_MB`];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`环境变量 DSR_EVIDENCE_MAX_${kind}_MB 必须是正数，当前为 "${raw}"`);
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
  'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/heic': 'HEIC', 'audio/mpeg': 'MP3', 'audio/mp4': 'M4A', 'audio/wav': 'WAV',
  'audio/amr': 'AMR', 'video/mp4': 'MP4', 'video/quicktime': 'MOV', 'video/webm': 'WebM', 'application/pdf': 'PDF',
};

/**
 * The type by magic bytes, or null when it is none the platform keeps. Office files and other ZIP
 * containers are deliberately not recognised (a ZIP can carry anything; print them to PDF).
 */
export function sniffMime(b: Buffer): string | null {
  const ascii = (from: number, to: number) => (b.length >= to ? b.toString('latin1', from, to) : '');
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 24 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x) && ascii(12, 16) === 'IHDR') return 'image/png';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 6) === '#!AMR\n') return 'audio/amr';
  if (ascii(0, 3) === 'ID3' || (b.length >= 2 && b[0] === 0xff && (b[1]! & 0xe6) === 0xe2)) return 'audio/mpeg'; // ID3 tag, or an MPEG-1/2 layer III frame
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
    throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', `${EVIDENCE_KIND_LABELS[kind]}的文件类型不允许（按文件内容识别${mime ? `为 ${MIME_LABELS[mime] ?? mime}` : '不出'}），仅接受 ${allowed}`, 'body');
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

  constructor(readonly kind: EvidenceKind, private readonly limits: Record<EvidenceKind, number>) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limits[this.kind]) return done(tooLarge(this.kind, this.limits));
    if (this.mime) return done(null, chunk);
    this.head.push(chunk);
    if (this.size < SNIFF_BYTES) return done();
    this.release(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(new DomainError('EVIDENCE_EMPTY', '请在请求体中上传文件', 'body'));
    if (this.mime) return done();
    this.release(done);
  }

  private release(done: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    try {
      this.mime = checkType(this.kind, head);
    } catch (err) {
      return done(err as Error);
    }
    done(null, head);
  }
}

export function tooLarge(kind: EvidenceKind, limits: Record<EvidenceKind, number>): DomainError {
  return new DomainError('EVIDENCE_TOO_LARGE', `${EVIDENCE_KIND_LABELS[kind]}不能超过 ${+(limits[kind] / MB).toFixed(1)} MB`, 'body');
}

/** `evidence:<id>` or the bare id → the evidence id, or null. */
export function evidenceIdOf(ref: string | null | undefined): string | null {
  const id = ref?.trim().replace(/^evidence:/, '') ?? '';
  return isUuid(id) ? id : null;
}

/** What an upload left in the store: the blob and the type its first bytes showed. */
export interface ReceivedEvidence { sha256: string; size: number; mime: string }

export class EvidenceService {
  constructor(readonly store: EvidenceStore, readonly limits: Record<EvidenceKind, number> = DEFAULT_EVIDENCE_LIMITS) {}

  /**
   * Whether the caller may attach evidence to the inspection: an active member of it, or the
   * coordinating office (ADMIN / COORDINATOR) of its bureau, while it is not closed. Asked before a
   * byte of the upload is read, and again when the row is written.
   */
  async mayAttach(ctx: RequestContext, inspectionId: string, kind: EvidenceKind): Promise<Inspection> {
    const p = ctx.principal!;
    const inspection = isUuid(inspectionId)
      ? await ctx.em.findOne(Inspection, { id: inspectionId, $or: [{ bureauId: p.bureauId }, { handlingBureauId: p.bureauId }] })
      : null;
    if (!inspection) throw notFound('检查');
    if (inspection.status === 'CLOSED') throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再上传证据', 'inspectionId');
    if (inspection.status === 'CANCELLED') throw new DomainError('INSPECTION_CANCELLED', '检查已取消，不能上传证据', 'inspectionId');
    if (inspection.bureauId !== p.bureauId) {
      // R41/R40: the bureau below that handles a superior's findings attaches the evidence of its
      // rectification and follow-up (its own rows), once the report has handed the findings over.
      if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR' || r === 'DEPARTMENT_HEAD')) throw forbidden('上级部署的检查，由本单位双随机办或部门负责人上传整改复查证据（R41）');
      if (!['REPORTED', 'RECTIFYING'].includes(inspection.status)) {
        throw new DomainError('FINDINGS_NOT_HANDED_OVER', '上级检查的报告定稿后，本单位才能上传整改复查证据（R41）', 'inspectionId');
      }
      if (kind === 'SIGNATURE') throw new DomainError('EVIDENCE_KIND_NOT_ALLOWED', '现场检查记录的签字图片由检查单位上传', 'kind');
      return inspection;
    }
    if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR')) {
      const mine = (await ctx.em.find(Inspector, { userId: p.userId, bureauId: p.bureauId })).map((i) => i.id);
      const member = mine.length ? await ctx.em.findOne(InspectionMember, { inspectionId: inspection.id, inspectorId: { $in: mine }, leftAt: null }) : null;
      if (!member) throw new DomainError('NOT_ON_INSPECTION', '您不是本次检查的检查组成员，不能上传证据', 'inspectionId');
    }
    return inspection;
  }

  /**
   * Streams an upload into the store through the size and type checks. Rejects with the refusal
   * (EVIDENCE_TOO_LARGE, EVIDENCE_TYPE_NOT_ALLOWED, EVIDENCE_EMPTY, EVIDENCE_HASH_MISMATCH) or the
   * stream's own error, and then nothing is stored. Touches no database: no connection is held
   * while a slow client sends a large video.
   */
  async receive(body: Readable, kind: EvidenceKind, expectedSha256?: string): Promise<ReceivedEvidence> {
    const intake = new EvidenceIntake(kind, this.limits);
    // pipe, not pipeline: a refusal must not destroy the request, whose answer is still to be sent.
    const fail = (err?: Error) => intake.destroy(err ?? new Error('upload aborted'));
    const aborted = () => { if (!body.readableEnded) fail(); };
    body.once('error', fail).once('close', aborted);
    // Its errors reach the caller as put's rejection; the listener keeps a late 'error' event from being uncaught.
    intake.on('error', () => undefined);
    body.pipe(intake);
    try {
      const stored = await this.store.put(intake, { expectedSha256 });
      return { sha256: stored.sha256, size: stored.size, mime: intake.mime! };
    } catch (err) {
      if (err instanceof EvidenceHashMismatch) {
        throw new DomainError('EVIDENCE_HASH_MISMATCH', `上传的文件不完整或已损坏（SHA-256 应为 ${err.expected}，收到的为 ${err.actual}），请重新上传`, 'body');
      }
      throw err;
    } finally {
      body.unpipe(intake);
      body.off('error', fail).off('close', aborted);
    }
  }

  /**
   * Attaches a received blob to the inspection, in the request's transaction: the caller's right is
   * checked again (it may have changed during a long upload), then the row and the audit entry. The
   * blob is in place before the row exists, so no row ever names missing bytes; a failure here leaves
   * at most an unreferenced blob, content-addressed, which a retry reuses. The same bytes attached
   * again as the same kind return the existing row and write nothing.
   */
  async attach(ctx: RequestContext, input: { inspectionId: string; kind: EvidenceKind; blob: ReceivedEvidence; fileName: string | null }): Promise<{ evidence: Evidence; duplicate: boolean }> {
    const p = ctx.principal!;
    const inspection = await this.mayAttach(ctx, input.inspectionId, input.kind);
    const { sha256, size, mime } = input.blob;
    const existing = await ctx.em.findOne(Evidence, { inspectionId: inspection.id, kind: input.kind, sha256 });
    if (existing) return { evidence: existing, duplicate: true };

    const fileName = input.fileName?.replace(/[\\/\r\n\t\0]/g, '_').trim().slice(0, 200) || null;
    const evidence = ctx.em.create(Evidence, {
      id: uuidv7(), tenantId: p.tenantId, inspectionId: inspection.id, recordId: null,
      // The inspecting bureau's file (seen by the bureau that handles its findings too), or the handling bureau's own rows (R41).
      ...(inspection.bureauId === p.bureauId
        ? { bureauId: inspection.bureauId, scopePath: inspection.scopePath, ...handlingOf(inspection) }
        : { bureauId: p.bureauId, scopePath: p.scopePath, handlingBureauId: null, handlingScopePath: null }),
      kind: input.kind, sha256, sizeBytes: String(size), mime, fileName, uploadedBy: p.userId, uploadedAt: new Date(),
    });
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'ATTACH_EVIDENCE', objectType: 'Evidence', objectId: evidence.id, after: {
      inspectionId: inspection.id, kind: input.kind, sha256, sizeBytes: size, mime, fileName } });
    return { evidence, duplicate: false };
  }

  /** Evidence the caller can see (scope filter + RLS): another county's is "not found", as a missing id. */
  async visible(ctx: RequestContext, id: string): Promise<Evidence> {
    const evidence = isUuid(id) ? await ctx.em.findOne(Evidence, { id }) : null;
    if (!evidence) throw notFound('证据');
    return evidence;
  }

  /** The PNG bytes of a record's signature reference (null when the ref names no stored evidence). */
  async signatureBytes(ctx: RequestContext, ref: string | null): Promise<Buffer | null> {
    const id = evidenceIdOf(ref);
    const evidence = id ? await ctx.em.findOne(Evidence, { id }) : null;
    if (!evidence || evidence.mime !== 'image/png') return null;
    return readBlob(this.store, evidence.sha256);
  }
}
