import type { Readable } from 'node:stream';
import { APPEAL_ATTACHMENT_MAX_BYTES } from '@dsr/domain';
import type { EvidenceStore } from '../../common/evidence-store';
import { DEFAULT_EVIDENCE_LIMITS } from '../inspection/evidence-intake';
import { EvidenceService } from '../inspection/evidence.service';

/** Attachment size cap (DSR_APPEAL_ATTACHMENT_MAX_MB, default 5 MB). */
export function appealAttachmentMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.DSR_APPEAL_ATTACHMENT_MAX_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : APPEAL_ATTACHMENT_MAX_BYTES;
}

/**
 * How an appeal's attachment gets in: the evidence store and its intake (type from the bytes, size
 * counted as it streams), as a DOCUMENT (PDF, JPEG, PNG) with the appeal's own size cap.
 */
export function appealIntake(store: EvidenceStore, maxBytes = appealAttachmentMaxBytes()) {
  const intake = new EvidenceService(store, { ...DEFAULT_EVIDENCE_LIMITS, DOCUMENT: maxBytes });
  return { maxBytes, receive: (body: Readable) => intake.receive(body, 'DOCUMENT') };
}
