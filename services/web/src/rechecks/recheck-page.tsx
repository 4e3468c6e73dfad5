import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { RecheckDetailQuery, RecheckFindingStatus } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { holdsAny, useViewer } from '../common/viewer';
import { BEACON_SOURCE, EMPTY_TEXT_STYLE, TAG_COLORS } from '../draw/draw-labels';
import { OPINION } from '../inspections/after/labels';
import { EnlargeRecheckDocument, EnterRecheckBeaconDocument, RecheckDocument, RunRecheckDocument } from './documents';
import { ExamDialog } from './recheck-exam-dialog';
import { RecheckFiles } from './recheck-evidence';
import { useSubordinates } from './subordinates';
import { FindingTag, METHOD, RESULT_WORDS, SampleTag, StateTag } from './labels';

type Detail = RecheckDetailQuery;
type Sample = Detail['recheckSamples'][number];
type Item = Detail['recheckItems'][number];

/** The drawn re-checkers by name and department, in the order drawn (a count only for names the caller may not read). */
function recheckers(i: Item): string {
  if (!i.inspectorIds.length) return '—';
  const names = i.inspectors.map((x) => `${x.name}（${x.department.name}）`);
  const unnamed = i.inspectorIds.length - names.length;
  return [...names, ...(unnamed > 0 ? [`另 ${unnamed} 人`] : [])].join('、');
}

const mono = { fontFamily: 'monospace', fontSize: 16, wordBreak: 'break-all' } as const;

/** The beacon, entered once by someone other than the committer (DRAW.md §1). */
function BeaconButton({ recheckId, refresh }: { recheckId: string; refresh: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [{ fetching }, enter] = useMutation(EnterRecheckBeaconDocument);
  const submit = async () => {
    const res = await enter({ input: { recheckId, beacon: value } });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('信标已录入');
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>录入信标</Button>
      <Modal
        title="录入信标"
        open={open}
        onCancel={() => setOpen(false)}
        okText="录入"
        confirmLoading={fetching}
        onOk={() => void submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          信标只能录入一次，须由承诺人以外的人录入，录入后不可更改。
        </Typography.Paragraph>
        <Input aria-label="信标" value={value} onChange={(e) => setValue(e.target.value)} />
      </Modal>
    </>
  );
}

function EnlargeButton({ recheckId, refresh }: { recheckId: string; refresh: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ minPerStratum: number; reason: string }>();
  const [{ fetching }, enlarge] = useMutation(EnlargeRecheckDocument);
  const submit = async (v: { minPerStratum: number; reason: string }) => {
    const res = await enlarge({
      input: { recheckId, sizeRule: 'GB2828_II', minPerStratum: v.minPerStratum, reason: v.reason },
    });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('样本已扩大，原样本全部保留');
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>扩大样本</Button>
      <Modal
        title="扩大样本"
        open={open}
        onCancel={() => setOpen(false)}
        okText="扩大"
        confirmLoading={fetching}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          以同一随机数与信标、更大的样本量重新抽样（一致抽样）：新样本包含原样本，已作出的复查结论不变。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ minPerStratum: 2 }}>
          <Form.Item name="minPerStratum" label="每个下级单位至少抽取（件）">
            <InputNumber min={1} max={10000} aria-label="每个下级单位至少抽取（件）" />
          </Form.Item>
          <Form.Item
            name="reason"
            label="扩大理由"
            rules={[{ required: true, min: 4, message: '请写明理由（至少 4 个字）' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** What a sample publishes: digests and commitment (large, to be read out), the beacon, and after the run the nonce and sizes. */
function SampleFacts({ sample }: { sample: Sample }) {
  const { byDivision } = useSubordinates();
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="快照摘要">
        <span style={mono}>{sample.poolDigest}</span>
      </Descriptions.Item>
      <Descriptions.Item label="承诺值">
        <span style={mono}>{sample.commitment}</span>
      </Descriptions.Item>
      <Descriptions.Item label="总体">{sample.itemCount} 件已办结检查</Descriptions.Item>
      <Descriptions.Item label="信标来源">
        {BEACON_SOURCE[sample.beaconSource]}
        {sample.beaconNote ? `（${sample.beaconNote}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="信标">{sample.beacon ?? '待录入'}</Descriptions.Item>
      {sample.nonce && (
        <Descriptions.Item label="随机数">
          <span style={mono}>{sample.nonce}</span>
        </Descriptions.Item>
      )}
      {sample.resultDigest && (
        <Descriptions.Item label="结果摘要">
          <span style={mono}>{sample.resultDigest}</span>
        </Descriptions.Item>
      )}
      {sample.strata && (
        <Descriptions.Item label="各下级单位">
          {sample.strata
            .map((s) => `${byDivision.get(s.stratum) ?? s.stratum}：${s.population} 件中抽 ${s.sampleSize} 件`)
            .join('；')}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="承诺时间">{chinaDateTime(sample.committedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

function SampleCard({ sample, recheckId, refresh }: { sample: Sample; recheckId: string; refresh: () => void }) {
  const { message, modal } = App.useApp();
  const viewer = useViewer();
  const [{ fetching }, run] = useMutation(RunRecheckDocument);
  const rechecker = holdsAny(viewer, ['LEGAL_REVIEWER', 'OVERSIGHT']);
  const confirmRun = () =>
    modal.confirm({
      title: '执行复查抽样',
      content: '将公开随机数与抽样结果，并为每件抽中的检查抽取复查人员；结果不可更改。',
      okText: '执行抽样',
      onOk: async () => {
        const res = await run({ recheckId });
        if (res.error) return void message.error(failureText(failureOf(res.error)));
        message.success('已抽样');
        refresh();
      },
    });
  const committed = sample.status === 'COMMITTED';
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          {sample.extendsSampleId ? '扩大的样本' : '抽样记录'}
          <SampleTag status={sample.status} />
        </Space>
      }
      extra={
        <Space>
          {committed && sample.beaconSource !== 'NONE' && !sample.beacon && (
            <BeaconButton recheckId={recheckId} refresh={refresh} />
          )}
          {committed && rechecker && (
            <Button type="primary" loading={fetching} onClick={() => void confirmRun()}>
              执行抽样
            </Button>
          )}
        </Space>
      }
    >
      <SampleFacts sample={sample} />
    </Card>
  );
}

const opinionWord = (v: string) => (OPINION as Record<string, string | undefined>)[v] ?? v;

function Differences({ item }: { item: Item }) {
  if (!item.differences?.length) return <Typography.Text>与原检查一致</Typography.Text>;
  return (
    <ul style={{ margin: 0 }}>
      {item.differences.map((d) => (
        <li key={`${d.kind}-${d.no ?? ''}`}>
          {d.kind === 'opinion'
            ? `处理意见：原为「${opinionWord(d.original)}」，复查为「${opinionWord(d.recheck)}」`
            : `第 ${d.no} 项 ${d.text}：原为「${RESULT_WORDS[d.original] ?? d.original}」，复查为「${RESULT_WORDS[d.recheck] ?? d.recheck}」${d.remark ? `（${d.remark}）` : ''}`}
        </li>
      ))}
    </ul>
  );
}

/** The items table's columns: the state with "changed after the commitment" and the finding, the action. */
function itemColumns(findingOf: Map<string, { status: RecheckFindingStatus }>, examine: (i: Item) => void) {
  return [
    { title: '下级机关', key: 'bureau', render: (_: unknown, i: Item) => i.inspectionBureau?.name ?? i.stratum },
    {
      title: '被复查的检查',
      key: 'inspection',
      render: (_: unknown, i: Item) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/inspections/${i.inspectionId}`}>{i.inspection?.target?.name ?? '检查'}</Link>
          <Typography.Text type="secondary">{`结束于 ${i.finishedOn}`}</Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'state',
      render: (_: unknown, i: Item) => (
        <Space wrap>
          <StateTag state={i.state} />
          {i.resultChanged && (
            <Tag color={TAG_COLORS.bad} variant="solid" className="recheck-changed">
              承诺后结果已改动
            </Tag>
          )}
          {findingStatus(findingOf, i.id)}
        </Space>
      ),
    },
    { title: '复查人员', key: 'team', render: (_: unknown, i: Item) => recheckers(i) },
    { title: '方式', key: 'method', render: (_: unknown, i: Item) => (i.method ? METHOD[i.method] : '—') },
    {
      title: '操作',
      key: 'act',
      render: (_: unknown, i: Item) =>
        i.state === 'SAMPLED' ? (
          <Button size="small" onClick={() => examine(i)}>
            记录复查
          </Button>
        ) : (
          i.concludedOn
        ),
    },
  ];
}

function findingStatus(findingOf: Map<string, { status: RecheckFindingStatus }>, id: string) {
  const f = findingOf.get(id);
  return f ? <FindingTag status={f.status} /> : null;
}

function ItemsCard({ detail, refresh }: { detail: Detail; refresh: () => void }) {
  const [examining, setExamining] = useState<Item | null>(null);
  const findingOf = new Map(detail.recheckFindings.map((f) => [f.recheckItemId, f]));
  const columns = itemColumns(findingOf, setExamining);
  return (
    <Card title="抽中的检查" size="small">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.recheckItems}
        pagination={false}
        expandable={{
          expandedRowRender: (i: Item) => (
            <Space orientation="vertical" size={4}>
              <Differences item={i} />
              <RecheckFiles files={i.evidence} />
              {i.examDigest && (
                <Typography.Text type="secondary" copyable={{ text: i.examDigest }}>
                  {`复查记录摘要 ${i.examDigest}`}
                </Typography.Text>
              )}
            </Space>
          ),
          rowExpandable: (i: Item) => i.state !== 'SAMPLED',
        }}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>尚未抽样：录入信标（如有）后执行抽样</span> }}
      />
      <ExamDialog
        item={examining}
        close={(changed) => {
          setExamining(null);
          if (changed) refresh();
        }}
      />
    </Card>
  );
}

/** One re-check: its samples (commit → beacon → run, enlargements), the sampled inspections and their re-examination. */
export default function RecheckPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { byId } = useSubordinates();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: RecheckDocument, variables: { id } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={refresh}>
      {(d) => {
        const drawn = d.recheckSamples.some((s) => s.status === 'DRAWN');
        return (
          <>
            <PageHeading
              title={`复查 ${d.recheck.periodFrom} 至 ${d.recheck.periodTo}`}
              actions={
                drawn && holdsAny(viewer, ['LEGAL_REVIEWER', 'OVERSIGHT']) ? (
                  <EnlargeButton recheckId={d.recheck.id} refresh={refresh} />
                ) : null
              }
            />
            <Typography.Paragraph>
              {`复查范围：${d.recheck.subordinateBureauId ? (byId.get(d.recheck.subordinateBureauId) ?? '指定下级单位') : '全部下级单位'}。`}
              {d.recheck.reason}
            </Typography.Paragraph>
            {d.recheckSamples.map((s) => (
              <SampleCard key={s.id} sample={s} recheckId={d.recheck.id} refresh={refresh} />
            ))}
            <ItemsCard detail={d} refresh={refresh} />
          </>
        );
      }}
    </QueryState>
  );
}
