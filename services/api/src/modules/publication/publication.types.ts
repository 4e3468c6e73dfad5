import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import type { InspectionResultCode, PublicationAction, PublicationKind, PublicationStatus } from '@dsr/domain';
import {
  InspectionResultCodeEnum,
  PublicationActionEnum,
  PublicationKindEnum,
  PublicationStatusEnum,
} from './publication.enums';

@ObjectType('Publication', { description: '公示文书（R46–R48）：编制、审核后冻结并脱敏；更正、撤回为同一系列的新文书' })
export class PublicationType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '公示单位' }) bureauId!: string;
  @Field(() => PublicationKindEnum, { description: '类别' }) kind!: PublicationKind;
  @Field(() => ID, { description: '所公示的对象（检查、整改通知书等）的编号' }) subjectId!: string;
  @Field(() => ID, { description: '系列编号（首份文书的编号）' }) seriesId!: string;
  @Field(() => Int, { description: '系列内版本' }) version!: number;
  @Field(() => PublicationActionEnum, { description: '作用' }) action!: PublicationAction;
  @Field(() => PublicationStatusEnum, { description: '状态' }) status!: PublicationStatus;
  @Field(() => ID, { nullable: true, description: '所取代的文书' }) supersedesId!: string | null;
  @Field(() => String, { nullable: true, description: '更正或撤回的理由' }) supersedeReason!: string | null;
  @Field(() => ID, { nullable: true, description: '编制部门' }) departmentId!: string | null;
  @Field(() => ID, { nullable: true, description: '编制人（未编制为空）' }) preparedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '编制时间' }) preparedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '审核人' }) approvedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '审核（公示）时间' }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '公示期限（R47，最后一个工作日）' }) dueDate!: string | null;
  @Field(() => String, { nullable: true, description: '起算日（检查结束或处罚决定之日）' }) eventDate!: string | null;
  @Field({ description: '已逾期未公示' }) overdue!: boolean;
  @Field(() => String, { nullable: true, description: '退回意见' }) returnComment!: string | null;
  @Field(() => [String], { description: '审核人标为涉密或隐私、不予公示的字段' }) secretFields!: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: '编制的文书（脱敏前，仅内部）' }) draft!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: '公示的文书（冻结、已脱敏）' }) document!: unknown;
  @Field(() => String, { nullable: true, description: '公示文书的 SHA-256' }) documentSha256!: string | null;
  @Field(() => Int, { description: '版本号（并发控制）' }) rowVersion!: number;
}

@ObjectType({ description: '下级单位的公示情况（R47）' })
export class PublicationStatsType {
  @Field(() => ID, { description: '单位' }) bureauId!: string;
  @Field({ description: '单位名称' }) bureauName!: string;
  @Field(() => Int, { description: '逾期未公示的数量' }) overdueCount!: number;
  @Field(() => Int, { description: '待公示（未逾期）的数量' }) dueCount!: number;
  @Field(() => Int, { description: '已公示的结果数量（检查结果与处罚结果）' }) publishedCount!: number;
  @Field(() => Float, { nullable: true, description: '公示率（已公示 / 应公示；无应公示时为空）' })
  publishedRatio!: number | null;
}

@InputType({ description: '双公示事项（行政处罚）' })
export class PenaltyFactsInput {
  @Field({ nullable: true, description: '决定书文号（不填取整改通知书记载的文号）' })
  @IsOptional()
  @Length(0, 100)
  decisionNo?: string;
  @Field({ description: '违法行为类型' }) @Length(1, 200) violationType!: string;
  @Field({ description: '违法事实' }) @Length(1, 2000) violationFacts!: string;
  @Field({ description: '处罚依据' }) @Length(1, 1000) legalBasis!: string;
  @Field(() => [String], { description: '处罚类别（双公示标准）' }) penaltyCategories!: string[];
  @Field({ description: '处罚内容' }) @Length(1, 1000) penaltyContent!: string;
  @Field(() => Float, { nullable: true, description: '罚没金额（万元）' }) amount?: number | null;
  @Field({ description: '公示截止期（YYYY-MM-DD）' }) @Length(10, 10) publicUntil!: string;
}

@InputType({ description: '编制公示（R48，部门）' })
export class PreparePublicationInput {
  @Field(() => PublicationKindEnum, {
    description:
      '类别：检查结果、处罚结果、抽查事项清单、执法检查人员名录、检查对象名录（本单位设置公示时）、抽查计划、信用名单',
  })
  kind!: PublicationKind;
  @Field(() => ID, {
    description:
      '所公示的对象：检查结果为检查，处罚结果为整改通知书，抽查事项清单为抽查事项（取其现行发布版本），' +
      '执法检查人员名录为执法检查人员，检查对象名录为检查对象，抽查计划为计划（已备案或已确认），信用名单为名单条目',
  })
  subjectId!: string;
  @Field(() => InspectionResultCodeEnum, {
    nullable: true,
    description: '检查结果（不填按检查报告意见和整改复查确定）',
  })
  result?: InspectionResultCode | null;
  @Field(() => PenaltyFactsInput, { nullable: true, description: '双公示事项（处罚结果必填）' })
  penalty?: PenaltyFactsInput | null;
}

@InputType({ description: '审核公示（R48）：冻结、脱敏并公示' })
export class ApprovePublicationInput {
  @Field(() => ID, { description: '公示文书' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) rowVersion!: number;
  @Field(() => [String], { nullable: true, description: '标为国家秘密、商业秘密或个人隐私而不予公示的字段' })
  secretFields?: string[] | null;
}

@InputType({ description: '退回公示（R48）' })
export class ReturnPublicationInput {
  @Field(() => ID, { description: '公示文书' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) rowVersion!: number;
  @Field({ description: '退回意见' }) @Length(1, 2000) comment!: string;
}

@InputType({ description: '更正或撤回已公示的文书：同一系列的新文书，审核后取代原文书，两者都保留' })
export class SupersedePublicationInput {
  @Field(() => ID, { description: '已公示的文书' }) id!: string;
  @Field({ description: '理由' }) @Length(1, 2000) reason!: string;
  @Field(() => InspectionResultCodeEnum, { nullable: true, description: '更正后的检查结果（检查结果）' })
  result?: InspectionResultCode | null;
  @Field(() => PenaltyFactsInput, { nullable: true, description: '更正后的双公示事项（处罚结果）' })
  penalty?: PenaltyFactsInput | null;
}

@InputType({ description: '公示文书筛选' })
export class PublicationFilter {
  @Field(() => PublicationKindEnum, { nullable: true, description: '类别' }) kind?: PublicationKind | null;
  @Field(() => PublicationStatusEnum, { nullable: true, description: '状态' }) status?: PublicationStatus | null;
  @Field(() => ID, { nullable: true, description: '所公示的对象' }) subjectId?: string | null;
  @Field(() => ID, { nullable: true, description: '系列' }) seriesId?: string | null;
}
