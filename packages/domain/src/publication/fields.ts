/**
 * The publication constants the web shares with the API (services/web imports this file through the
 * alias @dsr/domain/publication-kind-fields): import-free, so the browser bundle takes nothing else of
 * packages/domain. Typed against the kinds and the masking table where they are used (kind-fields.ts).
 */

/** 处罚类别 of the 双公示 standard. */
export const PENALTY_CATEGORIES = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '行政拘留',
  '其他',
] as const;

const PARTY = ['partyName', 'partyCategory', 'creditCode', 'idNumber', 'legalRepresentative', 'address'] as const;

/**
 * The fields each kind's document may carry, in the order the open data's CSV columns show them
 * (their names are the columns': stable; a field added at the end makes a new open-data version).
 * Kinds whose document is not a flat field list (a draw's record, an audit checkpoint) have none:
 * their CSV carries the document as JSON only.
 */
export const KIND_FIELD_ORDER = {
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
} as const;
