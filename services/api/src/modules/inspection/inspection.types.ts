import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import type {
  CheckAnswer, DirectCheckReason, EvidenceKind, InspectionKind, InspectionOpinion, InspectionStatus, NonCooperationKind, NoticeStatus, RecordMethod, ReportStatus,
} from '@dsr/db';
import { ConnectionType } from '../../common/connection';

export enum InspectionKindEnum { DRAWN = 'DRAWN', DIRECT = 'DIRECT' }
registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind', description: '检查来源',
  valuesConfig: { DRAWN: { description: '双随机抽取产生' }, DIRECT: { description: '直接检查（投诉举报、转办交办等，非抽取，R23）' } },
});
export enum InspectionStatusEnum { MATCHED = 'MATCHED', SCHEDULED = 'SCHEDULED', RECORDED = 'RECORDED', REPORTED = 'REPORTED', RECTIFYING = 'RECTIFYING', CLOSED = 'CLOSED', CANCELLED = 'CANCELLED' }
registerEnumType(InspectionStatusEnum, {
  name: 'InspectionStatus', description: '检查状态（只能前进）',
  valuesConfig: {
    MATCHED: { description: '已匹配：待牵头部门安排检查日期' },
    SCHEDULED: { description: '已安排检查日期' },
    RECORDED: { description: '已提交现场检查记录，待出具检查报告' },
    REPORTED: { description: '检查报告已审核定稿，待下达整改通知' },
    RECTIFYING: { description: '整改中，待复查' },
    CLOSED: { description: '已办结' },
    CANCELLED: { description: '已取消：所属抽取在检查前被重抽取代（R31），记录保留' },
  },
});
export enum DirectCheckReasonEnum { COMPLAINT = 'COMPLAINT', REFERRAL = 'REFERRAL', CASE = 'CASE', CRIME_ON_SPOT = 'CRIME_ON_SPOT', CAMPAIGN = 'CAMPAIGN' }
registerEnumType(DirectCheckReasonEnum, {
  name: 'DirectCheckReason', description: '直接检查的事由（R23）',
  valuesConfig: {
    COMPLAINT: { description: '投诉举报' }, REFERRAL: { description: '其他机关或上级转办交办' }, CASE: { description: '案件办理' },
    CRIME_ON_SPOT: { description: '现场发现违法犯罪' }, CAMPAIGN: { description: '区域性专项整治' },
  },
});
export enum CheckAnswerEnum { NORMAL = 'NORMAL', ABNORMAL = 'ABNORMAL' }
registerEnumType(CheckAnswerEnum, { name: 'CheckAnswer', description: '检查内容的结论', valuesConfig: { NORMAL: { description: '正常' }, ABNORMAL: { description: '不正常' } } });
export enum RecordMethodEnum { ON_SITE = 'ON_SITE', DOCUMENTARY = 'DOCUMENTARY', ONLINE_MONITORING = 'ONLINE_MONITORING', THIRD_PARTY_TEST = 'THIRD_PARTY_TEST' }
registerEnumType(RecordMethodEnum, {
  name: 'RecordMethod', description: '检查方式',
  valuesConfig: { ON_SITE: { description: '现场检查' }, DOCUMENTARY: { description: '书面检查' }, ONLINE_MONITORING: { description: '网络监测（R44）' },
    THIRD_PARTY_TEST: { description: '委托第三方专业机构检测（R43）' } },
});
export enum NonCooperationKindEnum {
  BLOCKED_ENTRY = 'BLOCKED_ENTRY', BLOCKED_QUESTIONING = 'BLOCKED_QUESTIONING', REFUSED_DOCUMENTS = 'REFUSED_DOCUMENTS', FALSE_INFORMATION = 'FALSE_INFORMATION', OTHER = 'OTHER',
}
registerEnumType(NonCooperationKindEnum, {
  name: 'NonCooperationKind', description: '不配合检查的情形（R37）',
  valuesConfig: { BLOCKED_ENTRY: { description: '拒绝、阻碍检查人员进入场所' }, BLOCKED_QUESTIONING: { description: '拒绝、阻碍询问' },
    REFUSED_DOCUMENTS: { description: '无正当理由拒绝提供资料' }, FALSE_INFORMATION: { description: '提供虚假情况' }, OTHER: { description: '其他不配合情形' } },
});
export enum InspectionOpinionEnum { NO_ANOMALY = 'NO_ANOMALY', RECTIFICATION = 'RECTIFICATION', CASE_FILED = 'CASE_FILED', REFERRED = 'REFERRED', JUDICIAL = 'JUDICIAL', OTHER = 'OTHER' }
registerEnumType(InspectionOpinionEnum, {
  name: 'InspectionOpinion', description: '处理意见（R38）',
  valuesConfig: { NO_ANOMALY: { description: '未发现异常' }, RECTIFICATION: { description: '责令整改' }, CASE_FILED: { description: '立案查处' },
    REFERRED: { description: '移送其他机关' }, JUDICIAL: { description: '移送司法机关' }, OTHER: { description: '其他' } },
});
export enum ReportStatusEnum { SUBMITTED = 'SUBMITTED', RETURNED = 'RETURNED', APPROVED = 'APPROVED' }
registerEnumType(ReportStatusEnum, { name: 'InspectionReportStatus', description: '检查报告状态',
  valuesConfig: { SUBMITTED: { description: '已提交，待部门负责人审核' }, RETURNED: { description: '退回修改' }, APPROVED: { description: '审核通过，定稿' } } });
export enum NoticeStatusEnum { ISSUED = 'ISSUED', CLOSED = 'CLOSED', ESCALATED = 'ESCALATED' }
registerEnumType(NoticeStatusEnum, { name: 'RectificationStatus', description: '整改通知状态',
  valuesConfig: { ISSUED: { description: '已下达，待复查' }, CLOSED: { description: '复查合格，已结案' }, ESCALATED: { description: '复查不合格，已立案查处' } } });
export enum FollowUpResultEnum { RECTIFIED = 'RECTIFIED', NOT_RECTIFIED = 'NOT_RECTIFIED' }
registerEnumType(FollowUpResultEnum, { name: 'FollowUpResult', description: '复查结果',
  valuesConfig: { RECTIFIED: { description: '已按期整改' }, NOT_RECTIFIED: { description: '逾期未整改（立案查处）' } } });

@ObjectType('Inspection', { description: '一次检查（一户一次，R35）：双随机抽取产生（可为联合检查）或直接检查（R23）' })
export class InspectionType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查机关' }) bureauId!: string;
  @Field(() => InspectionKindEnum, { description: '来源：抽取或直接检查' }) kind!: InspectionKind;
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => ID, { nullable: true, description: '处理发现问题的下级单位：上级部署的任务检查下级单位的对象时，由对象所属单位依法处理并可查看（R41）' }) handlingBureauId!: string | null;
  @Field(() => ID, { description: '牵头部门（发起部门，R35）' }) leadDepartmentId!: string;
  @Field(() => [ID], { description: '参加部门' }) departmentIds!: string[];
  @Field(() => [ID], { description: '检查事项版本（随检查冻结，R45）' }) itemVersionIds!: string[];
  @Field(() => InspectionStatusEnum, { description: '状态' }) status!: InspectionStatus;
  @Field({ description: '检查时段起' }) windowStart!: string;
  @Field({ description: '检查时段止' }) windowEnd!: string;
  @Field(() => String, { nullable: true, description: '安排的检查日期' }) scheduledOn!: string | null;
  @Field(() => DirectCheckReasonEnum, { nullable: true, description: '直接检查的事由' }) directReason!: DirectCheckReason | null;
  @Field(() => String, { nullable: true, description: '事由文号（投诉编号、转办文件等）' }) directReference!: string | null;
  @Field(() => String, { nullable: true, description: '检查结束日' }) checkEndedOn!: string | null;
  @Field(() => String, { nullable: true, description: '检查报告期限（结束后若干工作日，R39）' }) reportDue!: string | null;
  @Field(() => Boolean, { nullable: true, description: '期限所在年度节假日安排未知，按周一至周五估算' }) reportDueEstimated!: boolean | null;
  @Field({ description: '档案保存期限的下限：最后一份检查文书形成之日起两年（R42）；适用的保存期限见 retention' }) retentionUntil!: string;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '取消时间（所属抽取被重抽取代，R31）' }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true, description: '取消原因' }) cancelReason!: string | null;
  @Field(() => ID, { nullable: true, description: '取代所属抽取的重抽' }) cancelledByDrawId!: string | null;
  @Field(() => Int, { description: '版本号（乐观锁）' }) version!: number;
}
export const InspectionConnection = ConnectionType(InspectionType, 'Inspection', '检查');

export enum RetentionBasisEnum { ITEM_RULE = 'ITEM_RULE', TARGET_LIFETIME = 'TARGET_LIFETIME', MINIMUM = 'MINIMUM' }
registerEnumType(RetentionBasisEnum, {
  name: 'RetentionBasis', description: '档案保存期限的依据（R42）',
  valuesConfig: {
    ITEM_RULE: { description: '检查事项另有规定的，从其规定' },
    TARGET_LIFETIME: { description: '没有规定的，为检查对象存续期间加两年' },
    MINIMUM: { description: '不少于两年（自最后一份检查文书形成之日起）' },
  },
});

@ObjectType('InspectionRetention', { description: '检查材料（现场检查记录、检查报告、整改通知书、处罚决定书等）的档案保存期限（R42）；只增不减，任何材料均不删除' })
export class InspectionRetentionType {
  @Field(() => RetentionBasisEnum, { description: '适用的依据：几种都适用时取最长的' }) basis!: RetentionBasisEnum;
  @Field(() => String, { nullable: true, description: '保存至（含当日）；检查对象存续期间为空（注销后两年，届时确定）' }) until!: string | null;
  @Field({ description: '至少保存至：最后一份检查文书形成之日起两年' }) earliest!: string;
  @Field({ description: '说明' }) description!: string;
}

@ObjectType('InspectionConfirmation', { description: '抽取结果派发给参加部门后的确认情况（R32：1 个工作日内确认）；每个部门每次抽取一条' })
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
  @Field(() => Date, { nullable: true, description: '撤出时间：该抽取被重抽取代，其在本检查中的部分（人员、事项、部门）已撤出（R31）' }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: '撤出原因' }) withdrawnReason!: string | null;
}

@ObjectType('InspectionMember', { description: '检查组成员' })
export class InspectionMemberType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { description: '所属部门' }) departmentId!: string;
  @Field({ description: 'DRAW 抽取，DIRECT 直接检查指派，COORDINATOR 经双随机办调整，SWAP 经批准的换人（R31）' }) joinedVia!: string;
  @Field({ description: '加入时间' }) joinedAt!: Date;
  @Field(() => Date, { nullable: true, description: '退出时间' }) leftAt!: Date | null;
  @Field(() => String, { nullable: true, description: '退出理由' }) leftReason!: string | null;
}

@ObjectType('PresentInspector', { description: '到场检查人员及其执法证号（R36）' })
export class PresentInspectorType {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => ID, { description: '部门' }) departmentId!: string;
  @Field(() => String, { nullable: true, description: '执法证号（现场出示）' }) warrantNo!: string | null;
}
@ObjectType('ChecklistAnswer', { description: '一项检查内容的结论' })
export class ChecklistAnswerType {
  @Field(() => ID, { description: '事项版本' }) itemVersionId!: string;
  @Field(() => Int, { description: '检查内容序号' }) no!: number;
  @Field({ description: '检查内容' }) text!: string;
  @Field(() => CheckAnswerEnum, { description: '正常/不正常' }) result!: CheckAnswer;
  @Field(() => String, { nullable: true, description: '备注' }) remark!: string | null;
}
@ObjectType('NonCooperation', { description: '不配合检查的情形（R37）' })
export class NonCooperationType {
  @Field(() => NonCooperationKindEnum, { description: '情形' }) kind!: NonCooperationKind;
  @Field(() => String, { nullable: true, description: '说明' }) detail!: string | null;
}

export enum EvidenceKindEnum { PHOTO = 'PHOTO', AUDIO = 'AUDIO', VIDEO = 'VIDEO', DOCUMENT = 'DOCUMENT', SIGNATURE = 'SIGNATURE' }
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind', description: '证据种类',
  valuesConfig: { PHOTO: { description: '照片' }, AUDIO: { description: '录音' }, VIDEO: { description: '录像' }, DOCUMENT: { description: '文件' },
    SIGNATURE: { description: '检查对象签字（盖章）图片' } } });

@ObjectType('Evidence', { description: '证据（R36）：随检查上传的照片、录音录像、文件或签字盖章图片，按内容的 SHA-256 存储，不可修改或删除' })
export class EvidenceType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => EvidenceKindEnum, { description: '种类' }) kind!: EvidenceKind;
  @Field({ description: '文件类型（按文件内容识别，如 image/jpeg）' }) mime!: string;
  @Field(() => Float, { description: '大小（字节）' }) sizeBytes!: number;
  @Field({ description: '内容的 SHA-256（十六进制小写，与审计记录中的一致）' }) sha256!: string;
  @Field(() => String, { nullable: true, description: '上传时的原文件名' }) fileName!: string | null;
  @Field({ description: '上传时间' }) uploadedAt!: Date;
  @Field(() => ID, { description: '上传人（用户）' }) uploadedBy!: string;
  @Field({ description: '引用：evidence:<编号>（现场检查记录的 signatureRef 用）' }) ref!: string;
  @Field({ description: '下载地址（相对路径，GET；短时签名链接，浏览器直接打开，几分钟后或注销后失效；支持 Range）' }) url!: string;
}

@ObjectType('InspectionRecord', { description: '现场检查记录表的一个修订（提交后不可修改；更正为新修订，R36）' })
export class InspectionRecordType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => Int, { description: '修订号，1 为原始记录' }) revision!: number;
  @Field(() => String, { nullable: true, description: '更正理由' }) correctionReason!: string | null;
  @Field({ description: '检查开始时间（所在日须在检查时段内）' }) checkedFrom!: Date;
  @Field({ description: '检查结束时间（不晚于现在，所在日须在检查时段内）' }) checkedTo!: Date;
  @Field({ description: '检查地点' }) place!: string;
  @Field(() => [PresentInspectorType], { description: '到场检查人员' }) present!: PresentInspectorType[];
  @Field(() => [ChecklistAnswerType], { description: '检查内容逐项结论' }) answers!: ChecklistAnswerType[];
  @Field(() => [RecordMethodEnum], { description: '检查方式' }) methods!: RecordMethod[];
  @Field({ description: '检查情况与发现的问题' }) findings!: string;
  @Field({ description: '检查对象在场负责人' }) representative!: string;
  @Field(() => String, { nullable: true, description: '签字或盖章图像：evidence:<证据编号>，由 GET /evidence/:id 下载' }) signatureRef!: string | null;
  @Field(() => String, { nullable: true, description: '未能签字的原因' }) refusalReason!: string | null;
  @Field(() => String, { nullable: true, description: '见证人' }) witness!: string | null;
  @Field(() => [NonCooperationType], { description: '不配合情形' }) nonCooperation!: NonCooperationType[];
  @Field(() => ID, { description: '提交人' }) submittedBy!: string;
  @Field({ description: '提交时间' }) submittedAt!: Date;
}

@ObjectType('InspectionReport', { description: '检查报告（R39）：经部门负责人审核后定稿' })
export class InspectionReportType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => ReportStatusEnum, { description: '状态' }) status!: ReportStatus;
  @Field({ description: '检查内容' }) content!: string;
  @Field({ description: '检查步骤' }) steps!: string;
  @Field({ description: '检查发现' }) findings!: string;
  @Field({ description: '评估' }) assessment!: string;
  @Field(() => InspectionOpinionEnum, { description: '处理意见（R38）' }) opinion!: InspectionOpinion;
  @Field(() => String, { nullable: true, description: '意见说明（“其他”时必填）' }) opinionDetail!: string | null;
  @Field(() => String, { nullable: true, description: '建议' }) suggestions!: string | null;
  @Field(() => ID, { description: '提交人' }) submittedBy!: string;
  @Field({ description: '提交时间' }) submittedAt!: Date;
  @Field(() => ID, { nullable: true, description: '审核人' }) reviewedBy!: string | null;
  @Field(() => Date, { nullable: true, description: '审核时间' }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审核意见' }) reviewComment!: string | null;
  @Field({ description: '逾期提交：首次提交之日晚于报告期限（R39），提交时确定，此后不变' }) late!: boolean;
  @Field(() => Int, { nullable: true, description: '逾期的工作日数：期限次日至提交之日的工作日（按节假日安排）；按期提交为空' }) workingDaysLate!: number | null;
  @Field(() => Int, { description: '版本号' }) version!: number;
}

@ObjectType('RectificationNotice', { description: '责令整改通知书（R40）及其复查' })
export class RectificationNoticeType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '文书编号' }) documentNo!: string;
  @Field({ description: '发现的问题' }) findings!: string;
  @Field({ description: '法律依据' }) legalBasis!: string;
  @Field({ description: '整改期限（到期复查）' }) deadline!: string;
  @Field(() => NoticeStatusEnum, { description: '状态' }) status!: NoticeStatus;
  @Field({ description: '下达时间' }) issuedAt!: Date;
  @Field(() => String, { nullable: true, description: '联系人（签发人）' }) contactName!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone!: string | null;
  @Field(() => FollowUpResultEnum, { nullable: true, description: '复查结果' }) followUpResult!: string | null;
  @Field(() => String, { nullable: true, description: '复查日期' }) followUpOn!: string | null;
  @Field(() => String, { nullable: true, description: '复查情况' }) followUpRemarks!: string | null;
  @Field(() => String, { nullable: true, description: '立案编号（复查不合格时）' }) caseNo!: string | null;
  @Field(() => String, { nullable: true, description: '处罚决定书文号' }) penaltyDecisionNo!: string | null;
  @Field(() => String, { nullable: true, description: '处罚决定日期（公示期限自此起算）' }) penaltyDecidedOn!: string | null;
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
@ObjectType('MatchInspectionsPayload', { description: '匹配结果' })
export class MatchInspectionsPayload {
  @Field(() => [InspectionType], { description: '本次涉及的检查（新建的与并入的）' }) inspections!: InspectionType[];
}
@ObjectType('InspectionRecordPayload', { description: '提交记录的结果' })
export class InspectionRecordPayload {
  @Field(() => InspectionRecordType, { description: '记录' }) record!: InspectionRecordType;
}
@ObjectType('InspectionReportPayload', { description: '检查报告操作的结果' })
export class InspectionReportPayload {
  @Field(() => InspectionReportType, { description: '报告' }) report!: InspectionReportType;
}
@ObjectType('RectificationNoticePayload', { description: '整改通知操作的结果' })
export class RectificationNoticePayload {
  @Field(() => RectificationNoticeType, { description: '整改通知' }) notice!: RectificationNoticeType;
}
@ObjectType('LinkInspectorUserPayload', { description: '关联结果' })
export class LinkInspectorUserPayload {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { nullable: true, description: '用户' }) userId!: string | null;
}

@InputType({ description: '筛选检查' })
export class InspectionFilter {
  @Field(() => InspectionKindEnum, { nullable: true, description: '来源' }) kind?: InspectionKind;
  @Field(() => InspectionStatusEnum, { nullable: true, description: '状态' }) status?: InspectionStatus;
  @Field(() => ID, { nullable: true, description: '检查对象' }) targetId?: string;
  @Field(() => ID, { nullable: true, description: '机关（本单位或下级）' }) bureauId?: string;
  @Field(() => ID, { nullable: true, description: '处理发现问题的下级单位（R41）：下级单位查看上级部署、由本单位处理的检查' }) handlingBureauId?: string;
}

@InputType({ description: '把一次抽取的结果匹配为检查（R32、R35）' })
export class MatchInspectionsInput {
  @Field(() => ID, { description: '已抽取的抽取记录' }) drawId!: string;
}
@InputType({ description: '牵头部门安排检查日期' })
export class ScheduleInspectionInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查日期（须在检查时段内，不早于今天）' }) date!: string;
  @Field(() => Int, { description: '版本号' }) version!: number;
  @Field(() => String, { nullable: true, description: '补录理由：单位管理员补录过去的检查日期时必填（至少 4 个字，记入审计）' })
  @IsOptional() @MaxLength(500, { message: '补录理由不超过 500 个字符' }) lateEntryReason?: string | null;
}
@InputType({ description: '经双随机办调整检查组：加入或退出' })
export class ChangeInspectionMemberInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field({ description: '理由' }) @Length(2, 500, { message: '理由应为 2 到 500 个字符' }) reason!: string;
}
@InputType({ description: '发起直接检查（R23）' })
export class CreateDirectCheckInput {
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => DirectCheckReasonEnum, { description: '事由' }) reason!: DirectCheckReason;
  @Field({ description: '事由文号：投诉编号、转办文件号等' }) @Length(1, 200, { message: '事由文号应为 1 到 200 个字符' }) reference!: string;
  @Field(() => [ID], { description: '检查事项版本（已发布）' }) @ArrayMinSize(1, { message: '至少一个检查事项' }) @ArrayMaxSize(20) itemVersionIds!: string[];
  @Field(() => [ID], { description: '检查人员（至少 2 人，R29）' }) @ArrayMinSize(2, { message: '检查人员至少 2 人' }) @ArrayMaxSize(20) inspectorIds!: string[];
  @Field({ description: '检查时段起' }) windowStart!: string;
  @Field({ description: '检查时段止' }) windowEnd!: string;
}
@InputType({ description: '检查内容的结论' })
export class ChecklistAnswerInput {
  @Field(() => ID, { description: '事项版本' }) itemVersionId!: string;
  @Field(() => Int, { description: '检查内容序号' }) no!: number;
  @Field(() => CheckAnswerEnum, { description: '正常/不正常' }) result!: CheckAnswer;
  @Field(() => String, { nullable: true, description: '备注（不正常时必填）' }) @IsOptional() @MaxLength(1000) remark?: string | null;
}
@InputType({ description: '不配合情形' })
export class NonCooperationInput {
  @Field(() => NonCooperationKindEnum, { description: '情形' }) kind!: NonCooperationKind;
  @Field(() => String, { nullable: true, description: '说明' }) @IsOptional() @MaxLength(1000) detail?: string | null;
}
@InputType({ description: '现场检查记录（R36）' })
export class InspectionRecordInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查开始时间（所在日须在检查时段内）' }) checkedFrom!: Date;
  @Field({ description: '检查结束时间（不晚于现在，所在日须在检查时段内）' }) checkedTo!: Date;
  @Field({ description: '检查地点' }) @Length(1, 500, { message: '检查地点应为 1 到 500 个字符' }) place!: string;
  @Field(() => [ID], { description: '到场检查人员（至少 2 人）' }) @ArrayMinSize(2, { message: '到场检查人员至少 2 人（R29）' }) @ArrayMaxSize(20) presentInspectorIds!: string[];
  @Field(() => [ChecklistAnswerInput], { description: '逐项结论' }) @ValidateNested({ each: true }) @ArrayMaxSize(2000) answers!: ChecklistAnswerInput[];
  @Field(() => [RecordMethodEnum], { description: '检查方式' }) @ArrayMinSize(1, { message: '至少一种检查方式' }) methods!: RecordMethod[];
  @Field({ description: '检查情况与发现的问题' }) @Length(1, 10000, { message: '检查情况应为 1 到 10000 个字符' }) findings!: string;
  @Field({ description: '检查对象在场负责人' }) @Length(1, 100, { message: '在场负责人应为 1 到 100 个字符' }) representative!: string;
  @Field(() => String, { nullable: true, description: '签字或盖章图像：本次检查已上传的 SIGNATURE 证据（PNG），写作 evidence:<证据编号>（POST /inspections/:id/evidence?kind=SIGNATURE 的返回值 ref）' }) @IsOptional() @MaxLength(500) signatureRef?: string | null;
  @Field(() => String, { nullable: true, description: '未能签字的原因' }) @IsOptional() @MaxLength(1000) refusalReason?: string | null;
  @Field(() => String, { nullable: true, description: '见证人' }) @IsOptional() @MaxLength(100) witness?: string | null;
  @Field(() => [NonCooperationInput], { defaultValue: [], description: '不配合情形（R37）' }) @ValidateNested({ each: true }) @ArrayMaxSize(5) nonCooperation!: NonCooperationInput[];
  @Field(() => String, { nullable: true, description: '更正理由（提交更正修订时必填）' }) @IsOptional() @MaxLength(1000) correctionReason?: string | null;
  @Field(() => String, { nullable: true, description: '补录理由：检查日不在检查时段内时，由同为检查组成员的单位管理员补录并写明（至少 4 个字，记入审计）' })
  @IsOptional() @MaxLength(500, { message: '补录理由不超过 500 个字符' }) lateEntryReason?: string | null;
}
@InputType({ description: '检查报告（R39）' })
export class InspectionReportInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '检查内容' }) @Length(1, 10000) content!: string;
  @Field({ description: '检查步骤' }) @Length(1, 10000) steps!: string;
  @Field({ description: '检查发现' }) @Length(1, 10000) findings!: string;
  @Field({ description: '评估' }) @Length(1, 10000) assessment!: string;
  @Field(() => InspectionOpinionEnum, { description: '处理意见（R38）' }) opinion!: InspectionOpinion;
  @Field(() => String, { nullable: true, description: '意见说明' }) @IsOptional() @MaxLength(2000) opinionDetail?: string | null;
  @Field(() => String, { nullable: true, description: '建议' }) @IsOptional() @MaxLength(5000) suggestions?: string | null;
}
@InputType({ description: '部门负责人审核检查报告' })
export class ReviewInspectionReportInput {
  @Field(() => ID, { description: '报告' }) reportId!: string;
  @Field(() => Int, { description: '版本号' }) version!: number;
  @Field({ description: '通过（定稿）或退回' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: '审核意见（退回时必填）' }) @IsOptional() @MaxLength(2000) comment?: string | null;
}
@InputType({ description: '下达责令整改通知书（R40）' })
export class IssueRectificationInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => String, { nullable: true, deprecationReason: '文书编号由系统按本单位、部门、年度顺序生成，此字段不再使用', description: '（已停用）文书编号' })
  @IsOptional() @Length(0, 100) documentNo?: string | null;
  @Field({ description: '发现的问题（每行一条，通知书上统一编号）' }) @Length(1, 5000) findings!: string;
  @Field({ description: '法律依据' }) @Length(1, 2000) legalBasis!: string;
  @Field({ description: '整改期限（不早于今天）' }) deadline!: string;
  @Field(() => String, { nullable: true, description: '联系电话（印在通知书上签发人旁）；不填则取签发人在执法检查人员名录中的电话' })
  @IsOptional() @Length(1, 40) contactPhone?: string | null;
}
@InputType({ description: '复查结果（R40）' })
export class FollowUpInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => FollowUpResultEnum, { description: '复查结果' }) result!: 'RECTIFIED' | 'NOT_RECTIFIED';
  @Field({ description: '复查日期' }) checkedOn!: string;
  @Field({ description: '复查情况' }) @Length(1, 5000) remarks!: string;
  @Field(() => String, { nullable: true, description: '立案编号（不合格时必填）' }) @IsOptional() @MaxLength(100) caseNo?: string | null;
}
@InputType({ description: '记录处罚决定' })
export class PenaltyDecisionInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '处罚决定书文号' }) @Length(1, 100) decisionNo!: string;
  @Field({ description: '决定日期' }) decidedOn!: string;
}
@InputType({ description: '把执法检查人员名录条目关联到登录用户（“我的检查”据此查找）' })
export class LinkInspectorUserInput {
  @Field(() => ID, { description: '检查人员' }) inspectorId!: string;
  @Field(() => ID, { nullable: true, description: '用户；为空则取消关联' }) userId?: string | null;
}
