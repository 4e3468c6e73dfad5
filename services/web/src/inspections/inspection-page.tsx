import { Button, Card, Descriptions, List, Table, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { InspectionPageQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { InspectionStatusTag } from '../common/status-tag';

const InspectionPageDocument = graphql(`
  query InspectionPage($id: ID!) {
    inspection(id: $id) {
      id
      status
      kind
      windowStart
      windowEnd
      scheduledOn
      reportDue
      target {
        name
        registeredAddress
      }
      leadDepartment {
        name
      }
      itemVersions {
        id
        name
        versionNo
      }
      members {
        id
        leftAt
        inspector {
          name
          badgeNo
          department {
            name
          }
        }
      }
    }
  }
`);

type Inspection = InspectionPageQuery['inspection'];
type Member = Inspection['members'][number];

const teamColumns = [
  { title: '姓名', key: 'name', render: (_: unknown, m: Member) => m.inspector?.name ?? '（不可见）' },
  { title: '警号', key: 'badge', render: (_: unknown, m: Member) => m.inspector?.badgeNo ?? '—' },
  { title: '部门', key: 'dept', render: (_: unknown, m: Member) => m.inspector?.department.name ?? '' },
];

function InspectionView({ inspection: i }: { inspection: Inspection }) {
  const navigate = useNavigate();
  const team = i.members.filter((m) => !m.leftAt);
  return (
    <>
      <Typography.Title level={2}>{i.target?.name ?? '检查'}</Typography.Title>
      {(i.status === 'MATCHED' || i.status === 'SCHEDULED') && (
        <Button type="primary" size="large" style={{ marginBottom: 16 }} onClick={() => void navigate('record')}>
          填写现场检查记录
        </Button>
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label="状态">
          <InspectionStatusTag status={i.status} />
        </Descriptions.Item>
        <Descriptions.Item label="类别">{i.kind === 'DRAWN' ? '双随机抽取' : '直接检查'}</Descriptions.Item>
        <Descriptions.Item label="检查期间">{`${i.windowStart} 至 ${i.windowEnd}`}</Descriptions.Item>
        <Descriptions.Item label="检查日期">{i.scheduledOn ?? '未安排'}</Descriptions.Item>
        <Descriptions.Item label="牵头部门">{i.leadDepartment?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label="报告期限">{i.reportDue ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="地址" span={2}>
          {i.target?.registeredAddress ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Card title="检查组" style={{ marginBottom: 24 }}>
        <Table<Member> rowKey="id" columns={teamColumns} dataSource={team} pagination={false} />
      </Card>
      <Card title="检查事项">
        <List
          dataSource={i.itemVersions}
          renderItem={(v) => <List.Item>{`${v.name}（第 ${v.versionNo} 版）`}</List.Item>}
        />
      </Card>
    </>
  );
}

/** An inspection's page; another bureau's (typed into the address bar) shows "不存在或无权访问". */
export default function InspectionPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: InspectionPageDocument, variables: { id } });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => <InspectionView inspection={d.inspection} />}
    </QueryState>
  );
}
