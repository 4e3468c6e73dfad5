import { useState } from 'react';
import { Button, Checkbox, Form, Input, Modal, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { ROLES, ROLE_LABELS, type Role } from '@dsr/domain/roles';
import type { AdminUserFieldsFragment } from '../gql/graphql';
import { useMyBureau } from '../common/my-bureau';
import { CreateUserDocument, ResetUserPasswordDocument, UpdateUserDocument } from './documents';
import { PASSWORD_RULES, sameAs } from './labels';
import { useAction, validValues } from './use-action';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

function useDepartmentOptions() {
  const { bureau } = useMyBureau();
  return (bureau?.departments ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
}

interface NewUser {
  username: string;
  displayName: string;
  departmentId: string;
  roles: Role[];
  initialPassword: string;
  confirm: string;
}

function NewUserFields({ departments }: { departments: { value: string; label: string }[] }) {
  return (
    <>
      <Form.Item
        label="登录名"
        name="username"
        extra="小写字母开头，3 到 64 位，可含数字和 . _ -，全系统唯一"
        rules={[
          { required: true, message: '请填写登录名' },
          {
            pattern: /^[a-z][a-z0-9._-]{2,63}$/,
            message: '登录名须小写字母开头，3 到 64 位，只含小写字母、数字和 . _ -',
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item label="所属部门" name="departmentId" rules={[{ required: true, message: '请选择部门' }]}>
        <Select options={departments} placeholder="选择部门" />
      </Form.Item>
      <Form.Item label="角色" name="roles" rules={[{ required: true, message: '至少选择一个角色' }]}>
        <Checkbox.Group options={ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item
        label="初始密码"
        name="initialPassword"
        extra="至少 10 位，含字母和数字，不含登录名"
        rules={PASSWORD_RULES}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再次输入初始密码"
        name="confirm"
        dependencies={['initialPassword']}
        rules={sameAs('initialPassword')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** 新建用户: login name, name, department, roles, initial password (typed twice). */
export function CreateUserButton({ done }: { done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewUser>();
  const [{ fetching }, create] = useMutation(CreateUserDocument);
  const run = useAction();
  const departments = useDepartmentOptions();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { confirm: _, ...input } = values;
    if (await run(() => create({ input }), `已新建用户 ${input.displayName}`, form)) {
      setOpen(false);
      done();
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        新建用户
      </Button>
      <Modal
        open={open}
        title="新建用户"
        okText="新建"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ roles: [] }}>
          <NewUserFields departments={departments} />
        </Form>
      </Modal>
    </>
  );
}

type User = AdminUserFieldsFragment;

/** 编辑: name, department and roles (the version read is sent back: a concurrent change answers CONFLICT). */
export function EditUserButton({ user, done }: { user: User; done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ displayName: string; departmentId: string; roles: Role[] }>();
  const [{ fetching }, update] = useMutation(UpdateUserDocument);
  const run = useAction();
  const departments = useDepartmentOptions();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const input = { id: user.id, version: user.version, ...values };
    if (await run(() => update({ input }), `已保存 ${values.displayName}`, form)) {
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
        title={`编辑用户：${user.displayName}`}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ displayName: user.displayName, departmentId: user.department.id, roles: user.roles }}
        >
          <Form.Item
            label="姓名"
            name="displayName"
            rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item label="所属部门" name="departmentId" rules={[{ required: true, message: '请选择部门' }]}>
            <Select options={departments} />
          </Form.Item>
          <Form.Item label="角色" name="roles" rules={[{ required: true, message: '至少选择一个角色' }]}>
            <Checkbox.Group options={ROLE_OPTIONS} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 重置密码: a new password the administrator hands over; the user's sessions end. */
export function ResetPasswordButton({ user }: { user: User }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ newPassword: string }>();
  const [{ fetching }, reset] = useMutation(ResetUserPasswordDocument);
  const run = useAction();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { newPassword } = values;
    if (await run(() => reset({ input: { id: user.id, newPassword } }), `已重置 ${user.displayName} 的密码`, form)) {
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        重置密码
      </Button>
      <Modal
        open={open}
        title={`重置密码：${user.displayName}`}
        okText="重置"
        cancelText="取消"
        confirmLoading={fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>重置后该用户的全部登录会话立即失效，须用新密码重新登录。</p>
        <Form form={form} layout="vertical">
          <Form.Item
            label="新密码"
            name="newPassword"
            extra="至少 10 位，含字母和数字，不含登录名"
            rules={PASSWORD_RULES}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
