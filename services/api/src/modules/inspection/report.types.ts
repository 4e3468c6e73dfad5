import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import type { InspectionOpinion, ReportStatus } from '@dsr/domain';
import { InspectionOpinionEnum, ReportStatusEnum } from './inspection-enums';

/** The inspection report (R38, R39) and its review. */

@ObjectType('InspectionReport', { description: '检查报告（R39）：经部门负责人审核后定稿' })
export class InspectionReportType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => ReportStatusEnum, { description: '状态' }) status!: ReportStatus;
  @Field({ description: '检查内容' }) content!: string;
  @Field({ description: '检查步骤' }) steps!: string;
  @Field({ description: '检查发现' }) findings!: string;
  @Field({ description: '评估' }) assessment!: string;
  @Field(() => InspectionOpinionEnum, { description: '处理意见（R38）' }) opinion!: InspectionOpinion;
  @Field(() => String, { nullable: true, description: '意见说明（“其他”时必填）' }) opinionDetail!: string | null;
  @Field(() => String, { nullable: true, description: '建议' }) suggestions!: string | null;
  @Field(() => ID, { description: '提交人' }) submittedBy!: string;
  @Field({ description: '提交时间' }) submittedAt!: Date;
  @Field(() => ID, { nullable: true, description: '审核人' }) reviewedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '审核时间' }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审核意见' }) reviewComment!: string | null;
  @Field({ description: '逾期提交：首次提交之日晚于报告期限（R39），提交时确定，此后不变' }) late!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: '逾期的工作日数：期限次日至提交之日的工作日（按节假日安排）；按期提交为空',
  })
  workingDaysLate!: number | null;
  @Field(() => Int, { description: '版本号' }) version!: number;
}

@ObjectType('InspectionReportPayload', { description: '检查报告操作的结果' })
export class InspectionReportPayload {
  @Field(() => InspectionReportType, { description: '报告' }) report!: InspectionReportType;
}

@InputType({ description: '检查报告（R39）' })
export class InspectionReportInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查内容' }) @Length(1, 10000) content!: string;
  @Field({ description: '检查步骤' }) @Length(1, 10000) steps!: string;
  @Field({ description: '检查发现' }) @Length(1, 10000) findings!: string;
  @Field({ description: '评估' }) @Length(1, 10000) assessment!: string;
  @Field(() => InspectionOpinionEnum, { description: '处理意见（R38）' }) opinion!: InspectionOpinion;
  @Field(() => String, { nullable: true, description: '意见说明' }) @IsOptional() @MaxLength(2000) opinionDetail?:
    string | null;
  @Field(() => String, { nullable: true, description: '建议' }) @IsOptional() @MaxLength(5000) suggestions?:
    string | null;
}

@InputType({ description: '部门负责人审核检查报告' })
export class ReviewInspectionReportInput {
  @Field(() => ID, { description: '报告' }) reportId!: string;
  @Field(() => Int, { description: '版本号' }) version!: number;
  @Field({ description: '通过（定稿）或退回' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: '审核意见（退回时必填）' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}
