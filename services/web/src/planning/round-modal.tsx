import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { failureOf, failureText } from '../common/action-error';
import { AddPlanRoundDocument } from './documents';
import { validValues } from '../common/valid-values';

interface RoundValues {
  window: [Dayjs, Dayjs];
  lateEntryReason?: string;
}

/** A round of a task: its window inside the plan's year (R24). */
export function RoundModal(props: { taskId: string | null; taskName: string; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<RoundValues>();
  const [{ fetching }, addRound] = useMutation(AddPlanRoundDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const ok = async () => {
    if (!props.taskId) return;
    const v = await validValues(form);
    if (!v) return;
    setFailure(null);
    const r = await addRound({
      input: {
        taskId: props.taskId,
        windowStart: v.window[0].format('YYYY-MM-DD'),
        windowEnd: v.window[1].format('YYYY-MM-DD'),
        lateEntryReason: v.lateEntryReason || null,
      },
    });
    if (r.error) {
      setFailure(failureText(failureOf(r.error)));
      return;
    }
    props.onClose(true);
  };
  return (
    <Modal
      open={!!props.taskId}
      title={`添加轮次：${props.taskName}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => void ok()}
      onCancel={() => props.onClose(false)}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          label="检查时段"
          name="window"
          rules={[{ required: true, message: '请选择开始日和结束日' }]}
          extra="在计划年度内；结束日不早于今天"
        >
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item label="补录理由" name="lateEntryReason" extra="单位管理员补录已结束的轮次时填写（记入审计）">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
