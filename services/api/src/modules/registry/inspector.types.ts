import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import type { ConflictRelation, DirectoryKind, Gender, InspectorStatus } from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { ConflictRelationEnum, DirectoryKindEnum, GenderEnum, InspectorStatusEnum } from './registry.enums';

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
  @Field(() => String, { nullable: true, description: '警号（民警必填）' }) @IsOptional() @MaxLength(20) badgeNo?:
    string | null;
  @Field(() => String, { nullable: true, description: '警官证号（民警必填）' })
  @IsOptional()
  @MaxLength(30)
  warrantNo?: string | null;
  @Field(() => String, { nullable: true, description: '警官证有效期至 YYYY-MM-DD' }) warrantValidUntil?: string | null;
  @Field({ defaultValue: false, description: '外部机关人员' }) externalAgency!: boolean;
  @Field(() => String, { nullable: true, description: '执法证号（外部机关人员必填）' })
  @IsOptional()
  @MaxLength(40)
  agencyCertificateNo?: string | null;
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
  @Field(() => String, { nullable: true, description: '审核意见（退回时必填）' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}
@ObjectType({ description: '名录库审核结果' })
export class DirectoryReviewPayload {
  @Field(() => DirectoryReviewType, { description: '审核记录' }) review!: DirectoryReviewType;
}

@ObjectType('DepartmentReadiness', {
  description: '部门名录是否够抽取：至少 6 名在岗检查人员（R13），名录库经法制审核（R16）',
})
export class DepartmentReadinessType {
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field({ description: '部门名称' }) departmentName!: string;
  @Field(() => Int, { description: '在岗检查人员数' }) activeInspectors!: number;
  @Field({ description: '够 6 人，可以抽取' }) ready!: boolean;
  @Field(() => DirectoryReviewType, { nullable: true, description: '人员名录库最近一次审核' })
  inspectorsReview!: DirectoryReviewType | null;
  @Field({ description: '人员名录库在最近一次通过审核后有变动（或从未通过审核）' })
  inspectorsChangedSinceReview!: boolean;
  @Field(() => DirectoryReviewType, { nullable: true, description: '对象名录库最近一次审核' })
  targetsReview!: DirectoryReviewType | null;
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
  @Field(() => ID, { description: '申报机关' }) bureauId!: string;
  @Field({ description: '申报时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '登记结束的时间（未结束为空）' }) endedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '结束原因' }) endReason!: string | null;
}
export const ConflictConnection = ConnectionType(ConflictType, 'ConflictOfInterest', '利害关系');

@InputType({ description: '利害关系筛选条件' })
export class ConflictFilter {
  @Field(() => ID, { nullable: true, description: '检查人员' }) inspectorId?: string;
  @Field(() => ID, { nullable: true, description: '检查对象' }) targetId?: string;
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
@InputType({ description: '结束利害关系（R30）：截止日为仍须回避的最后一天，此后的抽取不再回避' })
export class EndConflictInput {
  @Field(() => ID, { description: '利害关系' }) id!: string;
  @Field({ description: '截止日 YYYY-MM-DD（含当日）' }) until!: string;
  @Field({ description: '结束原因，如 亲属已离职' }) @Length(2, 500) reason!: string;
}
@ObjectType({ description: '利害关系申报结果' })
export class ConflictPayload {
  @Field(() => ConflictType, { description: '利害关系' }) conflict!: ConflictType;
}

@ObjectType('InspectorFit', { description: '检查人员是否适合某事项（R15：技能；在岗；证件在有效期内）' })
export class InspectorFitType {
  @Field(() => InspectorType, { description: '检查人员' }) inspector!: InspectorType;
  @Field({ description: '适合' }) fits!: boolean;
  @Field(() => [String], { description: '不适合的原因' }) reasons!: string[];
  @Field(() => [String], { description: '缺少的技能' }) missingSkills!: string[];
}
