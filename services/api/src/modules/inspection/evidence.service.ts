import type { Readable } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import { DomainError, type EvidenceKind } from '@dsr/domain';
import { Evidence, type Inspection } from '@dsr/db';
import type { RequestContext } from '../../context';
import { EvidenceHashMismatch, readBlob, type EvidenceStore } from '../../common/evidence-store';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { safeFileName } from '../../common/edge/text-rules';
import { flushAndAudit } from '../audit/audit.service';
import { DEFAULT_EVIDENCE_LIMITS, EvidenceIntake, evidenceIdOf } from './evidence-intake';
import { handlingOf } from './handling';
import { mayAttachEvidence, visibleEvidence } from './inspection.access';
import { lockEvidenceSlot } from '../../common/evidence-slot';

/**
 * Evidence (issue 5, R36): photos, audio/video, documents and the target's signature or seal,
 * attached to an inspection. The bytes go to the content-addressed store, the row (hash, size,
 * type, kind) to `evidence`, and the hash into the audit entry.
 */

// The REST routes name these from here.
export { EVIDENCE_KINDS, evidenceLimitsFromEnv, sniffMime, tooLarge } from './evidence-intake';

/** What an upload left in the store: the blob and the type its first bytes showed. */
export interface ReceivedEvidence {
  sha256: string;
  size: number;
  mime: string;
}

export interface AttachEvidence {
  inspectionId: string;
  kind: EvidenceKind;
  blob: ReceivedEvidence;
  fileName: string | null;
}

/** An upload's file name as kept: no path separators, control or invisible characters, at most 200 characters, or null. */
export function cleanFileName(name: string | null): string | null {
  return safeFileName(name);
}

export class EvidenceService {
  constructor(
    readonly store: EvidenceStore,
    readonly limits: Record<EvidenceKind, number> = DEFAULT_EVIDENCE_LIMITS,
  ) {}

  /**
   * Whether the caller may attach evidence to the inspection (inspection.access.ts): asked before a
   * byte of the upload is read, and again when the row is written.
   */
  mayAttach(ctx: RequestContext, inspectionId: string, kind: EvidenceKind): Promise<Inspection> {
    return mayAttachEvidence(ctx, inspectionId, kind);
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
    const aborted = () => {
      if (!body.readableEnded) fail();
    };
    body.once('error', fail).once('close', aborted);
    // Its errors reach the caller as put's rejection; the listener keeps a late 'error' event from being uncaught.
    intake.on('error', () => undefined);
    body.pipe(intake);
    try {
      const stored = await this.store.put(intake, { expectedSha256 });
      if (intake.mime === null) throw new Error('the intake passed a file without recognising its type');
      return { sha256: stored.sha256, size: stored.size, mime: intake.mime };
    } catch (err) {
      if (err instanceof EvidenceHashMismatch) {
        const message = `上传的文件不完整或已损坏（SHA-256 应为 ${err.expected}，收到的为 ${err.actual}），请重新上传`;
        throw new DomainError('EVIDENCE_HASH_MISMATCH', message, 'body');
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
  async attach(ctx: RequestContext, input: AttachEvidence): Promise<{ evidence: Evidence; duplicate: boolean }> {
    const p = signedIn(ctx);
    const inspection = await mayAttachEvidence(ctx, input.inspectionId, input.kind);
    const { sha256, size, mime } = input.blob;
    await lockEvidenceSlot(ctx, { owner: inspection.id, kind: input.kind, sha256 });
    const existing = await ctx.em.findOne(Evidence, { inspectionId: inspection.id, kind: input.kind, sha256 });
    if (existing) return { evidence: existing, duplicate: true };

    const fileName = cleanFileName(input.fileName);
    const evidence = ctx.em.create(Evidence, {
      id: uuidv7(),
      ...ownedBy(p),
      inspectionId: inspection.id,
      recordId: null,
      // The inspecting bureau's file (seen by the bureau that handles its findings too), or the handling bureau's own rows (R41).
      ...(inspection.bureauId === p.bureauId
        ? handlingOf(inspection)
        : { handlingBureauId: null, handlingScopePath: null }),
      kind: input.kind,
      sha256,
      sizeBytes: String(size),
      mime,
      fileName,
      uploadedBy: p.userId,
      uploadedAt: new Date(),
    });
    await flushAndAudit(ctx, {
      operation: 'ATTACH_EVIDENCE',
      objectType: 'Evidence',
      objectId: evidence.id,
      after: { inspectionId: inspection.id, kind: input.kind, sha256, sizeBytes: size, mime, fileName },
    });
    return { evidence, duplicate: false };
  }

  /** Evidence the caller can see (scope filter + RLS): another county's is "not found", as a missing id. */
  visible(ctx: RequestContext, id: string): Promise<Evidence> {
    return visibleEvidence(ctx, id);
  }

  /** The PNG bytes of a record's signature reference (null when the ref names no stored evidence). */
  async signatureBytes(ctx: RequestContext, ref: string | null): Promise<Buffer | null> {
    const id = evidenceIdOf(ref);
    const evidence = id ? await ctx.em.findOne(Evidence, { id }) : null;
    if (!evidence || evidence.mime !== 'image/png') return null;
    return readBlob(this.store, evidence.sha256);
  }
}
