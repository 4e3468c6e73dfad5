import { Tag } from 'antd';
import type { AppealKind, AppealStatus } from '../gql/graphql';

export const APPEAL_KIND_LABELS: Record<AppealKind, string> = { OBJECTION: '异议', COMPLAINT: '投诉' };

const STATUS: Record<AppealStatus, [string, string]> = {
  FILED: ['待办理', '#ad4e00'],
  IN_HANDLING: ['办理中', '#0958d9'],
  UPHELD: ['成立', '#237804'],
  REJECTED: ['不成立', '#595959'],
};

/** An appeal's state, and 已逾期 beside it when an open one is past its due date. */
export function AppealStatusTag({ status, overdue }: { status: AppealStatus; overdue?: boolean }) {
  const [label, color] = STATUS[status];
  return (
    <>
      <Tag color={color} variant="solid">
        {label}
      </Tag>
      {overdue && (
        <Tag color="#a8071a" variant="solid">
          已逾期
        </Tag>
      )}
    </>
  );
}
