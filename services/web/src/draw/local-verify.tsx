import { useState } from 'react';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { DrawRecordDocument } from './draw-documents';
import { TAG_COLORS } from './draw-labels';
import type { LocalCheck } from './verify/browser-verifier';
import { errorText } from './use-draw-action';

type Outcome = { ok: boolean; checks: LocalCheck[] } | { error: string };

const columns = [
  { title: '检查项', dataIndex: 'label', key: 'label', width: 200 },
  { title: '说明', dataIndex: 'description', key: 'description' },
  {
    title: '记录中的值 / 本机计算的值',
    key: 'values',
    render: (_: unknown, c: LocalCheck) => (
      <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 12 }}>
        {shownValue(c)}
      </Typography.Text>
    ),
  },
  {
    title: '结果',
    key: 'ok',
    width: 90,
    render: (_: unknown, c: LocalCheck) =>
      c.ok ? <Tag color={TAG_COLORS.ok}>通过</Tag> : <Tag color={TAG_COLORS.bad}>未通过</Tag>,
  },
];

/**
 * A value check shows the one value both agree on; a condition check that holds shows what the record says
 * (its computed side is the condition, not a value); a failed check shows both sides.
 */
function shownValue(c: LocalCheck): string {
  if (c.recorded === c.computed) return c.computed;
  if (c.ok) return `${c.recorded}：符合 ${c.computed}`;
  return `${c.recorded} ≠ ${c.computed}`;
}

/**
 * "在本机复核": fetches the published record and replays it in this page with the engine of
 * packages/domain (loaded on first use, its own chunk), so the check trusts nothing the server computed.
 */
export function LocalVerify({ drawId }: { drawId: string }) {
  const client = useClient();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const verify = async () => {
    setRunning(true);
    try {
      const answer = await client.query(DrawRecordDocument, { id: drawId }, { requestPolicy: 'network-only' });
      if (answer.error || !answer.data) {
        setOutcome({ error: answer.error ? errorText(answer.error) : '未能取得抽取记录' });
        return;
      }
      const { verifyInBrowser } = await import('./verify/browser-verifier');
      setOutcome(verifyInBrowser(answer.data.drawRecord));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Card title="在本机复核" style={{ marginBottom: 24 }}>
      <Typography.Paragraph>
        取得公开的抽取记录（快照、随机数、信标、结果），在本浏览器中用与服务器相同的算法（dsr-draw/1）重新计算，
        不依赖服务器的计算结果。
      </Typography.Paragraph>
      <Button icon={<SafetyCertificateOutlined />} type="primary" loading={running} onClick={() => void verify()}>
        在本机复核
      </Button>
      {outcome && 'error' in outcome && <Alert style={{ marginTop: 16 }} type="error" showIcon title={outcome.error} />}
      {outcome && 'checks' in outcome && (
        <>
          <Alert
            style={{ margin: '16px 0' }}
            type={outcome.ok ? 'success' : 'error'}
            showIcon
            title={outcome.ok ? '本机复核通过：各项检查均一致' : '本机复核未通过：见下表中未通过的检查项'}
          />
          <Table<LocalCheck> rowKey="name" columns={columns} dataSource={outcome.checks} pagination={false} />
        </>
      )}
    </Card>
  );
}
