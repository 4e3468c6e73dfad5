import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AdminHolidayScheduleQuery, HolidayDayKind } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { chinaDateTime } from '../common/format';
import { useMyBureau } from '../common/my-bureau';
import { holdsAny, useViewer } from '../common/viewer';
import { HolidayScheduleDocument, LoadHolidayScheduleDocument } from './documents';
import { HOLIDAY_KIND, SCHEDULE_SOURCE_LABELS } from './labels';
import { daysToText, parseDays } from './holiday-text';
import { useAction, validValues } from './use-action';

type Schedule = AdminHolidayScheduleQuery['holidaySchedule'];
type Day = Schedule['days'][number];
const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (date: string) => `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;

const columns = [
  { title: '日期', dataIndex: 'date', width: 130 },
  { title: '星期', key: 'weekday', width: 90, render: (_: unknown, d: Day) => weekday(d.date) },
  {
    title: '安排',
    dataIndex: 'kind',
    width: 110,
    render: (k: HolidayDayKind) => (
      <Tag color={HOLIDAY_KIND[k].color} variant="solid">
        {HOLIDAY_KIND[k].label}
      </Tag>
    ),
  },
  { title: '节日', dataIndex: 'name' },
];

/** 导入: the year's days typed or pasted one per line; replaces what was loaded for the year. */
function LoadScheduleButton({ schedule, done }: { schedule: Schedule; done: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ text: string }>();
  const [{ fetching }, load] = useMutation(LoadHolidayScheduleDocument);
  const run = useAction();
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { text } = values;
    const parsed = parseDays(text);
    if ('error' in parsed) {
      form.setFields([{ name: 'text', errors: [parsed.error] }]);
      return;
    }
    const input = { year: schedule.year, days: parsed.days };
    if (await run(() => load({ input }), `已导入 ${schedule.year} 年的节假日安排`, form)) {
      setOpen(false);
      done();
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {`导入 ${schedule.year} 年安排`}
      </Button>
      <Modal
        open={open}
        title={`导入 ${schedule.year} 年节假日安排`}
        okText="导入"
        cancelText="取消"
        confirmLoading={fetching}
        width={640}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="按国务院办公厅的通知填写该年全部放假日和调休上班日；导入后替换该年原有安排，全系统的工作日期限随之计算。"
        />
        <Form form={form} layout="vertical" initialValues={{ text: daysToText(schedule.days) }}>
          <Form.Item
            label="每行一天：日期 放假/上班 节日名"
            name="text"
            rules={[{ required: true, whitespace: true, message: '请填写该年的节假日安排' }]}
          >
            <Input.TextArea
              rows={12}
              placeholder={`${schedule.year}-01-01 放假 元旦\n${schedule.year}-02-14 上班 春节`}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function ScheduleView({ schedule, canLoad, done }: { schedule: Schedule; canLoad: boolean; done: () => void }) {
  const holidays = schedule.days.filter((d) => d.kind === 'HOLIDAY').length;
  return (
    <>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="来源">{SCHEDULE_SOURCE_LABELS[schedule.source]}</Descriptions.Item>
        <Descriptions.Item label="放假">{`${holidays} 天`}</Descriptions.Item>
        <Descriptions.Item label="调休上班">{`${schedule.days.length - holidays} 天`}</Descriptions.Item>
        {schedule.loadedAt && (
          <Descriptions.Item label="导入时间">{chinaDateTime(schedule.loadedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {canLoad && (
        <div style={{ marginBottom: 12 }}>
          <LoadScheduleButton schedule={schedule} done={done} />
        </div>
      )}
      <Table<Day>
        size="small"
        rowKey="date"
        columns={columns}
        dataSource={schedule.days}
        pagination={false}
        locale={{ emptyText: canLoad ? '该年的安排尚未公布或未导入：点“导入”填写' : '该年的安排尚未公布或未导入' }}
      />
    </>
  );
}

/** 节假日安排: a year's holidays and make-up working days; the top bureau's administrator loads a year. */
export function HolidaysTab() {
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || THIS_YEAR;
  const [{ data, error, fetching }, reexecute] = useQuery({ query: HolidayScheduleDocument, variables: { year } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const canLoad = holdsAny(viewer, ['ADMIN']) && !!bureau && !bureau.parent;
  const setYear = (y: number | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (y) next.set('year', String(y));
      return next;
    });
  return (
    <Card
      size="small"
      title="节假日安排"
      extra={
        <Space>
          <span id="holiday-year">年份</span>
          <InputNumber
            aria-labelledby="holiday-year"
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={setYear}
          />
        </Space>
      }
    >
      {!canLoad && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="节假日安排由顶级公安机关（省厅）的管理员导入，全系统共用。"
        />
      )}
      <QueryState data={data} error={error} fetching={fetching} retry={refresh}>
        {(d) => <ScheduleView schedule={d.holidaySchedule} canLoad={canLoad} done={refresh} />}
      </QueryState>
    </Card>
  );
}
