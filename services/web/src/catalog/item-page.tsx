import { Alert, Button, Card, Collapse, Descriptions, Space, Typography } from 'antd';
import { DiffOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ItemQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { ItemStatusTag, ItemVersionStatusTag } from '../common/status-tag';
import { chinaDateTime } from '../common/format';
import { useMyBureau } from '../common/my-bureau';
import { ItemDocument } from './documents';
import { ItemActions } from './item-actions';
import { versionFields } from './version-fields';

type Data = ItemQuery;
type Version = Data['inspectionItem']['versions'][number];

function VersionView({ v, categories }: { v: Version; categories: ReadonlyMap<string, string> }) {
  return (
    <>
      {v.reviewComment && (
        <Alert
          type={v.status === 'RETURNED' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`审核意见（${v.reviewer?.displayName ?? '法制审核员'}，${chinaDateTime(v.reviewedAt)}）：${v.reviewComment}`}
        />
      )}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 180 } }}>
        {versionFields(v, categories).map((f) => (
          <Descriptions.Item key={f.key} label={f.label}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{f.text}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {`创建 ${chinaDateTime(v.createdAt)} · 提交审核 ${chinaDateTime(v.submittedAt)} · 审核 ${chinaDateTime(v.reviewedAt)} · 发布 ${chinaDateTime(v.publishedAt)}`}
      </Typography.Paragraph>
    </>
  );
}

function ItemView({ data, refetch }: { data: Data; refetch: () => void }) {
  const { bureau } = useMyBureau();
  const item = data.inspectionItem;
  const categories = new Map(data.businessCategories.map((c) => [c.code, c.name]));
  const latest = item.versions[item.versions.length - 1];
  const newestFirst = [...item.versions].reverse();
  return (
    <>
      <Typography.Title level={2}>{latest?.name ?? item.code}</Typography.Title>
      <Descriptions bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="事项编码">{item.code}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <ItemStatusTag status={item.status} />
        </Descriptions.Item>
        <Descriptions.Item label="现行版本">
          {item.publishedVersion ? `第 ${item.publishedVersion.versionNo} 版` : '尚未发布'}
        </Descriptions.Item>
        <Descriptions.Item label="所属机关">{item.bureau?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label="检查主体">{item.department?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label="版本数">{item.versions.length}</Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 16 }} wrap>
        <ItemActions item={item} own={!!bureau && bureau.id === item.bureauId} done={refetch} />
        {item.versions.length > 1 && (
          <Link to={`/items/${item.id}/diff`}>
            <Button icon={<DiffOutlined />}>版本对比</Button>
          </Link>
        )}
      </Space>
      <Card title="全部版本">
        <Collapse
          defaultActiveKey={latest ? [latest.id] : []}
          items={newestFirst.map((v) => ({
            key: v.id,
            label: (
              <Space>
                {`第 ${v.versionNo} 版`}
                <ItemVersionStatusTag status={v.status} />
              </Space>
            ),
            children: <VersionView v={v} categories={categories} />,
          }))}
        />
      </Card>
    </>
  );
}

/** An item with every version, its content, the review comments and the steps the viewer may take. */
export default function ItemPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ItemDocument, variables: { id } });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => <ItemView data={d} refetch={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}
