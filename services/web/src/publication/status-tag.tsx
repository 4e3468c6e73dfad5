import { Tag, Typography } from 'antd';
import type { PublicationStatus } from '../gql/graphql';
import { chinaToday } from '../directory/risk-weight';
import { PUBLICATION_STATUS, daysLeft, stateOf } from './labels';

export function PublicationStatusTag({ p }: { p: { status: PublicationStatus; preparedBy?: string | null } }) {
  const s = PUBLICATION_STATUS[stateOf(p)];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

/** R47's clock of an open document: the days left, or how long overdue in red. */
export function DueClock({ p }: { p: { dueDate?: string | null; overdue: boolean; publishedAt?: string | null } }) {
  if (p.publishedAt || !p.dueDate) return <span>—</span>;
  const left = daysLeft(p.dueDate, chinaToday());
  if (p.overdue || left < 0) return <Typography.Text type="danger">{`逾期 ${Math.max(1, -left)} 天`}</Typography.Text>;
  return <span>{left === 0 ? '今日到期' : `还剩 ${left} 天`}</span>;
}
