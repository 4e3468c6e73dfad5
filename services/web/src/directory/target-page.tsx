import { Card, Descriptions, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { TargetDetailQuery, TargetInspectionsQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { InspectionStatusTag } from '../common/status-tag';
import { chinaDateTime, inspectionDay } from '../common/format';
import { holdsAny, useViewer } from '../common/viewer';
import { PageHeading } from '../common/list-page';
import { RegionName } from '../common/region';
import { TargetDetailDocument, TargetInspectionsDocument } from './documents';
import { HOLDER_KIND, RISK_CODE, RISK_LEVEL, TARGET_STATUS, targetOperationLabel } from './labels';
import { Empty, MapTag, Trail } from './parts';
import { BASE_WEIGHT, entryWeights } from './risk-weight';
import { TargetActions } from './target-actions';
import { ConflictsCard } from './conflicts-card';
import { ObjectHistory } from './object-history';
import { TargetCreditCard } from '../credit/target-credit-card';

type Data = TargetDetailQuery;
type Target = Data['target'];
type Inspection = TargetInspectionsQuery['inspections']['edges'][number]['node'];

function TargetFacts({ t, categoryName }: { t: Target; categoryName: string }) {
  return (
    <Descriptions bordered size="small" column={2} styles={{ label: { width: 160 } }}>
      <Descriptions.Item label="类型">{HOLDER_KIND[t.holderKind]}</Descriptions.Item>
      <Descriptions.Item label={t.holderKind === 'PERSON' ? '公民身份号码' : '统一社会信用代码'}>
        {t.uscc ?? t.residentId ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label="管理部门">{t.department?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="行业类别">{categoryName}</Descriptions.Item>
      <Descriptions.Item label="区域">
        <RegionName code={t.regionCode} />
      </Descriptions.Item>
      <Descriptions.Item label="等级">{t.grade ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="法定代表人（负责人）">{t.legalRepresentative ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="联系电话">{t.contactPhone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="注册地址">{t.registeredAddress ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="登记机关">{t.registrationAuthority ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <MapTag entry={TARGET_STATUS[t.status]} />
        {t.terminatedAt && `${chinaDateTime(t.terminatedAt)} 注销：${t.terminationReason ?? ''}`}
      </Descriptions.Item>
      <Descriptions.Item label="今日风险等级 / 抽取权重">
        <MapTag entry={RISK_LEVEL[t.riskLevel]} />
        {` 权重 ${t.drawWeight}（一般为 ${BASE_WEIGHT}）`}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Permits({ t }: { t: Target }) {
  const columns = [
    { title: '许可类型', dataIndex: 'permitType' },
    { title: '许可证号', dataIndex: 'permitNo' },
    { title: '有效期起', dataIndex: 'validFrom', render: (d: string | null) => d ?? '—' },
    { title: '有效期止', dataIndex: 'validUntil', render: (d: string | null) => d ?? '长期' },
    { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'VALID' ? '有效' : '已注销') },
  ];
  return (
    <Card title="许可证件" size="small">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={t.permits}
        pagination={false}
        locale={{ emptyText: <Empty text={'未登记许可证件'} /> }}
      />
    </Card>
  );
}

function RiskEntries({ t }: { t: Target }) {
  const weights = entryWeights(t.riskEntries);
  type Entry = Target['riskEntries'][number];
  const columns = [
    { title: '因素', key: 'code', render: (_: unknown, e: Entry) => RISK_CODE[e.code] },
    { title: '来源', dataIndex: 'source' },
    { title: '期间', key: 'period', render: (_: unknown, e: Entry) => `${e.since} 至 ${e.until ?? '持续'}` },
    { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '' },
    { title: '对今日权重', key: 'weight', render: (_: unknown, e: Entry) => weights.get(e.id) },
  ];
  return (
    <Card title={`风险记录（今日抽取权重 ${t.drawWeight}）`} size="small">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={t.riskEntries}
        pagination={false}
        locale={{ emptyText: <Empty text={`没有风险记录（一般权重为 ${BASE_WEIGHT}）`} /> }}
      />
    </Card>
  );
}

function Inspections({ targetId }: { targetId: string }) {
  const [{ data }] = useQuery({ query: TargetInspectionsDocument, variables: { targetId } });
  const columns = [
    {
      title: '检查期间',
      key: 'w',
      render: (_: unknown, r: Inspection) => (
        <Link to={`/inspections/${r.id}`}>{`${r.windowStart} 至 ${r.windowEnd}`}</Link>
      ),
    },
    { title: '牵头部门', key: 'lead', render: (_: unknown, r: Inspection) => r.leadDepartment?.name ?? '' },
    { title: '检查日期', key: 'day', render: (_: unknown, r: Inspection) => inspectionDay(r) },
    { title: '状态', key: 's', render: (_: unknown, r: Inspection) => <InspectionStatusTag status={r.status} /> },
  ];
  return (
    <Card title="检查记录" size="small">
      <Table
        rowKey="id"
        size="small"
        loading={!data}
        columns={columns}
        dataSource={data?.inspections.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: <Empty text={'尚未被抽中检查'} /> }}
      />
    </Card>
  );
}

/** A target's page: its facts, permits, risk entries with the weight each gives, conflicts (R30), inspections and history. */
export default function TargetPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TargetDetailDocument, variables: { id } });
  const [stamp, setStamp] = useState(0);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setStamp((n) => n + 1);
  };
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={reload}>
      {(d) => {
        const t = d.target;
        const category = d.businessCategories.find((c) => c.code === t.businessCategory)?.name ?? t.businessCategory;
        const maintains = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES) && t.status === 'ACTIVE';
        return (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Trail list="检查对象名录库" to="/targets" here={t.name} />
            <PageHeading title={t.name} actions={maintains && <TargetActions target={t} done={reload} />} />
            <TargetFacts t={t} categoryName={category} />
            <Permits t={t} />
            <RiskEntries t={t} />
            <TargetCreditCard targetId={t.id} />
            <ConflictsCard conflicts={d.conflictsOfInterest} party="inspector" done={reload} />
            <Inspections targetId={t.id} />
            {holdsAny(viewer, ['ADMIN', 'OVERSIGHT']) && (
              <ObjectHistory objectId={t.id} label={targetOperationLabel} title="变更记录" stamp={stamp} />
            )}
          </Space>
        );
      }}
    </QueryState>
  );
}
