import { uuidv7 } from 'uuidv7';
import type { EvidenceKind } from '@dsr/domain';
import { RecheckEvidence, RecheckItem } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { findInScope, findOwnBureauRow } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { cleanFileName, type ReceivedEvidence } from '../inspection/evidence.service';
import type { EvidenceOwner } from '../inspection/evidence.routes';
import { requireRechecker } from './recheck-exam';
import { lockEvidenceSlot } from '../../common/evidence-slot';

/** The download path of a re-check item's file (signed links, the GraphQL `url`). */
export const recheckEvidencePath = (id: string) => `/recheck-evidence/${id}`;

/**
 * A re-examination's own evidence (R54, R36): photos, documents, recordings attached to a sampled
 * item by those who may record its examination (a drawn re-checker, or 法制/督察 on the documents;
 * never someone of the original inspection), while it is not concluded. Stored, hashed and served
 * as an inspection's evidence (evidence.routes.ts); the rows are the re-checking bureau's, read by it
 * and those above it.
 */
export class RecheckEvidenceFiles implements EvidenceOwner<RecheckEvidence> {
  async mayAttach(ctx: RequestContext, itemId: string, _kind?: EvidenceKind): Promise<RecheckItem> {
    const item = await findOwnBureauRow(ctx, RecheckItem, itemId, '复查事项');
    if (item.state !== 'SAMPLED') {
      throw conflict('该检查的复查结论已作出，复查证据已冻结，不能再上传（R54）');
    }
    await requireRechecker(ctx, item);
    return item;
  }

  /**
   * The row and its audit entry (with the hash) in the request's transaction, the right checked
   * again; the same bytes as the same kind again return the existing row and write nothing.
   */
  async attach(
    ctx: RequestContext,
    input: { ownerId: string; kind: EvidenceKind; blob: ReceivedEvidence; fileName: string | null },
  ): Promise<{ evidence: RecheckEvidence; duplicate: boolean }> {
    const p = signedIn(ctx);
    const item = await this.mayAttach(ctx, input.ownerId, input.kind);
    const { sha256, size, mime } = input.blob;
    await lockEvidenceSlot(ctx, { owner: item.id, kind: input.kind, sha256 });
    const existing = await ctx.em.findOne(RecheckEvidence, { recheckItemId: item.id, kind: input.kind, sha256 });
    if (existing) return { evidence: existing, duplicate: true };
    const fileName = cleanFileName(input.fileName);
    const evidence = ctx.em.create(RecheckEvidence, {
      id: uuidv7(),
      ...ownedBy(p),
      recheckItemId: item.id,
      kind: input.kind,
      sha256,
      sizeBytes: String(size),
      mime,
      fileName,
      uploadedBy: p.userId,
      uploadedAt: new Date(),
    });
    await flushAndAudit(ctx, {
      operation: 'ATTACH_RECHECK_EVIDENCE',
      objectType: 'RecheckEvidence',
      objectId: evidence.id,
      after: {
        recheckItemId: item.id,
        inspectionId: item.inspectionId,
        kind: input.kind,
        sha256,
        sizeBytes: size,
        mime,
        fileName,
      },
    });
    return { evidence, duplicate: false };
  }

  /** Scope filter and RLS: the re-checking bureau and those above; anyone else "not found". */
  visible(ctx: RequestContext, id: string): Promise<RecheckEvidence> {
    return findInScope(ctx, RecheckEvidence, id, '复查证据');
  }

  json(e: RecheckEvidence, url: string) {
    return {
      id: e.id,
      recheckItemId: e.recheckItemId,
      kind: e.kind,
      sha256: e.sha256,
      sizeBytes: Number(e.sizeBytes),
      mime: e.mime,
      fileName: e.fileName,
      uploadedAt: e.uploadedAt,
      uploadedBy: e.uploadedBy,
      url,
    };
  }
}
