import { useState } from 'react';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { LocalCheck } from './browser-verifier';

type Outcome = { ok: boolean; checks: LocalCheck[] } | { error: string };
/** The record's text, or why it could not be had (the server's Chinese message). */
export type RecordLoad = { text: string } | { error: string };

const PASSED = '#237804';
const FAILED = '#a8071a';

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
    render: (_: unknown, c: LocalCheck) => (c.ok ? <Tag color={PASSED}>通过</Tag> : <Tag color={FAILED}>未通过</Tag>),
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
 * Replays a draw record in this page with the engine of packages/domain (loaded on first use, its own
 * chunk), so the check trusts nothing the server computed: the workbench's 在本机复核 and the portal's
 * 在本机验证 both. `load` fetches the record's text.
 */
export function VerifyPanel(props: {
  title: string;
  /** The button's words, and the verdict's (本机复核 → 本机复核通过：…). */
  button: string;
  verdict: string;
  intro: string;
  load: () => Promise<RecordLoad>;
}) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const verify = async () => {
    setRunning(true);
    try {
      const record = await props.load();
      if ('error' in record) {
        setOutcome(record);
        return;
      }
      const { verifyInBrowser } = await import('./browser-verifier');
      setOutcome(verifyInBrowser(record.text));
    } finally {
      setRunning(false);
    }
  };
  const passed = `${props.verdict}通过：各项检查均一致`;
  return (
    <Card title={props.title} style={{ marginBottom: 24 }}>
      <Typography.Paragraph>{props.intro}</Typography.Paragraph>
      <Button icon={<SafetyCertificateOutlined />} type="primary" loading={running} onClick={() => void verify()}>
        {props.button}
      </Button>
      {outcome && 'error' in outcome && <Alert style={{ marginTop: 16 }} type="error" showIcon title={outcome.error} />}
      {outcome && 'checks' in outcome && (
        <>
          <Alert
            style={{ margin: '16px 0' }}
            type={outcome.ok ? 'success' : 'error'}
            showIcon
            title={outcome.ok ? passed : `${props.verdict}未通过：见下表中未通过的检查项`}
          />
          {/* Scrolls sideways on a phone: a focusable region, so a keyboard can scroll it too (axe). */}
          <div tabIndex={0} role="region" aria-label="各项检查" style={{ overflowX: 'auto' }}>
            <Table<LocalCheck>
              rowKey="name"
              columns={columns}
              dataSource={outcome.checks}
              pagination={false}
              style={{ minWidth: 640 }}
            />
          </div>
        </>
      )}
    </Card>
  );
}
