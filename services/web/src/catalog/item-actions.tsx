import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import { Link } from 'react-router';
import { useMutation, type OperationResult } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { ItemQuery } from '../gql/graphql';
import { holdsAny, useViewer } from '../common/viewer';
import { failureOf, failureText } from '../common/action-error';
import {
  PublishItemDocument,
  RetireItemDocument,
  ReviewItemDocument,
  SubmitItemDocument,
  WithdrawItemDraftDocument,
} from './documents';

type Item = ItemQuery['inspectionItem'];
type Version = Item['versions'][number];

/** Runs an action; the server's message and code on failure, then the page reloads its data. */
function useRun(done: () => void) {
  const { message } = App.useApp();
  return async (run: () => Promise<OperationResult>, ok: string) => {
    const r = await run();
    if (r.error) {
      message.error(failureText(failureOf(r.error)));
      return false;
    }
    message.success(ok);
    done();
    return true;
  };
}

/** An irreversible step, confirmed in a dialog that says what happens (WEB.md "Actions and forms"). */
function ConfirmButton(props: {
  label: string;
  title: string;
  body: string;
  danger?: boolean;
  onOk: () => Promise<unknown>;
}) {
  const { modal } = App.useApp();
  const open = () =>
    modal.confirm({
      title: props.title,
      content: props.body,
      okText: props.label,
      cancelText: '取消',
      onOk: props.onOk,
    });
  return (
    <Button
      type={props.danger ? 'default' : 'primary'}
      onClick={() => {
        open();
      }}
    >
      {props.label}
    </Button>
  );
}

/** A decision that needs a reason: the reason field is in the same dialog. */
function ReasonButton(props: {
  label: string;
  title: string;
  placeholder: string;
  onOk: (reason: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{props.label}</Button>
      <Modal
        open={open}
        title={props.title}
        okText={props.label}
        cancelText="取消"
        okButtonProps={{ disabled: !reason.trim(), loading: busy }}
        onCancel={() => setOpen(false)}
        onOk={() => {
          setBusy(true);
          void props.onOk(reason.trim()).then((ok) => {
            if (ok) setOpen(false);
            setBusy(false);
          });
        }}
      >
        <Input.TextArea
          aria-label={props.placeholder}
          rows={4}
          value={reason}
          placeholder={props.placeholder}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

interface Props {
  item: Item;
  open: Version;
  done: () => void;
}

/** A draft or a returned version: edit, submit for legal review (R5), withdraw. */
function DraftActions({ item, open, done }: Props) {
  const run = useRun(done);
  const [, submit] = useMutation(SubmitItemDocument);
  const [, withdraw] = useMutation(WithdrawItemDraftDocument);
  const key = { versionId: open.id, version: open.version };
  return (
    <>
      <Link to={`/items/${item.id}/edit`}>
        <Button>修改</Button>
      </Link>
      <ConfirmButton
        label="提交法制审核"
        title={`提交第 ${open.versionNo} 版法制审核？`}
        body="提交后由法制部门审核（R5），审核期间不能修改；如需修改须由审核员退回。"
        onOk={() => run(() => submit({ input: key }), '已提交法制审核')}
      />
      <ConfirmButton
        danger
        label="撤回此版本"
        title={`撤回第 ${open.versionNo} 版？`}
        body={item.publishedVersion ? '撤回后此版本作废，现行版本不变。' : '撤回后此事项作废（从未发布），不能恢复。'}
        onOk={() => run(() => withdraw({ input: key }), '已撤回')}
      />
    </>
  );
}

/** The legal reviewer's decision (R5): approve, or return with comments. */
function ReviewActions({ open, done }: Omit<Props, 'item'>) {
  const run = useRun(done);
  const [, review] = useMutation(ReviewItemDocument);
  const key = { versionId: open.id, version: open.version };
  return (
    <>
      <ConfirmButton
        label="审核通过"
        title={`第 ${open.versionNo} 版审核通过？`}
        body="通过后由双随机办发布；通过的结论记入审计，不能撤销。"
        onOk={() => run(() => review({ input: { ...key, decision: 'APPROVE' } }), '已审核通过')}
      />
      <ReasonButton
        label="退回修改"
        title={`退回第 ${open.versionNo} 版`}
        placeholder="审核意见（退回时必填）"
        onOk={(comment) => run(() => review({ input: { ...key, decision: 'RETURN', comment } }), '已退回')}
      />
    </>
  );
}

/** The office publishes an approved version (R6, R7). */
function PublishAction({ item, open, done }: Props) {
  const run = useRun(done);
  const [, publish] = useMutation(PublishItemDocument);
  const previous = item.publishedVersion ? `，第 ${item.publishedVersion.versionNo} 版随之被取代` : '';
  return (
    <ConfirmButton
      label="发布"
      title={`发布第 ${open.versionNo} 版？`}
      body={`发布后此版本成为现行版本${previous}；已发布的版本不能再修改（R6、R7）。`}
      onOk={() => run(() => publish({ input: { versionId: open.id, version: open.version } }), '已发布')}
    />
  );
}

/** A published item without an open version: revise (a new version), retire with a reason. */
function PublishedActions({ item, done, editor, office }: Omit<Props, 'open'> & { editor: boolean; office: boolean }) {
  const run = useRun(done);
  const [, retire] = useMutation(RetireItemDocument);
  return (
    <>
      {editor && (
        <Link to={`/items/${item.id}/revise`}>
          <Button>修订</Button>
        </Link>
      )}
      {office && (
        <ReasonButton
          label="停用"
          title="停用此事项"
          placeholder="停用原因（必填）；停用后不能纳入新的计划，记录保留"
          onOk={(reason) => run(() => retire({ input: { itemId: item.id, reason } }), '已停用')}
        />
      )}
    </>
  );
}

const OPEN = ['DRAFT', 'RETURNED', 'IN_REVIEW', 'APPROVED'];

/** The steps the viewer may take on an item's open version (R5–R7), each where its role allows it. */
export function ItemActions({ item, own, done }: { item: Item; own: boolean; done: () => void }) {
  const viewer = useViewer();
  if (!own) return null;
  const editor = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const office = holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU);
  const open = item.versions.find((v) => OPEN.includes(v.status));
  const drafting = open && (open.status === 'DRAFT' || open.status === 'RETURNED');
  return (
    <Space wrap>
      {open && drafting && editor && <DraftActions item={item} open={open} done={done} />}
      {open?.status === 'IN_REVIEW' && viewer.roles.includes('LEGAL_REVIEWER') && (
        <ReviewActions open={open} done={done} />
      )}
      {open?.status === 'APPROVED' && office && <PublishAction item={item} open={open} done={done} />}
      {!open && item.status === 'PUBLISHED' && (
        <PublishedActions item={item} done={done} editor={editor} office={office} />
      )}
    </Space>
  );
}
