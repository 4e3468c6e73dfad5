import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import type { AppealStatus } from '../gql/graphql';
import { AppealStatusDocument } from './documents';

const STATUS: Record<AppealStatus, string> = {
  FILED: '已受理登记',
  IN_HANDLING: '办理中',
  UPHELD: '成立',
  REJECTED: '不成立',
};

interface Ask {
  receiptNo: string;
  queryCode: string;
}

/** 查看办理情况 at /gs/appeal/status: the receipt number and the query code → the state and the answer. */
export default function AppealStatusPage() {
  const [ask, setAsk] = useState<Ask | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: AppealStatusDocument,
    variables: ask ?? { receiptNo: '', queryCode: '' },
    pause: !ask,
    requestPolicy: 'network-only',
  });
  const a = data?.appealStatus;
  return (
    <Card title="查看异议、投诉的办理情况">
      <Form<Ask>
        layout="vertical"
        onFinish={(v) => setAsk({ receiptNo: v.receiptNo.trim(), queryCode: v.queryCode.trim() })}
      >
        <Form.Item name="receiptNo" label="受理编号" rules={[{ required: true, message: '请填写受理编号' }]}>
          <Input placeholder="如 410422-2026-000001" />
        </Form.Item>
        <Form.Item name="queryCode" label="查询码" rules={[{ required: true, message: '请填写查询码' }]}>
          <Input autoCapitalize="characters" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
          查询
        </Button>
      </Form>
      {error && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={error.graphQLErrors[0]?.message ?? '查询失败，请稍后再试'}
        />
      )}
      {a && (
        <Descriptions column={1} size="small" style={{ marginTop: 16 }} className="appeal-status">
          <Descriptions.Item label="受理编号">{a.receiptNo}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag className="appeal-status-tag">{STATUS[a.status]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="受理机关">{a.bureauName}</Descriptions.Item>
          <Descriptions.Item label="针对">{a.targetName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="答复期限">{a.dueDate}</Descriptions.Item>
          {a.answer && (
            <Descriptions.Item label="答复">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.answer}</Typography.Paragraph>
            </Descriptions.Item>
          )}
          {a.correctionId && <Descriptions.Item label="更正">公示已更正</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}
