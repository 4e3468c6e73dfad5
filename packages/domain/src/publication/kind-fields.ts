import type { PublicationKind } from '../vocabularies/publication';
import { KIND_FIELD_ORDER } from './fields';
import type { PublicationField } from './masking-rules';

/**
 * The fields each kind's document may carry, in the order the open data's CSV columns show them
 * (their names are the columns': stable; a field added at the end makes a new open-data version).
 * Kinds whose document is not a flat field list (a draw's record, an audit checkpoint) have none:
 * their CSV carries the document as JSON only. The table itself is in fields.ts (shared with the web).
 */
export const PUBLICATION_KIND_FIELDS: Record<PublicationKind, readonly PublicationField[]> = KIND_FIELD_ORDER;
