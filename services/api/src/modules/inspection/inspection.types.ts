import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DirectCheckReason, InspectionKind, InspectionStatus, RetentionBasis } from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import {
  DirectCheckReasonEnum,
  InspectionKindEnum,
  InspectionStatusEnum,
  RetentionBasisEnum,
} from './inspection-enums';

/** The inspection itself and what its reads return; each sub-domain's types are in its own file. */
// The downloads module names the notice type from here.
export { RectificationNoticeType } from './rectification.types';

@ObjectType('Inspection', { description: '一次检查（一户一次，R35）：双随机抽取产生（可为联合检查）或直接检查（R23）' })
export class InspectionType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查机关' }) bureauId!: string;
  @Field(() => InspectionKindEnum, { description: '来源：抽取或直接检查' }) kind!: InspectionKind;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ID, {
    nullable: true,
    description: '处理发现问题的下级单位：上级部署的任务检查下级单位的对象时，由对象所属单位依法处理并可查看（R41）',
  })
  handlingBureauId!: string | null;
  @Field(() => ID, { description: '牵头部门（发起部门，R35）' }) leadDepartmentId!: string;
  @Field(() => [ID], { description: '参加部门' }) departmentIds!: string[];
  @Field(() => [ID], { description: '检查事项版本（随检查冻结，R45）' }) itemVersionIds!: string[];
  @Field(() => InspectionStatusEnum, { description: '状态' }) status!: InspectionStatus;
  @Field({ description: '检查时段起' }) windowStart!: string;
  @Field({ description: '检查时段止' }) windowEnd!: string;
  @Field(() => String, { nullable: true, description: '安排的检查日期' }) scheduledOn!: string | null;
  @Field(() => DirectCheckReasonEnum, { nullable: true, description: '直接检查的事由' })
  directReason!: DirectCheckReason | null;
  @Field(() => String, { nullable: true, description: '事由文号（投诉编号、转办文件等）' }) directReference!:
    string | null;
  @Field(() => String, { nullable: true, description: '检查结束日' }) checkEndedOn!: string | null;
  @Field(() => String, { nullable: true, description: '检查报告期限（结束后若干工作日，R39）' }) reportDue!:
    string | null;
  @Field(() => Boolean, { nullable: true, description: '期限所在年度节假日安排未知，按周一至周五估算' })
  reportDueEstimated!: boolean | null;
  @Field({ description: '档案保存期限的下限：最后一份检查文书形成之日起两年（R42）；适用的保存期限见 retention' })
  retentionUntil!: string;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '取消时间（所属抽取被重抽取代，R31）' }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true, description: '取消原因' }) cancelReason!: string | null;
  @Field(() => ID, { nullable: true, description: '取代所属抽取的重抽' }) cancelledByDrawId!: string | null;
  @Field(() => Int, { description: '版本号（乐观锁）' }) version!: number;
}
export const InspectionConnection = ConnectionType(InspectionType, 'Inspection', '检查');

@ObjectType('InspectionRetention', {
  description:
    '检查材料（现场检查记录、检查报告、整改通知书、处罚决定书等）的档案保存期限（R42）；只增不减，任何材料均不删除',
})
export class InspectionRetentionType {
  @Field(() => RetentionBasisEnum, { description: '适用的依据：几种都适用时取最长的' }) basis!: RetentionBasis;
  @Field(() => String, {
    nullable: true,
    description: '保存至（含当日）；检查对象存续期间为空（注销后两年，届时确定）',
  })
  until!: string | null;
  @Field({ description: '至少保存至：最后一份检查文书形成之日起两年' }) earliest!: string;
  @Field({ description: '说明' }) description!: string;
}

@ObjectType('InspectionConfirmation', {
  description: '抽取结果派发给参加部门后的确认情况（R32：1 个工作日内确认）；每个部门每次抽取一条',
})
export class InspectionConfirmationType {
  @Field(() => ID, { description: '派发记录（confirmDrawDispatch 的 dispatchId）' }) dispatchId!: string;
  @Field(() => ID, { description: '抽取' }) drawId!: string;
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field({ description: '派发时间' }) dispatchedAt!: Date;
  @Field({ description: '确认期限（派发后 1 个工作日）' }) dueDate!: string;
  @Field({ description: '期限所在年度的节假日安排未知，按周一至周五估算' }) dueEstimated!: boolean;
  @Field(() => Date, { nullable: true, description: '确认时间；未确认为空' }) confirmedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '确认人；未确认为空' }) confirmedBy!: string | null;
  @Field({ description: '逾期：期限届满仍未确认，或在期限之后才确认' }) overdue!: boolean;
}

@ObjectType('InspectionSource', { description: '检查所来自的抽取结果（R32）' })
export class InspectionSourceType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '抽取' }) drawId!: string;
  @Field(() => ID, { description: '抽取结果条目' }) drawSelectionId!: string;
  @Field(() => ID, { description: '计划任务' }) taskId!: string;
  @Field(() => ID, { description: '轮次' }) roundId!: string;
  @Field(() => Date, {
    nullable: true,
    description: '撤出时间：该抽取被重抽取代，其在本检查中的部分（人员、事项、部门）已撤出（R31）',
  })
  withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: '撤出原因' }) withdrawnReason!: string | null;
}

@ObjectType('InspectionMember', { description: '检查组成员' })
export class InspectionMemberType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { description: '所属部门' }) departmentId!: string;
  @Field({ description: 'DRAW 抽取，DIRECT 直接检查指派，COORDINATOR 经双随机办调整，SWAP 经批准的换人（R31）' })
  joinedVia!: string;
  @Field({ description: '加入时间' }) joinedAt!: Date;
  @Field(() => Date, { nullable: true, description: '退出时间' }) leftAt!: Date | null;
  @Field(() => String, { nullable: true, description: '退出理由' }) leftReason!: string | null;
}

@ObjectType('OverdueReportCount', { description: '下级机关逾期未出具检查报告的数量' })
export class OverdueReportCountType {
  @Field(() => ID, { description: '机关' }) bureauId!: string;
  @Field(() => Int, { description: '逾期数' }) overdue!: number;
}

@ObjectType('InspectionPayload', { description: '检查操作的结果' })
export class InspectionPayload {
  @Field(() => InspectionType, { description: '检查' }) inspection!: InspectionType;
}

@InputType({ description: '筛选检查' })
export class InspectionFilter {
  @Field(() => InspectionKindEnum, { nullable: true, description: '来源' }) kind?: InspectionKind;
  @Field(() => InspectionStatusEnum, { nullable: true, description: '状态' }) status?: InspectionStatus;
  @Field(() => ID, { nullable: true, description: '检查对象' }) targetId?: string;
  @Field(() => ID, { nullable: true, description: '机关（本单位或下级）' }) bureauId?: string;
  @Field(() => ID, {
    nullable: true,
    description: '处理发现问题的下级单位（R41）：下级单位查看上级部署、由本单位处理的检查',
  })
  handlingBureauId?: string;
  // Supervision: dashboard statistics (issue 15): the records behind a dashboard's number.
  @Field(() => ID, { nullable: true, description: '牵头部门' }) leadDepartmentId?: string;
  @Field({ nullable: true, description: '现场检查结束日不早于（YYYY-MM-DD）' }) checkEndedFrom?: string;
  @Field({ nullable: true, description: '现场检查结束日不晚于（YYYY-MM-DD）' }) checkEndedTo?: string;
  @Field({ nullable: true, description: '检查期间开始日不早于（YYYY-MM-DD）' }) windowStartFrom?: string;
  @Field({ nullable: true, description: '检查期间开始日不晚于（YYYY-MM-DD）' }) windowStartTo?: string;
}
