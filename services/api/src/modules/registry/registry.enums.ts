import { registerEnumType } from 'type-graphql';
import {
  CONFLICT_RELATIONS,
  DIRECTORY_KINDS,
  GENDERS,
  HOLDER_KINDS,
  INSPECTOR_STATUSES,
  RISK_CODES,
  RISK_ENTRY_KINDS,
  RISK_LEVELS,
  TARGET_STATUSES,
} from '@dsr/domain';
import { enumOf } from '../../common/enum-of';

/** The registry's GraphQL enums, from packages/domain's vocabularies: values and order there, descriptions here. */
export const HolderKindEnum = enumOf(HOLDER_KINDS);
registerEnumType(HolderKindEnum, {
  name: 'HolderKind',
  description: '检查对象类型',
  valuesConfig: {
    ORGANISATION: { description: '单位（有统一社会信用代码）' },
    PERSON: { description: '个人（以公民身份号码登记）' },
  },
});
export const TargetStatusEnum = enumOf(TARGET_STATUSES);
registerEnumType(TargetStatusEnum, {
  name: 'TargetStatus',
  description: '检查对象状态',
  valuesConfig: {
    ACTIVE: { description: '在册（参加抽取）' },
    TERMINATED: { description: '已注销（退出抽取，保留历史，R11）' },
  },
});
export const RiskEntryKindEnum = enumOf(RISK_ENTRY_KINDS);
registerEnumType(RiskEntryKindEnum, {
  name: 'RiskEntryKind',
  description: '风险记录类型',
  valuesConfig: {
    FACTOR: { description: '提高风险的因素（R10）' },
    MITIGATION: { description: '降低风险的因素：信用较好、风险较低' },
  },
});
export const RiskCodeEnum = enumOf(RISK_CODES);
registerEnumType(RiskCodeEnum, {
  name: 'RiskCode',
  description: '风险因素',
  valuesConfig: {
    PUBLIC_SAFETY_TRADE: { description: '涉及公共安全或严格管制的行业、物品' },
    SERIOUS_VIOLATION: { description: '有严重违法违规记录' },
    ABNORMAL_OR_DISHONEST_LIST: { description: '列入经营异常名录或严重违法失信名单' },
    MANY_COMPLAINTS: { description: '投诉举报多' },
    REFUSED_CHECK: { description: '拒绝、阻碍检查' },
    OTHER: { description: '其他' },
    GOOD_CREDIT: { description: '信用较好（降低）' },
    LOW_RISK: { description: '风险较低（降低）' },
  },
});
export const RiskLevelEnum = enumOf(RISK_LEVELS);
registerEnumType(RiskLevelEnum, {
  name: 'RiskLevel',
  description: '风险等级',
  valuesConfig: {
    LOW: { description: '低' },
    NORMAL: { description: '一般' },
    ELEVATED: { description: '较高' },
    HIGH: { description: '高' },
  },
});
export const InspectorStatusEnum = enumOf(INSPECTOR_STATUSES);
registerEnumType(InspectorStatusEnum, {
  name: 'InspectorStatus',
  description: '检查人员状态',
  valuesConfig: {
    ACTIVE: { description: '在岗（可被抽取）' },
    SUSPENDED: { description: '暂停（不被抽取）' },
    LEFT: { description: '已调离' },
  },
});
export const GenderEnum = enumOf(GENDERS);
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: '性别',
  valuesConfig: { M: { description: '男' }, F: { description: '女' } },
});
export const ConflictRelationEnum = enumOf(CONFLICT_RELATIONS);
registerEnumType(ConflictRelationEnum, {
  name: 'ConflictRelation',
  description: '利害关系',
  valuesConfig: {
    KIN: { description: '近亲属' },
    FORMER_EMPLOYER: { description: '曾任职' },
    FINANCIAL_INTEREST: { description: '经济利益' },
    OTHER: { description: '其他' },
  },
});
export const DirectoryKindEnum = enumOf(DIRECTORY_KINDS);
registerEnumType(DirectoryKindEnum, {
  name: 'DirectoryKind',
  description: '名录库',
  valuesConfig: { TARGETS: { description: '检查对象名录库' }, INSPECTORS: { description: '执法检查人员名录库' } },
});
