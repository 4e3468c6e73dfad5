import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import type { HolderKind, RiskLevel, TargetStatus } from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { HolderKindEnum, RiskCodeEnum, RiskEntryKindEnum, RiskLevelEnum, TargetStatusEnum } from './registry.enums';

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
  @Field(() => RiskLevelEnum, { nullable: true, description: '今日的风险等级（按登记的风险因素与减分情形，R10）' })
  riskLevel?: RiskLevel;
}

@InputType({ description: '检查对象信息' })
export class TargetInput {
  @Field(() => HolderKindEnum, { description: '类型' }) holderKind!: HolderKind;
  @Field({ description: '名称或姓名' }) @Length(1, 200) name!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码（单位必填，18 位，GB 32100 校验）' }) uscc?:
    string | null;
  @Field(() => String, { nullable: true, description: '公民身份号码（个人必填，GB 11643 校验）' }) residentId?:
    string | null;
  @Field(() => String, { nullable: true, description: '登记机关' })
  @IsOptional()
  @MaxLength(100)
  registrationAuthority?: string | null;
  @Field(() => String, { nullable: true, description: '法定代表人（负责人）' })
  @IsOptional()
  @MaxLength(60)
  legalRepresentative?: string | null;
  @Field(() => String, { nullable: true, description: '注册地址' }) @IsOptional() @MaxLength(300) registeredAddress?:
    string | null;
  @Field({ description: '所在区域：本单位辖区内的行政区划代码（6、9 或 12 位）' }) regionCode!: string;
  @Field({ description: '行业类别代码' }) businessCategory!: string;
  @Field(() => String, { nullable: true, description: '等级（如 A、B、C）' }) @IsOptional() @MaxLength(20) grade?:
    string | null;
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
