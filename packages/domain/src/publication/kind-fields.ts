import type { PublicationKind } from '../vocabularies/publication';
import type { PublicationField } from './masking-rules';

const PARTY: readonly PublicationField[] = [
  'partyName',
  'partyCategory',
  'creditCode',
  'idNumber',
  'legalRepresentative',
  'address',
];

/**
 * The fields each kind's document may carry, in the order the open data's CSV columns show them
 * (their names are the columns': stable; a field added at the end makes a new open-data version).
 * Kinds whose document is not a flat field list (a draw's record, an audit checkpoint) have none:
 * their CSV carries the document as JSON only.
 */
export const PUBLICATION_KIND_FIELDS: Record<PublicationKind, readonly PublicationField[]> = {
  ITEM_LIST: [
    'itemCode',
    'itemName',
    'itemVersion',
    'itemCategory',
    'department',
    'itemTargetType',
    'itemBasis',
    'samplingRatio',
    'frequency',
    'methods',
    'checkContents',
    'itemPublishedOn',
  ],
  INSPECTOR_LIST: ['inspectorName', 'department', 'badgeNo'],
  TARGET_DIRECTORY: [...PARTY, 'businessCategory'],
  PLAN: [
    'planNo',
    'planName',
    'planYear',
    'planKind',
    'planAuthority',
    'planFiling',
    'filedOn',
    'planTasks',
    'planRounds',
  ],
  DRAW_COMMITMENT: [],
  DRAW_RESULT: [],
  INSPECTION_RESULT: [
    ...PARTY,
    'authority',
    'checkType',
    'checkDate',
    'result',
    'items',
    'planNo',
    'planName',
    'taskNo',
    'taskName',
    'drawType',
    'completedOn',
  ],
  PENALTY_RESULT: [
    ...PARTY,
    'decisionNo',
    'violationType',
    'violationFacts',
    'legalBasis',
    'penaltyCategory',
    'penaltyContent',
    'amount',
    'decidedOn',
    'publicUntil',
    'penaltyAuthority',
  ],
  CREDIT_ENTRY: [
    ...PARTY,
    'creditList',
    'entryState',
    'listReason',
    'listedOn',
    'decisionAuthority',
    'causeDocumentNo',
    'restrictions',
    'removalReason',
    'removedOn',
  ],
  AUDIT_CHECKPOINT: [],
};
