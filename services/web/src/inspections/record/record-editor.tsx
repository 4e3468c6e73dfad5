import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Form } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { RecordInspectionQuery } from '../../gql/graphql';
import { SubmitInspectionRecordDocument } from './documents';
import { draftKey, LOCAL_MINUTE, newDraft, type RecordDraft } from './draft';
import { Checklist } from './checklist';
import { PhotosField } from './photos-field';
import { BasicFields, ConfirmationFields, FindingFields } from './record-fields';
import { StatusBar } from './status-bar';
import { submitDraft, type SubmitOutcome } from './submit';
import { useOnline } from './use-online';
import { useRecordDraft, type DraftState } from './use-record-draft';
import { checklistLines, validateDraft, type ChecklistLine, type RecordErrors } from './validate';

type Inspection = RecordInspectionQuery['inspection'];

/** Seconds, so an end taken at submission lies after a start entered to the minute. */
const LOCAL_SECOND = `${LOCAL_MINUTE}:ss`;

function scrollToField(key: string): void {
  document.getElementById(`field-${key}`)?.scrollIntoView({ block: 'center' });
}

/** A failure of the device itself (storage full, a bug): said plainly; the draft stays. */
function unexpected(err: unknown): string {
  return `提交未完成，记录仍保存在本机：${err instanceof Error ? err.message : String(err)}`;
}

/**
 * Sends a queued draft, once at a time and never again after it went through; the draft stays on
 * the device until the server has the record.
 */
function useSender(lines: ChecklistLine[], state: DraftState) {
  const [, mutate] = useMutation(SubmitInspectionRecordDocument);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; field: string | null; network: boolean } | null>(null);
  const [done, setDone] = useState(false);
  const busy = useRef(false);
  const { update, discard } = state;
  const send = useCallback(
    async (d: RecordDraft) => {
      if (busy.current || !navigator.onLine) return;
      busy.current = true;
      setSending(true);
      setFailure(null);
      const out = await submitDraft(d, lines, { update, mutate: (input) => mutate({ input }) }).catch(
        (err: unknown): SubmitOutcome => ({ ok: false, network: false, message: unexpected(err), field: null }),
      );
      setSending(false);
      if (out.ok) {
        setDone(true); // busy stays set: nothing is sent again
        await discard();
        return;
      }
      setFailure(out);
      // A refusal waits for the inspector to correct it; a lost connection retries when it is back.
      if (!out.network) await update({ queued: false });
      busy.current = false;
    },
    [lines, mutate, update, discard],
  );
  return { send, sending, failure, done };
}

/** Checks the draft, asks for confirmation, then queues it: it goes out now, or when the connection is back. */
function useSubmit(draft: RecordDraft | null, lines: ChecklistLine[], update: DraftState['update']) {
  const { modal } = App.useApp();
  // Once a submission was refused, the errors follow the draft: each clears as soon as it is put right.
  const [attempted, setAttempted] = useState(false);
  const errors = useMemo<RecordErrors>(
    () => (attempted && draft ? validateDraft(draft, lines) : {}),
    [attempted, draft, lines],
  );
  const submit = () => {
    if (!draft) return;
    const found = validateDraft(draft, lines);
    setAttempted(true);
    const first = Object.keys(found)[0];
    if (first) {
      scrollToField(first);
      return;
    }
    modal.confirm({
      title: '提交现场检查记录',
      content:
        '提交后不可修改（如需更正，须提交更正修订并写明理由）；照片和签字作为证据上传。无网络时记录保存在本机，联网后自动提交。',
      okText: '提交',
      cancelText: '取消',
      onOk: () => void update({ queued: true, checkedTo: draft.checkedTo || dayjs().format(LOCAL_SECOND) }),
    });
  };
  return { errors, submit };
}

/** The on-site record of one inspection, filled on a phone: every change kept on the device. */
export function RecordEditor({ inspection: i, userId }: { inspection: Inspection; userId: string }) {
  const lines = useMemo(() => checklistLines(i.itemVersions), [i.itemVersions]);
  const members = useMemo(() => i.members.filter((m) => !m.leftAt), [i.members]);
  const state = useRecordDraft(draftKey(userId, i.id), () =>
    newDraft(i.id, {
      place: i.target?.registeredAddress ?? '',
      representative: i.target?.legalRepresentative ?? '',
      presentIds: members.map((m) => m.inspectorId),
    }),
  );
  const online = useOnline();
  const sender = useSender(lines, state);
  const { draft, update } = state;
  const { send } = sender;
  const { errors: found, submit } = useSubmit(draft, lines, update);
  // The server's refusal also under the field it names (WEB.md "How errors show").
  const refused = sender.failure?.field;
  const errors = refused && !found[refused] ? { ...found, [refused]: sender.failure?.message ?? '' } : found;

  useEffect(() => {
    if (online && draft?.queued) void send(draft);
  }, [online, draft, send]);

  if (sender.done) return <SubmittedView inspectionId={i.id} />;
  if (!draft) return null;
  const count = Object.keys(found).length;
  return (
    <Form layout="vertical" component="div" className="record-form">
      <StatusBar online={online} state={state} sending={sender.sending} />
      {state.restored && <Alert type="info" showIcon title="已恢复本机保存的草稿" className="record-gap" />}
      <RecordSections draft={draft} lines={lines} members={members} errors={errors} update={update} />
      {count > 0 && <Alert type="error" showIcon title={`还有 ${count} 处需要填写或改正`} className="record-gap" />}
      {sender.failure && (
        <Alert
          type="error"
          showIcon
          title={sender.failure.message}
          className="record-gap"
          action={
            sender.failure.network && draft.queued ? (
              <Button size="large" onClick={() => void send(draft)}>
                重试
              </Button>
            ) : undefined
          }
        />
      )}
      <Button type="primary" size="large" block onClick={submit} loading={sender.sending} disabled={draft.queued}>
        {draft.queued ? '等待联网后提交' : '提交记录'}
      </Button>
    </Form>
  );
}

function RecordSections(props: {
  draft: RecordDraft;
  lines: ChecklistLine[];
  members: Inspection['members'];
  errors: RecordErrors;
  update: DraftState['update'];
}) {
  const { draft, errors } = props;
  const change = (c: Partial<RecordDraft>) => void props.update(c);
  return (
    <>
      <Card title="基本信息" size="small" className="record-gap">
        <BasicFields draft={draft} members={props.members} errors={errors} update={change} />
      </Card>
      <h2 className="record-section">检查内容</h2>
      <Checklist
        lines={props.lines}
        answers={draft.answers}
        errors={errors}
        onChange={(key, a) => change({ answers: { ...draft.answers, [key]: a } })}
      />
      <Card title="检查情况" size="small" className="record-gap">
        <FindingFields draft={draft} errors={errors} update={change} />
      </Card>
      <Card title="现场照片" size="small" className="record-gap">
        <PhotosField photos={draft.photos} onChange={(photos) => change({ photos })} />
      </Card>
      <Card title="检查对象确认" size="small" className="record-gap">
        <ConfirmationFields draft={draft} errors={errors} update={change} />
      </Card>
    </>
  );
}

function SubmittedView({ inspectionId }: { inspectionId: string }) {
  return (
    <Alert
      type="success"
      showIcon
      title="现场检查记录已提交"
      description="照片与签字已作为证据保存；检查报告的期限自检查结束日起计算。"
      action={<Link to={`/inspections/${inspectionId}`}>返回检查</Link>}
    />
  );
}
