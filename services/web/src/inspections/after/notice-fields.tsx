import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { required } from './action-modal';
import { FOLLOW_UP } from './labels';

export interface NoticeValues {
  findings: string;
  legalBasis: string;
  deadline: Dayjs;
  contactPhone?: string;
}

export interface FollowUpValues {
  result: 'RECTIFIED' | 'NOT_RECTIFIED';
  checkedOn: Dayjs;
  remarks: string;
  caseNo?: string;
}

export interface PenaltyValues {
  decisionNo: string;
  decidedOn: Dayjs;
}

const beforeToday = (d: Dayjs) => d.isBefore(dayjs(), 'day');
const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** What a notice (or its draft) says (R40). */
export function NoticeFields() {
  return (
    <>
      <Form.Item label="发现的问题" name="findings" rules={required('发现的问题')} extra="每行一条，通知书上统一编号">
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item label="法律依据" name="legalBasis" rules={required('法律依据')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请选择整改期限' }]}>
        <DatePicker disabledDate={beforeToday} />
      </Form.Item>
      <Form.Item label="联系电话" name="contactPhone" extra="印在通知书上签发人旁；不填则取签发人在名录中的电话">
        <Input />
      </Form.Item>
    </>
  );
}

/** The follow-up check: rectified (closed) or not (a case filed, its number required). */
export function FollowUpFields() {
  const result = Form.useWatch<FollowUpValues['result'] | undefined>('result');
  return (
    <>
      <Form.Item label="复查结果" name="result" rules={[{ required: true, message: '请选择复查结果' }]}>
        <Radio.Group
          options={Object.entries(FOLLOW_UP).map(([value, label]) => ({ value, label }))}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      <Form.Item label="复查日期" name="checkedOn" rules={[{ required: true, message: '请选择复查日期' }]}>
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
      <Form.Item label="复查情况" name="remarks" rules={required('复查情况')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {result === 'NOT_RECTIFIED' && (
        <Form.Item label="立案编号" name="caseNo" rules={required('立案编号（逾期未整改须立案查处）')}>
          <Input />
        </Form.Item>
      )}
    </>
  );
}

export function PenaltyFields() {
  return (
    <>
      <Form.Item label="处罚决定书文号" name="decisionNo" rules={required('处罚决定书文号')}>
        <Input />
      </Form.Item>
      <Form.Item label="决定日期" name="decidedOn" rules={[{ required: true, message: '请选择决定日期' }]}>
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
    </>
  );
}

export const day = (d: Dayjs) => d.format('YYYY-MM-DD');
