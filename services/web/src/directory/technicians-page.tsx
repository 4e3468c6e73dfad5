import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { TechnicianInput, TechnicianListQuery } from '../gql/graphql';
import { holdsAny, useViewer } from '../common/viewer';
import { useUrlFilters } from '../common/url-filters';
import { useMyBureau } from '../common/my-bureau';
import { FormDialog } from '../common/form-dialog';
import { ListPage } from '../common/list-page';
import { validValues } from '../common/valid-values';
import { SearchFilter, TextItem, compact, useAction } from './parts';
import {
  RegisterTechnicianDocument,
  SetTechnicianActiveDocument,
  TechnicianListDocument,
  UpdateTechnicianDocument,
} from './technician-documents';

type Row = TechnicianListQuery['technicians']['edges'][number]['node'];
const KEYS = ['q', 'all'] as const;

/** Register or edit a technician: who, of which body, with what qualification. */
function TechnicianModal(props: {
  open: boolean;
  title: string;
  initial: Partial<TechnicianInput>;
  saving: boolean;
  onSave: (input: TechnicianInput) => Promise<boolean>;
  onClose: () => void;
}) {
  const { initial, onSave, ...dialog } = props;
  return (
    <FormDialog<TechnicianInput> {...dialog} initialValues={initial} onSave={(v) => onSave(compact(v))}>
      <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        label="所在机构"
        name="organisation"
        rules={[{ required: true, whitespace: true, message: '请填写受委托的专业技术机构' }]}
      >
        <Input maxLength={200} placeholder="如 河南省消防技术服务中心" />
      </Form.Item>
      <TextItem label="资质" name="qualification" placeholder="如 一级注册消防工程师" />
      <TextItem label="电话" name="phone" />
    </FormDialog>
  );
}

/** Stop or take back a technician, with the reason (kept in the audit entry; the entry stays). */
function ActiveButton({ row, done }: { row: Row; done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const set = useAction(SetTechnicianActiveDocument, row.active ? '已停用' : '已重新启用');
  const verb = row.active ? '停用' : '启用';
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { reason } = values;
    const input = { id: row.id, version: row.version, active: !row.active, reason: reason.trim() };
    if (!(await set.act({ input }))) return;
    setOpen(false);
    done();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {verb}
      </Button>
      <Modal
        open={open}
        title={`${verb}技术人员「${row.name}」`}
        okText={`确认${verb}`}
        cancelText="取消"
        confirmLoading={set.fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            label={`${verb}原因`}
            name="reason"
            rules={[
              { required: true, whitespace: true, message: `请写明${verb}原因` },
              { min: 2, max: 500, message: '原因为 2 至 500 个字' },
            ]}
          >
            <Input.TextArea rows={2} placeholder={row.active ? '如 委托合同到期' : '如 续签委托合同'} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function EditButton({ row, done }: { row: Row; done: () => void }) {
  const [open, setOpen] = useState(false);
  const update = useAction(UpdateTechnicianDocument, '已保存');
  const save = async (technician: TechnicianInput) => {
    const ok = !!(await update.act({ input: { id: row.id, version: row.version, technician } }));
    if (ok) done();
    return ok;
  };
  const initial = {
    name: row.name,
    organisation: row.organisation,
    qualification: row.qualification ?? undefined,
    phone: row.phone ?? undefined,
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        修改
      </Button>
      <TechnicianModal
        open={open}
        title="修改技术人员信息"
        initial={initial}
        saving={update.fetching}
        onSave={save}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function RegisterButton({ done }: { done: () => void }) {
  const [open, setOpen] = useState(false);
  const register = useAction(RegisterTechnicianDocument, '已登记');
  const save = async (input: TechnicianInput) => {
    const ok = !!(await register.act({ input }));
    if (ok) done();
    return ok;
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记技术人员
      </Button>
      <TechnicianModal
        open={open}
        title="登记第三方专业技术人员"
        initial={{}}
        saving={register.fetching}
        onSave={save}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The list's columns; `keeper`: the viewer's bureau when they keep the list (actions on its own rows), else undefined. */
function technicianColumns(keeper: string | null | undefined, reload: () => void) {
  return [
    { title: '姓名', dataIndex: 'name' },
    { title: '所在机构', dataIndex: 'organisation' },
    { title: '资质', key: 'qualification', render: (_: unknown, r: Row) => r.qualification ?? '—' },
    { title: '电话', key: 'phone', render: (_: unknown, r: Row) => r.phone ?? '—' },
    {
      title: '状态',
      key: 'active',
      render: (_: unknown, r: Row) =>
        r.active ? (
          <Tag color="#237804" variant="solid">
            在用
          </Tag>
        ) : (
          <Tag color="#595959" variant="solid">
            已停用
          </Tag>
        ),
    },
    ...(keeper !== undefined
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: Row) =>
              r.bureauId === keeper ? (
                <Space>
                  {r.active && <EditButton row={r} done={reload} />}
                  <ActiveButton row={r} done={reload} />
                </Space>
              ) : (
                '下级单位登记'
              ),
          },
        ]
      : []),
  ];
}

/**
 * R13 (000 §20): the professional bodies' technicians a bureau engages for the technical work of a
 * check, listed apart from the inspector directory. The office and heads keep their own bureau's
 * entries; a bureau above reads its subordinates' without changing them.
 */
export default function TechniciansPage() {
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const { values, after, setFilter, setAfter } = useUrlFilters(KEYS);
  const filter = { nameContains: values.q, includeInactive: values.all === '1' };
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TechnicianListDocument,
    variables: { filter, after },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const maintains = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const columns = technicianColumns(maintains ? (bureau?.id ?? null) : undefined, reload);
  const filters = (
    <>
      <SearchFilter label="姓名或机构包含" value={values.q} width={200} onChange={(v) => setFilter('q', v)} />
      <Checkbox checked={values.all === '1'} onChange={(e) => setFilter('all', e.target.checked ? '1' : undefined)}>
        含已停用
      </Checkbox>
    </>
  );
  return (
    <ListPage
      title="第三方专业技术人员"
      actions={maintains && <RegisterButton done={reload} />}
      notice={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="受委托承担检查中技术性工作的人员（R13）：不列入执法检查人员名录，不参加随机抽取，不进入检查组；检查记录中写明受委托的检测机构和报告编号。"
        />
      }
      filters={filters}
      query={{ data, error, fetching, retry: reload }}
      connection={(d) => d.technicians}
      columns={columns}
      unit="名技术人员"
      emptyText="没有符合条件的技术人员：换一个筛选条件，或登记受委托机构的技术人员"
      paging={{ after, setAfter }}
    />
  );
}
