import { DomainError } from '../errors';
import { maskHomeAddress, maskIdNumber, maskPersonName, maskPersonalNumbersInText, maskPhone } from './mask-values';
import { isPublicationField, ruleOf, type MaskRule, type PartyCategory, type PublicationField } from './masking-rules';

/** A value of a document field: text, a number (an amount), a list (the items checked), or nothing. */
export type FieldValue = string | number | readonly string[] | null;

/** The internal document a department prepares: unmasked, not published. */
export interface DocumentDraft {
  party: PartyCategory;
  /** The party is a minor (by the preparer, or by the birth date in a resident ID): nothing is published. */
  concernsMinor?: boolean;
  fields: Partial<Record<PublicationField, FieldValue>>;
}

/** The frozen document the public reads: masked, without the fields the approver withheld. */
export interface MaskedDocument {
  party: PartyCategory;
  fields: Partial<Record<PublicationField, FieldValue>>;
}

function maskText(rule: Exclude<MaskRule, 'PUBLIC' | 'WITHHELD'>, value: string): string {
  switch (rule) {
    case 'ID_NUMBER':
      return maskIdNumber(value);
    case 'PHONE':
      return maskPhone(value);
    case 'HOME_ADDRESS':
      return maskHomeAddress(value);
    case 'PERSON_NAME':
      return maskPersonName(value);
    case 'TEXT':
      return maskPersonalNumbersInText(value);
  }
}

function maskValue(rule: MaskRule, value: FieldValue): FieldValue | undefined {
  if (rule === 'WITHHELD') return undefined;
  if (rule === 'PUBLIC' || value === null) return value;
  if (typeof value === 'string') return maskText(rule, value);
  if (typeof value === 'number') return maskText(rule, String(value));
  return value.map((v) => maskText(rule, v));
}

/**
 * Masks a draft by the table (R48): each field by its rule for the party; the fields the approver
 * marks secret or private (`withheld`) are left out; a document about a minor is refused.
 */
export function maskDocument(draft: DocumentDraft, withheld: readonly string[] = []): MaskedDocument {
  if (draft.concernsMinor) {
    throw new DomainError('PUBLICATION_CONCERNS_MINOR', '涉及未成年人的信息不予公示（R48）', 'draft');
  }
  for (const name of withheld) {
    if (!isPublicationField(name)) {
      throw new DomainError('UNKNOWN_PUBLICATION_FIELD', `公示文书没有字段“${name}”`, 'secretFields', { field: name });
    }
  }
  const fields: Partial<Record<PublicationField, FieldValue>> = {};
  for (const [name, value] of Object.entries(draft.fields)) {
    if (!isPublicationField(name)) {
      throw new DomainError('UNKNOWN_PUBLICATION_FIELD', `公示文书没有字段“${name}”`, 'draft', { field: name });
    }
    if (withheld.includes(name)) continue;
    const masked = maskValue(ruleOf(name, draft.party), value);
    if (masked !== undefined) fields[name] = masked;
  }
  return { party: draft.party, fields };
}
