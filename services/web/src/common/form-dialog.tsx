import type { ReactNode } from 'react';
import { Form, Modal } from 'antd';
import { validValues } from './valid-values';

/**
 * A dialog holding one form: 保存 checks the fields (their messages show under them, nothing is sent)
 * and the dialog closes once `onSave` answers that the server took the values.
 */
export function FormDialog<T extends object>(props: {
  open: boolean;
  title: string;
  saving: boolean;
  initialValues?: Partial<T>;
  onSave: (values: T) => Promise<boolean>;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { open, title, saving, initialValues, onSave, onClose, width, children } = props;
  const [form] = Form.useForm<T>();
  const ok = async () => {
    const values = await validValues(form);
    if (values && (await onSave(values))) onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void ok()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
