import { List, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { inspectionDay } from '../common/format';
import { graphql } from '../gql';
import type { MyInspectionsQuery } from '../gql/graphql';
import { usePhone } from '../common/phone';
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
          checkEndedOn
          report {
            status
          }
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
  { title: '检查日期', key: 'day', render: (_: unknown, r: Row) => inspectionDay(r) },
  {
    title: '状态',
    key: 'status',
    render: (_: unknown, r: Row) => <InspectionStatusTag status={r.status} reportStatus={r.report?.status} />,
  },
];

const EMPTY = '暂无待办的检查：抽取派发后，本人参加的检查会列在这里';

/**
 * On a phone: one block per inspection, the target large (the whole block is the link, an easy tap) and its
 * status, period, date and lead department on lines below, so nothing is cut at the screen's edge.
 */
function PhoneList({ rows }: { rows: Row[] }) {
  return (
    <List<Row>
      bordered
      style={{ background: '#fff' }}
      dataSource={rows}
      locale={{ emptyText: EMPTY }}
      renderItem={(r) => (
        <List.Item key={r.id}>
          <Link to={`/inspections/${r.id}`} style={{ display: 'block', width: '100%', color: 'inherit' }}>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {r.target?.name ?? '（对象不可见）'}
            </Typography.Text>
            <div style={{ margin: '4px 0' }}>
              <InspectionStatusTag status={r.status} reportStatus={r.report?.status} />
            </div>
            <div>{`检查期间：${r.windowStart} 至 ${r.windowEnd}`}</div>
            <div>{`检查日期：${inspectionDay(r)}`}</div>
            <div>{`牵头部门：${r.leadDepartment?.name ?? '—'}`}</div>
          </Link>
        </List.Item>
      )}
    />
  );
}

/** 我的检查: the inspections the viewer is on the team of, not yet closed. */
export default function MyInspectionsPage() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MyInspectionsDocument });
  const phone = usePhone();
  return (
    <>
      <Typography.Title level={2}>我的检查</Typography.Title>
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) => {
          const rows = d.myInspections.edges.map((e) => e.node);
          return phone ? (
            <PhoneList rows={rows} />
          ) : (
            <Table<Row>
              rowKey="id"
              columns={columns}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: EMPTY }}
            />
          );
        }}
      </QueryState>
    </>
  );
}
