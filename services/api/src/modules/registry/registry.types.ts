import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import {
  CONFLICT_RELATIONS, DIRECTORY_KINDS, GENDERS, HOLDER_KINDS, INSPECTOR_STATUSES, RISK_CODES, RISK_ENTRY_KINDS, RISK_LEVELS, TARGET_STATUSES,
  type ConflictRelation, type DirectoryKind, type Gender, type HolderKind, type InspectorStatus, type RiskLevel, type TargetStatus,
} from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { enumOf } from '../../common/graphql-enum';

export const HolderKindEnum = enumOf(HOLDER_KINDS);
registerEnumType(HolderKindEnum, { name: 'HolderKind', description: '检查对象类型',
  valuesConfig: { ORGANISATION: { description: '单位（有统一社会信用代码）' }, PERSON: { description: '个人（以公民身份号码登记）' } } });
export const TargetStatusEnum = enumOf(TARGET_STATUSES);
registerEnumType(TargetStatusEnum, { name: 'TargetStatus', description: '检查对象状态',
  valuesConfig: { ACTIVE: { description: '在册（参加抽取）' }, TERMINATED: { description: '已注销（退出抽取，保留历史，R11）' } } });
export const RiskEntryKindEnum = enumOf(RISK_ENTRY_KINDS);
registerEnumType(RiskEntryKindEnum, { name: 'RiskEntryKind', description: '风险记录类型',
  valuesConfig: { FACTOR: { description: '提高风险的因素（R10）' }, MITIGATION: { description: '降低风险的因素：信用较好、风险较低' } } });
export const RiskCodeEnum = enumOf(RISK_CODES);
registerEnumType(RiskCodeEnum, { name: 'RiskCode', description: '风险因素',
  valuesConfig: {
    PUBLIC_SAFETY_TRADE: { description: '涉及公共安全或严格管制的行业、物品' }, SERIOUS_VIOLATION: { description: '有严重违法违规记录' },
    ABNORMAL_OR_DISHONEST_LIST: { description: '列入经营异常名录或严重违法失信名单' }, MANY_COMPLAINTS: { description: '投诉举报多' },
    REFUSED_CHECK: { description: '拒绝、阻碍检查' }, OTHER: { description: '其他' }, GOOD_CREDIT: { description: '信用较好（降低）' }, LOW_RISK: { description: '风险较低（降低）' },
  } });
export const RiskLevelEnum = enumOf(RISK_LEVELS);
registerEnumType(RiskLevelEnum, { name: 'RiskLevel', description: '风险等级',
  valuesConfig: { LOW: { description: '低' }, NORMAL: { description: '一般' }, ELEVATED: { description: '较高' }, HIGH: { description: '高' } } });
export const InspectorStatusEnum = enumOf(INSPECTOR_STATUSES);
registerEnumType(InspectorStatusEnum, { name: 'InspectorStatus', description: '检查人员状态',
  valuesConfig: { ACTIVE: { description: '在岗（可被抽取）' }, SUSPENDED: { description: '暂停（不被抽取）' }, LEFT: { description: '已调离' } } });
export const GenderEnum = enumOf(GENDERS);
registerEnumType(GenderEnum, { name: 'Gender', description: '性别', valuesConfig: { M: { description: '男' }, F: { description: '女' } } });
export const ConflictRelationEnum = enumOf(CONFLICT_RELATIONS);
registerEnumType(ConflictRelationEnum, { name: 'ConflictRelation', description: '利害关系',
  valuesConfig: { KIN: { description: '近亲属' }, FORMER_EMPLOYER: { description: '曾任职' }, FINANCIAL_INTEREST: { description: '经济利益' }, OTHER: { description: '其他' } } });

@ObjectType('TargetPermit', { description: '公安许可证件' })
export class PermitType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '许可类型，如 特种行业许可证' }) permitType!: string;
  @Field({ description: '许可证号' }) permitNo!: string;
  @Field(() => String, { nullable: true, description: '有效期起' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: '有效期止' }) validUntil!: string | null;
  @Field({ description: '状态：VALID 有效，CANCELLED 已注销' }) status!: string;
}

@ObjectType('TargetRiskEntry', { description: '风险记录（有日期和来源）' })
export class RiskEntryType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => RiskEntryKindEnum, { description: '类型' }) kind!: string;
  @Field(() => RiskCodeEnum, { description: '因素' }) code!: string;
  @Field({ description: '起始日' }) since!: string;
  @Field(() => String, { nullable: true, description: '截止日（含），空为持续' }) until!: string | null;
  @Field({ description: '来源：决定书号、名录、投诉编号等' }) source!: string;
  @Field(() => String, { nullable: true, description: '说明' }) note!: string | null;
}

@ObjectType('Target', { description: '检查对象（名录库条目，R9）' })
export class TargetType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => HolderKindEnum, { description: '类型' }) holderKind!: HolderKind;
  @Field({ description: '名称或姓名' }) name!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) uscc!: string | null;
  @Field(() => String, { nullable: true, description: '公民身份号码（个人）' }) residentId!: string | null;
  @Field(() => String, { nullable: true, description: '登记机关' }) registrationAuthority!: string | null;
  @Field(() => String, { nullable: true, description: '法定代表人（负责人）' }) legalRepresentative!: string | null;
  @Field(() => String, { nullable: true, description: '注册地址' }) registeredAddress!: string | null;
  @Field({ description: '所在区域（行政区划代码，用于抽取的区域均衡）' }) regionCode!: string;
  @Field({ description: '行业类别代码' }) businessCategory!: string;
  @Field(() => String, { nullable: true, description: '等级（分级管理的行业）' }) grade!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone!: string | null;
  @Field(() => TargetStatusEnum, { description: '状态' }) status!: TargetStatus;
  @Field(() => Date, { nullable: true, description: '注销时间' }) terminatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '注销原因' }) terminationReason!: string | null;
  @Field(() => ID, { description: '所属机关' }) bureauId!: string;
  @Field(() => ID, { description: '管理部门' }) departmentId!: string;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}
export const TargetConnection = ConnectionType(TargetType, 'Target', '检查对象', { cappedCount: true });

@InputType({ description: '检查对象筛选条件' })
export class TargetFilter {
  @Field({ nullable: true, description: '名称包含（中文子串）' }) @IsOptional() @MaxLength(50) nameContains?: string;
  @Field({ nullable: true, description: '统一社会信用代码或公民身份号码' }) @IsOptional() @MaxLength(18) code?: string;
  @Field({ nullable: true, description: '区域代码（含下级区域）' }) @IsOptional() @MaxLength(12) regionCode?: string;
  @Field({ nullable: true, description: '行业类别代码' }) businessCategory?: string;
  @Field({ nullable: true, description: '等级' }) grade?: string;
  @Field(() => TargetStatusEnum, { nullable: true, description: '状态' }) status?: TargetStatus;
  @Field(() => ID, { nullable: true, description: '管理部门' }) departmentId?: string;
  @Field({ nullable: true, description: '有许可证在此日（含）之前到期' }) permitExpiringBefore?: string;
  @Field(() => RiskLevelEnum, { nullable: true, description: '今日的风险等级（按登记的风险因素与减分情形，R10）' }) riskLevel?: RiskLevel;
}

@InputType({ description: '检查对象信息' })
export class TargetInput {
  @Field(() => HolderKindEnum, { description: '类型' }) holderKind!: HolderKind;
  @Field({ description: '名称或姓名' }) @Length(1, 200) name!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码（单位必填，18 位，GB 32100 校验）' }) uscc?: string | null;
  @Field(() => String, { nullable: true, description: '公民身份号码（个人必填，GB 11643 校验）' }) residentId?: string | null;
  @Field(() => String, { nullable: true, description: '登记机关' }) @IsOptional() @MaxLength(100) registrationAuthority?: string | null;
  @Field(() => String, { nullable: true, description: '法定代表人（负责人）' }) @IsOptional() @MaxLength(60) legalRepresentative?: string | null;
  @Field(() => String, { nullable: true, description: '注册地址' }) @IsOptional() @MaxLength(300) registeredAddress?: string | null;
  @Field({ description: '所在区域：本单位辖区内的行政区划代码（6、9 或 12 位）' }) regionCode!: string;
  @Field({ description: '行业类别代码' }) businessCategory!: string;
  @Field(() => String, { nullable: true, description: '等级（如 A、B、C）' }) @IsOptional() @MaxLength(20) grade?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone?: string | null;
  @Field(() => ID, { description: '管理部门（本单位）' }) departmentId!: string;
}
@InputType({ description: '登记检查对象' })
export class CreateTargetInput {
  @Field(() => TargetInput, { description: '信息' }) target!: TargetInput;
}
@InputType({ description: '修改检查对象' })
export class UpdateTargetInput {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => TargetInput, { description: '新信息' }) target!: TargetInput;
}
@InputType({ description: '注销检查对象（R11）' })
export class TerminateTargetInput {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field({ description: '原因，如 许可证已注销' }) @Length(1, 500) reason!: string;
}
@InputType({ description: '登记许可证件' })
export class AddPermitInput {
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field({ description: '许可类型' }) @Length(1, 100) permitType!: string;
  @Field({ description: '许可证号' }) @Length(1, 100) permitNo!: string;
  @Field(() => String, { nullable: true, description: '有效期起 YYYY-MM-DD' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: '有效期止 YYYY-MM-DD' }) validUntil?: string | null;
}
@InputType({ description: '记录风险因素（R10）' })
export class RecordRiskInput {
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => RiskCodeEnum, { description: '因素' }) code!: string;
  @Field({ description: '起始日 YYYY-MM-DD' }) since!: string;
  @Field(() => String, { nullable: true, description: '截止日 YYYY-MM-DD（含），空为持续' }) until?: string | null;
  @Field({ description: '来源' }) @Length(1, 500) source!: string;
  @Field(() => String, { nullable: true, description: '说明' }) @IsOptional() @MaxLength(1000) note?: string | null;
}
@ObjectType({ description: '检查对象变更结果' })
export class TargetPayload {
  @Field(() => TargetType, { description: '检查对象' }) target!: TargetType;
}

@ObjectType('Inspector', { description: '执法检查人员（名录库条目，R12）' })
export class InspectorType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => GenderEnum, { description: '性别' }) gender!: string;
  @Field(() => String, { nullable: true, description: '警号' }) badgeNo!: string | null;
  @Field(() => String, { nullable: true, description: '警官证号' }) warrantNo!: string | null;
  @Field(() => String, { nullable: true, description: '警官证有效期至' }) warrantValidUntil!: string | null;
  @Field({ description: '外部机关人员（持本机关执法证）' }) externalAgency!: boolean;
  @Field(() => String, { nullable: true, description: '执法证号（外部机关人员）' }) agencyCertificateNo!: string | null;
  @Field(() => String, { nullable: true, description: '岗位' }) post!: string | null;
  @Field(() => String, { nullable: true, description: '职务' }) duty!: string | null;
  @Field(() => [String], { description: '技能（与事项所需技能匹配，R15）' }) skills!: string[];
  @Field(() => [String], { description: '资格' }) qualifications!: string[];
  @Field(() => String, { nullable: true, description: '电话' }) phone!: string | null;
  @Field(() => InspectorStatusEnum, { description: '状态' }) status!: InspectorStatus;
  @Field(() => ID, { description: '所属机关' }) bureauId!: string;
  @Field(() => ID, { description: '所属部门' }) departmentId!: string;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}
export const InspectorConnection = ConnectionType(InspectorType, 'Inspector', '执法检查人员');

@ObjectType('InspectorChange', { description: '检查人员信息变更记录（R14）' })
export class InspectorChangeType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '变更类型' }) change!: string;
  @Field({ description: '时间' }) changedAt!: Date;
  @Field(() => ID, { description: '操作人' }) changedBy!: string;
}

@InputType({ description: '检查人员筛选条件' })
export class InspectorFilter {
  @Field({ nullable: true, description: '姓名包含' }) @IsOptional() @MaxLength(30) nameContains?: string;
  @Field(() => ID, { nullable: true, description: '部门' }) departmentId?: string;
  @Field(() => InspectorStatusEnum, { nullable: true, description: '状态' }) status?: InspectorStatus;
  @Field({ nullable: true, description: '具备此技能' }) skill?: string;
}
@InputType({ description: '检查人员信息' })
export class InspectorInput {
  @Field({ description: '姓名' }) @Length(1, 60) name!: string;
  @Field(() => GenderEnum, { description: '性别' }) gender!: Gender;
  @Field(() => ID, { description: '部门（本单位）' }) departmentId!: string;
  @Field(() => String, { nullable: true, description: '警号（民警必填）' }) @IsOptional() @MaxLength(20) badgeNo?: string | null;
  @Field(() => String, { nullable: true, description: '警官证号（民警必填）' }) @IsOptional() @MaxLength(30) warrantNo?: string | null;
  @Field(() => String, { nullable: true, description: '警官证有效期至 YYYY-MM-DD' }) warrantValidUntil?: string | null;
  @Field({ defaultValue: false, description: '外部机关人员' }) externalAgency!: boolean;
  @Field(() => String, { nullable: true, description: '执法证号（外部机关人员必填）' }) @IsOptional() @MaxLength(40) agencyCertificateNo?: string | null;
  @Field(() => String, { nullable: true, description: '岗位' }) @IsOptional() @MaxLength(60) post?: string | null;
  @Field(() => String, { nullable: true, description: '职务' }) @IsOptional() @MaxLength(60) duty?: string | null;
  @Field(() => [String], { defaultValue: [], description: '技能' }) @ArrayMaxSize(30) skills!: string[];
  @Field(() => [String], { defaultValue: [], description: '资格' }) @ArrayMaxSize(30) qualifications!: string[];
  @Field(() => String, { nullable: true, description: '电话' }) phone?: string | null;
}
@InputType({ description: '登记检查人员' })
export class CreateInspectorInput {
  @Field(() => InspectorInput, { description: '信息' }) inspector!: InspectorInput;
}
@InputType({ description: '修改检查人员（调动、换证、调离都留有记录）' })
export class UpdateInspectorInput {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => InspectorInput, { description: '新信息' }) inspector!: InspectorInput;
  @Field(() => InspectorStatusEnum, { nullable: true, description: '新状态' }) status?: InspectorStatus;
}
@ObjectType({ description: '检查人员变更结果' })
export class InspectorPayload {
  @Field(() => InspectorType, { description: '检查人员' }) inspector!: InspectorType;
}

export const DirectoryKindEnum = enumOf(DIRECTORY_KINDS);
registerEnumType(DirectoryKindEnum, { name: 'DirectoryKind', description: '名录库',
  valuesConfig: { TARGETS: { description: '检查对象名录库' }, INSPECTORS: { description: '执法检查人员名录库' } } });

@ObjectType('DirectoryReview', { description: '法制部门对一个部门名录库的合法性审核（R16）' })
export class DirectoryReviewType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field(() => DirectoryKindEnum, { description: '名录库' }) directory!: string;
  @Field({ description: '结论：APPROVED 通过，RETURNED 退回' }) decision!: string;
  @Field(() => String, { nullable: true, description: '审核意见' }) comment!: string | null;
  @Field(() => Int, { description: '审核时的条目数' }) entries!: number;
  @Field(() => ID, { description: '审核人' }) reviewedBy!: string;
  @Field({ description: '审核时间' }) reviewedAt!: Date;
}

@InputType({ description: '审核一个部门的名录库（法制审核员）' })
export class ReviewDirectoryInput {
  @Field(() => ID, { description: '部门（本单位）' }) departmentId!: string;
  @Field(() => DirectoryKindEnum, { description: '名录库' }) directory!: DirectoryKind;
  @Field({ description: '结论：true 通过，false 退回' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: '审核意见（退回时必填）' }) @IsOptional() @MaxLength(2000) comment?: string | null;
}
@ObjectType({ description: '名录库审核结果' })
export class DirectoryReviewPayload {
  @Field(() => DirectoryReviewType, { description: '审核记录' }) review!: DirectoryReviewType;
}

@ObjectType('DepartmentReadiness', { description: '部门名录是否够抽取：至少 6 名在岗检查人员（R13），名录库经法制审核（R16）' })
export class DepartmentReadinessType {
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field({ description: '部门名称' }) departmentName!: string;
  @Field(() => Int, { description: '在岗检查人员数' }) activeInspectors!: number;
  @Field({ description: '够 6 人，可以抽取' }) ready!: boolean;
  @Field(() => DirectoryReviewType, { nullable: true, description: '人员名录库最近一次审核' }) inspectorsReview!: DirectoryReviewType | null;
  @Field({ description: '人员名录库在最近一次通过审核后有变动（或从未通过审核）' }) inspectorsChangedSinceReview!: boolean;
  @Field(() => DirectoryReviewType, { nullable: true, description: '对象名录库最近一次审核' }) targetsReview!: DirectoryReviewType | null;
  @Field({ description: '对象名录库在最近一次通过审核后有变动（或从未通过审核）' }) targetsChangedSinceReview!: boolean;
}

@ObjectType('ConflictOfInterest', { description: '检查人员与检查对象的利害关系（R30，抽取时回避）' })
export class ConflictType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ConflictRelationEnum, { description: '关系' }) relation!: ConflictRelation;
  @Field(() => String, { nullable: true, description: '说明' }) detail!: string | null;
  @Field({ description: '起始日' }) since!: string;
  @Field(() => String, { nullable: true, description: '截止日' }) until!: string | null;
}
@InputType({ description: '申报利害关系' })
export class DeclareConflictInput {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ConflictRelationEnum, { description: '关系' }) relation!: ConflictRelation;
  @Field(() => String, { nullable: true, description: '说明' }) @IsOptional() @MaxLength(500) detail?: string | null;
  @Field({ description: '起始日 YYYY-MM-DD' }) since!: string;
  @Field(() => String, { nullable: true, description: '截止日 YYYY-MM-DD' }) until?: string | null;
}
@ObjectType({ description: '利害关系申报结果' })
export class ConflictPayload {
  @Field(() => ConflictType, { description: '利害关系' }) conflict!: ConflictType;
}

@ObjectType('FacetCount', { description: '某一取值的条数' })
export class FacetCountType {
  @Field({ description: '取值（空串表示未填）' }) value!: string;
  @Field(() => Int, { description: '条数' }) count!: number;
}

@ObjectType('TargetFacets', { description: '检查对象按各维度的计数（用于筛选面板）' })
export class TargetFacetsType {
  @Field(() => [FacetCountType], { description: '按状态' }) status!: FacetCountType[];
  @Field(() => [FacetCountType], { description: '按行业类别代码' }) businessCategory!: FacetCountType[];
  @Field(() => [FacetCountType], { description: '按区域代码' }) regionCode!: FacetCountType[];
  @Field(() => [FacetCountType], { description: '按等级' }) grade!: FacetCountType[];
  @Field(() => [FacetCountType], { description: '按管理部门编号' }) departmentId!: FacetCountType[];
}

@ObjectType('InspectorFit', { description: '检查人员是否适合某事项（R15：技能；在岗；证件在有效期内）' })
export class InspectorFitType {
  @Field(() => InspectorType, { description: '检查人员' }) inspector!: InspectorType;
  @Field({ description: '适合' }) fits!: boolean;
  @Field(() => [String], { description: '不适合的原因' }) reasons!: string[];
  @Field(() => [String], { description: '缺少的技能' }) missingSkills!: string[];
}
