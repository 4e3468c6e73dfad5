import { Tag } from 'antd';
import type { FilingDecision, InspectionStatus, ItemStatus, ItemVersionStatus, PlanStatus } from '../gql/graphql';
import { FILING_DECISION, INSPECTION_STATUS, ITEM_STATUS, ITEM_VERSION_STATUS, PLAN_STATUS } from './status';

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const s = INSPECTION_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
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
