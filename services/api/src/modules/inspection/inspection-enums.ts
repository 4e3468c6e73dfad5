import { registerEnumType } from 'type-graphql';
import {
  CHECK_ANSWERS,
  DIRECT_CHECK_REASONS,
  EVIDENCE_KINDS,
  FOLLOW_UP_RESULTS,
  INSPECTION_KINDS,
  INSPECTION_OPINIONS,
  INSPECTION_STATUSES,
  NON_COOPERATION_KINDS,
  NOTICE_STATUSES,
  RECORD_METHODS,
  RECTIFICATION_DRAFT_STATUSES,
  REPORT_STATUSES,
  RETENTION_BASES,
} from '@dsr/domain';
import { enumOf } from '../../common/enum-of';

/**
 * The module's GraphQL enums, each made from its vocabulary in @dsr/domain (names, values and
 * descriptions exactly as schema/schema.graphql has them).
 */
export const InspectionKindEnum = enumOf(INSPECTION_KINDS);
registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind',
  description: '检查来源',
  valuesConfig: {
    DRAWN: { description: '双随机抽取产生' },
    DIRECT: { description: '直接检查（投诉举报、转办交办等，非抽取，R23）' },
  },
});

export const InspectionStatusEnum = enumOf(INSPECTION_STATUSES);
registerEnumType(InspectionStatusEnum, {
  name: 'InspectionStatus',
  description: '检查状态（只能前进）',
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

export const DirectCheckReasonEnum = enumOf(DIRECT_CHECK_REASONS);
registerEnumType(DirectCheckReasonEnum, {
  name: 'DirectCheckReason',
  description: '直接检查的事由（R23）',
  valuesConfig: {
    COMPLAINT: { description: '投诉举报' },
    REFERRAL: { description: '其他机关或上级转办交办' },
    CASE: { description: '案件办理' },
    CRIME_ON_SPOT: { description: '现场发现违法犯罪' },
    CAMPAIGN: { description: '区域性专项整治' },
  },
});

export const CheckAnswerEnum = enumOf(CHECK_ANSWERS);
registerEnumType(CheckAnswerEnum, {
  name: 'CheckAnswer',
  description: '检查内容的结论',
  valuesConfig: { NORMAL: { description: '正常' }, ABNORMAL: { description: '不正常' } },
});

export const RecordMethodEnum = enumOf(RECORD_METHODS);
registerEnumType(RecordMethodEnum, {
  name: 'RecordMethod',
  description: '检查方式',
  valuesConfig: {
    ON_SITE: { description: '现场检查' },
    DOCUMENTARY: { description: '书面检查' },
    ONLINE_MONITORING: { description: '网络监测（R44）' },
    THIRD_PARTY_TEST: { description: '委托第三方专业机构检测（R43）' },
  },
});

export const NonCooperationKindEnum = enumOf(NON_COOPERATION_KINDS);
registerEnumType(NonCooperationKindEnum, {
  name: 'NonCooperationKind',
  description: '不配合检查的情形（R37）',
  valuesConfig: {
    BLOCKED_ENTRY: { description: '拒绝、阻碍检查人员进入场所' },
    BLOCKED_QUESTIONING: { description: '拒绝、阻碍询问' },
    REFUSED_DOCUMENTS: { description: '无正当理由拒绝提供资料' },
    FALSE_INFORMATION: { description: '提供虚假情况' },
    OTHER: { description: '其他不配合情形' },
  },
});

export const InspectionOpinionEnum = enumOf(INSPECTION_OPINIONS);
registerEnumType(InspectionOpinionEnum, {
  name: 'InspectionOpinion',
  description: '处理意见（R38）',
  valuesConfig: {
    NO_ANOMALY: { description: '未发现异常' },
    RECTIFICATION: { description: '责令整改' },
    CASE_FILED: { description: '立案查处' },
    REFERRED: { description: '移送其他机关' },
    JUDICIAL: { description: '移送司法机关' },
    OTHER: { description: '其他' },
  },
});

export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportStatusEnum, {
  name: 'InspectionReportStatus',
  description: '检查报告状态',
  valuesConfig: {
    SUBMITTED: { description: '已提交，待部门负责人审核' },
    RETURNED: { description: '退回修改' },
    APPROVED: { description: '审核通过，定稿' },
  },
});

export const NoticeStatusEnum = enumOf(NOTICE_STATUSES);
registerEnumType(NoticeStatusEnum, {
  name: 'RectificationStatus',
  description: '整改通知状态',
  valuesConfig: {
    ISSUED: { description: '已下达，待复查' },
    CLOSED: { description: '复查合格，已结案' },
    ESCALATED: { description: '复查不合格，已立案查处' },
  },
});

export const FollowUpResultEnum = enumOf(FOLLOW_UP_RESULTS);
registerEnumType(FollowUpResultEnum, {
  name: 'FollowUpResult',
  description: '复查结果',
  valuesConfig: { RECTIFIED: { description: '已按期整改' }, NOT_RECTIFIED: { description: '逾期未整改（立案查处）' } },
});

export const RetentionBasisEnum = enumOf(RETENTION_BASES);
registerEnumType(RetentionBasisEnum, {
  name: 'RetentionBasis',
  description: '档案保存期限的依据（R42）',
  valuesConfig: {
    ITEM_RULE: { description: '检查事项另有规定的，从其规定' },
    TARGET_LIFETIME: { description: '没有规定的，为检查对象存续期间加两年' },
    MINIMUM: { description: '不少于两年（自最后一份检查文书形成之日起）' },
  },
});

export const EvidenceKindEnum = enumOf(EVIDENCE_KINDS);
registerEnumType(EvidenceKindEnum, {
  name: 'EvidenceKind',
  description: '证据种类',
  valuesConfig: {
    PHOTO: { description: '照片' },
    AUDIO: { description: '录音' },
    VIDEO: { description: '录像' },
    DOCUMENT: { description: '文件' },
    SIGNATURE: { description: '检查对象签字（盖章）图片' },
  },
});

export const RectificationDraftStatusEnum = enumOf(RECTIFICATION_DRAFT_STATUSES);
registerEnumType(RectificationDraftStatusEnum, {
  name: 'RectificationDraftStatus',
  description: '整改通知书草稿状态',
  valuesConfig: { DRAFT: { description: '待签发' }, ISSUED: { description: '已签发' } },
});
