import { useState } from 'react';
import { App, Button, Empty, Form, Input, InputNumber, Modal, Radio, Select, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { BeaconSource, RecheckSizeRule, RechecksQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { holdsAny, useViewer } from '../common/viewer';
import { BEACON_SOURCE, EMPTY_TEXT_STYLE } from '../draw/draw-labels';
import { OpenRecheckDocument, RechecksDocument } from './documents';
import { useSubordinates } from './subordinates';

type Row = RechecksQuery['rechecks'][number];

interface OpenForm {
  periodFrom: string;
  periodTo: string;
  sizeRule: RecheckSizeRule;
  ratioPercent?: number;
  minPerStratum: number;
  beaconSource: BeaconSource;
  beaconNote?: string;
  reason: string;
  subordinateBureauId?: string;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The dialog's fields: the scope, the period, the size rule (and ratio), the minimum per bureau, the beacon, the reason. */
function OpenFields({ ratio }: { ratio: boolean }) {
  const subordinates = useSubordinates().list;
  return (
    <>
      <Form.Item name="subordinateBureauId" label="下级单位">
        <Select
          aria-label="下级单位"
          allowClear
          placeholder="全部下级单位"
          options={subordinates.map((b) => ({ value: b.id, label: b.name }))}
        />
      </Form.Item>
      <Form.Item name="periodFrom" label="检查结束日期起" rules={[{ required: true, message: '请填写' }]}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="periodTo" label="检查结束日期止" rules={[{ required: true, message: '请填写' }]}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="sizeRule" label="样本量">
        <Radio.Group
          options={[
            { value: 'GB2828_II', label: 'GB/T 2828.1 一般检验水平 II' },
            { value: 'RATIO', label: '按比例' },
          ]}
        />
      </Form.Item>
      {ratio && (
        <Form.Item name="ratioPercent" label="比例（%）" rules={[{ required: true, message: '请填写比例' }]}>
          <InputNumber min={0.01} max={100} step={1} aria-label="比例（%）" />
        </Form.Item>
      )}
      <Form.Item name="minPerStratum" label="每个下级单位至少抽取（件）">
        <InputNumber min={1} max={10000} aria-label="每个下级单位至少抽取（件）" />
      </Form.Item>
      <Form.Item name="beaconSource" label="信标来源">
        <Radio.Group
          options={(['LOTTERY', 'WITNESS', 'NONE'] as const).map((v) => ({ value: v, label: BEACON_SOURCE[v] }))}
        />
      </Form.Item>
      <Form.Item name="beaconNote" label="信标说明">
        <Input placeholder="如：福彩3D 第 2026335 期开奖号码" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="复查事由"
        rules={[{ required: true, min: 4, message: '请写明事由（至少 4 个字）' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** 发起复查: the period, the size rule, the beacon promised; the commitment is published at once (DRAW.md §10). */
function OpenDialog({ open, close }: { open: boolean; close: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenForm>();
  const [{ fetching }, openRecheck] = useMutation(OpenRecheckDocument);
  const sizeRule = Form.useWatch('sizeRule', form);
  const submit = async (v: OpenForm) => {
    const res = await openRecheck({
      input: {
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        sizeRule: v.sizeRule,
        ratioBp: v.sizeRule === 'RATIO' ? Math.round((v.ratioPercent ?? 0) * 100) : null,
        minPerStratum: v.minPerStratum,
        beaconSource: v.beaconSource,
        beaconNote: v.beaconNote ?? null,
        reason: v.reason,
        subordinateBureauId: v.subordinateBureauId ?? null,
      },
    });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('已发起复查并承诺抽样');
    close();
    const id = res.data?.openRecheck.recheck.id;
    if (id) void navigate(`/rechecks/${id}`);
  };
  return (
    <Modal
      title="发起复查"
      open={open}
      onCancel={close}
      okText="发起并承诺"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        下级单位在期间内已办结的全部检查及其结果摘要组成快照，提交后立即公开快照摘要与承诺值，不可更改；结果在承诺后被改动的，复查时将显示出来（R54）。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          periodFrom: today(),
          periodTo: today(),
          sizeRule: 'GB2828_II',
          minPerStratum: 1,
          beaconSource: 'LOTTERY',
        }}
      >
        <OpenFields ratio={sizeRule === 'RATIO'} />
      </Form>
    </Modal>
  );
}

/** The list's columns; the scope by name (the viewer's direct subordinates). */
const columnsOf = (names: Map<string, string>) => [
  {
    title: '复查期间',
    key: 'period',
    render: (_: unknown, r: Row) => <Link to={`/rechecks/${r.id}`}>{`${r.periodFrom} 至 ${r.periodTo}`}</Link>,
  },
  {
    title: '范围',
    key: 'scope',
    render: (_: unknown, r: Row) =>
      r.subordinateBureauId ? (names.get(r.subordinateBureauId) ?? '指定下级单位') : '全部下级单位',
  },
  { title: '事由', dataIndex: 'reason' },
  { title: '发起时间', dataIndex: 'openedAt', render: (t: string) => chinaDateTime(t) },
];

/** 复查 (R54): the re-checks the bureau opened over its subordinates, newest first; 法制 and 督察 open them. */
export default function RechecksPage() {
  const viewer = useViewer();
  const { byId } = useSubordinates();
  const [opening, setOpening] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: RechecksDocument,
    requestPolicy: 'cache-and-network',
  });
  const may = holdsAny(viewer, ['LEGAL_REVIEWER', 'OVERSIGHT']);
  return (
    <>
      <PageHeading
        title="复查"
        actions={
          <>
            <Link to="/rechecks/findings">复查发现的问题</Link>
            {may && (
              <Button type="primary" onClick={() => setOpening(true)} style={{ marginLeft: 16 }}>
                发起复查
              </Button>
            )}
          </>
        }
      />
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) =>
          d.rechecks.length ? (
            <Table rowKey="id" columns={columnsOf(byId)} dataSource={d.rechecks} pagination={false} />
          ) : (
            <Empty
              description={
                <span style={EMPTY_TEXT_STYLE}>
                  {may ? '尚无复查：点击“发起复查”，从下级已办结的检查中随机抽取' : '尚无复查'}
                </span>
              }
            />
          )
        }
      </QueryState>
      <OpenDialog open={opening} close={() => setOpening(false)} />
    </>
  );
}
