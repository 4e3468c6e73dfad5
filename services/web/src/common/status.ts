import type { FilingDecision, InspectionStatus, ItemStatus, ItemVersionStatus, PlanStatus } from '../gql/graphql';

/**
 * Labels and colours of the inspection statuses (the schema's vocabulary), one map for every page.
 * Solid dark colours: white text on them passes WCAG AA (Ant Design's preset light tags do not).
 */
export const INSPECTION_STATUS: Record<InspectionStatus, { label: string; color: string }> = {
  MATCHED: { label: '待安排', color: '#874d00' },
  SCHEDULED: { label: '已安排', color: '#0958d9' },
  RECORDED: { label: '待出具报告', color: '#006d75' },
  REPORTED: { label: '报告已定稿', color: '#1d39c4' },
  RECTIFYING: { label: '整改中', color: '#ad4e00' },
  CLOSED: { label: '已办结', color: '#237804' },
  CANCELLED: { label: '已取消', color: '#595959' },
};

/** Item (一单) statuses. */
export const ITEM_STATUS: Record<ItemStatus, { label: string; color: string }> = {
  DRAFT: { label: '未发布', color: '#595959' },
  PUBLISHED: { label: '已发布', color: '#237804' },
  RETIRED: { label: '已停用', color: '#595959' },
};

/** An item version's statuses (R5–R7). */
export const ITEM_VERSION_STATUS: Record<ItemVersionStatus, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: '#595959' },
  IN_REVIEW: { label: '法制审核中', color: '#0958d9' },
  RETURNED: { label: '已退回修改', color: '#ad4e00' },
  APPROVED: { label: '审核通过待发布', color: '#006d75' },
  PUBLISHED: { label: '已发布', color: '#237804' },
  SUPERSEDED: { label: '已被新版本取代', color: '#595959' },
  RETIRED: { label: '已停用', color: '#595959' },
  WITHDRAWN: { label: '已撤回', color: '#595959' },
};

/** Plan statuses (R19, R20). */
export const PLAN_STATUS: Record<PlanStatus, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: '#595959' },
  FILED: { label: '已报备待处理', color: '#0958d9' },
  RETURNED: { label: '被退回', color: '#ad4e00' },
  ACKNOWLEDGED: { label: '已备案', color: '#237804' },
};

/** A filing's decision; no decision yet is "待处理". */
export const FILING_DECISION: Record<FilingDecision | 'PENDING', { label: string; color: string }> = {
  PENDING: { label: '待处理', color: '#0958d9' },
  ACKNOWLEDGED: { label: '已确认备案', color: '#237804' },
  RETURNED: { label: '已退回', color: '#ad4e00' },
};
