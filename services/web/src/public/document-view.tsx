import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PublicationKind } from './gql/graphql';
import { fieldLabel, orderedFields } from './labels';
import { fieldsOf, parseDocument, type Json } from './document-fields';

function Value({ kind, value }: { kind: PublicationKind | null; value: Json }): ReactNode {
  if (value === null || value === '') return <Typography.Text type="secondary">（无）</Typography.Text>;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value !== 'object') return <span className="public-field-text">{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return value.map(String).join('、') || '（无）';
    return (
      <ol className="public-field-rows">
        {value.map((row, i) => (
          <li key={i}>
            <Value kind={kind} value={row} />
          </li>
        ))}
      </ol>
    );
  }
  return <FieldList kind={kind} fields={value} nested />;
}

/** Labelled fields in Chinese, one per line (phones first, paper alike); nested objects and lists generically. */
export function FieldList(props: { kind: PublicationKind | null; fields: Record<string, Json>; nested?: boolean }) {
  const { kind, fields, nested } = props;
  const keys = orderedFields(kind, fields);
  return (
    <Descriptions
      className={nested ? 'public-fields public-fields-nested' : 'public-fields'}
      bordered
      size="small"
      column={1}
      items={keys.map((k) => ({
        key: k,
        label: fieldLabel(kind, k),
        children: <Value kind={kind} value={fields[k] ?? null} />,
      }))}
    />
  );
}

/** A publication's document, every field shown (unknown ones by their own names, never dropped). */
export function DocumentView({ kind, document }: { kind: PublicationKind; document: string }) {
  return <FieldList kind={kind} fields={fieldsOf(parseDocument(document))} />;
}
