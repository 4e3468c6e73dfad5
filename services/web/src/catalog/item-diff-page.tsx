import { Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ItemQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { ITEM_VERSION_STATUS } from '../common/status';
import { ItemDocument } from './documents';
import { versionFields } from './version-fields';

interface Row {
  key: string;
  label: string;
  a: string;
  b: string;
  changed: boolean;
}

const cell = (text: string, r: Row) => (
  <span style={{ whiteSpace: 'pre-wrap', fontWeight: r.changed ? 600 : undefined }}>{text}</span>
);

/** The field column, then one column per version, each headed by its version picker. */
function diffColumns(
  ids: [string, string],
  options: { value: string; label: string }[],
  pick: (side: 'a' | 'b', id: string) => void,
) {
  return [
    {
      title: '项目',
      dataIndex: 'label',
      width: 170,
      render: (l: string, r: Row) => (
        <Space>
          {l}
          {r.changed && (
            <Tag color="#ad4e00" variant="solid">
              有变化
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: <Select aria-label="左侧版本" value={ids[0]} options={options} onChange={(v: string) => pick('a', v)} />,
      dataIndex: 'a',
      render: cell,
    },
    {
      title: <Select aria-label="右侧版本" value={ids[1]} options={options} onChange={(v: string) => pick('b', v)} />,
      dataIndex: 'b',
      render: cell,
    },
  ];
}

function DiffView({ data }: { data: ItemQuery }) {
  const item = data.inspectionItem;
  const [params, setParams] = useSearchParams();
  const versions = item.versions;
  const categories = new Map(data.businessCategories.map((c) => [c.code, c.name]));
  const byId = (id: string | null) => versions.find((v) => v.id === id);
  const a = byId(params.get('a')) ?? versions[versions.length - 2] ?? versions[0];
  const b = byId(params.get('b')) ?? versions[versions.length - 1];
  if (!a || !b) return null;
  const fa = versionFields(a, categories);
  const fb = versionFields(b, categories);
  const rows: Row[] = fa.map((f, i) => ({
    key: f.key,
    label: f.label,
    a: f.text,
    b: fb[i]?.text ?? '',
    changed: f.text !== fb[i]?.text,
  }));
  const pick = (side: 'a' | 'b', id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(side, id);
      return next;
    });
  const columns = diffColumns(
    [a.id, b.id],
    versions.map((v) => ({ value: v.id, label: `第 ${v.versionNo} 版（${ITEM_VERSION_STATUS[v.status].label}）` })),
    pick,
  );
  const changed = rows.filter((r) => r.changed).length;
  return (
    <>
      <Typography.Title level={2}>{`版本对比：${b.name}`}</Typography.Title>
      <Typography.Paragraph>
        {changed ? `共 ${changed} 处不同，已标出。` : '两个版本内容相同。'}
        <Link to={`/items/${item.id}`}>返回事项</Link>
      </Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        bordered
        onRow={(r) => ({ style: r.changed ? { background: '#fff7e6' } : undefined })}
      />
    </>
  );
}

/** Two versions of an item side by side, the changed fields marked; the pair in the URL. */
export default function ItemDiffPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ItemDocument, variables: { id } });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => <DiffView data={d} />}
    </QueryState>
  );
}
