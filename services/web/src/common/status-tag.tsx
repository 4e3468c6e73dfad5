import { Tag } from 'antd';
import type { FilingDecision, InspectionStatus, ItemStatus, ItemVersionStatus, PlanStatus } from '../gql/graphql';
import { FILING_DECISION, INSPECTION_STATUS, ITEM_STATUS, ITEM_VERSION_STATUS, PLAN_STATUS } from './status';

/** The report's own stage while the inspection waits for it: "待出具报告" read wrong once the report was in. */
const REPORT_STAGE: Partial<Record<string, string>> = { SUBMITTED: '报告待审核', RETURNED: '报告退回修改' };

/** An inspection's status; while it waits for its report, the report's stage when one is submitted or returned. */
export function InspectionStatusTag({
  status,
  reportStatus,
}: {
  status: InspectionStatus;
  reportStatus?: string | null;
}) {
  const s = INSPECTION_STATUS[status];
  const stage = status === 'RECORDED' && reportStatus ? REPORT_STAGE[reportStatus] : undefined;
  return (
    <Tag color={s.color} variant="solid">
      {stage ?? s.label}
    </Tag>
  );
}

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const s = ITEM_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

export function ItemVersionStatusTag({ status }: { status: ItemVersionStatus }) {
  const s = ITEM_VERSION_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const s = PLAN_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

export function FilingDecisionTag({ decision }: { decision: FilingDecision | null | undefined }) {
  const s = FILING_DECISION[decision ?? 'PENDING'];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}
