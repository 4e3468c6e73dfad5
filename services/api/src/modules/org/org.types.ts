import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { BUREAU_LEVELS, DEPARTMENT_KINDS, ROLES, ROLE_LABELS, type BureauLevel, type Role } from '@dsr/domain';
import { enumOf } from '../../common/enum-of';
import type { DepartmentKind } from '@dsr/db';
import { ConnectionType } from '../../common/connection';

export const BureauLevelEnum = enumOf(BUREAU_LEVELS);
registerEnumType(BureauLevelEnum, {
  name: 'BureauLevel',
  description: '公安机关层级',
  valuesConfig: {
    PROVINCE: { description: '省级（公安厅）' },
    CITY: { description: '市级（市局）' },
    COUNTY: { description: '县级（县局/区局）' },
  },
});

export const DepartmentKindEnum = enumOf(DEPARTMENT_KINDS);
registerEnumType(DepartmentKindEnum, {
  name: 'DepartmentKind',
  description: '部门类别',
  valuesConfig: {
    POLICE: { description: '执法警种（治安、禁毒、网安、消防、派出所等）' },
    LEGAL: { description: '法制部门' },
    OVERSIGHT: { description: '督察部门' },
    COORDINATING: { description: '办公室/双随机办（协调部门）' },
    EXTERNAL: { description: '参加联合抽查的外部机关（市场监管、文化执法等）' },
  },
});

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: '用户角色',
  valuesConfig: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_LABELS[r] }])),
});

@ObjectType('Bureau', { description: '公安机关（省厅、市局、县局/区局）' })
export class BureauType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '名称' }) name!: string;
  @Field({ description: '行政区划代码（GB/T 2260）' }) divisionCode!: string;
  @Field(() => BureauLevelEnum, { description: '层级' }) level!: BureauLevel;
  @Field({ description: '树路径（各级行政区划代码，以点分隔）' }) path!: string;
  @Field(() => ID, { nullable: true, description: '上级机关编号' }) parentId!: string | null;
}

@ObjectType('Department', { description: '部门（警种、股室或参加联合抽查的外部机关）' })
export class DepartmentType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '部门代码（本单位内唯一）' }) code!: string;
  @Field({ description: '名称' }) name!: string;
  @Field(() => DepartmentKindEnum, { description: '类别' }) kind!: DepartmentKind;
  @Field({ description: '是否启用' }) active!: boolean;
  @Field(() => ID, { description: '所属机关编号' }) bureauId!: string;
  @Field(() => Int, { description: '版本号（修改时回传，用于并发控制）' }) version!: number;
}

@ObjectType('User', { description: '用户' })
export class UserType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '登录名' }) username!: string;
  @Field({ description: '姓名' }) displayName!: string;
  @Field(() => [RoleEnum], { description: '角色' }) roles!: Role[];
  @Field({ description: '是否启用' }) active!: boolean;
  @Field(() => ID, { description: '所属机关编号' }) bureauId!: string;
  @Field(() => ID, { description: '所属部门编号' }) departmentId!: string;
  @Field(() => Int, { description: '版本号（修改时回传，用于并发控制）' }) version!: number;
}

@ObjectType('Viewer', { description: '当前登录用户及其会话' })
export class ViewerType {
  @Field(() => UserType, { description: '用户' }) user!: UserType;
  @Field({ description: '会话编号（注销即作废）' }) sessionId!: string;
}

export const BureauConnection = ConnectionType(BureauType, 'Bureau', '公安机关');
export const DepartmentConnection = ConnectionType(DepartmentType, 'Department', '部门');
export const UserConnection = ConnectionType(UserType, 'User', '用户');

@InputType({ description: '公安机关筛选条件' })
export class BureauFilter {
  @Field(() => BureauLevelEnum, { nullable: true, description: '层级' }) level?: BureauLevel;
  @Field(() => ID, { nullable: true, description: '上级机关编号（列出其直属下级）' }) parentId?: string;
  @Field({ nullable: true, description: '名称包含' }) @IsOptional() @MaxLength(50) nameContains?: string;
}

@InputType({ description: '部门筛选条件' })
export class DepartmentFilter {
  @Field(() => ID, { nullable: true, description: '所属机关' }) bureauId?: string;
  @Field(() => DepartmentKindEnum, { nullable: true, description: '类别' }) kind?: DepartmentKind;
  @Field(() => Boolean, { nullable: true, description: '是否启用' }) active?: boolean | null;
}

@InputType({ description: '用户筛选条件' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: '所属机关' }) bureauId?: string;
  @Field(() => ID, { nullable: true, description: '所属部门' }) departmentId?: string;
  @Field(() => RoleEnum, { nullable: true, description: '持有此角色' }) role?: Role;
  @Field(() => Boolean, { nullable: true, description: '是否启用' }) active?: boolean | null;
  @Field({ nullable: true, description: '姓名或登录名包含（不区分大小写）' })
  @IsOptional()
  @MaxLength(50)
  nameContains?: string;
}

const USERNAME = /^[a-z][a-z0-9._-]{2,63}$/;
const CODE = /^[a-z][a-z0-9_-]{0,31}$/;

@InputType({ description: '登录' })
export class LoginInput {
  @Field({ description: '登录名' }) @Length(1, 64) username!: string;
  @Field({ description: '密码' }) @Length(1, 128) password!: string;
}

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field({ description: '访问令牌：请求头 Authorization: Bearer <token>' }) token!: string;
  @Field({ description: '令牌到期时间' }) expiresAt!: Date;
  @Field(() => ViewerType, { description: '登录的用户' }) viewer!: ViewerType;
}

@ObjectType({ description: '注销结果' })
export class LogoutPayload {
  @Field({ description: '会话已作废' }) ok!: boolean;
}

@InputType({ description: '修改本人密码' })
export class ChangePasswordInput {
  @Field({ description: '当前密码' }) @Length(1, 128) currentPassword!: string;
  @Field({ description: '新密码：至少 10 位，含字母和数字，不含登录名' }) @Length(1, 128) newPassword!: string;
}

@ObjectType({ description: '修改密码结果' })
export class ChangePasswordPayload {
  @Field({ description: '已修改；本人其他会话已作废' }) ok!: boolean;
}

@InputType({ description: '新建部门' })
export class CreateDepartmentInput {
  @Field({ description: '部门代码：小写字母开头，字母、数字、-、_，最长 32' })
  @Matches(CODE, { message: '部门代码格式不正确' })
  code!: string;
  @Field({ description: '名称' }) @Length(1, 60) name!: string;
  @Field(() => DepartmentKindEnum, { description: '类别' }) kind!: DepartmentKind;
}

@InputType({ description: '修改部门' })
export class UpdateDepartmentInput {
  @Field(() => ID, { description: '部门编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => String, { nullable: true, description: '新名称' }) @IsOptional() @Length(1, 60) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: '启用或停用' }) active?: boolean | null;
}

@ObjectType({ description: '部门变更结果' })
export class DepartmentPayload {
  @Field(() => DepartmentType, { description: '部门' }) department!: DepartmentType;
}

@InputType({ description: '新建用户' })
export class CreateUserInput {
  @Field({ description: '登录名：小写字母开头，3 到 64 位，全系统唯一' })
  @Matches(USERNAME, { message: '登录名格式不正确' })
  username!: string;
  @Field({ description: '姓名' }) @Length(1, 60) displayName!: string;
  @Field(() => ID, { description: '所属部门（本单位）' }) departmentId!: string;
  @Field(() => [RoleEnum], { description: '角色，至少一个' }) @IsIn(ROLES, { each: true }) roles!: Role[];
  @Field({ description: '初始密码：至少 10 位，含字母和数字' }) @Length(1, 128) initialPassword!: string;
}

@InputType({ description: '修改用户' })
export class UpdateUserInput {
  @Field(() => ID, { description: '用户编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field({ nullable: true, description: '姓名' }) @IsOptional() @Length(1, 60) displayName?: string;
  @Field(() => ID, { nullable: true, description: '调往本单位的部门' }) departmentId?: string;
  @Field(() => [RoleEnum], { nullable: true, description: '角色' })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  roles?: Role[];
  @Field({ nullable: true, description: '启用或停用（停用即作废其全部会话）' }) active?: boolean;
}

@InputType({ description: '重置用户密码' })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: '用户编号' }) id!: string;
  @Field({ description: '新密码' }) @Length(1, 128) newPassword!: string;
}

@ObjectType({ description: '用户变更结果' })
export class UserPayload {
  @Field(() => UserType, { description: '用户' }) user!: UserType;
}

@ObjectType('BureauSettings', { description: '本单位设置（R3：最低抽查比例，只能比规定更严）' })
export class BureauSettingsType {
  @Field(() => Int, { description: '最低抽查比例（万分之一），不低于 500 即 5%' }) minimumRatioBp!: number;
  @Field(() => Int, { description: '跨部门联合抽查事项的最低抽查比例（万分之一），不低于 300 即 3%' })
  jointMinimumRatioBp!: number;
  @Field({ description: '允许从已报备、尚未经上级确认的计划抽取（默认否，R24）' }) allowDrawFromFiledPlan!: boolean;
  @Field({
    description: '启用跨区域抽取：执法检查人员不足 6 人的部门，可从上级指定的同级机关同类部门抽人（默认否，R34）',
  })
  crossRegionDrawing!: boolean;
  @Field(() => Int, { description: '实地检查每组最少执法检查人员数（R29，不少于 2）；计划低于此数时报备带警示' })
  minTeamSize!: number;
  @Field(() => Int, { description: '实地检查每组最少部门数（R29，000 §29）；计划低于此数时报备带警示' })
  minTeamDepartments!: number;
  @Field(() => Int, { description: '检查报告期限：检查结束后的工作日数（R39，默认 3）' }) reportDueWorkingDays!: number;
  @Field(() => String, { nullable: true, description: '文书编号的机关代字（如“叶公”）；未设置时为单位名称首字加“公”' })
  documentMark!: string | null;
  @Field(() => RoleEnum, { description: '签发责令整改通知书的角色（默认部门负责人）；检查人员只能起草' })
  noticeIssuerRole!: string;
  @Field({ description: '整改通知书告知申请行政复议（60 日）和提起行政诉讼（6 个月）的权利（默认是）' })
  noticeRemedyStatement!: boolean;
  @Field(() => RoleEnum, { description: '审核公示的角色（R48，默认领导）；编制人不能审核自己编制的公示' })
  publicationApproverRole!: string;
  @Field(() => Int, { description: '检查结果公示期限：检查结束后的工作日数（R47，默认 20）' })
  resultPublicationDays!: number;
  @Field(() => Int, { description: '行政处罚公示期限：处罚决定后的工作日数（R47，默认 7）' })
  penaltyPublicationDays!: number;
  @Field({ description: '公示检查对象名录（R46，由本单位决定，默认否）；自然人、个体工商户按脱敏规则公示' })
  publishTargetDirectory!: boolean;
  @Field(() => Int, { description: '异议、投诉的答复期限：受理后的工作日数（R57，督察答复，默认 15）' })
  appealAnswerDays!: number;
  @Field(() => Int, { description: '版本号（并发控制；未设置过为 0）' }) version!: number;
}

@InputType({ description: '修改本单位设置（管理员）' })
export class UpdateBureauSettingsInput {
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field(() => Int, { description: '最低抽查比例（万分之一），500 到 10000' }) minimumRatioBp!: number;
  @Field(() => Int, { description: '联合抽查最低比例（万分之一），300 到 10000' }) jointMinimumRatioBp!: number;
  @Field(() => Boolean, { nullable: true, description: '允许从已报备、尚未确认的计划抽取；不填则不变' })
  allowDrawFromFiledPlan?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '启用跨区域抽取（R34）；不填则不变' }) crossRegionDrawing?:
    boolean | null;
  @Field(() => Int, { nullable: true, description: '实地检查每组最少人数，2 到 20；不填则不变' }) minTeamSize?:
    number | null;
  @Field(() => Int, { nullable: true, description: '实地检查每组最少部门数，1 到 10；不填则不变' })
  minTeamDepartments?: number | null;
  @Field(() => Int, { nullable: true, description: '检查报告期限（工作日），1 到 30；不填则不变' })
  reportDueWorkingDays?: number | null;
  @Field(() => String, { nullable: true, description: '文书编号的机关代字（1 到 20 字，如“叶公”）；不填则不变' })
  @IsOptional()
  @Length(1, 20)
  documentMark?: string | null;
  @Field(() => RoleEnum, {
    nullable: true,
    description: '签发整改通知书的角色：部门负责人、领导、双随机办或法制审核；不填则不变',
  })
  noticeIssuerRole?: string | null;
  @Field(() => Boolean, { nullable: true, description: '整改通知书是否告知复议和诉讼权利；不填则不变' })
  noticeRemedyStatement?: boolean | null;
  @Field(() => RoleEnum, {
    nullable: true,
    description: '审核公示的角色：领导、法制审核、双随机办或部门负责人；不填则不变',
  })
  publicationApproverRole?: string | null;
  @Field(() => Int, { nullable: true, description: '检查结果公示期限（工作日），1 到 60；不填则不变' })
  resultPublicationDays?: number | null;
  @Field(() => Int, { nullable: true, description: '行政处罚公示期限（工作日），1 到 60；不填则不变' })
  penaltyPublicationDays?: number | null;
  @Field(() => Boolean, { nullable: true, description: '是否公示检查对象名录（R46）；不填则不变' })
  publishTargetDirectory?: boolean | null;
  @Field(() => Int, { nullable: true, description: '异议、投诉答复期限（工作日），1 到 60；不填则不变' })
  appealAnswerDays?: number | null;
}

@ObjectType({ description: '设置变更结果' })
export class BureauSettingsPayload {
  @Field(() => BureauSettingsType, { description: '设置' }) settings!: BureauSettingsType;
}
