import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { InspectionRowFragment, InspectionStatus } from '../../gql/graphql';
import { inspectionDay } from '../../common/format';
import { Pager } from '../../common/pager';
import { QueryState } from '../../common/query-state';
import { INSPECTION_STATUS } from '../../common/status';
import { useTableExport, type TableExport } from '../../common/table-export';
import { holdsAny, useViewer } from '../../common/viewer';
import { InspectionStatusTag } from '../../common/status-tag';
import { useUrlFilters } from '../../common/url-filters';
import { InspectionListDocument, ReportsDueListDocument } from './documents';

const PAGE = 20;

const columns = [
  {
    title: '检查对象',
    key: 'target',
    render: (_: unknown, r: InspectionRowFragment) => (
      <Link to={`/inspections/${r.id}`}>{r.target?.name ?? '（对象不可见）'}</Link>
    ),
  },
  { title: '牵头部门', key: 'lead', render: (_: unknown, r: InspectionRowFragment) => r.leadDepartment?.name ?? '' },
  {
    title: '检查期间',
    key: 'window',
    render: (_: unknown, r: InspectionRowFragment) => `${r.windowStart} 至 ${r.windowEnd}`,
  },
  { title: '检查日期', key: 'day', render: (_: unknown, r: InspectionRowFragment) => inspectionDay(r) },
  { title: '报告期限', dataIndex: 'reportDue', render: (d: string | null) => d ?? '—' },
  {
    title: '状态',
    key: 'status',
    render: (_: unknown, r: InspectionRowFragment) => (
      <InspectionStatusTag status={r.status} reportStatus={r.report?.status} />
    ),
  },
];

/**
 * The archive list (R42): every inspection of the caller's scope and how long its file is kept, named
 * so by the server (RETENTION_FILE). Not the list's view: the whole scope, as the archive keeps it.
 */
const ARCHIVE_EXPORT: TableExport = { kind: 'RETENTION', filename: '检查档案保存期限.xlsx', title: '后台导出档案清单' };

const ALL = 'all';
const VIEWS = [
  { value: ALL, label: '全部检查' },
  { value: 'due', label: '待出具报告（按期限）' },
  { value: 'overdue', label: '逾期未出具报告' },
  { value: 'review', label: '报告待审核' },
  ...Object.entries(INSPECTION_STATUS).map(([value, s]) => ({ value, label: s.label })),
];

/** The records behind a dashboard's number (issue 15): bureau, lead department and the days the checks ended. */
const DRILL = ['bureau', 'department', 'endedFrom', 'endedTo'] as const;
type Drill = Partial<Record<(typeof DRILL)[number], string>>;

/** One list for both sources: the reports due (R39) or the inspections by status; the view is in the URL. */
function useInspectionList(view: string | undefined, after: string | undefined, drill: Drill) {
  const reports = view === 'due' || view === 'overdue' || view === 'review';
  const filter = {
    ...(view && !reports && { status: view as InspectionStatus }),
    ...(drill.bureau && { bureauId: drill.bureau }),
    ...(drill.department && { leadDepartmentId: drill.department }),
    ...(drill.endedFrom && { checkEndedFrom: drill.endedFrom }),
    ...(drill.endedTo && { checkEndedTo: drill.endedTo }),
  };
  const [list, reList] = useQuery({
    query: InspectionListDocument,
    variables: { first: PAGE, after, filter: Object.keys(filter).length ? filter : null },
    pause: reports,
  });
  const [due, reDue] = useQuery({
    query: ReportsDueListDocument,
    variables: { first: PAGE, after, overdue: view === 'overdue', inReview: view === 'review' },
    pause: !reports,
  });
  const q = reports ? due : list;
  const connection = reports ? due.data?.inspectionReportsDue : list.data?.inspections;
  return { q, connection, retry: () => (reports ? reDue() : reList()) };
}

/**
 * 导出档案清单 and the panel of a big one running in the background: for the office, the administrator
 * and 督察 only (the roles the export's route and startExport allow; the others would be refused).
 */
function useArchiveExport() {
  const allowed = holdsAny(useViewer(), ROLE_SETS.READS_ARCHIVE);
  const exporting = useTableExport(ARCHIVE_EXPORT);
  const button = allowed && (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting.busy}
      disabled={exporting.busy}
      onClick={() => void exporting.run()}
    >
      导出档案清单
    </Button>
  );
  return { button, panel: exporting.panel };
}

/** 检查: the bureau's inspections for the office and the heads, filtered in the URL (a link reproduces the view). */
export default function InspectionsListPage() {
  const { values, after, setFilter, setAfter } = useUrlFilters(['view', ...DRILL] as const);
  const { q, connection, retry } = useInspectionList(values.view, after, values);
  const drilled = DRILL.some((k) => values[k]);
  const navigate = useNavigate();
  const archive = useArchiveExport();
  return (
    <>
      <Typography.Title level={2}>检查办理</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="筛选"
          style={{ width: 240 }}
          value={values.view ?? ALL}
          options={VIEWS}
          onChange={(v: string) => setFilter('view', v === ALL ? undefined : v)}
        />
        {drilled && (
          <Tag closable onClose={() => void navigate(values.view ? `?view=${values.view}` : '?')}>
            统计看板的筛选：{values.endedFrom ?? '…'} 至 {values.endedTo ?? '…'} 结束现场检查
            {values.department ? '（所选部门牵头）' : ''}
          </Tag>
        )}
        {archive.button}
      </Space>
      {archive.panel}
      <QueryState data={connection} error={q.error} fetching={q.fetching} retry={retry}>
        {(c) => (
          <>
            <Table<InspectionRowFragment>
              rowKey="id"
              columns={columns}
              dataSource={c.edges.map((e) => e.node)}
              pagination={false}
              locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.65)' }}>没有符合条件的检查</span> }}
            />
            <Pager
              total={c.totalCount}
              unit="次检查"
              onFirstPage={!after}
              endCursor={c.pageInfo.endCursor}
              hasNextPage={c.pageInfo.hasNextPage}
              setAfter={setAfter}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
