import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EndConflictDocument } from './inspector-documents';
import { useAction } from './parts';
import { validValues } from '../common/valid-values';

interface EndValues {
  until: Dayjs;
  reason: string;
}

/**
 * R30: ends a declared conflict on its last day, with the reason (the API checks the day against the
 * declared period). Irreversible: the dialog says what changes for later draws.
 */
export function EndConflictButton(props: { id: string; since: string; until: string | null; done: () => void }) {
  const { id, since, until, done } = props;
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EndValues>();
  const end = useAction(EndConflictDocument, '已结束');
  const ok = async () => {
    const v = await validValues(form);
    if (!v) return;
    const input = { id, until: v.until.format('YYYY-MM-DD'), reason: v.reason.trim() };
    if (!(await end.act({ input }))) return;
    setOpen(false);
    done(); // the page reads its conflicts again
  };
  // Days outside the declared period cannot be the last day.
  const outside = (d: Dayjs) => d.isBefore(since, 'day') || (!!until && d.isAfter(until, 'day'));
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        结束
      </Button>
      <Modal
        open={open}
        title="结束利害关系"
        okText="确认结束"
        cancelText="取消"
        confirmLoading={end.fetching}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="结束后不可撤销：截止日之后开始的抽取不再回避；记录保留。"
        />
        <Form form={form} layout="vertical" initialValues={{ until: dayjs() }}>
          <Form.Item
            label="截止日（仍须回避的最后一天）"
            name="until"
            rules={[{ required: true, message: '请选择截止日' }]}
          >
            <DatePicker disabledDate={outside} />
          </Form.Item>
          <Form.Item
            label="结束原因"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: '请写明结束原因' },
              { min: 2, max: 500, message: '结束原因为 2 至 500 个字' },
            ]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
