import { Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { chinaDateTime } from '../common/format';
import type { PublicationAction } from './gql/graphql';
import { ACTION_LABELS, TAG_COLOR } from './labels';

interface Version {
  id: string;
  version: number;
  action: PublicationAction;
  current: boolean;
  supersedeReason?: string | null;
  publishedAt: string;
  documentSha256?: string;
}

/** Whether a series ends withdrawn: its current version is a withdrawal. */
export const withdrawn = (history: readonly Version[]) => history.some((v) => v.current && v.action === 'WITHDRAW');

/**
 * A series' publication history (R48): first publication, corrections and withdrawals with their reasons;
 * a superseded version is marked, and every version opens (its address is the only place its id appears) — except
 * those of a withdrawn series, whose content is public no more.
 */
export function PublicationHistory({ history, openId }: { history: readonly Version[]; openId?: string }) {
  // A withdrawn series (撤回): only the withdrawal is public, the earlier versions' content no longer is.
  const gone = (v: Version) => withdrawn(history) && v.action !== 'WITHDRAW';
  return (
    <Timeline
      className="public-history"
      items={history.map((v) => ({
        key: v.id,
        color: v.current ? (v.action === 'WITHDRAW' ? 'red' : 'green') : 'gray',
        content: (
          <div>
            <Typography.Text strong>
              第 {v.version} 版 · {ACTION_LABELS[v.action]}
            </Typography.Text>{' '}
            {v.current ? (
              <Tag color={TAG_COLOR.current} variant="solid">
                现行
              </Tag>
            ) : (
              <Tag color={TAG_COLOR.superseded} variant="solid">
                已被取代
              </Tag>
            )}
            <div>
              <Typography.Text type="secondary">{chinaDateTime(v.publishedAt)} 公示</Typography.Text>
            </div>
            {v.supersedeReason && <div>原因：{v.supersedeReason}</div>}
            {v.id === openId ? (
              <Typography.Text type="secondary">（本页所示）</Typography.Text>
            ) : gone(v) ? (
              <Typography.Text type="secondary">（已撤回，内容不再公示）</Typography.Text>
            ) : (
              <Link to={`/gs/publication/${v.id}`} className="no-print">
                查看第 {v.version} 版
              </Link>
            )}
          </div>
        ),
      }))}
    />
  );
}
