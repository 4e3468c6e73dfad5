import type { ReactNode } from 'react';
import { Card, Skeleton, Statistic } from 'antd';
import { Link } from 'react-router';

/** One to-do: its count, what it means, and a link where the page exists. */
export function TodoCard(props: { title: string; count: number | undefined; hint: ReactNode; to?: string }) {
  const { title, count, hint, to } = props;
  const body =
    count === undefined ? <Skeleton active paragraph={false} /> : <Statistic title={title} value={count} suffix="项" />;
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      actions={
        to
          ? [
              <Link key="go" to={to}>
                查看
              </Link>,
            ]
          : undefined
      }
    >
      {body}
      <div style={{ color: 'rgba(0,0,0,0.65)', marginTop: 8 }}>{hint}</div>
    </Card>
  );
}
