import { Card, Table } from 'antd';
import { Link } from 'react-router';
import type { InspectorDetailQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { CONFLICT_RELATION } from './labels';
import { Empty } from './parts';

/** The conflicts both pages read (the same selection in the inspector's and the target's query). */
type Conflicts = InspectorDetailQuery['conflictsOfInterest'];
type Conflict = Conflicts['edges'][number]['node'];

const period = (c: Conflict) => `${c.since} 至 ${c.until ?? '持续'}`;

/**
 * R30: an inspector's or a target's declared conflicts; `party` is the other side the rows name
 * (a lent inspector outside the viewer's sight shows as such, never as an id).
 */
export function ConflictsCard({ conflicts, party }: { conflicts: Conflicts; party: 'inspector' | 'target' }) {
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
    { title: '期间', key: 'period', render: (_: unknown, c: Conflict) => period(c) },
    { title: '申报人', key: 'by', render: (_: unknown, c: Conflict) => c.declarer?.displayName ?? '—' },
    { title: '申报时间', key: 'at', render: (_: unknown, c: Conflict) => chinaDateTime(c.createdAt) },
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
