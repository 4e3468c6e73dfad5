import type { Publication } from '@dsr/db';
import { freezePublication, type DocumentDraft } from '@dsr/domain';

export { PUBLICATION_FORMAT } from '@dsr/domain';

/** The frozen document of a publication at approval (R48): packages/domain's freezePublication. */
export function freezeDocument(pub: Publication, draft: DocumentDraft, secret: readonly string[], at: Date) {
  return freezePublication(pub, draft, secret, at);
}

/** A withdrawal names whom the withdrawn document was about, and nothing else of it. */
export function partyOnly(draft: DocumentDraft): DocumentDraft {
  const keep = new Set(['partyName', 'partyCategory', 'creditCode']);
  const fields = Object.fromEntries(Object.entries(draft.fields).filter(([k]) => keep.has(k)));
  return { party: draft.party, concernsMinor: draft.concernsMinor, fields };
}
