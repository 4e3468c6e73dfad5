import { documentSha256 } from './clock';
import { maskDocument, type DocumentDraft } from './mask-document';

/** The version of the frozen document's shape, for readers and verifiers. */
export const PUBLICATION_FORMAT = 'dsr-publication-1';

/** What a frozen document says of its place in its series. */
export interface PublicationMeta {
  kind: string;
  seriesId: string;
  version: number;
  action: string;
  supersedesId: string | null;
  supersedeReason: string | null;
}

/**
 * The frozen document (R48): masked by the table once, here, with what the public side shows of
 * its series; its SHA-256 over canonical JSON; the look-up keys copied from its public values.
 * The service freezes at approval; the province seed (seed:scale) freezes its history the same way.
 */
export function freezePublication(pub: PublicationMeta, draft: DocumentDraft, secret: readonly string[], at: Date) {
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
