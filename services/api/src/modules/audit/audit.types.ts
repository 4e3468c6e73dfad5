import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../common/connection';

@ObjectType('AuditEntry', { description: '审计记录（只可追加，按租户以 SHA-256 链接）' })
export class AuditEntryType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '租户（市级机关）编号' }) tenantId!: string;
  @Field(() => Int, { description: '租户内序号' }) seq!: number;
  @Field(() => ID, { description: '操作人所属机关' }) bureauId!: string;
  @Field(() => ID, { nullable: true, description: '操作人所属部门' }) departmentId!: string | null;
  @Field(() => ID, { nullable: true, description: '操作人' }) actorUserId!: string | null;
  @Field({ description: '操作人姓名' }) actorName!: string;
  @Field({ description: '时间' }) at!: Date;
  @Field({ description: '操作' }) operation!: string;
  @Field({ description: '对象类型' }) objectType!: string;
  @Field(() => String, { nullable: true, description: '对象编号' }) objectId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '变更前' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: '变更后' }) after!: unknown;
  @Field({ description: '请求编号' }) requestId!: string;
  @Field({ description: '前一条的哈希' }) prevHash!: string;
  @Field({ description: '本条哈希' }) hash!: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry', '审计记录');

@InputType({ description: '审计记录筛选条件' })
export class AuditEntryFilter {
  @Field(() => ID, { nullable: true, description: '操作人所属机关' }) bureauId?: string;
  @Field({ nullable: true, description: '对象类型' }) objectType?: string;
  @Field(() => String, { nullable: true, description: '对象编号' }) objectId?: string;
  @Field({ nullable: true, description: '操作' }) operation?: string;
  @Field(() => ID, { nullable: true, description: '操作人（用户编号）' }) actorUserId?: string;
  @Field(() => String, { nullable: true, description: '起始日 YYYY-MM-DD（北京时间，含当日）' }) from?: string;
  @Field(() => String, { nullable: true, description: '截止日 YYYY-MM-DD（北京时间，含当日）' }) to?: string;
}
