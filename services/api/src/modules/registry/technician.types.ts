import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { ConnectionType } from '../../common/connection';

@ObjectType('Technician', {
  description: '第三方专业技术人员（R13：协助检查的技术性工作，不列入检查人员名录，不参加抽取，不进检查组）',
})
export class TechnicianType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field({ description: '所在机构（受委托的专业技术机构）' }) organisation!: string;
  @Field(() => String, { nullable: true, description: '资质（如 注册消防工程师）' }) qualification!: string | null;
  @Field(() => String, { nullable: true, description: '电话' }) phone!: string | null;
  @Field({ description: '在用（停用后仍保留，不删除）' }) active!: boolean;
  @Field(() => ID, { description: '登记机关' }) bureauId!: string;
  @Field({ description: '登记时间' }) createdAt!: Date;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}
export const TechnicianConnection = ConnectionType(TechnicianType, 'Technician', '第三方专业技术人员');

@InputType({ description: '第三方专业技术人员筛选条件' })
export class TechnicianFilter {
  @Field(() => String, { nullable: true, description: '姓名或机构（中文子串）' })
  @IsOptional()
  @MaxLength(30)
  nameContains?: string | null;
  @Field({ defaultValue: false, description: '含已停用的' }) includeInactive!: boolean;
}

@InputType({ description: '第三方专业技术人员信息' })
export class TechnicianInput {
  @Field({ description: '姓名' }) @Length(1, 60) name!: string;
  @Field({ description: '所在机构' }) @Length(1, 200) organisation!: string;
  @Field(() => String, { nullable: true, description: '资质' }) @IsOptional() @MaxLength(200) qualification?:
    string | null;
  @Field(() => String, { nullable: true, description: '电话' }) phone?: string | null;
}

@InputType({ description: '修改第三方专业技术人员信息' })
export class UpdateTechnicianInput {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => TechnicianInput, { description: '新信息' }) technician!: TechnicianInput;
}

@InputType({ description: '停用或重新启用第三方专业技术人员（停用不删除，记录保留）' })
export class SetTechnicianActiveInput {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field({ description: 'true 启用，false 停用' }) active!: boolean;
  @Field({ description: '原因，如 合同到期' }) @Length(2, 500) reason!: string;
}

@ObjectType({ description: '第三方专业技术人员变更结果' })
export class TechnicianPayload {
  @Field(() => TechnicianType, { description: '第三方专业技术人员' }) technician!: TechnicianType;
}
