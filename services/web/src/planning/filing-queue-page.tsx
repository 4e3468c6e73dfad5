import { Switch, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { FilingDecision, FilingQueueQuery, PlanKind } from '../gql/graphql';
import { FilingDecisionTag } from '../common/status-tag';
import { chinaDateTime } from '../common/format';
import { useUrlFilters } from '../common/url-filters';
import { ListPage } from '../common/list-page';
import { FilingQueueDocument } from './documents';
import { PLAN_KIND_LABELS } from './labels';

type Row = FilingQueueQuery['planFilingQueue']['edges'][number]['node'];

const columns = [
  { title: '报备机关', key: 'bureau', render: (_: unknown, r: Row) => r.bureau?.name ?? '' },
  {
    title: '计划',
    key: 'plan',
    render: (_: unknown, r: Row) => <Link to={`/plans/${r.planId}`}>{r.plan?.title ?? '（计划）'}</Link>,
  },
  { title: '年度', dataIndex: 'year', width: 80 },
  { title: '类别', dataIndex: 'kind', render: (k: PlanKind) => PLAN_KIND_LABELS[k] },
  { title: '第几次', dataIndex: 'filingNo', width: 80 },
  { title: '报备时间', dataIndex: 'filedAt', render: (t: string) => chinaDateTime(t) },
  { title: '报备人', key: 'filer', render: (_: unknown, r: Row) => r.filer?.displayName ?? '—' },
  {
    title: '警示',
    key: 'w',
    render: (_: unknown, r: Row) =>
      r.warnings.length ? <Tag color="#ad4e00" variant="solid">{`${r.warnings.length} 项`}</Tag> : '无',
  },
  { title: '处理', dataIndex: 'decision', render: (d: FilingDecision | null) => <FilingDecisionTag decision={d} /> },
];

/** 计划备案审查: plans filed with this bureau (subordinates' annual and joint plans, own departments' work plans). */
export default function FilingQueuePage() {
  const { values, after, setFilter, setAfter } = useUrlFilters(['all'] as const);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FilingQueueDocument,
    variables: { filter: { includeDecided: values.all === '1' }, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListPage
      title="计划备案审查"
      filters={
        <>
          <Switch
            aria-label="包括已处理的"
            checked={values.all === '1'}
            onChange={(on) => setFilter('all', on ? '1' : undefined)}
          />
          包括已处理的
        </>
      }
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.planFilingQueue}
      columns={columns}
      unit="次报备"
      emptyText="暂无待处理的报备：下级报备计划后会列在这里，点计划名称查看内容并确认或退回"
      paging={{ after, setAfter }}
    />
  );
}
