import { Card, Descriptions, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { InspectorDetailQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { InspectorDetailDocument } from './inspector-documents';
import { GENDER, INSPECTOR_STATUS, inspectorChangeLabel } from './labels';
import { Empty, MapTag, Trail } from './parts';
import { InspectorActions } from './inspector-actions';
import { ConflictsCard } from './conflicts-card';
import { ObjectHistory } from './object-history';
import { holdsAny, useViewer } from '../common/viewer';
import { operationLabel } from '../audit/labels';

type Inspector = InspectorDetailQuery['inspector'];

function Facts({ i }: { i: Inspector }) {
  return (
    <Descriptions bordered size="small" column={2} styles={{ label: { width: 160 } }}>
      <Descriptions.Item label="性别">{GENDER[i.gender]}</Descriptions.Item>
      <Descriptions.Item label="部门">{i.department?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="身份">{i.externalAgency ? '外部机关人员' : '民警'}</Descriptions.Item>
      <Descriptions.Item label={i.externalAgency ? '执法证号' : '警号'}>
        {(i.externalAgency ? i.agencyCertificateNo : i.badgeNo) ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label="警官证号">{i.warrantNo ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="警官证有效期至">{i.warrantValidUntil ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="职务 / 岗位">{[i.duty, i.post].filter(Boolean).join(' / ') || '—'}</Descriptions.Item>
      <Descriptions.Item label="电话">{i.phone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="技能">{i.skills.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label="资格">{i.qualifications.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <MapTag entry={INSPECTOR_STATUS[i.status]} />
      </Descriptions.Item>
    </Descriptions>
  );
}

function History({ i }: { i: Inspector }) {
  type Change = Inspector['history'][number];
  const columns = [
    { title: '时间', key: 'at', render: (_: unknown, c: Change) => chinaDateTime(c.changedAt) },
    { title: '变更', key: 'change', render: (_: unknown, c: Change) => inspectorChangeLabel(c.change) },
  ];
  return (
    <Card title="变更记录（R14）" size="small">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={i.history}
        pagination={false}
        locale={{ emptyText: <Empty text="没有变更记录" /> }}
      />
    </Card>
  );
}

/** An inspector's page: facts, conflicts of interest (R30), the history of changes, and the actions the viewer may take. */
export default function InspectorPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: InspectorDetailDocument, variables: { id } });
  const viewer = useViewer();
  const [stamp, setStamp] = useState(0);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setStamp((n) => n + 1);
  };
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={reload}>
      {(d) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Trail list="执法检查人员名录库" to="/inspectors" here={d.inspector.name} />
          <PageHeading title={d.inspector.name} actions={<InspectorActions inspector={d.inspector} done={reload} />} />
          <Facts i={d.inspector} />
          <ConflictsCard conflicts={d.conflictsOfInterest} party="target" done={reload} />
          <History i={d.inspector} />
          {/* What the R14 history does not keep, e.g. the link to a user account (the audit trail). */}
          {holdsAny(viewer, ['ADMIN', 'OVERSIGHT']) && (
            <ObjectHistory objectId={d.inspector.id} label={operationLabel} title="操作记录（审计）" stamp={stamp} />
          )}
        </Space>
      )}
    </QueryState>
  );
}
