import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { PlanKind, PlanListQuery, PlanStatus } from '../gql/graphql';
import { PlanStatusTag } from '../common/status-tag';
import { PLAN_STATUS } from '../common/status';
import { holdsAny, useViewer } from '../common/viewer';
import { useUrlFilters } from '../common/url-filters';
import { FilterSelect, ListPage, optionsOf, statusOptions } from '../common/list-page';
import { failureOf, failureText } from '../common/action-error';
import { CreatePlanDocument, PlanListDocument } from './documents';
import { PLAN_KIND_LABELS } from './labels';
import { validValues } from '../common/valid-values';

type Row = PlanListQuery['plans']['edges'][number]['node'];
const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());

const columns = [
  { title: '计划', key: 'title', render: (_: unknown, r: Row) => <Link to={`/plans/${r.id}`}>{r.title}</Link> },
  { title: '年度', dataIndex: 'year', width: 80 },
  { title: '类别', dataIndex: 'kind', render: (k: PlanKind) => PLAN_KIND_LABELS[k] },
  {
    title: '编制机关',
    key: 'bureau',
    render: (_: unknown, r: Row) => `${r.bureau?.name ?? ''}${r.department ? ` · ${r.department.name}` : ''}`,
  },
  { title: '状态', dataIndex: 'status', render: (s: PlanStatus) => <PlanStatusTag status={s} /> },
  { title: '报备次数', dataIndex: 'filingCount', width: 90 },
  {
    title: '警示',
    key: 'warnings',
    render: (_: unknown, r: Row) =>
      r.warnings.length ? (
        <Tag color="#ad4e00" variant="solid">{`${r.warnings.length} 项未达要求`}</Tag>
      ) : (
        <Tag color="#237804" variant="solid">
          无
        </Tag>
      ),
  },
];

interface NewPlan {
  kind: PlanKind;
  year: number;
  title: string;
}

function CreatePlanButton() {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewPlan>();
  const [{ fetching }, create] = useMutation(CreatePlanDocument);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const ok = async () => {
    const input = await validValues(form);
    if (!input) return;
    const r = await create({ input });
    if (r.error) return void message.error(failureText(failureOf(r.error)));
    void navigate(`/plans/${r.data?.createPlan.plan.id}`);
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        新建计划
      </Button>
      <Modal
        open={open}
        title="新建抽查计划"
        okText="创建草稿"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'BUREAU', year: THIS_YEAR }}>
          <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
            <Select options={optionsOf(PLAN_KIND_LABELS)} />
          </Form.Item>
          <Form.Item label="计划年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input placeholder={`如 叶县公安局${THIS_YEAR}年度“双随机、一公开”抽查计划`} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function PlanFilters(props: {
  values: Record<'year' | 'status' | 'kind', string | undefined>;
  setFilter: (key: 'year' | 'status' | 'kind', value: string | undefined) => void;
}) {
  const { values, setFilter } = props;
  const years = [THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({
    value: String(y),
    label: `${y} 年`,
  }));
  return (
    <>
      <FilterSelect
        label="年度"
        width={120}
        value={values.year}
        options={years}
        onChange={(v) => setFilter('year', v)}
      />
      <FilterSelect
        label="状态"
        value={values.status}
        options={statusOptions(PLAN_STATUS)}
        onChange={(v) => setFilter('status', v)}
      />
      <FilterSelect
        label="类别"
        value={values.kind}
        options={optionsOf(PLAN_KIND_LABELS)}
        onChange={(v) => setFilter('kind', v)}
      />
    </>
  );
}

/** 计划: the bureau's plans and its subordinates', filters and page in the URL. */
export default function PlansPage() {
  const viewer = useViewer();
  const { values, after, setFilter, setAfter } = useUrlFilters(['year', 'status', 'kind'] as const);
  const filter = {
    year: values.year ? Number(values.year) : undefined,
    status: values.status as PlanStatus | undefined,
    kind: values.kind as PlanKind | undefined,
  };
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlanListDocument, variables: { filter, after } });
  return (
    <ListPage
      title="抽查计划"
      actions={holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES) && <CreatePlanButton />}
      filters={<PlanFilters values={values} setFilter={setFilter} />}
      query={{ data, error, fetching, retry: () => reexecute() }}
      connection={(d) => d.plans}
      columns={columns}
      unit="个计划"
      emptyText="没有符合条件的计划：点“新建计划”编制本年度的抽查计划"
      paging={{ after, setAfter }}
    />
  );
}
