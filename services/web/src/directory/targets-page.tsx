import { useState } from 'react';
import { Button, Space } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { RiskLevel, TargetInput, TargetListQuery, TargetStatus } from '../gql/graphql';
import { holdsAny, useViewer } from '../common/viewer';
import { useUrlFilters } from '../common/url-filters';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { FilterSelect, ListPage, statusOptions } from '../common/list-page';
import { useTableExport, type TableExport } from '../common/table-export';
import { RegionName, regionText } from '../common/region';
import { CreateTargetDocument, TargetListDocument } from './documents';
import { RISK_LEVEL, TARGET_STATUS } from './labels';
import { MapTag, SearchFilter, compact, useAction } from './parts';
import { TargetModal, useCategories } from './target-form';

/** The targets with the list's filters; its file is named so by the server (TARGET_EXPORT_FILENAME). */
const TARGET_EXPORT: TableExport = { kind: 'TARGETS', filename: '检查对象名录库.xlsx', title: '后台导出检查对象' };

type Row = TargetListQuery['targets']['edges'][number]['node'];
const KEYS = ['name', 'code', 'category', 'region', 'grade', 'risk', 'status', 'department'] as const;
type Key = (typeof KEYS)[number];
type Values = Record<Key, string | undefined>;

function columns(categoryName: (code: string) => string) {
  return [
    { title: '名称', key: 'name', render: (_: unknown, r: Row) => <Link to={`/targets/${r.id}`}>{r.name}</Link> },
    { title: '统一社会信用代码', key: 'code', render: (_: unknown, r: Row) => r.uscc ?? '个人' },
    { title: '行业类别', key: 'category', render: (_: unknown, r: Row) => categoryName(r.businessCategory) },
    { title: '区域', key: 'region', render: (_: unknown, r: Row) => <RegionName code={r.regionCode} /> },
    { title: '管理部门', key: 'department', render: (_: unknown, r: Row) => r.department?.name ?? '' },
    { title: '风险等级', key: 'risk', render: (_: unknown, r: Row) => <MapTag entry={RISK_LEVEL[r.riskLevel]} /> },
    { title: '抽取权重', dataIndex: 'drawWeight', width: 90 },
    { title: '状态', key: 'status', render: (_: unknown, r: Row) => <MapTag entry={TARGET_STATUS[r.status]} /> },
  ];
}

function TargetFilters({ values, setFilter }: { values: Values; setFilter: (k: Key, v: string | undefined) => void }) {
  const { options, facets } = useCategories();
  const { bureau } = useMyBureau();
  const counted = (list: { value: string; count: number }[] | undefined, label = (v: string) => v) =>
    (list ?? []).filter((f) => f.value).map((f) => ({ value: f.value, label: `${label(f.value)}（${f.count}）` }));
  const departments = inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <SearchFilter label="名称包含" value={values.name} width={200} onChange={(v) => setFilter('name', v)} />
      <SearchFilter
        label="统一社会信用代码或身份证号"
        value={values.code}
        width={220}
        onChange={(v) => setFilter('code', v)}
      />
      <FilterSelect
        label="行业类别"
        value={values.category}
        options={options}
        onChange={(v) => setFilter('category', v)}
      />
      <FilterSelect
        label="区域"
        value={values.region}
        options={counted(facets?.regionCode, regionText)}
        onChange={(v) => setFilter('region', v)}
        width={260}
      />
      <FilterSelect
        label="等级"
        value={values.grade}
        options={counted(facets?.grade)}
        onChange={(v) => setFilter('grade', v)}
        width={110}
      />
      <FilterSelect
        label="风险等级"
        value={values.risk}
        options={statusOptions(RISK_LEVEL)}
        onChange={(v) => setFilter('risk', v)}
        width={120}
      />
      <FilterSelect
        label="状态"
        value={values.status}
        options={statusOptions(TARGET_STATUS)}
        onChange={(v) => setFilter('status', v)}
        width={110}
      />
      <FilterSelect
        label="管理部门"
        value={values.department}
        options={departments}
        onChange={(v) => setFilter('department', v)}
      />
    </>
  );
}

function CreateTargetButton() {
  const [open, setOpen] = useState(false);
  const { act, fetching } = useAction(CreateTargetDocument, '已登记');
  const navigate = useNavigate();
  const save = async (target: TargetInput) => {
    const data = await act({ input: { target: compact(target) } });
    if (data) void navigate(`/targets/${data.createTarget.target.id}`);
    return !!data;
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记检查对象
      </Button>
      <TargetModal
        open={open}
        title="登记检查对象"
        initial={{}}
        saving={fetching}
        onSave={save}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** 检查对象名录库: a million rows paged by the server, the filters in the URL, counts capped at "10000+". */
export default function TargetsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { values, after, setFilter, setAfter } = useUrlFilters(KEYS);
  const { nameOf } = useCategories();
  const filter = compact({
    nameContains: values.name,
    code: values.code,
    businessCategory: values.category,
    regionCode: values.region,
    grade: values.grade,
    riskLevel: values.risk as RiskLevel | undefined,
    status: values.status as TargetStatus | undefined,
    departmentId: values.department,
  });
  const [{ data, error, fetching }, reexecute] = useQuery({ query: TargetListDocument, variables: { filter, after } });
  const maintains = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const exporting = useTableExport(TARGET_EXPORT);
  const actions = (
    <Space wrap>
      {/* The list's filters as they are: the export checks each value and writes the same rows. */}
      <Button
        icon={<DownloadOutlined />}
        loading={exporting.busy}
        disabled={exporting.busy}
        onClick={() => void exporting.run(filter)}
      >
        导出
      </Button>
      {maintains && (
        <Button icon={<UploadOutlined />} onClick={() => void navigate('/targets/import')}>
          导入
        </Button>
      )}
      {maintains && <CreateTargetButton />}
    </Space>
  );
  return (
    <ListPage
      title="检查对象名录库"
      actions={actions}
      notice={exporting.panel}
      filters={<TargetFilters values={values} setFilter={setFilter} />}
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => ({
        ...d.targets,
        // "10000+" when the server stopped counting (Pager shows any total from 10000 so).
        totalCount: d.targets.totalCountOverCap ? 10_001 : d.targets.totalCountCapped,
      })}
      columns={columns(nameOf)}
      unit="个检查对象"
      emptyText="没有符合条件的检查对象：换一个筛选条件，或登记、导入检查对象"
      paging={{ after, setAfter }}
    />
  );
}
