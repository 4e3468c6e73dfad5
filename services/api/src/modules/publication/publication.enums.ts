import { registerEnumType } from 'type-graphql';
import {
  INSPECTION_RESULT_WORDS,
  PUBLICATION_ACTIONS,
  PUBLICATION_KINDS,
  PUBLICATION_STATUSES,
  type InspectionResultCode,
} from '@dsr/domain';
import { enumOf } from '../../common/enum-of';

/** The publication module's GraphQL enums, from packages/domain's vocabularies. */
export const PublicationKindEnum = enumOf(PUBLICATION_KINDS);
registerEnumType(PublicationKindEnum, {
  name: 'PublicationKind',
  description: '公示类别（R46）',
  valuesConfig: {
    ITEM_LIST: { description: '抽查事项清单' },
    INSPECTOR_LIST: { description: '执法检查人员名录' },
    TARGET_DIRECTORY: { description: '检查对象名录' },
    PLAN: { description: '抽查计划' },
    DRAW_COMMITMENT: { description: '抽取承诺' },
    DRAW_RESULT: { description: '抽取结果' },
    INSPECTION_RESULT: { description: '检查结果' },
    PENALTY_RESULT: { description: '行政处罚结果（双公示）' },
    CREDIT_ENTRY: { description: '信用名单' },
    AUDIT_CHECKPOINT: { description: '审计检查点' },
  },
});
export const PublicationActionEnum = enumOf(PUBLICATION_ACTIONS);
registerEnumType(PublicationActionEnum, {
  name: 'PublicationAction',
  description: '公示文书的作用',
  valuesConfig: {
    PUBLISH: { description: '首次公示' },
    CORRECT: { description: '更正（取代前一文书）' },
    WITHDRAW: { description: '撤回（取代前一文书）' },
  },
});
export const PublicationStatusEnum = enumOf(PUBLICATION_STATUSES);
registerEnumType(PublicationStatusEnum, {
  name: 'PublicationStatus',
  description: '公示文书状态',
  valuesConfig: {
    PENDING_APPROVAL: { description: '待审核（未编制的为待编制）' },
    RETURNED: { description: '已退回' },
    PUBLISHED: { description: '已公示' },
    SUPERSEDED: { description: '已被更正或撤回取代' },
  },
});
export const InspectionResultCodeEnum = enumOf(Object.keys(INSPECTION_RESULT_WORDS) as InspectionResultCode[]);
registerEnumType(InspectionResultCodeEnum, {
  name: 'InspectionResultCode',
  description: '检查结果（国家企业信用信息公示系统用语）',
  valuesConfig: Object.fromEntries(
    Object.entries(INSPECTION_RESULT_WORDS).map(([code, words]) => [code, { description: words }]),
  ),
});
