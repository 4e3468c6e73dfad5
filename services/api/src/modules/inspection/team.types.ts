import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';

/** The visit's day and the team: scheduling, joining and leaving, linking inspectors to users. */

@InputType({ description: '牵头部门安排检查日期' })
export class ScheduleInspectionInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查日期（须在检查时段内，不早于今天）' }) date!: string;
  @Field(() => Int, { description: '版本号' }) version!: number;
  @Field(() => String, {
    nullable: true,
    description: '补录理由：单位管理员补录过去的检查日期时必填（至少 4 个字，记入审计）',
  })
  @IsOptional()
  @MaxLength(500, { message: '补录理由不超过 500 个字符' })
  lateEntryReason?: string | null;
}

@InputType({ description: '经双随机办调整检查组：加入或退出' })
export class ChangeInspectionMemberInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field({ description: '理由' }) @Length(2, 500, { message: '理由应为 2 到 500 个字符' }) reason!: string;
}

@InputType({ description: '把执法检查人员名录条目关联到登录用户（“我的检查”据此查找）' })
export class LinkInspectorUserInput {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { nullable: true, description: '用户；为空则取消关联' }) userId?: string | null;
}

@ObjectType('LinkInspectorUserPayload', { description: '关联结果' })
export class LinkInspectorUserPayload {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { nullable: true, description: '用户' }) userId!: string | null;
}
