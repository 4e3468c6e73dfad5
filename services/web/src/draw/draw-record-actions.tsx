import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import type { BeaconSource } from '../gql/graphql';
import { DrawRecordLinkDocument, RedrawDocument } from './draw-documents';
import { BEACON_SOURCE, TAG_COLORS } from './draw-labels';
import { errorText, useDrawAction } from './use-draw-action';

export const BEACON_OPTIONS = (Object.keys(BEACON_SOURCE) as BeaconSource[]).map((value) => ({
  value,
  label: BEACON_SOURCE[value],
}));

/** Downloads the published record (canonical JSON, DRAW.md §7) through the API's short-lived signed link. */
function useDownloadRecord(drawId: string) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    const path = `/draws/${encodeURIComponent(drawId)}/record.json`;
    const answer = await client.query(DrawRecordLinkDocument, { path }, { requestPolicy: 'network-only' });
    setBusy(false);
    if (answer.error || !answer.data) {
      setError(answer.error ? errorText(answer.error) : '未能取得下载链接');
      return;
    }
    setError(null);
    Object.assign(document.createElement('a'), { href: answer.data.downloadUrl.url, download: '' }).click();
  };
  return { download, busy, error };
}

/** antd's danger red (#ff4d4f) on white is too light to read (axe: contrast 3.3 < 4.5). */
const READABLE_DANGER = { color: TAG_COLORS.bad, borderColor: TAG_COLORS.bad };

interface RedrawValues {
  reason: string;
  beaconSource: BeaconSource;
  beaconNote?: string;
}

/** Download of the record, and (department head, R31) a redraw with its reason in the same dialog. */
export function RecordActions({ drawId, mayRedraw }: { drawId: string; mayRedraw: boolean }) {
  const { download, busy, error } = useDownloadRecord(drawId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RedrawValues>();
  const navigate = useNavigate();
  const { act, fetching } = useDrawAction(RedrawDocument, '已批准重抽：新的抽取已承诺');
  const submit = async (v: RedrawValues) => {
    const data = await act({ input: { drawId, ...v } });
    if (data) {
      setOpen(false);
      void navigate(`/draws/${data.redraw.draw.id}`);
    }
  };
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
        下载抽取记录
      </Button>
      {error && <span role="alert">{error}</span>}
      {mayRedraw && (
        <Button danger style={READABLE_DANGER} icon={<RedoOutlined />} onClick={() => setOpen(true)}>
          重抽
        </Button>
      )}
      <Modal
        open={open}
        title="批准重抽"
        okText="批准重抽"
        okButtonProps={{ danger: true }}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <p>新的抽取取代本次抽取（本记录保留），未确认的派发随之关闭。此操作不可撤销。</p>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ beaconSource: 'LOTTERY' }}
        >
          <Form.Item
            name="reason"
            label="重抽理由"
            rules={[{ required: true, min: 4, message: '请填写理由（至少 4 个字）' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="beaconSource" label="新抽取的信标来源" rules={[{ required: true }]}>
            <Select options={BEACON_OPTIONS} />
          </Form.Item>
          <Form.Item name="beaconNote" label="信标说明">
            <Input placeholder="如：福彩3D 第2026315期" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
