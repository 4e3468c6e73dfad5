import { PARTY_CATEGORY_LABELS, type PartyCategory } from './masking-rules';

/** What the registry knows of a target that decides how it is shown (R9). */
export interface PartyFacts {
  holderKind: 'ORGANISATION' | 'PERSON';
  uscc: string | null;
  residentId: string | null;
}

/**
 * A unit with a credit code; an individual business (个体工商户: credit code of registration
 * authority 9, kind 2 — GB 32100); or a person with a resident ID.
 */
export function partyCategoryOf(party: PartyFacts): PartyCategory {
  if (party.uscc && /^92/.test(party.uscc)) return 'INDIVIDUAL_BUSINESS';
  if (party.holderKind === 'ORGANISATION' || party.uscc) return 'ORGANISATION';
  return 'NATURAL_PERSON';
}

/** Under 18 on `onDate` by the birth date of an 18-character resident ID (positions 7–14); false when unreadable. */
export function isMinorOn(residentId: string | null, onDate: string): boolean {
  const birth = residentId && /^\d{17}[\dX]$/i.test(residentId) ? residentId.slice(6, 14) : null;
  if (!birth) return false;
  const [y, m, d] = [Number(birth.slice(0, 4)), birth.slice(4, 6), birth.slice(6, 8)];
  return `${y + 18}-${m}-${d}` > onDate;
}

/** The party as a document names it (行政相对人): unmasked here, masked by the table at approval. */
export interface PartySource extends PartyFacts {
  name: string;
  legalRepresentative: string | null;
  address: string | null;
}

/** The party block every document about a target starts with, and whether it concerns a minor on `onDate`. */
export function partyBlock(p: PartySource, onDate: string) {
  const party = partyCategoryOf(p);
  return {
    party,
    concernsMinor: party === 'NATURAL_PERSON' && isMinorOn(p.residentId, onDate),
    fields: {
      partyName: p.name,
      partyCategory: PARTY_CATEGORY_LABELS[party],
      creditCode: p.uscc,
      idNumber: party === 'ORGANISATION' ? null : p.residentId,
      legalRepresentative: p.legalRepresentative,
      address: p.address,
    },
  };
}
