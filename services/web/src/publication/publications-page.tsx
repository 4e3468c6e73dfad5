import { Progress, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { PublicationKind, PublicationRowFragment, SubordinatePublicationStatsQuery } from '../gql/graphql';
import { FilterSelect, PageHeading, optionsOf } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { useUrlFilters } from '../common/url-filters';
import { holdsAny, useViewer } from '../common/viewer';
import { PublicationListDocument, PublicationQueueDocument, SubordinateStatsDocument } from './documents';
import { PUBLICATION_ACTION, PUBLICATION_KIND } from './labels';
import { DueClock, PublicationStatusTag } from './status-tag';

type Row = PublicationRowFragment;
type Stats = SubordinatePublicationStatsQuery['subordinatePublicationStats'][number];

const columns: TableColumnsType<Row> = [
  {
    title: '检查对象',
    key: 'target',
    render: (_, r) => <Link to={`/publications/${r.id}`}>{r.targetName ?? PUBLICATION_KIND[r.kind]}</Link>,
  },
  {
    title: '类别',
    key: 'kind',
    render: (_, r) =>
      `${PUBLICATION_KIND[r.kind]}${r.action === 'PUBLISH' ? '' : `（${PUBLICATION_ACTION[r.action]}）`}`,
  },
  { title: '编制部门', key: 'dept', render: (_, r) => r.department?.name ?? '—' },
  { title: '起算日', dataIndex: 'eventDate', render: (d: string | null) => d ?? '—' },
  { title: '公示期限', dataIndex: 'dueDate', render: (d: string | null) => d ?? '—' },
  { title: '剩余', key: 'left', render: (_, r) => <DueClock p={r} /> },
  { title: '状态', key: 'status', render: (_, r) => <PublicationStatusTag p={r} /> },
  { title: '编制人', key: 'preparer', render: (_, r) => r.preparer?.displayName ?? '—' },
];

function RowsTable({ rows, empty }: { rows: readonly Row[]; empty: string }) {
  return (
    <Table<Row>
      rowKey="id"
      columns={columns}
      dataSource={[...rows]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Typography.Text type="secondary">{empty}</Typography.Text> }}
    />
  );
}

/** 待公示 and 待审核: the bureau's open documents by due date (R47); the approver's share (R48, never their own). */
function QueueTab({ kind, approval }: { kind: string | undefined; approval: boolean }) {
  const viewer = useViewer();
  const [q, again] = useQuery({ query: PublicationQueueDocument, requestPolicy: 'cache-and-network' });
  return (
    <QueryState
      data={q.data}
      error={q.error}
      fetching={q.fetching}
      retry={() => again({ requestPolicy: 'network-only' })}
    >
      {(d) => {
        const rows = d.publicationQueue.filter(
          (r) =>
            (!kind || r.kind === kind) &&
            (!approval || (r.status === 'PENDING_APPROVAL' && r.preparedBy && r.preparedBy !== viewer.id)),
        );
        return <RowsTable rows={rows} empty={approval ? '没有待审核的公示' : '没有待公示的文书：到期前在此编制'} />;
      }}
    </QueryState>
  );
}

function PublishedTab({ kind }: { kind: string | undefined }) {
  const filter = { status: 'PUBLISHED' as const, kind: (kind as PublicationKind | undefined) ?? null };
  const [q, again] = useQuery({ query: PublicationListDocument, variables: { filter } });
  return (
    <QueryState
      data={q.data}
      error={q.error}
      fetching={q.fetching}
      retry={() => again({ requestPolicy: 'network-only' })}
    >
      {(d) => <RowsTable rows={d.publications} empty="尚无已公示的文书" />}
    </QueryState>
  );
}

/** R47 for a superior: each subordinate bureau's overdue count and published ratio (叶县's goal: 100%). */
function StatsTab() {
  const [q, again] = useQuery({ query: SubordinateStatsDocument });
  const statColumns: TableColumnsType<Stats> = [
    { title: '单位', dataIndex: 'bureauName' },
    {
      title: '逾期未公示',
      dataIndex: 'overdueCount',
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    { title: '待公示', dataIndex: 'dueCount' },
    { title: '已公示', dataIndex: 'publishedCount' },
    {
      title: '公示率（目标 100%）',
      dataIndex: 'publishedRatio',
      render: (r: number | null, s: Stats) =>
        r === null ? (
          '无应公示'
        ) : (
          <Progress
            aria-label={`${s.bureauName}公示率`}
            percent={Math.round(r * 1000) / 10}
            size="small"
            style={{ width: 160 }}
          />
        ),
    },
  ];
  return (
    <QueryState
      data={q.data}
      error={q.error}
      fetching={q.fetching}
      retry={() => again({ requestPolicy: 'network-only' })}
    >
      {(d) => (
        <Table<Stats>
          rowKey="bureauId"
          columns={statColumns}
          dataSource={d.subordinatePublicationStats}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">没有下级单位</Typography.Text> }}
        />
      )}
    </QueryState>
  );
}

/** 公示: the queue of due and overdue documents, what awaits approval, what is published, the subordinates' figures. */
export default function PublicationsPage() {
  const viewer = useViewer();
  const { values, setFilter } = useUrlFilters(['view', 'kind'] as const);
  const view = values.view ?? 'queue';
  const kindFilter = (
    <FilterSelect
      label="类别"
      value={values.kind}
      options={optionsOf({
        INSPECTION_RESULT: PUBLICATION_KIND.INSPECTION_RESULT,
        PENALTY_RESULT: PUBLICATION_KIND.PENALTY_RESULT,
      })}
      onChange={(v) => setFilter('kind', v)}
      width={220}
    />
  );
  const tabs = [
    { key: 'queue', label: '待公示', children: <QueueTab kind={values.kind} approval={false} /> },
    { key: 'approval', label: '待审核', children: <QueueTab kind={values.kind} approval /> },
    { key: 'published', label: '已公示', children: <PublishedTab kind={values.kind} /> },
    ...(holdsAny(viewer, ROLE_SETS.OVERSEES) ? [{ key: 'stats', label: '下级公示情况', children: <StatsTab /> }] : []),
  ];
  return (
    <>
      <PageHeading title="公示" actions={view === 'stats' ? undefined : kindFilter} />
      <Tabs
        activeKey={view}
        onChange={(k) => setFilter('view', k === 'queue' ? undefined : k)}
        items={tabs}
        destroyOnHidden
      />
    </>
  );
}
