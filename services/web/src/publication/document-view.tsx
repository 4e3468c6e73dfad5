import { Descriptions, Typography } from 'antd';
import { PUBLICATION_FIELDS } from '@dsr/domain/publication-fields';

type Value = string | number | readonly string[] | null;

interface DocumentShape {
  fields?: Record<string, Value>;
}

const ORDER = Object.keys(PUBLICATION_FIELDS);

function asDocument(raw: unknown): DocumentShape | null {
  if (!raw || typeof raw !== 'object') return null;
  return raw;
}

function text(v: Value): string {
  if (v === null || v === '') return '—';
  return Array.isArray(v) ? v.join('、') : String(v);
}

/**
 * A document as the public sees it (frozen and masked) or, before approval, the department's draft:
 * each field with its Chinese label from the masking table, in the table's order.
 */
export function DocumentView(props: { document: unknown; title: string; note?: string }) {
  const doc = asDocument(props.document);
  if (!doc?.fields) return <Typography.Paragraph type="secondary">尚未编制</Typography.Paragraph>;
  const fields = doc.fields;
  const names = ORDER.filter((n) => n in fields);
  return (
    <>
      {props.note && <Typography.Paragraph type="secondary">{props.note}</Typography.Paragraph>}
      <Descriptions
        bordered
        size="small"
        column={1}
        title={props.title}
        styles={{ label: { width: 200 } }}
        items={names.map((n) => ({
          key: n,
          label: PUBLICATION_FIELDS[n as keyof typeof PUBLICATION_FIELDS].label,
          children: <span style={{ whiteSpace: 'pre-line' }}>{text(fields[n] ?? null)}</span>,
        }))}
      />
    </>
  );
}

/** The field names a draft carries (for the approver's secret marks). */
export function draftFieldNames(draft: unknown): string[] {
  const fields = asDocument(draft)?.fields;
  return fields ? ORDER.filter((n) => n in fields) : [];
}
