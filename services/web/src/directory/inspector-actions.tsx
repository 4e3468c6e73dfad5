import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { ConflictRelation, InspectorDetailQuery } from '../gql/graphql';
import { optionsOf } from '../common/list-page';
import { holdsAny, useViewer } from '../common/viewer';
import {
  DeclareConflictDocument,
  LinkInspectorUserDocument,
  TargetSearchDocument,
  UpdateInspectorDocument,
  UsersForLinkDocument,
} from './inspector-documents';
import { CONFLICT_RELATION } from './labels';
import { compact, useAction } from './parts';
import { InspectorModal, toInput, toValues, type InspectorValues } from './inspector-form';
import { validValues } from '../common/valid-values';

type Inspector = InspectorDetailQuery['inspector'];

interface ModalProps {
  inspector: Inspector;
  open: boolean;
  onClose: () => void;
  done: () => void;
}

/**
 * A user account for the inspector, so "我的检查" finds their inspections (administrators). The page
 * cannot show the current link (the API does not give it), so nothing is sent until a user is chosen
 * or the choice cleared on purpose: 保存 on the untouched dialog would have removed a link unseen.
 */
function LinkUserModal({ inspector, open, onClose, done }: ModalProps) {
  const [{ data }] = useQuery({ query: UsersForLinkDocument, pause: !open });
  const [userId, setUserId] = useState<string | undefined>();
  const [touched, setTouched] = useState(false);
  const link = useAction(LinkInspectorUserDocument, '已关联');
  const options = (data?.users.edges ?? []).map(({ node: u }) => ({
    value: u.id,
    label: `${u.displayName}（${u.username}，${u.department.name}）`,
  }));
  const ok = async () => {
    if (await link.act({ input: { inspectorId: inspector.id, userId: userId ?? null } })) {
      done();
      onClose();
    }
  };
  return (
    <Modal
      open={open}
      title="关联登录用户"
      okText={touched && !userId ? '取消关联' : '保存'}
      cancelText="取消"
      confirmLoading={link.fetching}
      okButtonProps={{ disabled: !touched }}
      onOk={() => void ok()}
      onCancel={onClose}
      afterClose={() => {
        setUserId(undefined);
        setTouched(false);
      }}
      destroyOnHidden
    >
      <Select
        aria-label="登录用户"
        placeholder="选择用户；清空则取消关联"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        options={options}
        value={userId}
        onChange={(v: string | undefined) => {
          setUserId(v);
          setTouched(true);
        }}
      />
    </Modal>
  );
}

interface ConflictValues {
  targetId: string;
  relation: ConflictRelation;
  since: Dayjs;
  until?: Dayjs;
  detail?: string;
}

/** R30: the inspector is recused from a target's draws while the declaration holds. */
function ConflictModal({ inspector, open, onClose, done }: ModalProps) {
  const [form] = Form.useForm<ConflictValues>();
  const [name, setName] = useState('');
  const [{ data }] = useQuery({ query: TargetSearchDocument, variables: { name: name || null }, pause: !open });
  const declare = useAction(DeclareConflictDocument, '已申报，抽取时将回避');
  const ok = async () => {
    const v = await validValues(form);
    if (!v) return;
    const input = compact({
      ...v,
      inspectorId: inspector.id,
      since: v.since.format('YYYY-MM-DD'),
      until: v.until?.format('YYYY-MM-DD'),
    });
    if (!(await declare.act({ input }))) return;
    onClose();
    done(); // the page reads its conflicts again
  };
  const targets = (data?.targets.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <Modal
      open={open}
      title={`申报利害关系：${inspector.name}`}
      okText="申报"
      cancelText="取消"
      confirmLoading={declare.fetching}
      onOk={() => void ok()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="检查对象" name="targetId" rules={[{ required: true, message: '请选择检查对象' }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setName }}
            options={targets}
            placeholder="输入名称查找"
          />
        </Form.Item>
        <Form.Item label="关系" name="relation" rules={[{ required: true, message: '请选择关系' }]}>
          <Select options={optionsOf(CONFLICT_RELATION)} />
        </Form.Item>
        <Form.Item label="起始日" name="since" rules={[{ required: true, message: '请选择起始日' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="截止日（空为持续）" name="until">
          <DatePicker />
        </Form.Item>
        <Form.Item label="说明" name="detail">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Edit (R14), link a user, declare a conflict (R30): each for the roles the API allows. */
export function InspectorActions({ inspector, done }: { inspector: Inspector; done: () => void }) {
  const viewer = useViewer();
  const [open, setOpen] = useState<'edit' | 'link' | 'conflict' | null>(null);
  const close = () => setOpen(null);
  const update = useAction(UpdateInspectorDocument, '已保存');
  const maintains = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES) && inspector.status !== 'LEFT';
  const save = async (v: InspectorValues) => {
    const input = { id: inspector.id, version: inspector.version, status: v.status, inspector: toInput(v) };
    const data = await update.act({ input });
    if (data) done();
    return !!data;
  };
  const { id: _id, version: _v, history: _h, department: _d, status, ...fields } = inspector;
  return (
    <Space wrap>
      {maintains && <Button onClick={() => setOpen('edit')}>修改</Button>}
      {maintains && <Button onClick={() => setOpen('conflict')}>申报利害关系</Button>}
      {holdsAny(viewer, ['ADMIN']) && <Button onClick={() => setOpen('link')}>关联登录用户</Button>}
      <InspectorModal
        open={open === 'edit'}
        title="修改检查人员"
        initial={toValues({ ...fields, status })}
        withStatus
        saving={update.fetching}
        onSave={save}
        onClose={close}
      />
      <LinkUserModal inspector={inspector} open={open === 'link'} onClose={close} done={done} />
      <ConflictModal inspector={inspector} open={open === 'conflict'} onClose={close} done={done} />
    </Space>
  );
}
