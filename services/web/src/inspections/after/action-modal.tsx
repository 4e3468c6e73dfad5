import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Form, Modal, type FormInstance } from 'antd';
import type { OperationResult } from 'urql';
import { failureOf, failureText, showUnderField } from '../../common/action-error';
import { isUnauthenticated, toSignIn } from '../../common/client';
import { validValues } from '../../common/valid-values';

/** The server names input fields as `input.x` or `x`: both land on the form's field `x`. */
const formPath = (path: (string | number)[]) => (path[0] === 'input' ? path.slice(1) : path);

/** Runs the action: on success closes and reloads; on a refusal the server's message under its field or above. */
function useSubmit<V extends object>(
  form: FormInstance<V>,
  props: { submit: (values: V) => Promise<OperationResult>; done: string; onDone: () => void },
  close: () => void,
) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    setBusy(true);
    setFailure(null);
    const r = await props.submit(values).finally(() => setBusy(false));
    if (!r.error) {
      close();
      void message.success(props.done);
      props.onDone();
      return;
    }
    if (isUnauthenticated(r.error)) {
      toSignIn();
      return;
    }
    const f = failureOf(r.error);
    if (!showUnderField(form, f, formPath)) setFailure(failureText(f));
  };
  return { ok, busy, failure };
}

/**
 * A button that opens a dialog with a form: what will happen (and what cannot be undone) said on
 * top, the fields, and the server's answer — under its field when it names one, else above the form.
 * Nothing typed is lost on a refusal; on success the page reads the inspection again.
 */
export function ActionModal<V extends object>(props: {
  label: string;
  title: string;
  okText: string;
  notice?: ReactNode;
  primary?: boolean;
  danger?: boolean;
  initialValues?: Partial<V>;
  width?: number;
  submit: (values: V) => Promise<OperationResult>;
  done: string;
  onDone: () => void;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const [open, setOpen] = useState(false);
  const { ok, busy, failure } = useSubmit(form, props, () => setOpen(false));
  return (
    <>
      <Button type={props.primary ? 'primary' : 'default'} danger={props.danger} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title}
        okText={props.okText}
        cancelText="取消"
        width={props.width ?? 640}
        confirmLoading={busy}
        okButtonProps={{ danger: props.danger }}
        onOk={() => void ok().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {props.notice && <Alert type="info" showIcon title={props.notice} style={{ marginBottom: 12 }} />}
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" preserve={false} initialValues={props.initialValues}>
          {props.children(form)}
        </Form>
      </Modal>
    </>
  );
}

/** A required text field's rule, in Chinese. */
export const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];
