import { useState } from 'react';
import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMutation } from 'urql';
import type { CheckAnswer, InspectionOpinion, RecheckMethod } from '../gql/graphql';
import { failureOf, failureText } from '../common/action-error';
import { OPINION } from '../inspections/after/labels';
import { RecordRecheckDocument } from './documents';
import { METHOD } from './labels';
import { RecheckEvidenceField, type RecheckFile } from './recheck-evidence';

type Line = { itemVersionId: string; no: number; text: string; result: string };

interface ExamForm {
  method: RecheckMethod;
  lines: Record<string, { result: CheckAnswer; remark?: string }>;
  opinion: InspectionOpinion;
  findings: string;
}

/** The form's fields: how, each line of the original's checklist, the opinion due, what was found. */
function ExamFields({ lines }: { lines: readonly Line[] }) {
  return (
    <>
      <Form.Item name="method" label="复查方式">
        <Radio.Group options={(['DOCUMENTS', 'VISIT'] as const).map((v) => ({ value: v, label: METHOD[v] }))} />
      </Form.Item>
      {lines.map((l) => (
        <Form.Item key={`${l.itemVersionId}#${l.no}`} label={`${l.no}. ${l.text}`} style={{ marginBottom: 8 }}>
          <Form.Item name={['lines', `${l.itemVersionId}#${l.no}`, 'result']} noStyle>
            <Radio.Group
              aria-label={`第 ${l.no} 项`}
              options={[
                { value: 'NORMAL', label: '正常' },
                { value: 'ABNORMAL', label: '不正常' },
              ]}
            />
          </Form.Item>
          <Form.Item name={['lines', `${l.itemVersionId}#${l.no}`, 'remark']} noStyle>
            <Input placeholder="情况说明（不正常时必填）" aria-label={`第 ${l.no} 项情况说明`} />
          </Form.Item>
        </Form.Item>
      ))}
      <Form.Item name="opinion" label="应有的处理意见">
        <Select
          aria-label="应有的处理意见"
          options={Object.entries(OPINION).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="findings" label="复查情况" rules={[{ required: true, message: '请填写复查情况' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** Every line answered, in the checklist's order (a line left alone keeps the original's answer). */
function answersOf(lines: readonly Line[], v: ExamForm) {
  return lines.map((l) => {
    const a = v.lines[`${l.itemVersionId}#${l.no}`];
    return {
      itemVersionId: l.itemVersionId,
      no: l.no,
      result: a?.result ?? (l.result as CheckAnswer),
      remark: a?.remark ?? null,
    };
  });
}

interface ExamItem {
  id: string;
  inspectionId: string;
  checklist: readonly Line[];
  originalOpinion?: string | null;
  evidence: readonly RecheckFile[];
}

const EVIDENCE_HINT = '照片（JPEG、PNG）或 PDF；提交复查结论后冻结，各文件的 SHA-256 计入复查记录';

/**
 * Files attached while the dialog is open, after those the item had; kept when it is cancelled, and
 * then the page reloads the item (`close(true)`).
 */
function useAttached(had: readonly RecheckFile[], close: (changed: boolean) => void) {
  const [added, setAdded] = useState<RecheckFile[]>([]);
  return {
    files: [...had, ...added.filter((a) => !had.some((e) => e.id === a.id))],
    attached: (f: RecheckFile) => setAdded((list) => [...list, f]),
    closeWith: (done: boolean) => {
      const changed = done || added.length > 0;
      setAdded([]);
      close(changed);
    },
  };
}

/**
 * 记录复查 (R54): the original's checklist (its latest record's lines, the frozen item versions) answered
 * again line by line, the opinion the re-check finds due, how it was made. The server compares and lists
 * the differences; someone who did the original is refused there.
 */
export function ExamDialog({ item, close }: { item: ExamItem | null; close: (changed: boolean) => void }) {
  const { message } = App.useApp();
  const { files, attached, closeWith } = useAttached(item?.evidence ?? [], close);
  const [form] = Form.useForm<ExamForm>();
  const [{ fetching }, record] = useMutation(RecordRecheckDocument);
  const lines = item?.checklist ?? [];
  const submit = async (v: ExamForm) => {
    if (!item) return;
    const answers = answersOf(lines, v);
    const res = await record({
      input: { itemId: item.id, method: v.method, answers, opinion: v.opinion, findings: v.findings },
    });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    const state = res.data?.recordRecheckExamination.item.state;
    message.success(state === 'DIFFERING' ? '复查不一致：差异已交下级答复' : '复查一致');
    closeWith(true);
  };
  const initialLines = Object.fromEntries(lines.map((l) => [`${l.itemVersionId}#${l.no}`, { result: l.result }]));
  return (
    <Modal
      title="记录复查"
      open={!!item}
      onCancel={() => closeWith(false)}
      okText="提交复查结论"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
      width={720}
    >
      <Typography.Paragraph type="secondary">
        逐项填写复查结论（默认同原检查），上传复查证据，提交后不可修改；与原检查不一致的，差异将交作出检查的下级单位答复。
      </Typography.Paragraph>
      {item && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            method: 'DOCUMENTS',
            opinion: item.originalOpinion ?? 'NO_ANOMALY',
            lines: initialLines,
          }}
        >
          <ExamFields lines={lines} />
          <Form.Item label="复查证据" extra={EVIDENCE_HINT}>
            <RecheckEvidenceField itemId={item.id} files={files} onAttached={attached} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
