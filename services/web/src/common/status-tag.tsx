import { Tag } from 'antd';
import type { InspectionStatus } from '../gql/graphql';
import { INSPECTION_STATUS } from './status';

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const s = INSPECTION_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}
