import { Switch } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { AppealKind, AppealQueueQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { useUrlFilters } from '../common/url-filters';
import { ListPage } from '../common/list-page';
import { AppealQueueDocument } from './documents';
import { APPEAL_KIND_LABELS, AppealStatusTag } from './labels';

type Row = AppealQueueQuery['appeals']['edges'][number]['node'];

const columns = [
  {
    title: '受理编号',
    key: 'receipt',
    render: (_: unknown, r: Row) => <Link to={`/appeals/${r.id}`}>{r.receiptNo}</Link>,
  },
  { title: '类别', dataIndex: 'kind', render: (k: AppealKind) => APPEAL_KIND_LABELS[k] },
  { title: '提出人', dataIndex: 'filerName' },
  { title: '提出时间', dataIndex: 'filedAt', render: (t: string) => chinaDateTime(t) },
  { title: '答复期限', dataIndex: 'dueDate' },
  {
    title: '状态',
    key: 'status',
    render: (_: unknown, r: Row) => <AppealStatusTag status={r.status} overdue={r.overdue} />,
  },
];

/** 异议投诉 (R49, R57): the bureau's appeals, earliest due first; open ones by default. */
export default function AppealsPage() {
  const { values, after, setFilter, setAfter } = useUrlFilters(['all', 'overdue'] as const);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AppealQueueDocument,
    variables: { filter: { openOnly: values.all !== '1', overdueOnly: values.overdue === '1' }, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListPage
      title="异议投诉"
      filters={
        <>
          <Switch
            aria-label="只看已逾期的"
            checked={values.overdue === '1'}
            onChange={(on) => setFilter('overdue', on ? '1' : undefined)}
          />
          只看已逾期的
          <Switch
            aria-label="包括已答复的"
            checked={values.all === '1'}
            onChange={(on) => setFilter('all', on ? '1' : undefined)}
          />
          包括已答复的
        </>
      }
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.appeals}
      columns={columns}
      unit="件"
      emptyText="暂无待办理的异议或投诉：公众在公示页面提出后会列在这里"
      paging={{ after, setAfter }}
    />
  );
}
