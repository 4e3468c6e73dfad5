import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { ItemListQuery, ItemStatus, ItemVersionStatus } from '../gql/graphql';
import { ItemStatusTag, ItemVersionStatusTag } from '../common/status-tag';
import { ITEM_STATUS } from '../common/status';
import { holdsAny, useViewer } from '../common/viewer';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { useUrlFilters } from '../common/url-filters';
import { FilterSelect, ListPage, statusOptions } from '../common/list-page';
import { ItemListDocument } from './documents';

type Row = ItemListQuery['inspectionItems']['edges'][number]['node'];

const STAGE_OPTIONS = [
  { value: 'IN_REVIEW', label: '法制审核中' },
  { value: 'APPROVED', label: '审核通过待发布' },
  { value: 'RETURNED', label: '已退回修改' },
  { value: 'DRAFT', label: '草稿' },
];

const latest = (r: Row) => r.versions[r.versions.length - 1];

const columns = [
  { title: '事项编码', dataIndex: 'code', width: 130 },
  {
    title: '抽查事项名称',
    key: 'name',
    render: (_: unknown, r: Row) => <Link to={`/items/${r.id}`}>{latest(r)?.name ?? r.code}</Link>,
  },
  { title: '检查主体', key: 'dept', render: (_: unknown, r: Row) => r.department?.name ?? '' },
  { title: '所属机关', key: 'bureau', render: (_: unknown, r: Row) => r.bureau?.name ?? '' },
  { title: '状态', dataIndex: 'status', render: (s: ItemStatus) => <ItemStatusTag status={s} /> },
  {
    title: '现行版本',
    key: 'published',
    render: (_: unknown, r: Row) => (r.publishedVersion ? `第 ${r.publishedVersion.versionNo} 版` : '—'),
  },
  {
    title: '最新版本',
    key: 'latest',
    render: (_: unknown, r: Row) => {
      const v = latest(r);
      return v ? (
        <Space size={4}>
          {`第 ${v.versionNo} 版`}
          <ItemVersionStatusTag status={v.status} />
        </Space>
      ) : null;
    },
  },
];

function ItemFilters(props: {
  values: Record<'status' | 'stage' | 'dept', string | undefined>;
  setFilter: (key: 'status' | 'stage' | 'dept', value: string | undefined) => void;
}) {
  const { values, setFilter } = props;
  const { bureau } = useMyBureau();
  return (
    <>
      <FilterSelect
        label="事项状态"
        value={values.status}
        options={statusOptions(ITEM_STATUS)}
        onChange={(v) => setFilter('status', v)}
      />
      <FilterSelect
        label="办理环节"
        width={170}
        value={values.stage}
        options={STAGE_OPTIONS}
        onChange={(v) => setFilter('stage', v)}
      />
      <FilterSelect
        label="检查主体（部门）"
        width={200}
        value={values.dept}
        options={inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }))}
        onChange={(v) => setFilter('dept', v)}
      />
    </>
  );
}

/** 一单: the bureau's item list and the ones its superiors published, filters and page in the URL. */
export default function ItemsPage() {
  const viewer = useViewer();
  const { values, after, setFilter, setAfter } = useUrlFilters(['status', 'stage', 'dept'] as const);
  const filter = {
    status: values.status as ItemStatus | undefined,
    versionStatus: values.stage as ItemVersionStatus | undefined,
    departmentId: values.dept,
  };
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ItemListDocument, variables: { filter, after } });
  return (
    <ListPage
      title="抽查事项清单"
      actions={
        holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES) && (
          <Link to="/items/new">
            <Button type="primary" icon={<PlusOutlined />}>
              新建抽查事项
            </Button>
          </Link>
        )
      }
      filters={<ItemFilters values={values} setFilter={setFilter} />}
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.inspectionItems}
      columns={columns}
      unit="项"
      emptyText="没有符合条件的抽查事项：可以清除筛选条件，或点“新建抽查事项”录入"
      paging={{ after, setAfter }}
    />
  );
}
