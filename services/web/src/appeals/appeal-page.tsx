import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, List, Modal, Radio, Select, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AppealDetailQuery, AppealDecision, InspectionResultCode, PublicationKind } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { holdsAny, useViewer } from '../common/viewer';
import { AcceptAppealDocument, AnswerAppealDocument, AppealDocument } from './documents';
import { CheckCard, CheckDialog } from './appeal-check';
import {
  documentInput,
  PenaltyFactsFields,
  type DocumentFormValues,
  type PenaltyFormValues,
} from '../publication/penalty-fields';
import dayjs from 'dayjs';
import { APPEAL_KIND_LABELS, AppealStatusTag } from './labels';

type Appeal = NonNullable<AppealDetailQuery['appeal']>;

/** The published document's fields 督察 needs to judge an objection (labels as the masking table has them). */
const DOCUMENT_FIELDS: [string, string][] = [
  ['partyName', '名称'],
  ['authority', '检查实施机关'],
  ['checkType', '类型'],
  ['checkDate', '日期'],
  ['result', '结果'],
];

const RESULTS: { value: InspectionResultCode; label: string }[] = [
  { value: 'NO_ISSUE', label: '未发现问题' },
  { value: 'ORDERED_TO_CORRECT', label: '发现问题已责令改正' },
  { value: 'PENDING_FOLLOW_UP', label: '发现问题待后续处理' },
  { value: 'NO_RELEVANT_BUSINESS', label: '未发现开展本次抽查涉及的经营活动' },
  { value: 'CLOSED_OR_LIQUIDATING', label: '已关闭停业或清算' },
  { value: 'SEVERE_NON_COOPERATION', label: '不配合检查情节严重' },
  { value: 'UNREACHABLE_AT_ADDRESS', label: '通过登记的住所（经营场所）无法联系' },
];

function documentFields(doc: unknown): { key: string; label: string; value: string }[] {
  const fields = (doc as { fields?: Record<string, unknown> } | null)?.fields ?? {};
  return DOCUMENT_FIELDS.filter(([k]) => typeof fields[k] === 'string').map(([k, label]) => ({
    key: k,
    label,
    value: String(fields[k]),
  }));
}

interface AnswerForm extends DocumentFormValues {
  decision: AppealDecision;
  answer: string;
  correctedResult?: InspectionResultCode;
}

/** A penalty result's published 双公示 items as the form's starting values: 督察 changes what is wrong. */
function penaltyOf(doc: unknown): PenaltyFormValues | undefined {
  const f = (doc as { fields?: Record<string, string | null> } | null)?.fields;
  if (!f) return undefined;
  return {
    decisionNo: f.decisionNo ?? undefined,
    violationType: f.violationType ?? '',
    violationFacts: f.violationFacts ?? '',
    legalBasis: f.legalBasis ?? '',
    penaltyCategories: (f.penaltyCategory ?? '').split('；').filter(Boolean),
    penaltyContent: f.penaltyContent ?? '',
    amount: f.amount == null ? null : Number(f.amount),
    publicUntil: dayjs(f.publicUntil ?? undefined),
  };
}

/** What an upheld objection corrects: a result's wording, or a penalty result's 双公示 items. */
function CorrectionFields({ kind }: { kind: PublicationKind | undefined }) {
  if (kind === 'PENALTY_RESULT') {
    return (
      <>
        <Typography.Paragraph type="secondary">更正后的双公示事项（按原公示填好，改正有误的项）：</Typography.Paragraph>
        <PenaltyFactsFields />
      </>
    );
  }
  if (kind !== 'INSPECTION_RESULT') return null;
  return (
    <Form.Item name="correctedResult" label="更正后的检查结果" rules={[{ required: true, message: '请选择' }]}>
      <Select options={RESULTS} aria-label="更正后的检查结果" />
    </Form.Item>
  );
}

/** The answer dialog: the decision, the written answer, and for an upheld objection on a result, the corrected result. */
function AnswerDialog({ appeal, open, close }: { appeal: Appeal; open: boolean; close: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerForm>();
  const [{ fetching }, answer] = useMutation(AnswerAppealDocument);
  const decision = Form.useWatch('decision', form);
  const correcting = decision === 'UPHELD' && appeal.kind === 'OBJECTION';
  const penalty = appeal.publication?.kind === 'PENALTY_RESULT';
  const submit = async (v: AnswerForm) => {
    const input = { id: appeal.id, version: appeal.version, decision: v.decision, answer: v.answer };
    const correction = {
      correctedResult: correcting && !penalty ? v.correctedResult : null,
      correctedPenalty: correcting && penalty ? documentInput('PENALTY_RESULT', v).penalty : null,
    };
    const res = await answer({ input: { ...input, ...correction } });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success(correcting ? '已答复；更正文书已编制，待审核后公示' : '已答复');
    close();
  };
  return (
    <Modal
      title={`答复 ${appeal.receiptNo}`}
      open={open}
      onCancel={close}
      okText="提交答复"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        答复提交后不能修改，提出人凭受理编号和查询码可以看到。成立的异议将编制更正文书，经审核后取代原公示（R48）。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ decision: 'UPHELD', penalty: penalty ? penaltyOf(appeal.publication?.document) : undefined }}
      >
        <Form.Item name="decision" label="结论" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'UPHELD', label: '成立' },
              { value: 'REJECTED', label: '不成立' },
            ]}
          />
        </Form.Item>
        {correcting && <CorrectionFields kind={appeal.publication?.kind} />}
        <Form.Item
          name="answer"
          label="书面答复"
          rules={[{ required: true, message: '请填写书面答复' }, { max: 2000 }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Actions({ appeal }: { appeal: Appeal }) {
  const { message } = App.useApp();
  const viewer = useViewer();
  const [answering, setAnswering] = useState(false);
  const [checking, setChecking] = useState(false);
  const [{ fetching }, accept] = useMutation(AcceptAppealDocument);
  if (!holdsAny(viewer, ['OVERSIGHT'])) return null;
  const canCheck = appeal.kind === 'COMPLAINT' && !appeal.inspectionId && appeal.status !== 'REJECTED';
  const check = canCheck && (
    <>
      <Button onClick={() => setChecking(true)}>启动直接检查</Button>
      <CheckDialog appeal={appeal} open={checking} close={() => setChecking(false)} />
    </>
  );
  if (appeal.status !== 'FILED' && appeal.status !== 'IN_HANDLING') return check || null;
  const start = async () => {
    const res = await accept({ input: { id: appeal.id, version: appeal.version } });
    if (res.error) message.error(failureText(failureOf(res.error)));
  };
  return (
    <Space>
      {appeal.status === 'FILED' && (
        <Button loading={fetching} onClick={() => void start()}>
          开始办理
        </Button>
      )}
      <Button type="primary" onClick={() => setAnswering(true)}>
        答复
      </Button>
      <AnswerDialog appeal={appeal} open={answering} close={() => setAnswering(false)} />
      {check}
    </Space>
  );
}

function AnswerCard({ appeal }: { appeal: Appeal }) {
  if (!appeal.answer) return null;
  return (
    <Card title="答复" size="small">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{appeal.answer}</Typography.Paragraph>
      <Typography.Text type="secondary">{chinaDateTime(appeal.answeredAt)}</Typography.Text>
      {appeal.correction && (
        <Typography.Paragraph className="appeal-correction">
          更正文书：{appeal.correction.status === 'PUBLISHED' ? '已公示' : '待审核'}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function AppealView({ appeal }: { appeal: Appeal }) {
  const doc = documentFields(appeal.publication?.document);
  return (
    <>
      <PageHeading
        title={`${APPEAL_KIND_LABELS[appeal.kind]} ${appeal.receiptNo}`}
        actions={<Actions appeal={appeal} />}
      />
      <Card title="提出的内容" size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="状态">
            <AppealStatusTag status={appeal.status} overdue={appeal.overdue} />
          </Descriptions.Item>
          <Descriptions.Item label="答复期限">{appeal.dueDate}</Descriptions.Item>
          <Descriptions.Item label="提出人">{appeal.filerName}</Descriptions.Item>
          <Descriptions.Item label="联系方式">{appeal.contact}</Descriptions.Item>
          <Descriptions.Item label="提出时间">{chinaDateTime(appeal.filedAt)}</Descriptions.Item>
          <Descriptions.Item label="理由" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{appeal.reason}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
        <List
          header="附件"
          size="small"
          dataSource={appeal.attachments}
          locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>无附件</span> }}
          renderItem={(f) => (
            <List.Item>
              <a href={f.url} target="_blank" rel="noreferrer">
                {f.fileName ?? `附件 ${f.position}`}
              </a>
              <Typography.Text type="secondary">{(f.sizeBytes / 1024).toFixed(0)} KB</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <Card title="针对的公示" size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="公示时间">{chinaDateTime(appeal.publication?.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label="版本">第 {appeal.publication?.version ?? '—'} 版</Descriptions.Item>
          {doc.map((f) => (
            <Descriptions.Item key={f.key} label={f.label}>
              {f.value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <CheckCard appeal={appeal} />
      <AnswerCard appeal={appeal} />
    </>
  );
}

/** One appeal: what was filed, the record it is about, the attachments, and 督察's answer. */
export default function AppealPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AppealDocument, variables: { id } });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => <AppealView appeal={d.appeal} />}
    </QueryState>
  );
}
