import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import {
  CREDIT_CAUSE_KINDS,
  CREDIT_ENTRY_STATES,
  CREDIT_LISTS,
  type CreditCauseKind,
  type CreditEntryState,
  type CreditList,
} from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { enumOf } from '../../common/enum-of';

export const CreditListEnum = enumOf(CREDIT_LISTS);
registerEnumType(CreditListEnum, {
  name: 'CreditList',
  description: '信用名单（R50）',
  valuesConfig: {
    ABNORMAL_OPERATION: { description: '经营异常名录' },
    SERIOUS_DISHONESTY: { description: '严重违法失信名单' },
    BLACKLIST: { description: '黑名单（附限制措施）' },
  },
});
export const CreditEntryStateEnum = enumOf(CREDIT_ENTRY_STATES);
registerEnumType(CreditEntryStateEnum, {
  name: 'CreditEntryState',
  description: '名单条目状态',
  valuesConfig: {
    LISTED: { description: '列入中' },
    REMOVED: { description: '已移出' },
    REPAIRED: { description: '已信用修复' },
  },
});
export const CreditCauseKindEnum = enumOf(CREDIT_CAUSE_KINDS);
registerEnumType(CreditCauseKindEnum, {
  name: 'CreditCauseKind',
  description: '列入依据的种类',
  valuesConfig: {
    INSPECTION: { description: '检查发现问题（审核通过的检查报告）' },
    PENALTY: { description: '行政处罚决定（责令整改后处罚）' },
  },
});

@ObjectType('CreditEntry', { description: '信用名单条目（R50）：列入、移出与信用修复均留记录' })
export class CreditEntryType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '版本（移出、修复时回传）' }) version!: number;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => CreditListEnum, { description: '名单' }) list!: CreditList;
  @Field(() => CreditEntryStateEnum, { description: '状态' }) state!: CreditEntryState;
  @Field({ description: '列入原因' }) reason!: string;
  @Field({ description: '列入日期' }) listedOn!: string;
  @Field(() => [String], { description: '限制措施（黑名单）' }) restrictions!: string[];
  @Field(() => CreditCauseKindEnum, { description: '列入依据的种类' }) causeKind!: CreditCauseKind;
  @Field(() => ID, { description: '列入依据的检查' }) causeInspectionId!: string;
  @Field(() => ID, { nullable: true, description: '列入依据的责令整改通知书（处罚）' }) causeNoticeId!: string | null;
  @Field(() => String, { nullable: true, description: '列入依据的文书编号（检查报告或处罚决定书）' })
  causeDocumentNo!: string | null;
  @Field(() => ID, { description: '决定机关' }) bureauId!: string;
  @Field({ description: '列入登记时间' }) listedAt!: Date;
  @Field(() => String, { nullable: true, description: '移出原因' }) removalReason!: string | null;
  @Field(() => String, { nullable: true, description: '移出日期' }) removedOn!: string | null;
  @Field(() => Date, { nullable: true, description: '移出登记时间' }) removedAt!: Date | null;
}
export const CreditEntryConnection = ConnectionType(CreditEntryType, 'CreditEntry', '信用名单条目');

@InputType({ description: '信用名单条目筛选条件' })
export class CreditEntryFilter {
  @Field(() => CreditListEnum, { nullable: true, description: '名单' }) list?: CreditList;
  @Field(() => CreditEntryStateEnum, { nullable: true, description: '状态' }) state?: CreditEntryState;
  @Field(() => ID, { nullable: true, description: '检查对象' }) targetId?: string;
  @Field(() => ID, { nullable: true, description: '决定机关（本单位或下级）' }) bureauId?: string;
  @Field(() => String, { nullable: true, description: '列入日期不早于 YYYY-MM-DD' }) listedFrom?: string;
  @Field(() => String, { nullable: true, description: '列入日期不晚于 YYYY-MM-DD' }) listedTo?: string;
}

@InputType({ description: '将检查对象列入信用名单（R50）' })
export class ListCreditEntryInput {
  @Field(() => ID, { description: '检查对象（本单位名录库）' }) targetId!: string;
  @Field(() => CreditListEnum, { description: '名单' }) list!: CreditList;
  @Field({ description: '列入原因' }) reason!: string;
  @Field({ description: '列入日期 YYYY-MM-DD' }) listedOn!: string;
  @Field(() => [String], { nullable: true, description: '限制措施（黑名单必填，如上网行为限制、行业禁入）' })
  @IsOptional()
  @ArrayMaxSize(20)
  restrictions?: string[];
  @Field(() => CreditCauseKindEnum, { description: '列入依据的种类' }) causeKind!: CreditCauseKind;
  @Field(() => ID, { nullable: true, description: '依据的检查（检查发现问题时）' }) inspectionId?: string;
  @Field(() => ID, { nullable: true, description: '依据的责令整改通知书（已作出处罚决定时）' }) noticeId?: string;
}

@InputType({ description: '移出信用名单或信用修复' })
export class CloseCreditEntryInput {
  @Field(() => ID, { description: '名单条目' }) id!: string;
  @Field(() => Int, { description: '读取时的版本' }) version!: number;
  @Field({ description: '移出原因（信用修复时写修复情况）' }) reason!: string;
  @Field({ description: '移出日期 YYYY-MM-DD' }) removedOn!: string;
}

@ObjectType({ description: '信用名单条目变更结果' })
export class CreditEntryPayload {
  @Field(() => CreditEntryType, { description: '名单条目' }) entry!: CreditEntryType;
}
