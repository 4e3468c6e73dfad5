import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { InspectionResultCode, RecheckAnswerKind, RecheckFindingsQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { useMyBureau } from '../common/my-bureau';
import { holdsAny, useViewer } from '../common/viewer';
import { EMPTY_TEXT_STYLE } from '../draw/draw-labels';
import { OPINION } from '../inspections/after/labels';
import { AnswerRecheckFindingDocument, CloseRecheckFindingDocument, RecheckFindingsDocument } from './documents';
import { FindingTag, RESULT_WORDS } from './labels';

type Finding = RecheckFindingsQuery['recheckFindings'][number];

const RESULTS: { value: InspectionResultCode; label: string }[] = [
  { value: 'NO_ISSUE', label: '未发现问题' },
  { value: 'ORDERED_TO_CORRECT', label: '发现问题已责令改正' },
  { value: 'PENDING_FOLLOW_UP', label: '发现问题待后续处理' },
];

function differenceText(d: Finding['differences'][number]): string {
  if (d.kind === 'opinion') {
    const word = (v: string) => (OPINION as Record<string, string | undefined>)[v] ?? v;
    return `处理意见：原为「${word(d.original)}」，复查为「${word(d.recheck)}」`;
  }
  return `第 ${d.no} 项 ${d.text}：原为「${RESULT_WORDS[d.original] ?? d.original}」，复查为「${RESULT_WORDS[d.recheck] ?? d.recheck}」`;
}

interface AnswerForm {
  kind: RecheckAnswerKind;
  answer: string;
  publishedResult?: InspectionResultCode;
}

/** The county's answer: corrected (after its record's correction) or explained (R54). */
function AnswerDialog({ finding, close }: { finding: Finding | null; close: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerForm>();
  const kind = Form.useWatch('kind', form);
  const [{ fetching }, answer] = useMutation(AnswerRecheckFindingDocument);
  const submit = async (v: AnswerForm) => {
    if (!finding) return;
    const res = await answer({
      input: { findingId: finding.id, kind: v.kind, answer: v.answer, publishedResult: v.publishedResult ?? null },
    });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success(v.kind === 'CORRECTED' ? '已答复；已公示的结果已编制更正，待审核后取代原公示' : '已答复');
    close(true);
  };
  return (
    <Modal
      title="答复复查发现的问题"
      open={!!finding}
      onCancel={() => close(false)}
      okText="提交答复"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        “已更正”须先在检查页提交现场检查记录的更正修订；已公示的检查结果将同时编制更正公示，经审核后取代原公示（R48）。答复后不可修改。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ kind: 'CORRECTED' }}>
        <Form.Item name="kind" label="答复方式">
          <Radio.Group
            options={[
              { value: 'CORRECTED', label: '已更正' },
              { value: 'EXPLAINED', label: '说明理由，维持原结果' },
            ]}
          />
        </Form.Item>
        {kind === 'CORRECTED' && (
          <Form.Item name="publishedResult" label="更正后公示的检查结果">
            <Select aria-label="更正后公示的检查结果" allowClear options={RESULTS} />
          </Form.Item>
        )}
        <Form.Item
          name="answer"
          label="答复"
          rules={[{ required: true, min: 4, message: '请填写答复（至少 4 个字）' }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The county answers an open finding; the superior closes an answered one (the server checks both again). */
function FindingActions({ f, mine, onAnswer, refresh }: CardProps) {
  const { message, modal } = App.useApp();
  const viewer = useViewer();
  const [, closeFinding] = useMutation(CloseRecheckFindingDocument);
  const handles = f.handlingBureauId === mine && holdsAny(viewer, ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD']);
  const closes = f.bureauId === mine && holdsAny(viewer, ['LEGAL_REVIEWER', 'OVERSIGHT']);
  const confirmClose = () => {
    let comment = '';
    modal.confirm({
      title: '销号',
      content: <Input.TextArea aria-label="销号意见" rows={2} onChange={(e) => (comment = e.target.value)} />,
      okText: '销号',
      onOk: async () => {
        const res = await closeFinding({ input: { findingId: f.id, comment } });
        if (res.error) return void message.error(failureText(failureOf(res.error)));
        refresh();
      },
    });
  };
  return (
    <Space>
      {handles && f.status === 'OPEN' && (
        <Button type="primary" onClick={onAnswer}>
          答复
        </Button>
      )}
      {closes && f.status === 'ANSWERED' && <Button onClick={confirmClose}>销号</Button>}
    </Space>
  );
}

interface CardProps {
  f: Finding;
  mine: string | undefined;
  onAnswer: () => void;
  refresh: () => void;
}

function FindingCard(props: CardProps) {
  const { f } = props;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <FindingTag status={f.status} />
          <Link to={`/inspections/${f.inspectionId}`}>被复查的检查</Link>
          <Typography.Text type="secondary">交办于 {chinaDateTime(f.issuedAt)}</Typography.Text>
        </Space>
      }
      extra={<FindingActions {...props} />}
    >
      <ul style={{ margin: 0 }}>
        {f.differences.map((d) => (
          <li key={`${d.kind}-${d.no ?? ''}`}>{differenceText(d)}</li>
        ))}
      </ul>
      {f.answer && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
          答复（{f.answerKind === 'CORRECTED' ? '已更正' : '说明理由'}）：{f.answer}
        </Typography.Paragraph>
      )}
      {f.closeComment && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>销号意见：{f.closeComment}</Typography.Paragraph>
      )}
    </Card>
  );
}

/** 复查发现的问题: a superior's findings it issued, a county's it must answer; a sibling sees none (R54). */
export default function RecheckFindingsPage() {
  const { bureau } = useMyBureau();
  const [answering, setAnswering] = useState<Finding | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: RecheckFindingsDocument,
    variables: {},
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeading title="复查发现的问题" />
      <QueryState data={data} error={error} fetching={fetching} retry={refresh}>
        {(d) =>
          d.recheckFindings.length ? (
            d.recheckFindings.map((f) => (
              <FindingCard key={f.id} f={f} mine={bureau?.id} onAnswer={() => setAnswering(f)} refresh={refresh} />
            ))
          ) : (
            <Empty description={<span style={EMPTY_TEXT_STYLE}>没有复查发现的问题</span>} />
          )
        }
      </QueryState>
      <AnswerDialog
        finding={answering}
        close={(done) => {
          setAnswering(null);
          if (done) refresh();
        }}
      />
    </>
  );
}
