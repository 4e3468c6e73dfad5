import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { InspectorListQuery, InspectorStatus } from '../gql/graphql';
import { holdsAny, useViewer } from '../common/viewer';
import { useUrlFilters } from '../common/url-filters';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { FilterSelect, ListPage, statusOptions } from '../common/list-page';
import { CreateInspectorDocument, InspectorListDocument } from './inspector-documents';
import { INSPECTOR_STATUS } from './labels';
import { MapTag, SearchFilter, compact, useAction } from './parts';
import { InspectorModal, toInput, type InspectorValues } from './inspector-form';

type Row = InspectorListQuery['inspectors']['edges'][number]['node'];
const KEYS = ['name', 'department', 'status', 'skill'] as const;

const columns = [
  { title: '姓名', key: 'name', render: (_: unknown, r: Row) => <Link to={`/inspectors/${r.id}`}>{r.name}</Link> },
  { title: '部门', key: 'department', render: (_: unknown, r: Row) => r.department?.name ?? '' },
  {
    title: '警号 / 执法证',
    key: 'badge',
    render: (_: unknown, r: Row) => (r.externalAgency ? '外部机关人员' : (r.badgeNo ?? '')),
  },
  { title: '警官证有效期至', dataIndex: 'warrantValidUntil', render: (d: string | null) => d ?? '—' },
  { title: '技能', key: 'skills', render: (_: unknown, r: Row) => r.skills.join('、') },
  { title: '状态', key: 'status', render: (_: unknown, r: Row) => <MapTag entry={INSPECTOR_STATUS[r.status]} /> },
];

function CreateInspectorButton() {
  const [open, setOpen] = useState(false);
  const { act, fetching } = useAction(CreateInspectorDocument, '已登记');
  const navigate = useNavigate();
  const save = async (v: InspectorValues) => {
    const data = await act({ input: { inspector: toInput(v) } });
    if (data) void navigate(`/inspectors/${data.createInspector.inspector.id}`);
    return !!data;
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记检查人员
      </Button>
      <InspectorModal
        open={open}
        title="登记检查人员"
        initial={{}}
        withStatus={false}
        saving={fetching}
        onSave={save}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

type Key = (typeof KEYS)[number];

function InspectorFilters(props: {
  values: Record<Key, string | undefined>;
  setFilter: (k: Key, v: string | undefined) => void;
}) {
  const { values, setFilter } = props;
  const { bureau } = useMyBureau();
  const departments = inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <SearchFilter label="姓名包含" value={values.name} width={180} onChange={(v) => setFilter('name', v)} />
      <FilterSelect
        label="部门"
        value={values.department}
        options={departments}
        onChange={(v) => setFilter('department', v)}
      />
      <FilterSelect
        label="状态"
        value={values.status}
        options={statusOptions(INSPECTOR_STATUS)}
        onChange={(v) => setFilter('status', v)}
        width={110}
      />
      <SearchFilter label="具备技能" value={values.skill} width={160} onChange={(v) => setFilter('skill', v)} />
    </>
  );
}

/** 执法检查人员名录库 (R12): filters and page in the URL. */
export default function InspectorsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { values, after, setFilter, setAfter } = useUrlFilters(KEYS);
  const filter = compact({
    nameContains: values.name,
    departmentId: values.department,
    status: values.status as InspectorStatus | undefined,
    skill: values.skill,
  });
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: InspectorListDocument,
    variables: { filter, after },
  });
  const maintains = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const filters = <InspectorFilters values={values} setFilter={setFilter} />;
  const actions = maintains && (
    <Space wrap>
      <Button icon={<UploadOutlined />} onClick={() => void navigate('/inspectors/import')}>
        导入
      </Button>
      <CreateInspectorButton />
    </Space>
  );
  return (
    <ListPage
      title="执法检查人员名录库"
      actions={actions}
      filters={filters}
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.inspectors}
      columns={columns}
      unit="名检查人员"
      emptyText="没有符合条件的检查人员：换一个筛选条件，或登记、导入检查人员"
      paging={{ after, setAfter }}
    />
  );
}
