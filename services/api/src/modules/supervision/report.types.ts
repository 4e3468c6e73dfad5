import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { SupervisionReportKind } from '@dsr/db';

export enum SupervisionReportKindEnum {
  ROUND = 'ROUND',
  SITUATION = 'SITUATION',
}
registerEnumType(SupervisionReportKindEnum, {
  name: 'SupervisionReportKind',
  description: '监管报告类别',
  valuesConfig: {
    ROUND: { description: '一轮抽查结束后的总结报告（R56）' },
    SITUATION: { description: '6月1日、12月1日报送的随机抽查情况报告（R22）' },
  },
});

@InputType({ description: '申请生成监管报告（后台生成表格与 PDF）' })
export class RequestSupervisionReportInput {
  @Field(() => SupervisionReportKindEnum, { description: '类别' }) kind!: SupervisionReportKind;
  @Field(() => ID, { nullable: true, description: '抽查轮次（类别为 ROUND 时必填）' })
  @IsOptional()
  roundId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '情况报告的报送日期（类别为 SITUATION 时必填，须为某年 6 月 1 日或 12 月 1 日，如 2026-06-01）',
  })
  @IsOptional()
  asOf?: string | null;
}

@ObjectType('SupervisionReportFile', { description: '报告文件：短时签名链接，浏览器直接打开即可' })
export class SupervisionReportFileType {
  @Field({ description: '相对地址（GET），含签名参数；几分钟后失效，失效后再读取本字段即可' }) url!: string;
  @Field({ description: '链接失效时间' }) expiresAt!: Date;
  @Field({ description: '文件名' }) filename!: string;
}

@ObjectType('SupervisionReport', {
  description: '监管报告：按单位、部门统计抽取、检查、发现问题、整改、公示、逾期与复查一致情况，生成后永久保存',
})
export class SupervisionReportType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '申请单位' }) bureauId!: string;
  @Field(() => SupervisionReportKindEnum, { description: '类别' }) kind!: SupervisionReportKind;
  @Field(() => ID, { nullable: true, description: '抽查轮次（轮次报告）' }) roundId!: string | null;
  @Field(() => String, { nullable: true, description: '报送日期（情况报告）' }) asOf!: string | null;
  @Field({ description: '统计起始日' }) periodStart!: string;
  @Field({ description: '统计截止日（不含当日）' }) periodEnd!: string;
  @Field({ description: '标题' }) title!: string;
  @Field(() => ID, { description: '生成报告的后台任务' }) jobId!: string;
  @Field(() => Date, { nullable: true, description: '生成完成时间（未完成为空）' }) generatedAt!: Date | null;
  @Field(() => ID, { description: '申请人（用户编号）' }) createdBy!: string;
  @Field({ description: '申请时间' }) createdAt!: Date;
}

@ObjectType('ReportRoundOption', { description: '可生成轮次报告的抽查轮次（本单位及下级的计划）' })
export class ReportRoundOptionType {
  @Field(() => ID, { description: '轮次编号' }) id!: string;
  @Field(() => Int, { description: '轮次序号' }) roundNo!: number;
  @Field({ description: '开始日' }) windowStart!: string;
  @Field({ description: '结束日（含）' }) windowEnd!: string;
  @Field({ description: '抽查任务名称' }) taskName!: string;
  @Field({ description: '抽查计划标题' }) planTitle!: string;
  @Field(() => Int, { description: '计划年度' }) planYear!: number;
  @Field({ description: '编制计划的机关' }) bureauName!: string;
}

@ObjectType('SituationReportDue', { description: '待生成的半年情况报告（R22；报送日前 15 天起提醒，逾期后仍提醒）' })
export class SituationReportDueType {
  @Field({ description: '提示，如“半年情况报告（6月1日）待生成”' }) title!: string;
  @Field({ description: '报送日期（6 月 1 日或 12 月 1 日）' }) asOf!: string;
  @Field({ description: '提醒起始日（报送日前 15 天）' }) remindFrom!: string;
  @Field({ description: '已过报送日期仍未生成' }) overdue!: boolean;
}

@ObjectType('SupervisionReportPayload', { description: '申请生成监管报告的结果' })
export class SupervisionReportPayload {
  @Field(() => SupervisionReportType, { description: '报告（生成状态见 state）' }) report!: SupervisionReportType;
}
