import { App, Breadcrumb, Form, Input, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { failureOf, failureText } from '../common/action-error';

/** A status tag from one of the label maps (labels.ts). */
export function MapTag({ entry }: { entry: { label: string; color: string } | undefined }) {
  if (!entry) return null;
  return (
    <Tag color={entry.color} variant="solid">
      {entry.label}
    </Tag>
  );
}

/**
 * A mutation that tells the outcome: the success text, or the server's Chinese message with its
 * code (WEB.md "How errors show"); answers the data, or null when refused.
 */
export function useAction<Data, Vars extends AnyVariables>(doc: TypedDocumentNode<Data, Vars>, success: string) {
  const [{ fetching }, run] = useMutation<Data, Vars>(doc);
  const { message } = App.useApp();
  const act = async (vars: Vars): Promise<Data | null> => {
    const r = await run(vars);
    if (r.error || !r.data) {
      message.error(r.error ? failureText(failureOf(r.error)) : '操作失败');
      return null;
    }
    message.success(success);
    return r.data;
  };
  return { act, fetching };
}

/** Empty form fields as absent (the API's optional inputs), text trimmed. */
export function compact<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values as Record<string, unknown>)) {
    const t = typeof v === 'string' ? v.trim() : v;
    if (t !== '' && t !== undefined && t !== null) out[k] = t;
  }
  return out as T;
}

/** A text filter of a list: searched on Enter or the button, its label also its accessible name. */
export function SearchFilter(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
}) {
  const { label, value, onChange, width = 180 } = props;
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      allowClear
      defaultValue={value}
      style={{ width }}
      onSearch={(v) => onChange(v.trim() || undefined)}
    />
  );
}

/** An optional text field of a form. */
export function TextItem({ label, name, placeholder }: { label: string; name: string; placeholder?: string }) {
  return (
    <Form.Item label={label} name={name}>
      <Input placeholder={placeholder} />
    </Form.Item>
  );
}

/** Where a page sits: its list (a link) and itself. */
export function Trail({ list, to, here }: { list: string; to: string; here: string }) {
  return <Breadcrumb items={[{ title: <Link to={to}>{list}</Link> }, { title: here }]} />;
}

/** A table's empty text, readable (the table's own grey fails WCAG AA contrast). */
export function Empty({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}
