import { Button, Space, Typography } from 'antd';

/** Cursor paging under a list: the total, back to the first page, the next page. */
export function Pager(props: {
  total: number;
  unit: string;
  onFirstPage: boolean;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  setAfter: (cursor: string | undefined) => void;
}) {
  const { total, unit, onFirstPage, endCursor, hasNextPage, setAfter } = props;
  return (
    <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text type="secondary">{`共 ${total >= 10000 ? '10000+' : total} ${unit}`}</Typography.Text>
      <Space>
        <Button disabled={onFirstPage} onClick={() => setAfter(undefined)}>
          第一页
        </Button>
        <Button disabled={!hasNextPage} onClick={() => setAfter(endCursor ?? undefined)}>
          下一页
        </Button>
      </Space>
    </Space>
  );
}
