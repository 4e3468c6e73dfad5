import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { InspectorDetailQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { CONFLICT_RELATION } from './labels';
import { Empty } from './parts';
import { holdsAny, useViewer } from '../common/viewer';
import { useMyBureau } from '../common/my-bureau';
import { EndConflictButton } from './end-conflict';

/** The conflicts both pages read (the same selection in the inspector's and the target's query). */
type Conflicts = InspectorDetailQuery['conflictsOfInterest'];
type Conflict = Conflicts['edges'][number]['node'];

const period = (c: Conflict) => `${c.since} 至 ${c.until ?? '持续'}`;

/** The period, and when ended, the tag and the reason. */
function Period({ c }: { c: Conflict }) {
  if (!c.endedAt) return <>{period(c)}</>;
  return (
    <>
      {period(c)} <Tag>已结束</Tag>
      {c.endReason && <div>原因：{c.endReason}</div>}
    </>
  );
}

/**
 * R30: an inspector's or a target's declared conflicts; `party` is the other side the rows name
 * (a lent inspector outside the viewer's sight shows as such, never as an id). Those who keep the
 * directories end an open conflict of their own bureau (the API decides per inspector); `done`
 * reads the page again.
 */
export function ConflictsCard(props: { conflicts: Conflicts; party: 'inspector' | 'target'; done: () => void }) {
  const { conflicts, party, done } = props;
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const mayEnd = (c: Conflict) =>
    !c.endedAt && c.bureauId === bureau?.id && holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const other = {
    title: party === 'target' ? '检查对象' : '检查人员',
    key: 'party',
    render: (_: unknown, c: Conflict) =>
      party === 'target' ? (
        c.target ? (
          <Link to={`/targets/${c.target.id}`}>{c.target.name}</Link>
        ) : (
          '—'
        )
      ) : c.inspector ? (
        `${c.inspector.name}（${c.inspector.department.name}）`
      ) : (
        '借调人员'
      ),
  };
  const columns = [
    other,
    { title: '关系', key: 'relation', render: (_: unknown, c: Conflict) => CONFLICT_RELATION[c.relation] },
    { title: '说明', key: 'detail', render: (_: unknown, c: Conflict) => c.detail ?? '—' },
    { title: '期间', key: 'period', render: (_: unknown, c: Conflict) => <Period c={c} /> },
    { title: '申报人', key: 'by', render: (_: unknown, c: Conflict) => c.declarer?.displayName ?? '—' },
    { title: '申报时间', key: 'at', render: (_: unknown, c: Conflict) => chinaDateTime(c.createdAt) },
    {
      title: '',
      key: 'end',
      width: 70,
      render: (_: unknown, c: Conflict) =>
        mayEnd(c) && <EndConflictButton id={c.id} since={c.since} until={c.until ?? null} done={done} />,
    },
  ];
  const rows = conflicts.edges.map((e) => e.node);
  const more = conflicts.totalCount > rows.length ? `（共 ${conflicts.totalCount} 条，显示前 ${rows.length} 条）` : '';
  return (
    <Card title={`利害关系（R30，抽取时回避）${more}`} size="small">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty text="没有申报的利害关系" /> }}
      />
    </Card>
  );
}
