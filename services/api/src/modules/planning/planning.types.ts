import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import {
  FILING_DECISIONS,
  PLAN_KINDS,
  PLAN_STATUSES,
  type FilingDecision,
  type PlanKind,
  type PlanStatus,
} from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { enumOf } from '../../common/enum-of';

export const PlanKindEnum = enumOf(PLAN_KINDS);
registerEnumType(PlanKindEnum, {
  name: 'PlanKind',
  description: '计划类别',
  valuesConfig: {
    BUREAU: { description: '本单位年度抽查计划，向上一级公安机关备案（R19、R20）' },
    DEPARTMENT: { description: '部门工作计划，向本单位双随机办备案（R8、R19）' },
    JOINT: { description: '双随机办向各部门下达的联合抽查计划，向上一级公安机关备案（R21）' },
  },
});
export const PlanStatusEnum = enumOf(PLAN_STATUSES);
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description: '计划状态',
  valuesConfig: {
    DRAFT: { description: '草稿（可修改）' },
    FILED: { description: '已报备，待接收机关处理（冻结）' },
    ACKNOWLEDGED: { description: '已备案：接收机关已确认，可据以抽取（冻结）' },
    RETURNED: { description: '被退回（附意见），可修改后重新报备' },
  },
});
export const FilingDecisionEnum = enumOf(FILING_DECISIONS);
registerEnumType(FilingDecisionEnum, {
  name: 'FilingDecision',
  description: '备案处理结论',
  valuesConfig: { ACKNOWLEDGED: { description: '确认备案' }, RETURNED: { description: '退回修改（附意见）' } },
});

@ObjectType('PlanWarning', { description: '计划未达到的要求（可以报备，但上级可见）：频次、比例、轮次、检查组' })
export class PlanWarningType {
  @Field({
    description:
      '警示代码：FREQUENCY_BELOW_ITEM 频次低于事项，FREQUENCY_BELOW_RULE 低于分级频次（R4），' +
      'RATIO_BELOW_RULE 比例低于分级规则，ROUNDS_BELOW_FREQUENCY 轮次少于频次，' +
      'TEAM_BELOW_BUREAU_RULE / TEAM_DEPARTMENTS_BELOW_BUREAU_RULE 检查组低于本单位规定（R29）',
  })
  code!: string;
  @Field({ description: '说明' }) message!: string;
  @Field(() => ID, { description: '任务编号' }) taskId!: string;
  @Field({ description: '任务名称' }) taskName!: string;
  @Field(() => ID, { nullable: true, description: '涉及的事项版本' }) itemVersionId!: string | null;
  @Field(() => String, { nullable: true, description: '涉及的对象等级' }) grade!: string | null;
  @Field(() => Int, { description: '要求的数值（次数、万分之一比例、人数或部门数）' }) required!: number;
  @Field(() => Int, { description: '计划的数值' }) planned!: number;
}

@ObjectType('Plan', { description: '抽查计划（R19）：年度计划、部门工作计划或联合抽查计划' })
export class PlanType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '编制机关' }) bureauId!: string;
  @Field(() => Int, { description: '计划年度' }) year!: number;
  @Field({ description: '标题' }) title!: string;
  @Field(() => PlanKindEnum, { description: '类别' }) kind!: PlanKind;
  @Field(() => ID, { nullable: true, description: '部门工作计划的部门' }) departmentId!: string | null;
  @Field(() => PlanStatusEnum, { description: '状态' }) status!: PlanStatus;
  @Field(() => Int, { description: '已报备次数（每次报备的版本都留存）' }) filingCount!: number;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
  @Field(() => Int, { description: '版本号（并发控制，修改和报备时回传）' }) version!: number;
}
export const PlanConnection = ConnectionType(PlanType, 'Plan', '抽查计划');

@ObjectType('PlanTask', { description: '计划中的抽查任务：事项、参加部门、比例频次、对象范围、检查人员要求' })
export class PlanTaskType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属计划' }) planId!: string;
  @Field(() => ID, { description: '编制机关' }) bureauId!: string;
  @Field({ description: '任务名称' }) name!: string;
  @Field(() => [ID], { description: '抽查事项版本（已发布；本单位或上级机关发布的）' }) itemVersionIds!: string[];
  @Field(() => [ID], { description: '参加部门' }) departmentIds!: string[];
  @Field(() => [String], { description: '参加联合抽查的外部机关（如 市场监管部门）' }) externalAgencies!: string[];
  @Field({ description: '是否联合抽查' }) joint!: boolean;
  @Field(() => Int, { description: '抽查比例（万分之一）：500 即 5%，不低于各事项的比例' }) ratioBp!: number;
  @Field(() => Int, { description: '每年抽查次数' }) timesPerYear!: number;
  @Field(() => [String], { description: '对象范围：区域代码（空为不限）' }) regionCodes!: string[];
  @Field(() => [String], { description: '对象范围：行业类别（空为不限）' }) businessCategories!: string[];
  @Field(() => [String], { description: '对象范围：等级（空为不限）' }) grades!: string[];
  @Field(() => Int, { description: '每个检查组的执法检查人员数（≥2，R29）' }) teamSize!: number;
  @Field(() => [String], { description: '检查人员须具备的技能（各事项要求的和另加的，R15）' })
  requiredSkills!: string[];
  @Field(() => [ID], { description: '一并抽取其检查对象的下级单位；发现的问题由对象所属单位处理（R41）' })
  subordinateBureauIds!: string[];
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}

@ObjectType('PlanRound', { description: '任务的一个抽查轮次及其时间窗口；每次抽取都属于一个轮次（R24）' })
export class PlanRoundType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属计划' }) planId!: string;
  @Field(() => ID, { description: '所属任务' }) taskId!: string;
  @Field(() => ID, { description: '编制机关' }) bureauId!: string;
  @Field(() => Int, { description: '轮次序号' }) roundNo!: number;
  @Field({ description: '开始日（YYYY-MM-DD）' }) windowStart!: string;
  @Field({ description: '结束日（含）' }) windowEnd!: string;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}

@ObjectType('PlanFiling', {
  description: '计划的一次报备（R20）：报备时的完整内容、警示和接收机关的处理；每次报备都留存',
})
export class PlanFilingType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属计划' }) planId!: string;
  @Field(() => ID, { description: '报备机关' }) bureauId!: string;
  @Field(() => Int, { description: '第几次报备' }) filingNo!: number;
  @Field(() => ID, { description: '接收机关（上一级公安机关；部门工作计划为本单位）' }) filedToBureauId!: string;
  @Field(() => Int, { description: '计划年度' }) year!: number;
  @Field(() => PlanKindEnum, { description: '计划类别' }) kind!: PlanKind;
  @Field(() => GraphQLJSON, { description: '报备时的计划全文（任务、轮次、事项摘要），此后不变' }) content!: unknown;
  @Field(() => [PlanWarningType], { description: '报备时未达到的要求' }) warnings!: PlanWarningType[];
  @Field(() => ID, { description: '报备人' }) filedBy!: string;
  @Field({ description: '报备时间' }) filedAt!: Date;
  @Field(() => FilingDecisionEnum, { nullable: true, description: '处理结论（未处理为空）' })
  decision!: FilingDecision | null;
  @Field(() => String, { nullable: true, description: '处理意见（退回时必有）' }) comment!: string | null;
  @Field(() => ID, { nullable: true, description: '处理人' }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '处理时间' }) decidedAt!: Date | null;
}
export const PlanFilingConnection = ConnectionType(PlanFilingType, 'PlanFiling', '计划报备');

@InputType({ description: '抽查计划筛选条件' })
export class PlanFilter {
  @Field(() => Int, { nullable: true, description: '年度' }) year?: number;
  @Field(() => PlanKindEnum, { nullable: true, description: '类别' }) kind?: PlanKind;
  @Field(() => PlanStatusEnum, { nullable: true, description: '状态' }) status?: PlanStatus;
  @Field(() => ID, { nullable: true, description: '编制机关（默认本单位及下级）' }) bureauId?: string;
  @Field(() => ID, { nullable: true, description: '部门（部门工作计划）' }) departmentId?: string;
}

@InputType({ description: '待处理备案筛选条件' })
export class PlanFilingQueueFilter {
  @Field({ defaultValue: false, description: '是否包括已处理的备案（默认只列待处理的）' }) includeDecided!: boolean;
  @Field(() => Int, { nullable: true, description: '年度' }) year?: number;
  @Field(() => PlanKindEnum, { nullable: true, description: '计划类别' }) kind?: PlanKind;
  @Field(() => ID, { nullable: true, description: '报备机关' }) bureauId?: string;
}

@InputType({ description: '新建抽查计划（草稿）' })
export class CreatePlanInput {
  @Field(() => Int, { description: '计划年度，如 2027' }) year!: number;
  @Field({ description: '标题，如 叶县公安局2027年度“双随机、一公开”抽查计划' }) @Length(1, 200) title!: string;
  @Field(() => PlanKindEnum, { description: '类别' }) kind!: PlanKind;
  @Field(() => ID, { nullable: true, description: '部门工作计划的部门（默认本人部门）；其他类别不填' }) departmentId?:
    string | null;
}

@InputType({ description: '修改计划（草稿或被退回的）' })
export class UpdatePlanInput {
  @Field(() => ID, { description: '计划编号' }) planId!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => String, { nullable: true, description: '新标题' }) @IsOptional() @Length(1, 200) title?: string | null;
  @Field(() => Int, { nullable: true, description: '新年度（已排轮次须都在新年度内）' }) year?: number | null;
}

@InputType({ description: '抽查任务内容' })
export class PlanTaskInput {
  @Field({ description: '任务名称' }) @Length(1, 200) name!: string;
  @Field(() => [ID], { description: '抽查事项版本（已发布的；本单位或上级机关发布的）' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  itemVersionIds!: string[];
  @Field(() => [ID], { description: '参加部门（本单位的执法检查部门）' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  departmentIds!: string[];
  @Field(() => [String], { defaultValue: [], description: '参加联合抽查的外部机关名称' })
  @ArrayMaxSize(20)
  externalAgencies!: string[];
  @Field({ defaultValue: false, description: '是否联合抽查（多个部门或有外部机关时必须是）' }) joint!: boolean;
  @Field(() => Int, { description: '抽查比例（万分之一），不低于各事项的比例和本单位最低比例' }) ratioBp!: number;
  @Field(() => Int, { description: '每年抽查次数（≥1）' }) timesPerYear!: number;
  @Field(() => [String], { defaultValue: [], description: '对象范围：区域代码（本单位辖区内；空为不限）' })
  @ArrayMaxSize(200)
  regionCodes!: string[];
  @Field(() => [String], { defaultValue: [], description: '对象范围：行业类别代码（空为不限）' })
  @ArrayMaxSize(30)
  businessCategories!: string[];
  @Field(() => [String], { defaultValue: [], description: '对象范围：等级（空为不限）' })
  @ArrayMaxSize(10)
  grades!: string[];
  @Field(() => Int, { description: '每组执法检查人员数（≥2，R29）' }) teamSize!: number;
  @Field(() => [ID], {
    nullable: true,
    description: '已弃用：每个参加部门都须在每个检查组中（DRAW.md §2）；如填写，须与参加部门完全相同',
    deprecationReason: '由 departmentIds 决定：每个参加部门都在每个检查组中',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  requiredDepartmentIds?: string[] | null;
  @Field(() => [String], { defaultValue: [], description: '另加的技能要求（各事项要求的技能总是包括在内）' })
  @ArrayMaxSize(20)
  requiredSkills!: string[];
  @Field(() => [ID], {
    defaultValue: [],
    description: '一并抽取其检查对象的下级单位（上级部署的任务，R41）；发现的问题由对象所属单位处理',
  })
  @ArrayMaxSize(200)
  subordinateBureauIds!: string[];
}

@InputType({ description: '给计划添加任务' })
export class AddPlanTaskInput {
  @Field(() => ID, { description: '计划编号' }) planId!: string;
  @Field(() => PlanTaskInput, { description: '任务内容' }) task!: PlanTaskInput;
}

@InputType({ description: '修改任务（计划为草稿或被退回时）' })
export class UpdatePlanTaskInput {
  @Field(() => ID, { description: '任务编号' }) taskId!: string;
  @Field(() => Int, { description: '读取时的任务版本号' }) version!: number;
  @Field(() => PlanTaskInput, { description: '新内容' }) task!: PlanTaskInput;
}

@InputType({ description: '给任务添加一个轮次' })
export class AddPlanRoundInput {
  @Field(() => ID, { description: '任务编号' }) taskId!: string;
  @Field({ description: '开始日（YYYY-MM-DD，在计划年度内）' }) @MaxLength(10) windowStart!: string;
  @Field({ description: '结束日（含，在计划年度内；不早于今天）' }) @MaxLength(10) windowEnd!: string;
  @Field(() => String, {
    nullable: true,
    description: '补录理由：单位管理员补录已结束的轮次时必填（至少 4 个字，记入审计）',
  })
  @IsOptional()
  @MaxLength(500, { message: '补录理由不超过 500 个字符' })
  lateEntryReason?: string | null;
}

@InputType({ description: '报备计划' })
export class FilePlanInput {
  @Field(() => ID, { description: '计划编号' }) planId!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => ID, { description: '接收机关：上一级公安机关（部门工作计划、无上级的机关为本单位）' })
  toBureauId!: string;
}

@InputType({ description: '确认备案' })
export class AcknowledgePlanFilingInput {
  @Field(() => ID, { description: '备案编号' }) filingId!: string;
  @Field(() => String, { nullable: true, description: '意见（可不填）' }) @IsOptional() @MaxLength(2000) comment?:
    string | null;
}

@InputType({ description: '退回备案' })
export class ReturnPlanFilingInput {
  @Field(() => ID, { description: '备案编号' }) filingId!: string;
  @Field({ description: '退回意见（必填）' }) @Length(1, 2000) comment!: string;
}

@ObjectType({ description: '计划变更结果' })
export class PlanPayload {
  @Field(() => PlanType, { description: '计划' }) plan!: PlanType;
}

@ObjectType({ description: '任务变更结果' })
export class PlanTaskPayload {
  @Field(() => PlanTaskType, { description: '任务' }) task!: PlanTaskType;
  @Field(() => PlanType, { description: '所属计划' }) plan!: PlanType;
}

@ObjectType({ description: '轮次变更结果' })
export class PlanRoundPayload {
  @Field(() => PlanRoundType, { description: '轮次' }) round!: PlanRoundType;
  @Field(() => PlanTaskType, { description: '所属任务' }) task!: PlanTaskType;
}

@ObjectType({ description: '报备或处理备案的结果' })
export class PlanFilingPayload {
  @Field(() => PlanFilingType, { description: '报备' }) filing!: PlanFilingType;
  @Field(() => PlanType, { description: '计划（新状态）' }) plan!: PlanType;
}
