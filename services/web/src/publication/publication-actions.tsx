import { Checkbox, Form, Input, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { PublicationKind, Role } from '../gql/graphql';
import { ActionModal, required } from '../inspections/after/action-modal';
import { holdsAny, useViewer } from '../common/viewer';
import {
  ApprovePublicationDocument,
  CorrectPublicationDocument,
  PreparePublicationDocument,
  ReturnPublicationDocument,
  WithdrawPublicationDocument,
} from './documents';
import { draftFieldNames } from './document-view';
import { fieldLabel, stateOf, WITHHOLDABLE } from './labels';
import { DocumentFields, documentInput, type DocumentFormValues } from './penalty-fields';

export interface ActionTarget {
  id: string;
  kind: PublicationKind;
  subjectId: string;
  status: 'PENDING_APPROVAL' | 'PUBLISHED' | 'RETURNED' | 'SUPERSEDED';
  action: 'PUBLISH' | 'CORRECT' | 'WITHDRAW';
  version: number;
  preparedBy?: string | null;
  rowVersion: number;
  draft?: unknown;
}

/** 编制公示 (R48): the department prepares the document; the named approver approves it. */
export function PrepareAction(props: {
  kind: PublicationKind;
  subjectId: string;
  decisionNo?: string | null;
  label?: string;
  onDone: () => void;
}) {
  const [, prepare] = useMutation(PreparePublicationDocument);
  return (
    <ActionModal<DocumentFormValues>
      label={props.label ?? '编制公示'}
      title={props.kind === 'PENALTY_RESULT' ? '编制行政处罚结果公示（双公示）' : '编制检查结果公示'}
      okText="提交审核"
      primary
      width={720}
      notice="提交后由本单位指定的审核人审核；审核通过时按脱敏规则冻结并公示，编制人不能审核自己编制的公示。"
      done="公示已提交审核"
      onDone={props.onDone}
      submit={(v) =>
        prepare({ input: { kind: props.kind, subjectId: props.subjectId, ...documentInput(props.kind, v) } })
      }
    >
      {() => <DocumentFields kind={props.kind} decisionNo={props.decisionNo} />}
    </ActionModal>
  );
}

/** R48: approve (with the approver's secret or privacy marks) or return with a comment. */
function ApproveReturn({ p, onDone }: { p: ActionTarget; onDone: () => void }) {
  const [, approve] = useMutation(ApprovePublicationDocument);
  const [, giveBack] = useMutation(ReturnPublicationDocument);
  const marks = draftFieldNames(p.draft).filter((n) => (WITHHOLDABLE as readonly string[]).includes(n));
  return (
    <Space wrap>
      <ActionModal<{ secretFields?: string[] }>
        label="审核通过并公示"
        title="审核通过并公示"
        okText="公示"
        primary
        notice="通过后文书按脱敏规则冻结并向社会公示，不能修改；此后只能更正或撤回（新文书取代原文书，两者保留）。"
        done="已公示"
        onDone={onDone}
        submit={(v) => approve({ input: { id: p.id, rowVersion: p.rowVersion, secretFields: v.secretFields ?? [] } })}
      >
        {() =>
          marks.length > 0 && (
            <Form.Item
              label="不予公示的字段（涉及国家秘密、商业秘密或个人隐私）"
              name="secretFields"
              extra="勾选的字段不出现在公示文书中"
            >
              <Checkbox.Group options={marks.map((n) => ({ value: n, label: fieldLabel(n) }))} />
            </Form.Item>
          )
        }
      </ActionModal>
      <ActionModal<{ comment: string }>
        label="退回"
        title="退回公示"
        okText="退回"

        notice="退回后由编制部门修改后重新提交。"
        done="已退回"
        onDone={onDone}
        submit={(v) => giveBack({ input: { id: p.id, rowVersion: p.rowVersion, comment: v.comment } })}
      >
        {() => (
          <Form.Item label="退回意见" name="comment" rules={required('退回意见')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </ActionModal>
    </Space>
  );
}

/** R48: a correction or a withdrawal is a new document of the series, approved like the first. */
function Supersede({ p, onDone }: { p: ActionTarget; onDone: () => void }) {
  const [, correct] = useMutation(CorrectPublicationDocument);
  const [, withdraw] = useMutation(WithdrawPublicationDocument);
  const reason = (
    <Form.Item label="理由" name="reason" rules={required('理由')}>
      <Input.TextArea rows={2} maxLength={2000} />
    </Form.Item>
  );
  return (
    <Space wrap>
      <ActionModal<DocumentFormValues & { reason: string }>
        label="更正"
        title="更正公示"
        okText="提交审核"
        width={720}
        notice="更正是同一系列的新文书：审核通过后取代原文书，原文书保留并注明被更正。"
        done="更正已提交审核"
        onDone={onDone}
        submit={(v) => correct({ input: { id: p.id, reason: v.reason, ...documentInput(p.kind, v) } })}
      >
        {() => (
          <>
            {reason}
            <DocumentFields kind={p.kind} />
          </>
        )}
      </ActionModal>
      <ActionModal<{ reason: string }>
        label="撤回"
        title="撤回公示"
        okText="提交审核"

        notice="撤回文书审核通过后，原文书不再公示（仍保留并注明被撤回）；已撤回的公示不能再更正。"
        done="撤回已提交审核"
        onDone={onDone}
        submit={(v) => withdraw({ input: { id: p.id, reason: v.reason } })}
      >
        {() => reason}
      </ActionModal>
    </Space>
  );
}

/** What the viewer may do with this document; the server judges, the page offers only what it would allow. */
export function PublicationActions(props: { p: ActionTarget; approverRole: Role; onDone: () => void }) {
  const { p, approverRole, onDone } = props;
  const viewer = useViewer();
  const prepares = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const state = stateOf(p);
  if ((state === 'TO_PREPARE' || state === 'RETURNED') && p.version === 1 && prepares) {
    return (
      <PrepareAction
        kind={p.kind}
        subjectId={p.subjectId}
        label={state === 'RETURNED' ? '重新编制' : '编制公示'}
        onDone={onDone}
      />
    );
  }
  if (state === 'PENDING_APPROVAL') {
    if (p.preparedBy === viewer.id) {
      return (
        <Typography.Text type="secondary">由您编制，待本单位指定的审核人审核（编制人不能审核，R48）。</Typography.Text>
      );
    }
    if (viewer.roles.includes(approverRole)) return <ApproveReturn p={p} onDone={onDone} />;
    return <Typography.Text type="secondary">待审核。</Typography.Text>;
  }
  if (state === 'PUBLISHED' && p.action !== 'WITHDRAW' && prepares) return <Supersede p={p} onDone={onDone} />;
  return null;
}
