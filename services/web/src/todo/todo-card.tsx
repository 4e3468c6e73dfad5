import type { ReactNode } from 'react';
import { Card, Skeleton, Statistic } from 'antd';
import { Link } from 'react-router';

/**
 * The to-dos are others' work arriving: each count is read again whenever 待办 is shown (the cached one shows
 * meanwhile), never only the count from the first visit of the session.
 */
export const FRESH = 'cache-and-network' as const;

/** Readable grey (WCAG AA on white) for what has nothing to do. */
const QUIET = 'rgba(0, 0, 0, 0.6)';

/**
 * One to-do: its count, what it means, and one rule for the footer of every card: 查看 (a link) when there is
 * something to do, 无 (no link, the count greyed) when the count is 0.
 */
export function TodoCard(props: { title: string; count: number | undefined; hint: ReactNode; to?: string }) {
  const { title, count, hint, to } = props;
  const none = count === 0;
  const body =
    count === undefined ? (
      <Skeleton active paragraph={false} />
    ) : (
      <Statistic title={title} value={count} suffix="项" styles={none ? { content: { color: QUIET } } : undefined} />
    );
  const footer = none ? <span style={{ color: QUIET }}>无</span> : count && to ? <Link to={to}>查看</Link> : undefined;
  return (
    <Card size="small" style={{ height: '100%' }} actions={footer ? [<span key="go">{footer}</span>] : undefined}>
      {body}
      <div style={{ color: 'rgba(0,0,0,0.65)', marginTop: 8 }}>{hint}</div>
    </Card>
  );
}
