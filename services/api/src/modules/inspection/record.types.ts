import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import type { CheckAnswer, NonCooperationKind, RecordMethod } from '@dsr/domain';
import { CheckAnswerEnum, NonCooperationKindEnum, RecordMethodEnum } from './inspection-enums';

/** The on-site record (现场检查记录表, R36–R38) and its revisions. */

@ObjectType('PresentInspector', { description: '到场检查人员及其执法证号（R36）' })
export class PresentInspectorType {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field(() => String, { nullable: true, description: '执法证号（现场出示）' }) warrantNo!: string | null;
}

@ObjectType('ChecklistAnswer', { description: '一项检查内容的结论' })
export class ChecklistAnswerType {
  @Field(() => ID, { description: '事项版本' }) itemVersionId!: string;
  @Field(() => Int, { description: '检查内容序号' }) no!: number;
  @Field({ description: '检查内容' }) text!: string;
  @Field(() => CheckAnswerEnum, { description: '正常/不正常' }) result!: CheckAnswer;
  @Field(() => String, { nullable: true, description: '备注' }) remark!: string | null;
}

@ObjectType('NonCooperation', { description: '不配合检查的情形（R37）' })
export class NonCooperationType {
  @Field(() => NonCooperationKindEnum, { description: '情形' }) kind!: NonCooperationKind;
  @Field(() => String, { nullable: true, description: '说明' }) detail!: string | null;
}

@ObjectType('InspectionRecord', { description: '现场检查记录表的一个修订（提交后不可修改；更正为新修订，R36）' })
export class InspectionRecordType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => Int, { description: '修订号，1 为原始记录' }) revision!: number;
  @Field(() => String, { nullable: true, description: '更正理由' }) correctionReason!: string | null;
  @Field({ description: '检查开始时间（所在日须在检查时段内）' }) checkedFrom!: Date;
  @Field({ description: '检查结束时间（不晚于现在，所在日须在检查时段内）' }) checkedTo!: Date;
  @Field({ description: '检查地点' }) place!: string;
  @Field(() => [PresentInspectorType], { description: '到场检查人员' }) present!: PresentInspectorType[];
  @Field(() => [ChecklistAnswerType], { description: '检查内容逐项结论' }) answers!: ChecklistAnswerType[];
  @Field(() => [RecordMethodEnum], { description: '检查方式' }) methods!: RecordMethod[];
  @Field({ description: '检查情况与发现的问题' }) findings!: string;
  @Field({ description: '检查对象在场负责人' }) representative!: string;
  @Field(() => String, {
    nullable: true,
    description: '签字或盖章图像：evidence:<证据编号>，由 GET /evidence/:id 下载',
  })
  signatureRef!: string | null;
  @Field(() => String, { nullable: true, description: '未能签字的原因' }) refusalReason!: string | null;
  @Field(() => String, { nullable: true, description: '见证人' }) witness!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '检测机构：委托检测的第三方专业机构，或所采用结论的出具部门（检查方式含委托第三方检测时，R43）',
  })
  thirdPartyBody!: string | null;
  @Field(() => String, { nullable: true, description: '检测报告（结论文书）编号（R43）' })
  thirdPartyReportNo!: string | null;
  @Field(() => [NonCooperationType], { description: '不配合情形' }) nonCooperation!: NonCooperationType[];
  @Field(() => ID, { description: '提交人' }) submittedBy!: string;
  @Field({ description: '提交时间' }) submittedAt!: Date;
}

@ObjectType('InspectionRecordPayload', { description: '提交记录的结果' })
export class InspectionRecordPayload {
  @Field(() => InspectionRecordType, { description: '记录' }) record!: InspectionRecordType;
}

@InputType({ description: '检查内容的结论' })
export class ChecklistAnswerInput {
  @Field(() => ID, { description: '事项版本' }) itemVersionId!: string;
  @Field(() => Int, { description: '检查内容序号' }) no!: number;
  @Field(() => CheckAnswerEnum, { description: '正常/不正常' }) result!: CheckAnswer;
  @Field(() => String, { nullable: true, description: '备注（不正常时必填）' }) @IsOptional() @MaxLength(1000) remark?:
    string | null;
}

@InputType({ description: '不配合情形' })
export class NonCooperationInput {
  @Field(() => NonCooperationKindEnum, { description: '情形' }) kind!: NonCooperationKind;
  @Field(() => String, { nullable: true, description: '说明' }) @IsOptional() @MaxLength(1000) detail?: string | null;
}

@InputType({ description: '现场检查记录（R36）' })
export class InspectionRecordInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查开始时间（所在日须在检查时段内）' }) checkedFrom!: Date;
  @Field({ description: '检查结束时间（不晚于现在，所在日须在检查时段内）' }) checkedTo!: Date;
  @Field({ description: '检查地点' }) @Length(1, 500, { message: '检查地点应为 1 到 500 个字符' }) place!: string;
  @Field(() => [ID], { description: '到场检查人员（至少 2 人）' })
  @ArrayMinSize(2, { message: '到场检查人员至少 2 人（R29）' })
  @ArrayMaxSize(20)
  presentInspectorIds!: string[];
  @Field(() => [ChecklistAnswerInput], { description: '逐项结论' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(2000)
  answers!: ChecklistAnswerInput[];
  @Field(() => [RecordMethodEnum], { description: '检查方式' })
  @ArrayMinSize(1, { message: '至少一种检查方式' })
  methods!: RecordMethod[];
  @Field({ description: '检查情况与发现的问题' })
  @Length(1, 10000, { message: '检查情况应为 1 到 10000 个字符' })
  findings!: string;
  @Field({ description: '检查对象在场负责人' })
  @Length(1, 100, { message: '在场负责人应为 1 到 100 个字符' })
  representative!: string;
  @Field(() => String, {
    nullable: true,
    description:
      '签字或盖章图像：本次检查已上传的 SIGNATURE 证据（PNG），写作 evidence:<证据编号>（POST /inspections/:id/evidence?kind=SIGNATURE 的返回值 ref）',
  })
  @IsOptional()
  @MaxLength(500)
  signatureRef?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '未能签字的原因（现场检查未签字时必填，R36；非现场检查如网络监测可不填，R44）',
  })
  @IsOptional()
  @MaxLength(1000)
  refusalReason?: string | null;
  @Field(() => String, { nullable: true, description: '见证人' }) @IsOptional() @MaxLength(100) witness?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '检测机构：委托检测的第三方专业机构，或所采用结论的出具部门（检查方式含委托第三方检测时必填，否则不填，R43）',
  })
  @IsOptional()
  @MaxLength(200, { message: '检测机构不超过 200 个字符' })
  thirdPartyBody?: string | null;
  @Field(() => String, { nullable: true, description: '检测报告（结论文书）编号（与检测机构同填，R43）' })
  @IsOptional()
  @MaxLength(100, { message: '检测报告编号不超过 100 个字符' })
  thirdPartyReportNo?: string | null;
  @Field(() => [NonCooperationInput], { defaultValue: [], description: '不配合情形（R37）' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(5)
  nonCooperation!: NonCooperationInput[];
  @Field(() => String, { nullable: true, description: '更正理由（提交更正修订时必填）' })
  @IsOptional()
  @MaxLength(1000)
  correctionReason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '补录理由：检查日不在检查时段内时，由同为检查组成员的单位管理员补录并写明（至少 4 个字，记入审计）',
  })
  @IsOptional()
  @MaxLength(500, { message: '补录理由不超过 500 个字符' })
  lateEntryReason?: string | null;
}
