import type {
  EvidenceKind,
  FollowUpResult,
  InspectionOpinion,
  InspectionReportStatus,
  RectificationStatus,
  RetentionBasis,
} from '../../gql/graphql';

/** 处理意见 (R38), in the order the form offers them. */
export const OPINION: Record<InspectionOpinion, string> = {
  NO_ANOMALY: '未发现异常',
  RECTIFICATION: '责令整改',
  CASE_FILED: '立案查处',
  REFERRED: '移送其他机关',
  JUDICIAL: '移送司法机关',
  OTHER: '其他',
};

export const REPORT_STATUS: Record<InspectionReportStatus, { label: string; color: string }> = {
  SUBMITTED: { label: '待审核', color: '#0958d9' },
  RETURNED: { label: '已退回修改', color: '#ad4e00' },
  APPROVED: { label: '已定稿', color: '#237804' },
};

export const NOTICE_STATUS: Record<RectificationStatus, { label: string; color: string }> = {
  ISSUED: { label: '整改中待复查', color: '#ad4e00' },
  CLOSED: { label: '复查合格已结案', color: '#237804' },
  ESCALATED: { label: '逾期未整改已立案', color: '#a8071a' },
};

/** On what basis an inspection's file is kept (R42), as the archive list names it. */
export const RETENTION_BASIS: Record<RetentionBasis, string> = {
  ITEM_RULE: '检查事项另有规定',
  TARGET_LIFETIME: '检查对象存续期间加两年',
  MINIMUM: '不少于两年',
};

export const FOLLOW_UP: Record<FollowUpResult, string> = {
  RECTIFIED: '已按期整改',
  NOT_RECTIFIED: '逾期未整改（立案查处）',
};

export const EVIDENCE_KIND: Record<EvidenceKind, string> = {
  PHOTO: '照片',
  SIGNATURE: '签字（盖章）',
  DOCUMENT: '文件',
  AUDIO: '录音',
  VIDEO: '录像',
};

/** How a member came onto the team (R31). */
export const JOINED_VIA: Record<string, string> = {
  DRAW: '抽取',
  DIRECT: '直接检查指派',
  COORDINATOR: '双随机办调整',
  SWAP: '换人',
};

/** A file size as people read it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
