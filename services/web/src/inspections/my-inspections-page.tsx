import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MyInspectionsQuery } from '../gql/graphql';
import { usePhoneTableScroll } from '../common/phone';
import { QueryState } from '../common/query-state';
import { InspectionStatusTag } from '../common/status-tag';

const MyInspectionsDocument = graphql(`
  query MyInspections {
    myInspections(first: 100) {
      totalCount
      edges {
        node {
          id
          status
          windowStart
          windowEnd
          scheduledOn
          target {
            name
          }
          leadDepartment {
            name
          }
        }
      }
    }
  }
`);

type Row = MyInspectionsQuery['myInspections']['edges'][number]['node'];

const columns = [
  {
    title: '检查对象',
    key: 'target',
    render: (_: unknown, r: Row) => <Link to={`/inspections/${r.id}`}>{r.target?.name ?? '（对象不可见）'}</Link>,
  },
  { title: '牵头部门', key: 'lead', render: (_: unknown, r: Row) => r.leadDepartment?.name ?? '' },
  { title: '检查期间', key: 'window', render: (_: unknown, r: Row) => `${r.windowStart} 至 ${r.windowEnd}` },
  { title: '检查日期', dataIndex: 'scheduledOn', render: (d: string | null) => d ?? '未安排' },
  { title: '状态', dataIndex: 'status', render: (s: Row['status']) => <InspectionStatusTag status={s} /> },
];

/** 我的检查: the inspections the viewer is on the team of, not yet closed. */
export default function MyInspectionsPage() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MyInspectionsDocument });
  const scroll = usePhoneTableScroll();
  return (
    <>
      <Typography.Title level={2}>我的检查</Typography.Title>
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) => (
          <Table<Row>
            rowKey="id"
            columns={columns}
            dataSource={d.myInspections.edges.map((e) => e.node)}
            pagination={false}
            scroll={scroll}
            locale={{ emptyText: '暂无待办的检查：抽取派发后，本人参加的检查会列在这里' }}
          />
        )}
      </QueryState>
    </>
  );
}
