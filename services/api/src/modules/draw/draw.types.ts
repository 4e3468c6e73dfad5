import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { BEACON_SOURCES, DRAW_STATUSES, SWAP_APPROVER_ROLES, SWAP_REQUEST_STATUSES } from '@dsr/domain';
import type { BeaconSource, DrawStatus } from '@dsr/db';
import { enumOf } from '../../common/enum-of';
import { ConnectionType } from '../../common/connection';

export const BeaconSourceEnum = enumOf(BEACON_SOURCES);
registerEnumType(BeaconSourceEnum, {
  name: 'BeaconSource',
  description: '信标来源：承诺时确定，抽取前不可更改（DRAW.md §1）',
  valuesConfig: {
    WITNESS: { description: '抽取现场由见证人录入的数值' },
    LOTTERY: { description: '承诺之后开奖的彩票号码，由承诺人以外的另一人录入' },
    NONE: { description: '无信标：抽取有效，但各处标明“无信标”，保证较弱' },
  },
});
export const DrawStatusEnum = enumOf(DRAW_STATUSES);
registerEnumType(DrawStatusEnum, {
  name: 'DrawStatus',
  description: '抽取状态',
  valuesConfig: {
    COMMITTED: { description: '已承诺：快照与承诺值已公开，尚未抽取' },
    DRAWN: { description: '已抽取：结果与随机数已公开，不可更改' },
  },
});

@ObjectType('Draw', { description: '一次双随机抽取（R25–R34，算法 dsr-draw/1）：先承诺、再录入信标、再抽取并公开' })
export class DrawType {
  @Field(() => ID, { description: '抽取编号（即快照中的 drawId）' }) id!: string;
  @Field(() => ID, { description: '抽取机关' }) bureauId!: string;
  @Field(() => ID, { description: '所属计划' }) planId!: string;
  @Field(() => ID, { description: '所属任务' }) taskId!: string;
  @Field(() => ID, { description: '所属轮次' }) roundId!: string;
  @Field({ description: '算法名称' }) algorithm!: string;
  @Field(() => DrawStatusEnum, { description: '状态' }) status!: DrawStatus;
  @Field(() => ID, { nullable: true, description: '本次为重抽时，被取代的抽取' }) replacesDrawId!: string | null;
  @Field(() => String, { nullable: true, description: '重抽理由' }) redrawReason!: string | null;
  @Field(() => ID, { nullable: true, description: '批准重抽的部门负责人' }) approvedBy!: string | null;
  @Field({ description: '快照摘要：SHA-256(规范化快照)，承诺时公开' }) poolDigest!: string;
  @Field({ description: '承诺值：SHA-256(随机数)，承诺时公开' }) commitment!: string;
  @Field(() => BeaconSourceEnum, { description: '信标来源（承诺时确定）' }) beaconSource!: BeaconSource;
  @Field(() => String, { nullable: true, description: '信标说明，如彩票名称与期号' }) beaconNote!: string | null;
  @Field(() => String, { nullable: true, description: '已录入的信标' }) beacon!: string | null;
  @Field(() => String, { nullable: true, description: '随机数（十六进制），抽取后才公开' }) nonce!: string | null;
  @Field(() => String, { nullable: true, description: '结果摘要：SHA-256(规范化结果)' }) resultDigest!: string | null;
  @Field(() => Int, { nullable: true, description: '抽取的检查对象数' }) n!: number | null;
  @Field(() => Boolean, { nullable: true, description: '本次是否结束了一个覆盖周期（R26）' }) cycleClosed!:
    boolean | null;
  @Field(() => Int, { description: '快照中的检查对象数（含排除的）' }) targetCount!: number;
  @Field(() => Int, { description: '符合条件的检查人员数' }) eligibleInspectorCount!: number;
  @Field(() => Int, { description: '覆盖周期序号（R26）' }) cycleNo!: number;
  @Field(() => ID, { description: '承诺人' }) committedBy!: string;
  @Field({ description: '承诺时间' }) committedAt!: Date;
  @Field(() => ID, { nullable: true, description: '抽取人' }) drawnBy!: string | null;
  @Field(() => Date, { nullable: true, description: '抽取时间' }) drawnAt!: Date | null;
}
export const DrawConnection = ConnectionType(DrawType, 'Draw', '抽取记录');

@ObjectType('DrawExclusion', { description: '不能抽取的检查对象或不符合条件的检查人员，及其原因（随抽取记录留存）' })
export class DrawExclusionType {
  @Field({ description: 'TARGET 检查对象，INSPECTOR 检查人员' }) kind!: string;
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '名称或姓名' }) name!: string;
  @Field(() => [String], { description: '原因' }) reasons!: string[];
}

@ObjectType('DrawSelection', { description: '抽中的一个检查对象及其检查组（换人后的现状）' })
export class DrawSelectionType {
  @Field(() => Int, { description: '结果中的次序' }) position!: number;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field({ description: '分层（区域代码）' }) stratum!: string;
  @Field({ description: 'current 本周期，next 顺延到下一周期（R26）' }) cycle!: string;
  @Field(() => [ID], { description: '检查组（按抽取次序；如有换人，为换人后的）' }) inspectorIds!: string[];
}

@ObjectType('DrawDispatch', { description: '派发给一个部门的抽取结果，须在 1 个工作日内确认（R32）' })
export class DrawDispatchType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '抽取' }) drawId!: string;
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field(() => Int, { description: '涉及本部门的检查对象数' }) targetCount!: number;
  @Field({ description: '派发时间' }) dispatchedAt!: Date;
  @Field({ description: '确认期限（工作日）' }) dueDate!: string;
  @Field({ description: '期限所在年度的节假日安排未知，按周一至周五估算' }) dueEstimated!: boolean;
  @Field(() => ID, { nullable: true, description: '确认人' }) confirmedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '确认时间' }) confirmedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '关闭时间：所属抽取被重抽取代时，未确认的派发关闭（R31）' })
  closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '关闭原因' }) closedReason!: string | null;
}

@ObjectType('DrawSwap', {
  description: '换人记录（R31，算法 dsr-swap/1）：申请后经另一人批准并公开，本身也是可验证的抽取',
})
export class DrawSwapType {
  @Field(() => ID, { description: '换人记录编号' }) id!: string;
  @Field(() => ID, { description: '所属抽取' }) drawId!: string;
  @Field(() => ID, { description: '所修订的抽取或上一次换人' }) replacesId!: string;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ID, { description: '退出的检查人员' }) removedInspectorId!: string;
  @Field(() => ID, { description: '补入的检查人员' }) addedInspectorId!: string;
  @Field({ description: '理由' }) reason!: string;
  @Field(() => ID, { description: '批准人（部门负责人，或局领导）' }) approvedBy!: string;
  @Field(() => ID, { description: '申请人（0014 之前的记录为批准人本人）' }) createdBy!: string;
  @Field({ description: '结果摘要' }) resultDigest!: string;
  @Field({ description: '批准（公开）时间' }) createdAt!: Date;
}

export const DrawSwapRequestStatusEnum = enumOf(SWAP_REQUEST_STATUSES);
registerEnumType(DrawSwapRequestStatusEnum, {
  name: 'DrawSwapRequestStatus',
  description: '换人申请状态',
  valuesConfig: {
    REQUESTED: { description: '已申请：快照与承诺值已公开，待批准' },
    APPROVED: { description: '已批准：随机数与补入人员已公开，检查组已调整' },
    DECLINED: { description: '已驳回' },
    CANCELLED: { description: '已作废：所属抽取被重抽取代' },
  },
});
export const SwapApproverRoleEnum = enumOf(SWAP_APPROVER_ROLES);
registerEnumType(SwapApproverRoleEnum, {
  name: 'SwapApproverRole',
  description: '换人申请由谁批准',
  valuesConfig: {
    DEPARTMENT_HEAD: { description: '被换人员所在部门的负责人' },
    LEADER: { description: '局领导（部门负责人本人提出的申请）' },
  },
});

@ObjectType('DrawSwapRequest', {
  description: '换人申请（R31，DRAW.md §9 两人两步）：申请时冻结快照并公开摘要与承诺值，批准前任何人都无法得知补入人员',
})
export class DrawSwapRequestType {
  @Field(() => ID, { description: '申请编号（即换人记录的 drawId）' }) id!: string;
  @Field(() => ID, { description: '抽取机关' }) bureauId!: string;
  @Field(() => ID, { description: '所属抽取' }) drawId!: string;
  @Field(() => ID, { description: '所修订的抽取或上一次换人' }) replacesId!: string;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ID, { description: '退出的检查人员' }) removedInspectorId!: string;
  @Field(() => ID, { description: '退出人员所在部门（其负责人批准）' }) departmentId!: string;
  @Field({ description: '理由' }) reason!: string;
  @Field(() => SwapApproverRoleEnum, { description: '批准人角色' }) approverRole!: string;
  @Field({ description: '换人快照（DRAW.md §9）：规范化 JSON 文本，即 poolDigest 所摘要的内容' }) snapshot!: string;
  @Field({ description: '换人快照摘要：SHA-256(规范化快照)' }) poolDigest!: string;
  @Field({ description: '承诺值：SHA-256(随机数)' }) commitment!: string;
  @Field(() => DrawSwapRequestStatusEnum, { description: '状态' }) status!: string;
  @Field(() => ID, { description: '申请人' }) requestedBy!: string;
  @Field({ description: '申请时间' }) requestedAt!: Date;
  @Field(() => ID, { nullable: true, description: '批准或驳回的人' }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '批准、驳回或作废的时间' }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '驳回或作废的理由' }) decisionReason!: string | null;
}
@ObjectType('DrawSwapRequestPayload', { description: '换人申请操作的结果' })
export class DrawSwapRequestPayload {
  @Field(() => DrawSwapRequestType, { description: '换人申请' }) request!: DrawSwapRequestType;
}

@ObjectType('DrawCheck', { description: '验证的一项检查及其数值' })
export class DrawCheckType {
  @Field({
    description:
      '检查名：commitment、poolDigest、resultDigest、replay（DRAW.md §1），drawId、beaconSource、drawIds（记录本身）；换人记录的检查为 swaps[k].<名>，含 replaces、team、removed、candidates、replaced（§9）',
  })
  name!: string;
  @Field({ description: '是否通过' }) ok!: boolean;
  @Field({ description: '记录中的值' }) recorded!: string;
  @Field({ description: '据记录重新计算的值' }) computed!: string;
  @Field({ description: '说明' }) description!: string;
}

@ObjectType('DrawVerification', { description: '抽取验证结果（DRAW.md §1 公开后的验证）' })
export class DrawVerificationType {
  @Field({ description: '全部检查是否通过' }) ok!: boolean;
  @Field(() => [DrawCheckType], { description: '各项检查' }) checks!: DrawCheckType[];
}

@ObjectType('DrawPayload', { description: '抽取操作的结果' })
export class DrawPayload {
  @Field(() => DrawType, { description: '抽取记录' }) draw!: DrawType;
}
@ObjectType('DrawSwapPayload', { description: '换人的结果' })
export class DrawSwapPayload {
  @Field(() => DrawSwapType, { description: '换人记录' }) swap!: DrawSwapType;
}
@ObjectType('DrawDispatchPayload', { description: '确认派发的结果' })
export class DrawDispatchPayload {
  @Field(() => DrawDispatchType, { description: '派发记录' }) dispatch!: DrawDispatchType;
}

@InputType({ description: '筛选抽取记录' })
export class DrawFilter {
  @Field(() => ID, { nullable: true, description: '轮次' }) roundId?: string;
  @Field(() => ID, { nullable: true, description: '计划' }) planId?: string;
  @Field(() => ID, { nullable: true, description: '抽取机关（本单位或下级）' }) bureauId?: string;
  @Field(() => DrawStatusEnum, { nullable: true, description: '状态' }) status?: DrawStatus;
}

@InputType({ description: '承诺一次抽取：生成快照与承诺值并公开' })
export class CommitDrawInput {
  @Field(() => ID, { description: '计划轮次（须属已备案计划，R24）' }) roundId!: string;
  @Field(() => BeaconSourceEnum, { description: '信标来源' }) beaconSource!: BeaconSource;
  @Field(() => String, { nullable: true, description: '信标说明，如“福彩3D 第2026315期”或见证人姓名' })
  @IsOptional()
  @MaxLength(200, { message: '信标说明不超过 200 个字符' })
  beaconNote?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '补录理由：单位管理员为已结束的轮次补录抽取时必填（至少 4 个字，记入审计）',
  })
  @IsOptional()
  @MaxLength(500, { message: '补录理由不超过 500 个字符' })
  lateEntryReason?: string | null;
}

@InputType({ description: '录入信标' })
export class EnterBeaconInput {
  @Field(() => ID, { description: '抽取' }) drawId!: string;
  @Field({ description: '信标值，如开奖号码' })
  @Length(1, 200, { message: '信标应为 1 到 200 个字符' })
  beacon!: string;
}

@InputType({ description: '执行抽取' })
export class RunDrawInput {
  @Field(() => ID, { description: '已承诺的抽取' }) drawId!: string;
}

@InputType({ description: '批准重抽（部门负责人，R31）：新的抽取取代原抽取，原记录保留' })
export class RedrawInput {
  @Field(() => ID, { description: '被取代的抽取' }) drawId!: string;
  @Field({ description: '重抽理由' }) @Length(4, 500, { message: '理由应为 4 到 500 个字符' }) reason!: string;
  @Field(() => BeaconSourceEnum, { description: '新抽取的信标来源' }) beaconSource!: BeaconSource;
  @Field(() => String, { nullable: true, description: '信标说明' })
  @IsOptional()
  @MaxLength(200, { message: '信标说明不超过 200 个字符' })
  beaconNote?: string | null;
}

@InputType({ description: '申请换人（R31，DRAW.md §9）：冻结换人快照并公开其摘要与承诺值；补入人员待批准时才随机产生' })
export class RequestDrawSwapInput {
  @Field(() => ID, { description: '抽取' }) drawId!: string;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ID, { description: '退出的检查人员' }) inspectorId!: string;
  @Field({ description: '理由，如回避关系' }) @Length(4, 500, { message: '理由应为 4 到 500 个字符' }) reason!: string;
}

@InputType({ description: '批准换人申请（被换人员所在部门负责人，非申请人；部门负责人本人申请的由局领导批准）' })
export class ApproveDrawSwapInput {
  @Field(() => ID, { description: '换人申请' }) requestId!: string;
}

@InputType({ description: '驳回换人申请（有权批准的人，写明理由）' })
export class DeclineDrawSwapInput {
  @Field(() => ID, { description: '换人申请' }) requestId!: string;
  @Field({ description: '不予批准的理由' }) @Length(4, 500, { message: '理由应为 4 到 500 个字符' }) reason!: string;
}

@InputType({ description: '上级指定跨区域抽取的协作机关（R34）' })
export class CrossRegionPoolInput {
  @Field(() => ID, { description: '人员不足的直属下级' }) subordinateBureauId!: string;
  @Field(() => [ID], { description: '出借检查人员的同级机关（本机关的其他直属下级）' })
  @ArrayMinSize(1, { message: '至少指定一个协作机关' })
  @ArrayMaxSize(20, { message: '协作机关不超过 20 个' })
  lenderBureauIds!: string[];
}

@ObjectType('CrossRegionPool', { description: '跨区域抽取的协作机关（R34）：由上级指定' })
export class CrossRegionPoolType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '指定机关（上级）' }) bureauId!: string;
  @Field(() => ID, { description: '人员不足的下级' }) subordinateBureauId!: string;
  @Field(() => [ID], { description: '协作机关' }) lenderBureauIds!: string[];
  @Field({ description: '指定时间' }) namedAt!: Date;
}
@ObjectType('CrossRegionPoolPayload', { description: '指定协作机关的结果' })
export class CrossRegionPoolPayload {
  @Field(() => CrossRegionPoolType, { description: '协作机关' }) pool!: CrossRegionPoolType;
}

@InputType({ description: '确认派发' })
export class ConfirmDispatchInput {
  @Field(() => ID, { description: '派发记录' }) dispatchId!: string;
}
