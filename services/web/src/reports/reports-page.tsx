import { useEffect, useState } from 'react';
import { App, Button, Empty, Form, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { SupervisionReportKind, SupervisionReportsQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { holdsAny, useViewer } from '../common/viewer';
import { ReportRoundsDocument, RequestSupervisionReportDocument, SupervisionReportsDocument } from './documents';

type Row = SupervisionReportsQuery['supervisionReports'][number];

const KIND: Record<SupervisionReportKind, string> = { ROUND: '轮次总结', SITUATION: '半年情况报告' };
const STATE: Record<string, { text: string; color: string }> = {
  QUEUED: { text: '排队中', color: 'default' },
  RUNNING: { text: '生成中', color: 'processing' },
  SUCCEEDED: { text: '已生成', color: 'success' },
  FAILED: { text: '生成失败', color: 'error' },
  CANCELLED: { text: '已取消', color: 'default' },
};
const POLL_MS = 1500;

/** The 1 June and 1 December report dates (R22) of this year and last, newest first. */
function situationDates(): string[] {
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  return [year, year - 1].flatMap((y) => [`${y}-12-01`, `${y}-06-01`]);
}

interface RequestForm {
  kind: SupervisionReportKind;
  roundId?: string;
  asOf?: string;
}

/** The round of a round report: all the rounds of the bureau's and its subordinates' plans, searched on the server. */
function RoundPicker(props: { value?: string; onChange?: (value: string) => void }) {
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: ReportRoundsDocument, variables: { search: search.trim() || null } });
  const options = (data?.reportRounds ?? []).map((r) => ({
    value: r.id,
    label: `${r.bureauName} ${r.planYear}年 ${r.taskName} 第${r.roundNo}轮（${r.windowStart} 至 ${r.windowEnd}）`,
  }));
  return (
    <Select
      {...props}
      options={options}
      placeholder="输入计划、任务或单位名称查找"
      aria-label="抽查轮次"
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}

/** 生成报告: a round's summary (R56) or the half-year situation report (R22); generated in the background. */
function RequestDialog({ open, close, done }: { open: boolean; close: () => void; done: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestForm>();
  const kind = Form.useWatch('kind', form);
  const [{ fetching }, request] = useMutation(RequestSupervisionReportDocument);
  const submit = async (v: RequestForm) => {
    const res = await request({
      input: v.kind === 'ROUND' ? { kind: 'ROUND', roundId: v.roundId } : { kind: 'SITUATION', asOf: v.asOf },
    });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('已申请，正在后台生成表格与 PDF');
    close();
    done();
  };
  return (
    <Modal
      title="生成报告"
      open={open}
      onCancel={close}
      okText="生成"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        按单位、部门统计抽取、检查、发现问题、整改、公示、逾期与复查一致情况，生成 Excel 表格与 PDF，永久保存。
        情况报告于每年 6 月 1 日、12 月 1 日报送，统计此前半年（R22）。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ kind: 'SITUATION', asOf: situationDates()[0] }}
      >
        <Form.Item name="kind" label="类别">
          <Radio.Group options={(['SITUATION', 'ROUND'] as const).map((k) => ({ value: k, label: KIND[k] }))} />
        </Form.Item>
        {kind === 'ROUND' ? (
          <Form.Item name="roundId" label="抽查轮次" rules={[{ required: true, message: '请选择轮次' }]}>
            <RoundPicker />
          </Form.Item>
        ) : (
          <Form.Item name="asOf" label="报送日期" rules={[{ required: true, message: '请选择报送日期' }]}>
            <Select aria-label="报送日期" options={situationDates().map((d) => ({ value: d, label: d }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

const columns = [
  { title: '报告', dataIndex: 'title' },
  { title: '类别', dataIndex: 'kind', render: (k: SupervisionReportKind) => KIND[k] },
  { title: '统计期间', key: 'period', render: (_: unknown, r: Row) => `${r.periodStart} 起（至 ${r.periodEnd} 前）` },
  {
    title: '状态',
    dataIndex: 'state',
    render: (s: string | null) => (s ? <Tag color={STATE[s]?.color}>{STATE[s]?.text ?? s}</Tag> : '—'),
  },
  { title: '申请时间', dataIndex: 'createdAt', render: (t: string) => chinaDateTime(t) },
  {
    title: '下载',
    key: 'files',
    render: (_: unknown, r: Row) =>
      r.xlsx && r.pdf ? (
        <Space>
          <a href={r.xlsx.url} download={r.xlsx.filename}>
            表格
          </a>
          <a href={r.pdf.url} download={r.pdf.filename}>
            PDF
          </a>
        </Space>
      ) : (
        '—'
      ),
  },
];

/** 报告 (R22, R56): the bureau's and its subordinates' supervision reports, with their two files. */
export default function ReportsPage() {
  const viewer = useViewer();
  const [requesting, setRequesting] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SupervisionReportsDocument,
    requestPolicy: 'cache-and-network',
  });
  const pending = data?.supervisionReports.some((r) => r.state === 'QUEUED' || r.state === 'RUNNING');
  // While a report is being generated, look again now and then.
  useEffect(() => {
    if (!pending) return undefined;
    const t = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(t);
  }, [pending, data, reexecute]);
  const may = holdsAny(viewer, ['ADMIN', 'COORDINATOR']);
  return (
    <>
      <PageHeading
        title="报告"
        actions={
          may && (
            <Button type="primary" onClick={() => setRequesting(true)}>
              生成报告
            </Button>
          )
        }
      />
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) =>
          d.supervisionReports.length ? (
            <Table rowKey="id" columns={columns} dataSource={d.supervisionReports} pagination={false} />
          ) : (
            <Empty description={may ? '尚无报告：点击“生成报告”' : '尚无报告'} />
          )
        }
      </QueryState>
      <RequestDialog
        open={requesting}
        close={() => setRequesting(false)}
        done={() => reexecute({ requestPolicy: 'network-only' })}
      />
    </>
  );
}
