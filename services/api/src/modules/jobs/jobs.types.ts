import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { JOB_KINDS, JOB_STATES } from '@dsr/domain';
import { enumOf } from '../../common/enum-of';

/** The jobs module's GraphQL enums, from packages/domain's vocabularies. */
export const JobStateEnum = enumOf(JOB_STATES);
registerEnumType(JobStateEnum, {
  name: 'JobState',
  description: '后台任务状态',
  valuesConfig: {
    QUEUED: { description: '排队中（含失败后等待重试）' },
    RUNNING: { description: '执行中' },
    SUCCEEDED: { description: '已完成（结果与工作一并提交）' },
    FAILED: { description: '失败（重试已用完，未写入任何数据）' },
    CANCELLED: { description: '已取消（未写入任何数据）' },
  },
});
export const JobKindEnum = enumOf(JOB_KINDS);
registerEnumType(JobKindEnum, {
  name: 'JobKind',
  description: '后台任务类别',
  valuesConfig: {
    AUDIT_VERIFICATION: { description: '校验审计链' },
    TARGET_IMPORT: { description: '导入检查对象名录' },
    INSPECTOR_IMPORT: { description: '导入检查人员名录' },
    ITEM_IMPORT: { description: '导入检查事项' },
    RETENTION_EXPORT: { description: '导出检查档案保存期限' },
    TARGET_EXPORT: { description: '导出检查对象名录' },
    SUPERVISION_REPORT: { description: '生成监管报告（表格与 PDF）' },
  },
});

@ObjectType('JobError', { description: '任务一次执行的错误' })
export class JobErrorType {
  @Field(() => Int, { description: '第几次执行（0：执行进程中断后判定）' }) attempt!: number;
  @Field({ description: '时间（ISO 8601，UTC）' }) at!: string;
  @Field({ description: '错误代码' }) code!: string;
  @Field({ description: '错误信息' }) message!: string;
}

@ObjectType('Job', {
  description: '后台任务：以发起人的身份和范围执行，结果只在该范围内可见；要么全部写入，要么什么也不写',
})
export class JobType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => JobKindEnum, { description: '类别' }) kind!: (typeof JOB_KINDS)[number];
  @Field(() => JobStateEnum, { description: '状态' }) state!: (typeof JOB_STATES)[number];
  @Field(() => Int, { description: '已完成的数量（执行中随时更新）' }) progress!: number;
  @Field(() => Int, { nullable: true, description: '总数（任务得知后填写）' }) total!: number | null;
  @Field(() => Int, { description: '已执行次数（含重试）' }) attempts!: number;
  @Field(() => ID, { description: '发起人（用户编号）' }) startedBy!: string;
  @Field({ description: '发起（排队）时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '开始执行时间' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '结束时间（完成、失败或取消）' }) finishedAt!: Date | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '结果（完成后）' }) result!: unknown;
  @Field(() => [JobErrorType], { description: '各次执行的错误（按时间）' }) errors!: JobErrorType[];
}
