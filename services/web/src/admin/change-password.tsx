import { Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { ChangePasswordDocument } from './documents';
import { PASSWORD_RULES, sameAs } from './labels';
import { useAction, validValues } from './use-action';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码 (the signed-in user's own): this session stays, the user's other sessions end. Loaded when opened. */
export default function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [{ fetching }, change] = useMutation(ChangePasswordDocument);
  const run = useAction();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { currentPassword, newPassword } = values;
    const input = { currentPassword, newPassword };
    if (await run(() => change({ input }), '密码已修改，您在其他设备上的登录已失效', form)) onClose();
  };
  return (
    <Modal
      open
      title="修改密码"
      okText="修改"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => void ok()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请填写当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少 10 位，含字母和数字，不含登录名"
          rules={PASSWORD_RULES}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="再次输入新密码" name="confirm" dependencies={['newPassword']} rules={sameAs('newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
