import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import type {
  BeaconSource,
  RecheckAnswerKind,
  RecheckFindingStatus,
  RecheckItemState,
  RecheckMethod,
  RecheckSampleStatus,
} from '@dsr/db';
import type { EvidenceKind, InspectionOpinion, InspectionResultCode } from '@dsr/domain';
import { BeaconSourceEnum } from '../draw/draw.types';
import { ChecklistAnswerInput } from '../inspection/record.types';
import { EvidenceKindEnum, InspectionOpinionEnum } from '../inspection/inspection-enums';
import { InspectionResultCodeEnum } from '../publication/publication.enums';

/** GraphQL names cannot hold "-": GB2828_II stands for DRAW.md §10's "GB2828-II". */
export const RecheckSizeRuleEnum = { GB2828_II: 'GB2828_II', RATIO: 'RATIO' } as const;
export type RecheckSizeRuleName = keyof typeof RecheckSizeRuleEnum;
registerEnumType(RecheckSizeRuleEnum, {
  name: 'RecheckSizeRule',
  description: '复查样本量规则（DRAW.md §10）',
  valuesConfig: {
    GB2828_II: { description: 'GB/T 2828.1 一般检验水平 II（按每个下级单位的已办结检查数）' },
    RATIO: { description: '按比例（基点）' },
  },
});
export const RecheckSampleStatusEnum = { COMMITTED: 'COMMITTED', DRAWN: 'DRAWN' } as const;
registerEnumType(RecheckSampleStatusEnum, {
  name: 'RecheckSampleStatus',
  description: '复查抽样状态',
  valuesConfig: { COMMITTED: { description: '已承诺，待抽样' }, DRAWN: { description: '已抽样，随机数与结果已公开' } },
});
export const RecheckItemStateEnum = { SAMPLED: 'SAMPLED', AGREED: 'AGREED', DIFFERING: 'DIFFERING' } as const;
registerEnumType(RecheckItemStateEnum, {
  name: 'RecheckItemState',
  description: '复查事项状态',
  valuesConfig: {
    SAMPLED: { description: '已抽中，待复查' },
    AGREED: { description: '复查一致' },
    DIFFERING: { description: '复查不一致（差异已列明）' },
  },
});
export const RecheckMethodEnum = { DOCUMENTS: 'DOCUMENTS', VISIT: 'VISIT' } as const;
registerEnumType(RecheckMethodEnum, {
  name: 'RecheckMethod',
  description: '复查方式',
  valuesConfig: { DOCUMENTS: { description: '书面审查（卷宗）' }, VISIT: { description: '实地复查' } },
});
export const RecheckFindingStatusEnum = { OPEN: 'OPEN', ANSWERED: 'ANSWERED', CLOSED: 'CLOSED' } as const;
registerEnumType(RecheckFindingStatusEnum, {
  name: 'RecheckFindingStatus',
  description: '复查发现问题的办理状态',
  valuesConfig: {
    OPEN: { description: '待下级答复' },
    ANSWERED: { description: '下级已答复，待上级销号' },
    CLOSED: { description: '上级已销号' },
  },
});
export const RecheckAnswerKindEnum = { CORRECTED: 'CORRECTED', EXPLAINED: 'EXPLAINED' } as const;
registerEnumType(RecheckAnswerKindEnum, {
  name: 'RecheckAnswerKind',
  description: '下级对复查发现问题的答复方式',
  valuesConfig: {
    CORRECTED: { description: '已更正检查结果（更正修订；已公示的结果同时编制更正公示）' },
    EXPLAINED: { description: '说明理由，维持原结果' },
  },
});

@ObjectType('Recheck', { description: '上级对下级已办结检查的复查（R54）' })
export class RecheckType {
  @Field(() => ID, { description: '编号（即抽样编号 drawId）' }) id!: string;
  @Field(() => ID, { description: '复查机关' }) bureauId!: string;
  @Field({ description: '检查结束日期起' }) periodFrom!: string;
  @Field({ description: '检查结束日期止' }) periodTo!: string;
  @Field(() => ID, { nullable: true, description: '限定的检查事项' }) itemId!: string | null;
  @Field(() => ID, { nullable: true, description: '限定的牵头部门' }) departmentId!: string | null;
  @Field(() => ID, { nullable: true, description: '限定的下级单位（含其下级）' }) subordinateBureauId!: string | null;
  @Field({ description: '复查事由' }) reason!: string;
  @Field(() => ID, { description: '发起人' }) openedBy!: string;
  @Field({ description: '发起时间' }) openedAt!: Date;
}

@ObjectType('RecheckStratum', { description: '一个分层（下级单位）的总体与样本量' })
export class RecheckStratumType {
  @Field({ description: '分层（下级单位的区划代码）' }) stratum!: string;
  @Field(() => Int, { description: '已办结检查数' }) population!: number;
  @Field(() => Int, { description: '样本量' }) sampleSize!: number;
}

@ObjectType('RecheckSample', { description: '一次 dsr-sample/1 抽样记录（DRAW.md §10）；扩大样本为新记录' })
export class RecheckSampleType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属复查' }) recheckId!: string;
  @Field(() => ID, { nullable: true, description: '所扩大的样本' }) extendsSampleId!: string | null;
  @Field(() => RecheckSizeRuleEnum, { description: '样本量规则' }) sizeRuleName!: RecheckSizeRuleName;
  @Field(() => Int, { nullable: true, description: '比例（基点）' }) ratioBp!: number | null;
  @Field(() => Int, { description: '每个下级单位至少抽取数' }) minPerStratum!: number;
  @Field(() => RecheckSampleStatusEnum, { description: '状态' }) status!: RecheckSampleStatus;
  @Field({ description: '快照摘要' }) poolDigest!: string;
  @Field({ description: '对象摘要（各已办结检查及其结果摘要）' }) itemsDigest!: string;
  @Field(() => Int, { description: '总体（已办结检查数）' }) itemCount!: number;
  @Field({ description: '承诺值 SHA-256(nonce)' }) commitment!: string;
  @Field(() => BeaconSourceEnum, { description: '信标来源（承诺时确定）' }) beaconSource!: BeaconSource;
  @Field(() => String, { nullable: true, description: '信标说明' }) beaconNote!: string | null;
  @Field(() => String, { nullable: true, description: '信标' }) beacon!: string | null;
  @Field(() => String, { nullable: true, description: '随机数（抽样后公开）' }) nonce!: string | null;
  @Field(() => String, { nullable: true, description: '结果摘要' }) resultDigest!: string | null;
  @Field(() => Int, { nullable: true, description: '样本量合计' }) sampleSize!: number | null;
  @Field(() => ID, { description: '承诺人' }) committedBy!: string;
  @Field({ description: '承诺时间' }) committedAt!: Date;
  @Field(() => Date, { nullable: true, description: '抽样时间' }) drawnAt!: Date | null;
}

@ObjectType('RecheckDifference', { description: '复查与原检查的一处差异（逐项，或处理意见）' })
export class RecheckDifferenceType {
  @Field({ description: 'line：检查内容；opinion：处理意见' }) kind!: string;
  @Field(() => ID, { nullable: true, description: '事项版本' }) itemVersionId!: string | null;
  @Field(() => Int, { nullable: true, description: '检查内容序号' }) no!: number | null;
  @Field({ description: '检查内容' }) text!: string;
  @Field({ description: '原检查结论' }) original!: string;
  @Field({ description: '复查结论' }) recheck!: string;
  @Field(() => String, { nullable: true, description: '复查说明' }) remark!: string | null;
}

@ObjectType('RecheckLine', { description: '原检查的一项检查内容及其结论（最新修订）' })
export class RecheckLineType {
  @Field(() => ID, { description: '事项版本' }) itemVersionId!: string;
  @Field(() => Int, { description: '检查内容序号' }) no!: number;
  @Field({ description: '检查内容' }) text!: string;
  @Field({ description: '原检查结论：NORMAL 正常，ABNORMAL 不正常' }) result!: string;
}

@ObjectType('RecheckEvidence', {
  description:
    '复查证据（R54）：复查人员为本次复查上传的照片、文件等，按内容的 SHA-256 存储；复查结论作出后冻结，不可增删',
})
export class RecheckEvidenceType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '复查事项' }) recheckItemId!: string;
  @Field(() => EvidenceKindEnum, { description: '种类' }) kind!: EvidenceKind;
  @Field({ description: '文件类型（按文件内容识别，如 image/jpeg）' }) mime!: string;
  @Field(() => Float, { description: '大小（字节）' }) sizeBytes!: number;
  @Field({ description: '内容的 SHA-256（十六进制小写，与复查记录和审计记录中的一致）' }) sha256!: string;
  @Field(() => String, { nullable: true, description: '上传时的原文件名' }) fileName!: string | null;
  @Field({ description: '上传时间' }) uploadedAt!: Date;
  @Field(() => ID, { description: '上传人（用户）' }) uploadedBy!: string;
  @Field({ description: '下载地址（相对路径，GET；短时签名链接，几分钟后或注销后失效；支持 Range）' }) url!: string;
}

@ObjectType('RecheckItem', { description: '抽中的一次检查及其复查' })
export class RecheckItemType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属复查' }) recheckId!: string;
  @Field(() => ID, { description: '抽中它的抽样记录' }) sampleId!: string;
  @Field(() => ID, { description: '被复查的检查' }) inspectionId!: string;
  @Field(() => ID, { description: '作出检查的下级单位' }) inspectionBureauId!: string;
  @Field({ description: '分层（区划代码）' }) stratum!: string;
  @Field({ description: '抽样签号' }) ticket!: string;
  @Field({ description: '承诺时的结果摘要' }) committedDigest!: string;
  @Field({ description: '原检查结束日期' }) finishedOn!: string;
  @Field(() => [ID], { description: '抽取的复查人员（dsr-draw/1，排除原检查组与下级人员）' }) inspectorIds!: string[];
  @Field(() => RecheckItemStateEnum, { description: '状态' }) state!: RecheckItemState;
  @Field(() => RecheckMethodEnum, { nullable: true, description: '复查方式' }) method!: RecheckMethod | null;
  @Field(() => String, { nullable: true, description: '复查处理意见' }) opinion!: string | null;
  @Field(() => String, { nullable: true, description: '复查情况' }) findings!: string | null;
  @Field(() => [RecheckDifferenceType], { nullable: true, description: '差异（复查不一致时）' })
  differences!: RecheckDifferenceType[] | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '复查逐项结论（同原检查的检查内容）' }) answers!: unknown;
  @Field(() => String, { nullable: true, description: '复查完成日期' }) concludedOn!: string | null;
  @Field(() => ID, { nullable: true, description: '复查记录人' }) recordedBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '复查记录摘要（dsr-recheck-exam/1：复查结论、逐项结论、差异及每个证据文件的 SHA-256 的规范化 JSON 的 SHA-256；结论作出时确定）',
  })
  examDigest!: string | null;
}

@ObjectType('RecheckFinding', { description: '复查发现的问题，交作出检查的下级单位答复（R54）' })
export class RecheckFindingType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '复查机关' }) bureauId!: string;
  @Field(() => ID, { description: '答复单位（作出检查的下级）' }) handlingBureauId!: string;
  @Field(() => ID, { description: '所属复查' }) recheckId!: string;
  @Field(() => ID, { description: '复查事项' }) recheckItemId!: string;
  @Field(() => ID, { description: '被复查的检查' }) inspectionId!: string;
  @Field(() => [RecheckDifferenceType], { description: '差异' }) differences!: RecheckDifferenceType[];
  @Field(() => RecheckFindingStatusEnum, { description: '状态' }) status!: RecheckFindingStatus;
  @Field({ description: '交办时间' }) issuedAt!: Date;
  @Field(() => RecheckAnswerKindEnum, { nullable: true, description: '答复方式' })
  answerKind!: RecheckAnswerKind | null;
  @Field(() => String, { nullable: true, description: '答复' }) answer!: string | null;
  @Field(() => Date, { nullable: true, description: '答复时间' }) answeredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '更正修订（现场检查记录）' }) correctionRecordId!: string | null;
  @Field(() => ID, { nullable: true, description: '更正公示文书（经审核后取代原公示）' }) publicationId!: string | null;
  @Field(() => Date, { nullable: true, description: '销号时间' }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '销号意见' }) closeComment!: string | null;
}

@ObjectType('RecheckCheck', { description: '复查抽样记录的一项验证' })
export class RecheckCheckType {
  @Field({ description: '检查名（commitment、poolDigest、itemsDigest、resultDigest、replay 等）' }) name!: string;
  @Field({ description: '是否通过' }) ok!: boolean;
  @Field({ description: '记录中的值' }) recorded!: string;
  @Field({ description: '据记录重新计算的值' }) computed!: string;
  @Field({ description: '说明' }) description!: string;
}

@ObjectType('RecheckVerification', { description: '复查抽样验证结果（DRAW.md §10）' })
export class RecheckVerificationType {
  @Field({ description: '全部检查是否通过' }) ok!: boolean;
  @Field(() => [RecheckCheckType], { description: '各项检查' }) checks!: RecheckCheckType[];
}

@ObjectType('RecheckPayload', { description: '复查操作的结果' })
export class RecheckPayload {
  @Field(() => RecheckType, { description: '复查' }) recheck!: RecheckType;
}
@ObjectType('RecheckItemPayload', { description: '复查记录的结果' })
export class RecheckItemPayload {
  @Field(() => RecheckItemType, { description: '复查事项' }) item!: RecheckItemType;
  @Field(() => RecheckFindingType, { nullable: true, description: '交下级答复的问题（复查不一致时）' })
  finding!: RecheckFindingType | null;
}
@ObjectType('RecheckFindingPayload', { description: '答复或销号的结果' })
export class RecheckFindingPayload {
  @Field(() => RecheckFindingType, { description: '问题' }) finding!: RecheckFindingType;
}

@InputType({ description: '发起复查并承诺抽样（DRAW.md §10）' })
export class OpenRecheckInput {
  @Field({ description: '检查结束日期起（YYYY-MM-DD）' }) @Length(10, 10) periodFrom!: string;
  @Field({ description: '检查结束日期止（YYYY-MM-DD）' }) @Length(10, 10) periodTo!: string;
  @Field(() => ID, { nullable: true, description: '只复查该检查事项' }) @IsOptional() itemId?: string | null;
  @Field(() => ID, { nullable: true, description: '只复查该牵头部门的检查' }) @IsOptional() departmentId?:
    string | null;
  @Field(() => ID, { nullable: true, description: '只复查该下级单位（含其下级）' })
  @IsOptional()
  subordinateBureauId?: string | null;
  @Field(() => RecheckSizeRuleEnum, { description: '样本量规则' }) sizeRule!: RecheckSizeRuleName;
  @Field(() => Int, { nullable: true, description: '比例（基点，按比例时必填，1–10000）' })
  @IsOptional()
  ratioBp?: number | null;
  @Field(() => Int, { description: '每个下级单位至少抽取数（≥1）' }) @Min(1) @Max(10000) minPerStratum!: number;
  @Field(() => BeaconSourceEnum, { description: '信标来源（见证人数值、彩票号码或无）' }) beaconSource!: BeaconSource;
  @Field(() => String, { nullable: true, description: '信标说明（如：福彩3D 第 2026335 期）' })
  @IsOptional()
  @MaxLength(200)
  beaconNote?: string | null;
  @Field({ description: '复查事由（至少 4 个字）' }) @MaxLength(500) reason!: string;
}

@InputType({ description: '录入复查抽样的信标（由承诺人以外的人录入，一次）' })
export class EnterRecheckBeaconInput {
  @Field(() => ID, { description: '复查' }) recheckId!: string;
  @Field({ description: '信标' }) @MaxLength(200) beacon!: string;
}

@InputType({ description: '扩大复查样本（同一随机数与信标，更大的样本量；包含原样本）' })
export class EnlargeRecheckInput {
  @Field(() => ID, { description: '复查' }) recheckId!: string;
  @Field(() => RecheckSizeRuleEnum, { description: '样本量规则' }) sizeRule!: RecheckSizeRuleName;
  @Field(() => Int, { nullable: true, description: '比例（基点）' }) @IsOptional() ratioBp?: number | null;
  @Field(() => Int, { description: '每个下级单位至少抽取数' }) @Min(1) @Max(10000) minPerStratum!: number;
  @Field({ description: '扩大理由（至少 4 个字）' }) @MaxLength(500) reason!: string;
}

@InputType({ description: '记录一次复查（同原检查的检查内容）' })
export class RecordRecheckInput {
  @Field(() => ID, { description: '复查事项' }) itemId!: string;
  @Field(() => RecheckMethodEnum, { description: '复查方式' }) method!: RecheckMethod;
  @Field(() => [ChecklistAnswerInput], { description: '逐项结论（原检查的全部检查内容）' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  answers!: ChecklistAnswerInput[];
  @Field(() => InspectionOpinionEnum, { description: '复查认为应有的处理意见' }) opinion!: InspectionOpinion;
  @Field({ description: '复查情况' }) @Length(1, 4000) findings!: string;
}

@InputType({ description: '下级答复复查发现的问题' })
export class AnswerRecheckFindingInput {
  @Field(() => ID, { description: '问题' }) findingId!: string;
  @Field(() => RecheckAnswerKindEnum, { description: '已更正或说明理由' }) kind!: RecheckAnswerKind;
  @Field({ description: '答复（至少 4 个字）' }) @MaxLength(2000) answer!: string;
  @Field(() => InspectionResultCodeEnum, {
    nullable: true,
    description: '更正公示的检查结果（已公示时；不填则按更正后的检查重新生成）',
  })
  @IsOptional()
  publishedResult?: InspectionResultCode | null;
}

@InputType({ description: '上级销号' })
export class CloseRecheckFindingInput {
  @Field(() => ID, { description: '问题' }) findingId!: string;
  @Field({ description: '销号意见' }) @MaxLength(1000) comment!: string;
}
