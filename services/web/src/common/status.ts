import type { InspectionStatus } from '../gql/graphql';

/** Labels and colours of the inspection statuses (the schema's vocabulary), one map for every page. */
export const INSPECTION_STATUS: Record<InspectionStatus, { label: string; color: string }> = {
  MATCHED: { label: '待安排', color: 'gold' },
  SCHEDULED: { label: '已安排', color: 'blue' },
  RECORDED: { label: '待出具报告', color: 'cyan' },
  REPORTED: { label: '报告已定稿', color: 'geekblue' },
  RECTIFYING: { label: '整改中', color: 'orange' },
  CLOSED: { label: '已办结', color: 'green' },
  CANCELLED: { label: '已取消', color: 'default' },
};
