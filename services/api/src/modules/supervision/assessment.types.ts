import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import {
  ASSESSMENT_PERIODS,
  ASSESSMENT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KEYS,
  INDICATOR_KINDS,
  type AssessmentPeriod,
  type AssessmentStatus,
  type IndicatorDirection,
  type IndicatorKey,
  type IndicatorKind,
} from '@dsr/domain';
import { enumOf } from '../../common/enum-of';

export const AssessmentPeriodEnum = enumOf(ASSESSMENT_PERIODS);
registerEnumType(AssessmentPeriodEnum, {
  name: 'AssessmentPeriod',
  description: '考核期间',
  valuesConfig: { YEAR: { description: '全年' }, H1: { description: '上半年' }, H2: { description: '下半年' } },
});
export const AssessmentStatusEnum = enumOf(ASSESSMENT_STATUSES);
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: '考核状态',
  valuesConfig: { DRAFT: { description: '计算、调整中' }, ISSUED: { description: '已发布（冻结）' } },
});
export const AssessmentIndicatorKeyEnum = enumOf(INDICATOR_KEYS);
registerEnumType(AssessmentIndicatorKeyEnum, {
  name: 'AssessmentIndicatorKey',
  description: '考核指标（R55）',
  valuesConfig: {
    PLAN_COMPLETION: { description: '计划完成率' },
    REPORT_ON_TIME: { description: '按时报告率' },
    PUBLICATION_ON_TIME: { description: '按时公示率' },
    PUBLICATION: { description: '公示率' },
    FINDING: { description: '问题发现率' },
    RECTIFICATION_CLOSED: { description: '整改完结率' },
    RECHECK_AGREEMENT: { description: '复查一致率' },
    OBJECTION_UPHELD: { description: '异议成立率（越低越好）' },
    JOINT_SHARE: { description: '联合抽查占比' },
    COVERAGE: { description: '覆盖率' },
    OVERDUE: { description: '逾期事项数（越少越好）' },
  },
});
export const AssessmentIndicatorKindEnum = enumOf(INDICATOR_KINDS);
registerEnumType(AssessmentIndicatorKindEnum, {
  name: 'AssessmentIndicatorKind',
  description: '指标类别',
  valuesConfig: { RATE: { description: '比率（分子 ÷ 分母，百分比）' }, COUNT: { description: '计数' } },
});
export const AssessmentDirectionEnum = enumOf(INDICATOR_DIRECTIONS);
registerEnumType(AssessmentDirectionEnum, {
  name: 'AssessmentDirection',
  description: '指标方向',
  valuesConfig: { HIGHER_BETTER: { description: '越高越好' }, LOWER_BETTER: { description: '越低越好' } },
});
export const AssessmentRecordKinds = ['INSPECTION', 'PUBLICATION', 'NOTICE', 'APPEAL', 'TARGET', 'RECHECK'] as const;
export const AssessmentRecordKindEnum = enumOf(AssessmentRecordKinds);
registerEnumType(AssessmentRecordKindEnum, {
  name: 'AssessmentRecordKind',
  description: '构成指标数字的记录类别',
  valuesConfig: {
    INSPECTION: { description: '检查' },
    PUBLICATION: { description: '公示文书' },
    NOTICE: { description: '责令整改通知书' },
    APPEAL: { description: '异议或投诉' },
    TARGET: { description: '检查对象' },
    RECHECK: { description: '复查项（按被复查的检查）' },
  },
});

@ObjectType('AssessmentIndicatorDefinition', { description: '考核指标的定义（口径），制定标准时选用' })
export class AssessmentIndicatorDefinitionType {
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) key!: IndicatorKey;
  @Field({ description: '名称' }) name!: string;
  @Field(() => AssessmentIndicatorKindEnum, { description: '类别' }) kind!: IndicatorKind;
  @Field(() => AssessmentDirectionEnum, { description: '方向' }) direction!: IndicatorDirection;
  @Field({ description: '分子口径' }) numerator!: string;
  @Field(() => String, { nullable: true, description: '分母口径（计数类为空）' }) denominator!: string | null;
  @Field({ description: '下钻时列出的记录' }) records!: string;
  @Field({ description: '是否按部门分列' }) byDepartment!: boolean;
  @Field(() => Int, { description: '建议权重（%）' }) proposedWeight!: number;
  @Field(() => Int, { nullable: true, description: '建议满分点（%）' }) proposedFull!: number | null;
  @Field(() => Int, { nullable: true, description: '建议零分点（%）' }) proposedZero!: number | null;
  @Field(() => Float, { nullable: true, description: '建议每项扣分' }) proposedPerItem!: number | null;
}

@ObjectType('AssessmentStandardIndicator', { description: '考核标准中的一个指标：权重与计分方法' })
export class AssessmentStandardIndicatorType {
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) key!: IndicatorKey;
  @Field({ description: '名称' }) name!: string;
  @Field(() => AssessmentIndicatorKindEnum, { description: '类别' }) kind!: IndicatorKind;
  @Field(() => AssessmentDirectionEnum, { description: '方向' }) direction!: IndicatorDirection;
  @Field(() => Int, { description: '权重（%）' }) weight!: number;
  @Field(() => Int, { nullable: true, description: '满分点（%，比率类）' }) full!: number | null;
  @Field(() => Int, { nullable: true, description: '零分点（%，比率类）' }) zero!: number | null;
  @Field(() => Float, { nullable: true, description: '每项扣分（计数类）' }) perItem!: number | null;
  @Field({ description: '分子口径' }) numerator!: string;
  @Field(() => String, { nullable: true, description: '分母口径' }) denominator!: string | null;
  @Field({ description: '计分公式（文字）' }) formula!: string;
}

@ObjectType('AssessmentStandard', {
  description: '上级单位的考核标准（R55）的一个版本；修订即新版本，已发布的考核沿用其版本',
})
export class AssessmentStandardType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '制定单位' }) bureauId!: string;
  @Field(() => Int, { description: '年度' }) year!: number;
  @Field(() => AssessmentPeriodEnum, { description: '期间' }) period!: AssessmentPeriod;
  @Field(() => Int, { description: '版本号' }) versionNo!: number;
  @Field({ description: '名称' }) name!: string;
  @Field(() => String, { nullable: true, description: '修订说明' }) revisionNote!: string | null;
  @Field(() => [AssessmentStandardIndicatorType], { description: '指标、权重与计分方法' })
  indicators!: AssessmentStandardIndicatorType[];
  @Field({ description: '是否为该期间的现行版本' }) current!: boolean;
  @Field({ description: '制定时间' }) createdAt!: Date;
}

@ObjectType('AssessmentIndicatorScore', { description: '一个下级单位在一个指标上的数字与得分' })
export class AssessmentIndicatorScoreType {
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) key!: IndicatorKey;
  @Field({ description: '名称' }) name!: string;
  @Field(() => Int, { description: '权重（%）' }) weight!: number;
  @Field(() => Int, { description: '分子（计数类为件数）' }) numerator!: number;
  @Field(() => Int, { nullable: true, description: '分母（计数类为空）' }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: '比率（%）或件数；无数据时为空' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: '得分；无数据时为空（该指标权重不计入，总分按其余权重折算）' })
  points!: number | null;
  @Field({ description: '无数据（分母为 0）' }) noData!: boolean;
}

@ObjectType('AssessmentAdjustment', { description: '上级对得分的调整（须写明理由，记入审计）' })
export class AssessmentAdjustmentType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '被考核单位' }) assessedBureauId!: string;
  @Field(() => Float, { description: '调整分值（正为加分，负为减分）' }) points!: number;
  @Field({ description: '理由' }) reason!: string;
  @Field({ description: '调整时间' }) createdAt!: Date;
}

@ObjectType('AssessmentScore', { description: '一个下级单位的考核得分与排名' })
export class AssessmentScoreType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '被考核单位' }) bureauId!: string;
  @Field({ description: '被考核单位名称' }) bureauName!: string;
  @Field(() => Float, { nullable: true, description: '计算得分（百分制；全部指标无数据时为空）' })
  computedScore!: number | null;
  @Field(() => Float, { description: '调整分合计' }) adjustment!: number;
  @Field(() => Float, { nullable: true, description: '最终得分 = 计算得分 + 调整分' }) finalScore!: number | null;
  @Field(() => Int, { nullable: true, description: '排名（同分同名次；无得分者不排名）' }) rank!: number | null;
  @Field(() => [AssessmentIndicatorScoreType], { description: '各指标的数字与得分' })
  indicators!: AssessmentIndicatorScoreType[];
  @Field(() => [AssessmentAdjustmentType], { description: '调整记录' }) adjustments!: AssessmentAdjustmentType[];
}

@ObjectType('Assessment', { description: '上级单位对直属下级单位一个期间的考核（R55）：计算、调整、发布后冻结' })
export class AssessmentType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '考核单位' }) bureauId!: string;
  @Field(() => Int, { description: '年度' }) year!: number;
  @Field(() => AssessmentPeriodEnum, { description: '期间' }) period!: AssessmentPeriod;
  @Field(() => AssessmentStatusEnum, { description: '状态' }) status!: AssessmentStatus;
  @Field(() => ID, { description: '所用考核标准版本' }) standardId!: string;
  @Field({ description: '统计起始日' }) periodStart!: string;
  @Field({ description: '统计截止日（不含）：期间结束次日，期间未结束时为计算当日' }) cutoff!: string;
  @Field({ description: '计算时间' }) computedAt!: Date;
  @Field(() => Date, { nullable: true, description: '发布时间' }) issuedAt!: Date | null;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}

@ObjectType('AssessmentFigure', {
  description: '下级单位一个指标的分子与分母（实时统计，供考核与轮次报告使用）；按单位合计或按部门分列',
})
export class AssessmentFigureType {
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) indicator!: IndicatorKey;
  @Field(() => ID, { description: '直属下级单位（含其下级）' }) bureauId!: string;
  @Field({ description: '是否为单位合计（否：按部门分列）' }) wholeUnit!: boolean;
  @Field(() => ID, { nullable: true, description: '部门（分列行；为空表示无部门的记录）' }) departmentId!:
    string | null;
  @Field(() => Int, { description: '分子（计数类为件数）' }) numerator!: number;
  @Field(() => Int, { description: '分母（计数类同分子）' }) denominator!: number;
}

@ObjectType('AssessmentRecord', { description: '构成一个指标数字的一条记录（下钻）' })
export class AssessmentRecordType {
  @Field(() => AssessmentRecordKindEnum, { description: '记录类别' }) recordKind!: string;
  @Field(() => ID, { description: '记录编号' }) recordId!: string;
  @Field({ description: '使其计入期间的日期（期限或发生日）' }) recordDate!: string;
  @Field({ description: '是否计入分子（如按时报告）；否则只计入分母（如逾期报告）' }) counted!: boolean;
  @Field(() => ID, { nullable: true, description: '部门' }) departmentId!: string | null;
  @Field(() => String, { nullable: true, description: '名称（检查对象、文书编号或受理编号）' }) label!: string | null;
  @Field({ description: '工作台中打开该记录的地址' }) link!: string;
}

@InputType({ description: '考核标准中的一个指标' })
export class AssessmentStandardIndicatorInput {
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) key!: IndicatorKey;
  @Field(() => Int, { description: '权重（%，各指标之和须为 100）' }) weight!: number;
  @Field(() => Int, { nullable: true, description: '满分点（%，比率类）' }) @IsOptional() full?: number | null;
  @Field(() => Int, { nullable: true, description: '零分点（%，比率类）' }) @IsOptional() zero?: number | null;
  @Field(() => Float, { nullable: true, description: '每项扣分（计数类）' }) @IsOptional() perItem?: number | null;
}

@InputType({ description: '制定一个期间的考核标准（第 1 版）' })
export class CreateAssessmentStandardInput {
  @Field(() => Int, { description: '年度' }) @Min(2000) @Max(2100) year!: number;
  @Field(() => AssessmentPeriodEnum, { description: '期间' }) period!: AssessmentPeriod;
  @Field({ description: '名称' }) @Length(1, 100, { message: '名称应为 1 到 100 个字' }) name!: string;
  @Field(() => [AssessmentStandardIndicatorInput], { description: '指标、权重与计分方法' })
  @ArrayMinSize(1, { message: '至少一个指标' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators!: AssessmentStandardIndicatorInput[];
}

@InputType({ description: '修订考核标准：形成新版本，须写明修订说明' })
export class ReviseAssessmentStandardInput {
  @Field(() => ID, { description: '现行版本' }) standardId!: string;
  @Field(() => String, { nullable: true, description: '名称（不填沿用）' })
  @IsOptional()
  @Length(1, 100, { message: '名称应为 1 到 100 个字' })
  name?: string | null;
  @Field(() => [AssessmentStandardIndicatorInput], { description: '指标、权重与计分方法' })
  @ArrayMinSize(1, { message: '至少一个指标' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators!: AssessmentStandardIndicatorInput[];
  @Field({ description: '修订说明' }) @Length(1, 500, { message: '修订说明应为 1 到 500 个字' }) revisionNote!: string;
}

@InputType({ description: '计算（或重新计算）一个期间的考核：按该期间现行的考核标准' })
export class ComputeAssessmentInput {
  @Field(() => Int, { description: '年度' }) @Min(2000) @Max(2100) year!: number;
  @Field(() => AssessmentPeriodEnum, { description: '期间' }) period!: AssessmentPeriod;
}

@InputType({ description: '调整一个下级单位的得分（须写明理由）' })
export class AdjustAssessmentScoreInput {
  @Field(() => ID, { description: '考核' }) assessmentId!: string;
  @Field(() => ID, { description: '被考核单位' }) bureauId!: string;
  @Field(() => Float, { description: '调整分值（正为加分，负为减分；最多两位小数）' }) points!: number;
  @Field({ description: '理由' }) reason!: string;
}

@InputType({ description: '发布考核结果：发布后冻结，不可再计算或调整' })
export class IssueAssessmentInput {
  @Field(() => ID, { description: '考核' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
}

@InputType({ description: '下钻：一个指标数字背后的记录' })
export class AssessmentRecordsInput {
  @Field(() => ID, { description: '考核' }) assessmentId!: string;
  @Field(() => ID, { description: '被考核单位' }) bureauId!: string;
  @Field(() => AssessmentIndicatorKeyEnum, { description: '指标' }) indicator!: IndicatorKey;
  @Field(() => ID, { nullable: true, description: '只看一个部门' }) @IsOptional() departmentId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '只看计入分子的（true）或未计入的（false，如逾期报告、未公示结果）；不填为全部',
  })
  @IsOptional()
  counted?: boolean | null;
  @Field(() => Int, { nullable: true, description: '最多返回条数（默认 200，至多 1000）' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  first?: number | null;
}

@ObjectType({ description: '考核标准的制定或修订结果' })
export class AssessmentStandardPayload {
  @Field(() => AssessmentStandardType, { description: '考核标准版本' }) standard!: AssessmentStandardType;
}

@ObjectType({ description: '考核的计算、调整或发布结果' })
export class AssessmentPayload {
  @Field(() => AssessmentType, { description: '考核' }) assessment!: AssessmentType;
}
