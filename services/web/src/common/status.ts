import type { InspectionStatus } from '../gql/graphql';

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
