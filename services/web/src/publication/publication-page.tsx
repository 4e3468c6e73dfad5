import { Card, Descriptions, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { PublicationDetailQuery, PublicationSeriesQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { Trail } from '../directory/parts';
import { PublicationDetailDocument, PublicationSeriesDocument } from './documents';
import { DocumentView } from './document-view';
import { fieldLabel, PUBLICATION_ACTION, PUBLICATION_KIND } from './labels';
import { PublicationActions } from './publication-actions';
import { DueClock, PublicationStatusTag } from './status-tag';

type Pub = PublicationDetailQuery['publication'];
type SeriesRow = PublicationSeriesQuery['publications'][number];

function Facts({ p }: { p: Pub }) {
  const items = [
    { key: 'status', label: '状态', children: <PublicationStatusTag p={p} /> },
    { key: 'action', label: '作用', children: `${PUBLICATION_ACTION[p.action]}（第 ${p.version} 版）` },
    { key: 'dept', label: '编制部门', children: p.department?.name ?? '—' },
    {
      key: 'prep',
      label: '编制',
      children: p.preparer ? `${p.preparer.displayName} ${chinaDateTime(p.preparedAt)}` : '待编制',
    },
    { key: 'event', label: '起算日', children: p.eventDate ?? '—' },
    // A deadline only where a clock runs (R47), and its countdown only until it is published.
    ...(p.dueDate
      ? [
          {
            key: 'due',
            label: '公示期限',
            children: p.publishedAt ? (
              p.dueDate
            ) : (
              <Space>
                {p.dueDate}
                <DueClock p={p} />
              </Space>
            ),
          },
        ]
      : []),
    {
      key: 'appr',
      label: '审核',
      children: p.approver ? `${p.approver.displayName} ${chinaDateTime(p.publishedAt)}` : '—',
    },
    {
      key: 'insp',
      label: '所涉检查',
      children: p.inspectionId ? <Link to={`/inspections/${p.inspectionId}`}>查看检查</Link> : '—',
    },
    ...(p.returnComment ? [{ key: 'ret', label: '退回意见', span: 2, children: p.returnComment }] : []),
    ...(p.supersedeReason
      ? [{ key: 'why', label: `${PUBLICATION_ACTION[p.action]}理由`, span: 2, children: p.supersedeReason }]
      : []),
    ...(p.secretFields.length
      ? [{ key: 'secret', label: '不予公示的字段', span: 2, children: p.secretFields.map(fieldLabel).join('、') }]
      : []),
    ...(p.documentSha256
      ? [
          {
            key: 'sha',
            label: '文书 SHA-256',
            span: 2,
            children: <Typography.Text code>{p.documentSha256}</Typography.Text>,
          },
        ]
      : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

/** The series: first publication, corrections and withdrawals with their reasons; all stay (R48). */
function History({ rows, here }: { rows: readonly SeriesRow[] | undefined; here: string }) {
  const columns: TableColumnsType<SeriesRow> = [
    {
      title: '版本',
      key: 'v',
      render: (_, r) =>
        r.id === here ? `第 ${r.version} 版（本页）` : <Link to={`/publications/${r.id}`}>{`第 ${r.version} 版`}</Link>,
    },
    { title: '作用', key: 'a', render: (_, r) => PUBLICATION_ACTION[r.action] },
    { title: '状态', key: 's', render: (_, r) => <PublicationStatusTag p={r} /> },
    { title: '理由', key: 'why', render: (_, r) => r.supersedeReason ?? r.returnComment ?? '—' },
    { title: '编制人', key: 'p', render: (_, r) => r.preparer?.displayName ?? '—' },
    { title: '审核人', key: 'ap', render: (_, r) => r.approver?.displayName ?? '—' },
    { title: '公示时间', key: 't', render: (_, r) => chinaDateTime(r.publishedAt) },
  ];
  return (
    <Card title="公示历史（更正、撤回均保留）" size="small">
      <Table<SeriesRow>
        rowKey="id"
        size="small"
        loading={!rows}
        columns={columns}
        dataSource={rows ?? []}
        pagination={false}
      />
    </Card>
  );
}

type Detail = PublicationDetailQuery;

function PublicationBody({ d, reload }: { d: Detail; reload: () => void }) {
  const p = d.publication;
  const [{ data }, again] = useQuery({ query: PublicationSeriesDocument, variables: { seriesId: p.seriesId } });
  const rows = data?.publications;
  // R48: one open correction or withdrawal per series; while it waits, the published one is not superseded again.
  const draftOpen = !!rows?.some((r) => r.id !== p.id && (r.status === 'PENDING_APPROVAL' || r.status === 'RETURNED'));
  const done = () => {
    reload();
    again({ requestPolicy: 'network-only' });
  };
  const title = `${p.targetName ?? ''} ${PUBLICATION_KIND[p.kind]}`.trim();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Trail list="公示" to="/publications" here={title} />
      <PageHeading title={title} />
      {draftOpen && p.status === 'PUBLISHED' ? (
        <Typography.Text type="secondary">已有待审核的更正或撤回，见下方公示历史。</Typography.Text>
      ) : (
        <PublicationActions p={p} approverRole={d.bureauSettings.publicationApproverRole} onDone={done} />
      )}
      <Facts p={p} />
      <Card size="small">
        {p.document ? (
          <DocumentView document={p.document} title="公示文书（已脱敏、冻结，公众所见）" />
        ) : (
          <DocumentView
            document={p.draft}
            title="编制稿（仅内部可见）"
            note="审核通过时按脱敏规则处理（证件号码、电话、住址、自然人姓名）并冻结；审核人可将涉密或隐私字段标为不予公示。"
          />
        )}
      </Card>
      <History rows={rows} here={p.id} />
    </Space>
  );
}

/** A publication's page: its state and clock, the document as the public sees it, the approval, the history. */
export default function PublicationPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, again] = useQuery({ query: PublicationDetailDocument, variables: { id } });
  const reload = () => again({ requestPolicy: 'network-only' });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={reload}>
      {(d) => <PublicationBody d={d} reload={reload} />}
    </QueryState>
  );
}
