import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { ActionModal } from './action-modal';
import { ScheduleInspectionDocument } from './documents';
import type { Inspection } from './types';

interface ScheduleValues {
  date: Dayjs;
  lateEntryReason?: string;
}

/** R35: the lead department or the office fixes the visit's day inside the window (before the record). */
export function ScheduleAction({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const [, schedule] = useMutation(ScheduleInspectionDocument);
  const inWindow = (d: Dayjs) => d.isBefore(dayjs(i.windowStart), 'day') || d.isAfter(dayjs(i.windowEnd), 'day');
  return (
    <ActionModal<ScheduleValues>
      label={i.scheduledOn ? '改检查日期' : '安排检查日期'}
      title="安排检查日期"
      okText="确定"
      primary={!i.scheduledOn}
      notice={`检查日期须在检查时段 ${i.windowStart} 至 ${i.windowEnd} 内，不早于今天；提交现场检查记录后不能再改。`}
      initialValues={i.scheduledOn ? { date: dayjs(i.scheduledOn) } : undefined}
      done="已安排检查日期"
      onDone={onDone}
      submit={(v) =>
        schedule({
          input: {
            inspectionId: i.id,
            version: i.version,
            date: v.date.format('YYYY-MM-DD'),
            lateEntryReason: v.lateEntryReason?.trim() || null,
          },
        })
      }
    >
      {() => (
        <>
          <Form.Item label="检查日期" name="date" rules={[{ required: true, message: '请选择检查日期' }]}>
            <DatePicker disabledDate={inWindow} />
          </Form.Item>
          <Form.Item label="补录理由" name="lateEntryReason" extra="单位管理员补录过去的检查日期时填写（记入审计）">
            <Input />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
