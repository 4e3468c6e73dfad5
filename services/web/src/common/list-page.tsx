import type { ReactNode } from 'react';
import { Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CombinedError } from 'urql';
import { QueryState } from './query-state';
import { Pager } from './pager';
import { usePhoneTableScroll } from './phone';

/** The part of a GraphQL connection a list page shows. */
export interface PagedConnection<Row> {
  edges: readonly { node: Row }[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface Option {
  value: string;
  label: string;
}

/** One filter of a list: a clearable select whose label is also its accessible name. */
export function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
  width?: number;
}) {
  const { label, value, options, onChange, width = 150 } = props;
  return (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width }}
      value={value}
      options={options}
      onChange={(v?: string) => onChange(v)}
    />
  );
}

/** Options for a Select or Radio group from a label table (`{ CODE: '中文' }`), in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** Options from a status table (`{ CODE: { label, color } }`, common/status.ts). */
export function statusOptions<K extends string>(statuses: Record<K, { label: string }>) {
  return (Object.entries(statuses) as [K, { label: string }][]).map(([value, s]) => ({ value, label: s.label }));
}

/** A page's title with its actions on the right. */
export function PageHeading({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Title level={2}>{title}</Typography.Title>
      {actions}
    </Space>
  );
}

/**
 * A server-paged list (WEB.md "Lists"): heading, filters, the table of one page and the pager. The
 * query's state (loading, not found, error) shows as on every page; paging is by cursor in the URL.
 */
export function ListPage<Data, Row extends object>(props: {
  title: string;
  actions?: ReactNode;
  /** Shown between the heading and the filters (e.g. an export running in the background). */
  notice?: ReactNode;
  filters?: ReactNode;
  query: { data: Data | undefined; error: CombinedError | undefined; fetching: boolean; retry: () => void };
  connection: (data: Data) => PagedConnection<Row>;
  columns: TableColumnsType<Row>;
  rowKey?: keyof Row & string;
  unit: string;
  emptyText: string;
  paging: { after: string | undefined; setAfter: (cursor: string | undefined) => void };
}) {
  const { title, actions, notice, filters, query, connection, columns, rowKey = 'id', unit, emptyText, paging } = props;
  const scroll = usePhoneTableScroll();
  return (
    <>
      <PageHeading title={title} actions={actions} />
      {notice}
      {filters && (
        <Space wrap style={{ marginBottom: 16 }}>
          {filters}
        </Space>
      )}
      <QueryState data={query.data} error={query.error} fetching={query.fetching} retry={query.retry}>
        {(d) => {
          const page = connection(d);
          return (
            <>
              <Table<Row>
                rowKey={rowKey}
                columns={columns}
                loading={query.fetching}
                dataSource={page.edges.map((e) => e.node)}
                pagination={false}
                scroll={scroll}
                // The table's own grey fails WCAG AA contrast: the secondary text colour is the theme's readable grey.
                locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
              />
              <Pager
                total={page.totalCount}
                unit={unit}
                onFirstPage={!paging.after}
                endCursor={page.pageInfo.endCursor}
                hasNextPage={page.pageInfo.hasNextPage}
                setAfter={paging.setAfter}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
