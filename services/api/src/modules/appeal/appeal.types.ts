import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import {
  APPEAL_DECISIONS,
  APPEAL_KINDS,
  APPEAL_STATUSES,
  type AppealDecision,
  type AppealKind,
  type AppealStatus,
  type InspectionResultCode,
} from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { enumOf } from '../../common/enum-of';
import { InspectionResultCodeEnum } from '../publication/publication.enums';
import { PenaltyFactsInput } from '../publication/publication.types';

export const AppealKindEnum = enumOf(APPEAL_KINDS);
registerEnumType(AppealKindEnum, {
  name: 'AppealKind',
  description: '异议或投诉（R49、R57）',
  valuesConfig: { OBJECTION: { description: '异议（对公示内容）' }, COMPLAINT: { description: '投诉' } },
});
export const AppealStatusEnum = enumOf(APPEAL_STATUSES);
registerEnumType(AppealStatusEnum, {
  name: 'AppealStatus',
  description: '异议、投诉的办理状态',
  valuesConfig: {
    FILED: { description: '已受理登记，待督察办理' },
    IN_HANDLING: { description: '办理中' },
    UPHELD: { description: '成立' },
    REJECTED: { description: '不成立' },
  },
});
export const AppealDecisionEnum = enumOf(APPEAL_DECISIONS);
registerEnumType(AppealDecisionEnum, {
  name: 'AppealDecision',
  description: '督察的答复结论',
  valuesConfig: { UPHELD: { description: '成立' }, REJECTED: { description: '不成立' } },
});

@ObjectType('AppealAttachment', { description: '异议、投诉的附件（图片或 PDF，按内容识别类型）' })
export class AppealAttachmentType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '序号' }) position!: number;
  @Field({ description: '文件类型' }) mime!: string;
  @Field(() => Float, { description: '大小（字节）' }) sizeBytes!: number;
  @Field({ description: '内容的 SHA-256' }) sha256!: string;
  @Field(() => String, { nullable: true, description: '原文件名' }) fileName!: string | null;
  @Field({ description: '下载地址（短时签名链接）' }) url!: string;
}

@ObjectType('Appeal', { description: '公众对公示文书提出的异议或投诉（R49、R57），由公示机关的督察部门答复' })
export class AppealType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '受理机关（公示机关）' }) bureauId!: string;
  @Field({ description: '受理编号' }) receiptNo!: string;
  @Field(() => AppealKindEnum, { description: '异议或投诉' }) kind!: AppealKind;
  @Field(() => ID, { description: '针对的公示文书' }) publicationId!: string;
  @Field({ description: '提出人' }) filerName!: string;
  @Field({ description: '联系方式' }) contact!: string;
  @Field({ description: '理由' }) reason!: string;
  @Field(() => AppealStatusEnum, { description: '状态' }) status!: AppealStatus;
  @Field({ description: '提出时间' }) filedAt!: Date;
  @Field({ description: '答复期限（工作日，按单位设置）' }) dueDate!: string;
  @Field({ description: '已逾期未答复' }) overdue!: boolean;
  @Field(() => Date, { nullable: true, description: '开始办理时间' }) acceptedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '答复' }) answer!: string | null;
  @Field(() => Date, { nullable: true, description: '答复时间' }) answeredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '异议成立后编制的更正文书' }) correctionId!: string | null;
  @Field(() => ID, { nullable: true, description: '因投诉启动的直接检查（R23）' }) inspectionId!: string | null;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}

export const AppealConnection = ConnectionType(AppealType, 'Appeal', '异议、投诉');

@InputType({ description: '异议、投诉筛选' })
export class AppealFilter {
  @Field(() => AppealStatusEnum, { nullable: true, description: '状态' }) status?: AppealStatus | null;
  @Field(() => AppealKindEnum, { nullable: true, description: '类别' }) kind?: AppealKind | null;
  @Field(() => Boolean, { nullable: true, description: '只看未答复的（待办理与办理中）' }) openOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '只看已逾期未答复的' }) overdueOnly?: boolean | null;
}

@InputType({ description: '开始办理（督察）' })
export class AcceptAppealInput {
  @Field(() => ID, { description: '异议或投诉' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
}

@InputType({ description: '答复异议或投诉（督察）：成立的异议编制更正文书，经审核后取代原公示' })
export class AnswerAppealInput {
  @Field(() => ID, { description: '异议或投诉' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => AppealDecisionEnum, { description: '结论' }) decision!: AppealDecision;
  @Field({ description: '书面答复' }) @Length(1, 2000, { message: '答复应为 1 到 2000 个字' }) answer!: string;
  @Field(() => InspectionResultCodeEnum, {
    nullable: true,
    description: '更正后的检查结果（成立的异议针对检查结果时）',
  })
  @IsOptional()
  correctedResult?: InspectionResultCode | null;
  @Field(() => PenaltyFactsInput, {
    nullable: true,
    description: '更正后的双公示事项（成立的异议针对行政处罚结果时必填；按脱敏规则公示，经审核后取代原公示）',
  })
  @IsOptional()
  correctedPenalty?: PenaltyFactsInput | null;
}

@InputType({ description: '因投诉启动直接检查（R23），事由文号为受理编号' })
export class OpenAppealCheckInput {
  @Field(() => ID, { description: '投诉' }) id!: string;
  @Field(() => [ID], { description: '检查事项版本（已发布）' })
  @ArrayMinSize(1, { message: '至少一个检查事项' })
  @ArrayMaxSize(20)
  itemVersionIds!: string[];
  @Field(() => [ID], { description: '检查人员（至少 2 人）' })
  @ArrayMinSize(2, { message: '检查人员至少 2 人' })
  @ArrayMaxSize(20)
  inspectorIds!: string[];
  @Field({ description: '检查时段起' }) windowStart!: string;
  @Field({ description: '检查时段止' }) windowEnd!: string;
}

@ObjectType({ description: '异议、投诉的办理结果' })
export class AppealPayload {
  @Field(() => AppealType, { description: '异议或投诉' }) appeal!: AppealType;
}

@ObjectType({ description: '下级单位的异议、投诉办理情况（R57）' })
export class AppealStatsType {
  @Field(() => ID, { description: '单位' }) bureauId!: string;
  @Field({ description: '单位名称' }) bureauName!: string;
  @Field(() => Int, { description: '逾期未答复的数量' }) overdueCount!: number;
  @Field(() => Int, { description: '未答复（未逾期）的数量' }) openCount!: number;
  @Field(() => Int, { description: '已答复的数量' }) answeredCount!: number;
}
