import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ItemListQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { useMyBureau } from '../common/my-bureau';
import { useUrlFilters } from '../common/url-filters';
import { ListPage } from '../common/list-page';
import { ItemListDocument } from './documents';

type Row = ItemListQuery['inspectionItems']['edges'][number]['node'];
const inReview = (r: Row) => r.versions.find((v) => v.status === 'IN_REVIEW');

const columns = [
  {
    title: '抽查事项',
    key: 'name',
    render: (_: unknown, r: Row) => <Link to={`/items/${r.id}`}>{inReview(r)?.name ?? r.code}</Link>,
  },
  { title: '事项编码', dataIndex: 'code' },
  { title: '检查主体', key: 'dept', render: (_: unknown, r: Row) => r.department?.name ?? '' },
  { title: '待审版本', key: 'v', render: (_: unknown, r: Row) => `第 ${inReview(r)?.versionNo ?? ''} 版` },
  { title: '提交时间', key: 'at', render: (_: unknown, r: Row) => chinaDateTime(inReview(r)?.submittedAt) },
];

/** 法制审核: the bureau's item versions waiting for the legal reviewer (R5); each opens to approve or return. */
export default function ReviewPage() {
  const { bureau } = useMyBureau();
  const { after, setAfter } = useUrlFilters([] as const);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ItemListDocument,
    variables: { filter: { versionStatus: 'IN_REVIEW', bureauId: bureau?.id }, after },
    pause: !bureau,
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListPage
      title="法制审核"
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.inspectionItems}
      columns={columns}
      unit="项"
      emptyText="暂无待审核的抽查事项：部门提交审核后会列在这里"
      paging={{ after, setAfter }}
    />
  );
}
