import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import type { InspectionOpinion } from '@dsr/domain';
import { InspectionOpinionEnum } from '../inspection/inspection-enums';

@InputType({ description: '统计的范围：年度、月份区间（截止月份）、单位（本单位或下级，用于下钻）、事项、部门' })
export class StatisticsFilter {
  @Field(() => Int, { description: '年度' })
  @Min(2000, { message: '年度应在 2000 到 2100 之间' })
  @Max(2100, { message: '年度应在 2000 到 2100 之间' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '起始月份（1–12），默认 1 月' })
  @IsOptional()
  @Min(1, { message: '月份应在 1 到 12 之间' })
  @Max(12, { message: '月份应在 1 到 12 之间' })
  fromMonth?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '截止月份（1–12，含当月），默认 12 月；已完成与完成率统计到该月月底',
  })
  @IsOptional()
  @Min(1, { message: '月份应在 1 到 12 之间' })
  @Max(12, { message: '月份应在 1 到 12 之间' })
  untilMonth?: number | null;

  @Field(() => ID, { nullable: true, description: '看哪个单位（本单位或下级单位），默认本单位' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '只统计某一抽查事项' })
  itemId?: string | null;

  @Field(() => String, { nullable: true, description: '只统计某一部门（部门代码，如 zhian，各级通用）' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: '部门代码格式不正确' })
  departmentCode?: string | null;
}

@ObjectType('StatisticsUnit', { description: '统计表的一行所指的单位或部门' })
export class StatisticsUnitType {
  @Field(() => ID, { description: '编号（单位或部门）' }) id!: string;
  @Field({ description: '名称' }) name!: string;
  @Field({ description: '层级：PROVINCE、CITY、COUNTY（单位），DEPARTMENT（部门）' }) level!: string;
  @Field({ description: '本级（单位本身的工作，不含下级）' }) own!: boolean;
  @Field({ description: '可再下钻一级（有下级单位或部门）' }) drillable!: boolean;
  @Field(() => ID, { description: '所属单位' }) bureauId!: string;
}

@ObjectType('StatisticsFigures', { description: '一组统计数字；比率为空表示分母为零' })
export class StatisticsFiguresType {
  @Field(() => Int, { nullable: true, description: '抽查计划数（年度）' }) plans!: number | null;
  @Field(() => Int, { nullable: true, description: '抽查任务数（年度）' }) tasks!: number | null;
  @Field(() => Int, { description: '应检查：检查期间始于所选月份的检查' }) due!: number;
  @Field(() => Int, {
    description: '已完成：应检查的检查中，在截止月份月底（含当日）以前结束现场检查的；其后才结束的不计入本期',
  })
  dueInspected!: number;
  @Field(() => Int, { description: '期内已检查：所选月份内结束现场检查的（不论何时应检查；不计入完成率）' })
  inspected!: number;
  @Field(() => Int, { description: '其中检查报告已审核定稿的' }) reported!: number;
  @Field(() => Int, { description: '发现问题：定稿报告的处理意见不是“未发现异常”的' }) findings!: number;
  @Field(() => Int, { description: '下达整改通知书' }) notices!: number;
  @Field(() => Int, { description: '其中整改已办结（复查完毕）' }) noticesConcluded!: number;
  @Field(() => Int, { description: '检查结果已公示' }) published!: number;
  @Field(() => Int, { nullable: true, description: '在岗执法检查人员' }) inspectors!: number | null;
  @Field(() => Int, { nullable: true, description: '名录库中的检查对象（年度内在册）' }) targets!: number | null;
  @Field(() => Int, { nullable: true, description: '年度内检查过的检查对象（去重）' }) targetsInspected!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '完成率：已完成 ÷ 应检查（同一批检查，截至截止月份月底，不超过 100%）',
  })
  completionRate!: number | null;
  @Field(() => Float, { nullable: true, description: '公示率：已公示 ÷ 已检查' }) publicationRate!: number | null;
  @Field(() => Float, { nullable: true, description: '整改完结率：已办结 ÷ 整改通知书' }) closureRate!: number | null;
  @Field(() => Float, { nullable: true, description: '问题发现率：发现问题 ÷ 定稿报告' }) findingRate!: number | null;
  @Field(() => Float, { nullable: true, description: '覆盖率：年度内检查过的对象 ÷ 在册对象' }) coverageRate!:
    number | null;
}

@ObjectType('OverdueFigures', { description: '今日已逾期未办的期限（按类别）' })
export class OverdueFiguresType {
  @Field(() => Int, { description: '检查报告逾期未出具（R39）' }) reports!: number;
  @Field(() => Int, { description: '抽取结果逾期未确认接收（R32）' }) dispatches!: number;
  @Field(() => Int, { description: '整改逾期未复查（R40）' }) rectifications!: number;
  @Field(() => Int, { description: '公示逾期未发布（R47）' }) publications!: number;
  @Field(() => Int, { description: '异议、投诉逾期未答复（R49）' }) appeals!: number;
  @Field(() => Int, { description: '合计' }) total!: number;
}

@ObjectType('StatisticsRow', { description: '下级单位（或县级单位的部门）一行：应检查、已检查、人员与各项比率' })
export class StatisticsRowType {
  @Field(() => StatisticsUnitType, { description: '单位或部门' }) unit!: StatisticsUnitType;
  @Field(() => StatisticsFiguresType, { description: '统计数字' }) figures!: StatisticsFiguresType;
  @Field(() => OverdueFiguresType, { nullable: true, description: '逾期（部门行为空）' })
  overdue!: OverdueFiguresType | null;
}

@ObjectType('MonthFigures', { description: '一个月的数字（趋势）' })
export class MonthFiguresType {
  @Field(() => Int, { description: '月份' }) month!: number;
  @Field(() => Int, { description: '应检查（检查期间始于该月）' }) due!: number;
  @Field(() => Int, {
    description: '其中已完成：该月应检查的检查中，在所选期间截止月份月底以前结束现场检查的（与合计同一截止日）',
  })
  dueInspected!: number;
  @Field(() => Int, { description: '期内已检查（该月结束现场检查）' }) inspected!: number;
  @Field(() => Int, { description: '发现问题' }) findings!: number;
  @Field(() => Int, { description: '已公示' }) published!: number;
}

@ObjectType('FindingKindCount', { description: '按处理意见分的定稿报告数' })
export class FindingKindCountType {
  @Field(() => InspectionOpinionEnum, { description: '处理意见' }) opinion!: InspectionOpinion;
  @Field(() => Int, { description: '数量' }) count!: number;
}

@ObjectType('TradeFindings', { description: '一个行业（检查对象的行业类别）的检查与发现问题' })
export class TradeFindingsType {
  @Field({ description: '行业类别代码' }) category!: string;
  @Field({ description: '行业类别名称' }) label!: string;
  @Field(() => Int, { description: '已检查' }) inspected!: number;
  @Field(() => Int, { description: '发现问题' }) findings!: number;
  @Field(() => Int, { nullable: true, description: '在册检查对象' }) targets!: number | null;
  @Field(() => Int, { nullable: true, description: '年度内检查过的对象' }) targetsInspected!: number | null;
}

@ObjectType('ItemCoverage', { description: '一个抽查事项的应检查与已检查' })
export class ItemCoverageType {
  @Field(() => ID, { description: '事项' }) itemId!: string;
  @Field({ description: '事项名称' }) name!: string;
  @Field(() => Int, { description: '应检查' }) due!: number;
  @Field(() => Int, { description: '其中已完成（截至截止月份月底）' }) dueInspected!: number;
  @Field(() => Int, { description: '期内已检查' }) inspected!: number;
  @Field(() => Int, { description: '发现问题' }) findings!: number;
  @Field(() => Float, { nullable: true, description: '完成率：已完成 ÷ 应检查（截至截止月份月底）' }) completionRate!:
    number | null;
}

@ObjectType('InspectorLoad', { description: '一名检查人员的年度工作量' })
export class InspectorLoadType {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field({ description: '所属单位' }) bureauName!: string;
  @Field({ description: '所属部门' }) departmentName!: string;
  @Field(() => Int, { description: '参加的检查（检查期间始于本年度）' }) assigned!: number;
  @Field(() => Int, { description: '本年度结束现场检查的' }) ended!: number;
}

@ObjectType('Workload', { description: '检查人员工作量：最多的若干名与分布' })
export class WorkloadType {
  @Field(() => [InspectorLoadType], { description: '工作量最多的检查人员（至多 20 名）' }) top!: InspectorLoadType[];
  @Field(() => Int, { description: '有检查任务的人员数' }) inspectorsWithWork!: number;
  @Field(() => Int, { description: '在岗但本年度没有检查任务的人员数' }) idle!: number;
  @Field(() => Int, { description: '人次合计' }) assigned!: number;
  @Field(() => Int, { description: '单人最多' }) max!: number;
  @Field(() => Float, { nullable: true, description: '有任务人员的人均检查数' }) average!: number | null;
}

@ObjectType('Statistics', {
  description: '双随机统计（看板）：调用人单位及其下级的汇总，按年度、月份区间、事项、部门筛选；汇总由定时任务刷新',
})
export class StatisticsType {
  @Field(() => Int, { description: '年度' }) year!: number;
  @Field(() => Int, { description: '起始月份' }) fromMonth!: number;
  @Field(() => Int, { description: '截止月份' }) untilMonth!: number;
  @Field(() => String, { nullable: true, description: '事项（筛选）' }) itemId!: string | null;
  @Field(() => String, { nullable: true, description: '部门代码（筛选）' }) departmentCode!: string | null;
  @Field(() => StatisticsUnitType, { description: '所看的单位' }) unit!: StatisticsUnitType;
  @Field(() => [StatisticsUnitType], { description: '从调用人单位到所看单位（下钻路径）' })
  trail!: StatisticsUnitType[];
  @Field(() => Date, { nullable: true, description: '汇总最近刷新的时间' }) refreshedAt!: Date | null;
}

/** A GraphQL object type's shape as a plain object (what the service builds; type-graphql reads fields, not classes). */
export type Plain<T> = T extends Date
  ? T
  : T extends (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;
