import { useState } from 'react';
import { Button, Form, Input, Modal, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import type { AdminDepartmentFieldsFragment, DepartmentKind } from '../gql/graphql';
import { FilterSelect, ListPage, optionsOf } from '../common/list-page';
import { useUrlFilters } from '../common/url-filters';
import { useMyBureau } from '../common/my-bureau';
import { CreateDepartmentDocument, DepartmentsDocument, UpdateDepartmentDocument } from './documents';
import { DEPARTMENT_KIND_LABELS } from './labels';
import { ActiveTag, ACTIVE_OPTIONS, YesNo } from './active-tag';
import { useAction, validValues } from './use-action';

type Department = AdminDepartmentFieldsFragment;

function CreateDepartmentButton({ done }: { done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ code: string; name: string; kind: DepartmentKind }>();
  const [{ fetching }, create] = useMutation(CreateDepartmentDocument);
  const run = useAction();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const input = values;
    if (await run(() => create({ input }), `已新建部门 ${input.name}`, form)) {
      setOpen(false);
      done();
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        新建部门
      </Button>
      <Modal
        open={open}
        title="新建部门"
        okText="新建"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'POLICE' }}>
          <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写部门名称' }]}>
            <Input maxLength={60} placeholder="如 治安大队" />
          </Form.Item>
          <Form.Item
            label="部门代码"
            name="code"
            extra="本单位内唯一：小写字母开头，字母、数字、- 或 _，最长 32 位，如 zhian"
            rules={[
              { required: true, message: '请填写部门代码' },
              {
                pattern: /^[a-z][a-z0-9_-]{0,31}$/,
                message: '部门代码须小写字母开头，只含小写字母、数字、- 和 _，最长 32 位',
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={optionsOf(DEPARTMENT_KIND_LABELS)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function EditDepartmentButton({ department, done }: { department: Department; done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; active: boolean }>();
  const [{ fetching }, update] = useMutation(UpdateDepartmentDocument);
  const run = useAction();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const input = { id: department.id, version: department.version, ...values };
    if (await run(() => update({ input }), `已保存 ${values.name}`, form)) {
      setOpen(false);
      done();
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        编辑
      </Button>
      <Modal
        open={open}
        title={`编辑部门：${department.name}`}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ name: department.name, active: department.active }}>
          <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写部门名称' }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item label="状态" name="active" extra="部门内还有在用的用户时不能停用">
            <YesNo yes="启用" no="停用" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function columns(refresh: () => void) {
  return [
    { title: '名称', dataIndex: 'name' },
    { title: '代码', dataIndex: 'code' },
    { title: '类别', dataIndex: 'kind', render: (k: DepartmentKind) => DEPARTMENT_KIND_LABELS[k] },
    { title: '状态', key: 'active', render: (_: unknown, d: Department) => <ActiveTag active={d.active} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, d: Department) => <EditDepartmentButton department={d} done={refresh} />,
    },
  ];
}

/** 部门: the bureau's departments, kind and status filters in the URL. */
export function DepartmentsTab() {
  const { bureau } = useMyBureau();
  const { values, after, setFilter, setAfter } = useUrlFilters(['kind', 'active'] as const);
  const filter = {
    bureauId: bureau?.id,
    kind: values.kind as DepartmentKind | undefined,
    active: values.active ? values.active === 'true' : undefined,
  };
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DepartmentsDocument,
    variables: { filter, after },
    pause: !bureau,
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <ListPage
      title="部门"
      actions={<CreateDepartmentButton done={refresh} />}
      filters={
        <>
          <FilterSelect
            label="类别"
            width={180}
            value={values.kind}
            options={optionsOf(DEPARTMENT_KIND_LABELS)}
            onChange={(v) => setFilter('kind', v)}
          />
          <FilterSelect
            label="状态"
            width={120}
            value={values.active}
            options={ACTIVE_OPTIONS}
            onChange={(v) => setFilter('active', v)}
          />
        </>
      }
      query={{ data, error, fetching, retry: refresh }}
      connection={(d) => d.departments}
      columns={columns(refresh)}
      unit="个部门"
      emptyText="没有符合条件的部门：点“新建部门”添加"
      paging={{ after, setAfter }}
    />
  );
}
