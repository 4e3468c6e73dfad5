import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { AssessmentOverviewQuery, AssessmentScoresQuery } from '../gql/graphql';
import { failureOf, failureText } from '../common/action-error';
import { QueryState } from '../common/query-state';
import { AdjustAssessmentScoreDocument, AssessmentScoresDocument } from './documents';
import { RecordsDrawer, type RecordsTarget } from './records-drawer';

type Assessment = AssessmentOverviewQuery['assessments'][number];
type Score = AssessmentScoresQuery['assessment']['scores'][number];
type Indicator = Score['indicators'][number];

const score = (v: number | null | undefined) => (v === null || v === undefined ? '无数据' : v.toFixed(2));
const figure = (i: Indicator) => (i.denominator === null ? `${i.numerator} 件` : `${i.numerator} / ${i.denominator}`);
const value = (i: Indicator) => (i.value === null ? '无数据' : i.denominator === null ? `${i.value}` : `${i.value}%`);

/** 调整得分: points and the reason in one dialog (WEB.md: actions that need a reason). */
function AdjustDialog({
  assessment,
  row,
  close,
}: {
  assessment: Assessment;
  row: Score;
  close: (done: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ points: number; reason: string }>();
  const [{ fetching }, adjust] = useMutation(AdjustAssessmentScoreDocument);
  const submit = async (v: { points: number; reason: string }) => {
    const res = await adjust({ input: { assessmentId: assessment.id, bureauId: row.bureauId, ...v } });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('已调整，排名已更新');
    close(true);
  };
  return (
    <Modal
      open
      title={`调整 ${row.bureauName} 的得分`}
      okText="调整"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => close(false)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">调整记入审计，考核发布后不能再调整。</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="points"
          label="调整分值（正为加分，负为减分）"
          rules={[{ required: true, message: '请填写调整分值' }]}
        >
          <InputNumber step={0.5} min={-100} max={100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 500 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function IndicatorTable({ row, open }: { row: Score; open: (i: Indicator) => void }) {
  const columns = [
    { title: '指标', dataIndex: 'name' },
    { title: '权重', dataIndex: 'weight', render: (w: number) => `${w}%` },
    { title: '分子 / 分母', key: 'figure', render: (_: unknown, i: Indicator) => figure(i) },
    { title: '比率或件数', key: 'value', render: (_: unknown, i: Indicator) => value(i) },
    { title: '得分', dataIndex: 'points', render: (p: number | null) => score(p) },
    {
      title: '记录',
      key: 'records',
      render: (_: unknown, i: Indicator) => (
        <Button size="small" type="link" onClick={() => open(i)} aria-label={`查看记录：${row.bureauName}${i.name}`}>
          查看记录
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table rowKey="key" size="small" pagination={false} columns={columns} dataSource={row.indicators} />
      {row.adjustments.map((a) => (
        <Typography.Paragraph key={a.id} className="assessment-adjustment" style={{ marginTop: 8 }}>
          调整 {a.points > 0 ? `+${a.points}` : a.points} 分：{a.reason}
        </Typography.Paragraph>
      ))}
    </>
  );
}

/** The ranking's columns; the adjust button while the assessment is a draft and the viewer may act. */
function rankingColumns(editable: boolean, adjust: (row: Score) => void) {
  return [
    { title: '排名', dataIndex: 'rank', render: (r: number | null) => r ?? '—' },
    { title: '单位', dataIndex: 'bureauName' },
    { title: '计算得分', dataIndex: 'computedScore', render: score },
    { title: '调整', dataIndex: 'adjustment', render: (a: number) => (a ? a.toFixed(2) : '—') },
    { title: '最终得分', dataIndex: 'finalScore', render: (v: number | null) => <strong>{score(v)}</strong> },
    ...(editable
      ? [
          {
            title: '操作',
            key: 'act',
            render: (_: unknown, r: Score) => (
              <Button size="small" onClick={() => adjust(r)}>
                调整
              </Button>
            ),
          },
        ]
      : []),
  ];
}

/** The ranking of an assessment (R55): scores, adjustments, and each indicator down to its records. */
export function RankingTable({
  assessment,
  canAct,
  refresh,
}: {
  assessment: Assessment;
  canAct: boolean;
  refresh: () => void;
}) {
  const [adjusting, setAdjusting] = useState<Score | null>(null);
  const [records, setRecords] = useState<RecordsTarget | null>(null);
  const editable = canAct && assessment.status === 'DRAFT';
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AssessmentScoresDocument,
    variables: { id: assessment.id },
    requestPolicy: 'cache-and-network',
  });
  const openRecords = (row: Score) => (i: Indicator) =>
    setRecords({
      assessmentId: assessment.id,
      bureauId: row.bureauId,
      bureauName: row.bureauName,
      indicator: i.key,
      indicatorName: i.name,
    });
  return (
    <>
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) => (
          <Table
            className="assessment-ranking"
            rowKey="bureauId"
            columns={rankingColumns(editable, setAdjusting)}
            dataSource={d.assessment.scores}
            pagination={false}
            expandable={{ expandedRowRender: (row: Score) => <IndicatorTable row={row} open={openRecords(row)} /> }}
          />
        )}
      </QueryState>
      {adjusting && (
        <AdjustDialog
          assessment={assessment}
          row={adjusting}
          close={(done) => {
            setAdjusting(null);
            if (done) {
              reexecute({ requestPolicy: 'network-only' });
              refresh();
            }
          }}
        />
      )}
      {records && <RecordsDrawer target={records} close={() => setRecords(null)} />}
    </>
  );
}
