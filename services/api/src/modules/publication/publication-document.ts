import type { Publication } from '@dsr/db';
import { documentSha256, maskDocument, type DocumentDraft } from '@dsr/domain';

/** The version of the frozen document's shape, for readers and verifiers. */
export const PUBLICATION_FORMAT = 'dsr-publication-1';

/**
 * The frozen document (R48): masked by the table once, here, with what the public side shows of
 * its series; its SHA-256 over canonical JSON; the look-up keys copied from its public values.
 */
export function freezeDocument(pub: Publication, draft: DocumentDraft, secret: readonly string[], at: Date) {
  const masked = maskDocument(draft, secret);
  const document = {
    format: PUBLICATION_FORMAT,
    kind: pub.kind,
    seriesId: pub.seriesId,
    version: pub.version,
    action: pub.action,
    supersedesId: pub.supersedesId,
    supersedeReason: pub.supersedeReason,
    publishedAt: at.toISOString(),
    party: masked.party,
    fields: masked.fields,
  };
  const code = masked.fields.creditCode;
  const name = masked.fields.partyName;
  return {
    document,
    documentSha256: documentSha256(document),
    targetCreditCode: typeof code === 'string' ? code : null,
    targetName: typeof name === 'string' ? name : null,
  };
}

/** A withdrawal names whom the withdrawn document was about, and nothing else of it. */
export function partyOnly(draft: DocumentDraft): DocumentDraft {
  const keep = new Set(['partyName', 'partyCategory', 'creditCode']);
  const fields = Object.fromEntries(Object.entries(draft.fields).filter(([k]) => keep.has(k)));
  return { party: draft.party, concernsMinor: draft.concernsMinor, fields };
}
