import type { ReactNode } from 'react';
import { Alert, Checkbox, Form, Input, Segmented } from 'antd';
import { useQuery } from 'urql';
import type { NonCooperationKind, RecordInspectionQuery, RecordMethod } from '../../gql/graphql';
import type { RecordDraft } from './draft';
import { TechnicianBodiesDocument } from './documents';
import { METHOD_LABELS, NON_COOPERATION_LABELS } from './labels';
import { SignatureField } from './signature-field';
import type { RecordErrors } from './validate';

type Member = RecordInspectionQuery['inspection']['members'][number];
export type Update = (change: Partial<RecordDraft>) => void;

/**
 * A labelled field with the check's message under it; `id` is the input's, so the label names it. The wrapper's
 * `field-<id>` is what a failed check scrolls to (Form.Item does not render an `id` of its own).
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  extra?: string;
  /** A group of checkboxes: labelled as a group, not as one input. */
  group?: boolean;
  children: ReactNode;
}) {
  return (
    <div id={`field-${props.id}`}>
      <Form.Item
        label={props.label}
        htmlFor={props.group ? undefined : props.id}
        validateStatus={props.error ? 'error' : undefined}
        help={props.error}
        extra={props.extra}
      >
        {props.group ? (
          <div role="group" aria-label={props.label}>
            {props.children}
          </div>
        ) : (
          props.children
        )}
      </Form.Item>
    </div>
  );
}

/** The organisations of the bureau's third-party technicians (R13/R43), each once, for the browser to offer. */
function TechnicianBodies({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: TechnicianBodiesDocument });
  const bodies = [...new Set((data?.technicians.edges ?? []).map((e) => e.node.organisation))];
  return (
    <datalist id={id}>
      {bodies.map((b) => (
        <option key={b} value={b} />
      ))}
    </datalist>
  );
}

/** When, where, who: the times, the place, the target's person in charge, the inspectors present, the methods. */
export function BasicFields(props: { draft: RecordDraft; members: Member[]; errors: RecordErrors; update: Update }) {
  const { draft: d, errors: e, update } = props;
  const text = (id: keyof RecordDraft, label: string, extra?: string, list?: string) => (
    <Field id={id} label={label} error={e[id]} extra={extra}>
      <Input
        id={id}
        list={list}
        size="large"
        type={id === 'checkedFrom' || id === 'checkedTo' ? 'datetime-local' : 'text'}
        step={id === 'checkedTo' ? 1 : undefined}
        value={(d[id] as string | undefined) ?? ''}
        onChange={(ev) => update({ [id]: ev.target.value })}
      />
    </Field>
  );
  return (
    <>
      {text('checkedFrom', '检查开始时间')}
      {text('checkedTo', '检查结束时间', '留空则取提交时的时间')}
      {text('place', '检查地点')}
      {text('representative', '检查对象在场负责人')}
      <Field id="presentIds" label="到场检查人员（至少 2 人）" group error={e.presentIds}>
        <Checkbox.Group
          className="record-checks"
          value={d.presentIds}
          onChange={(v) => update({ presentIds: v })}
          options={props.members.map((m) => ({
            value: m.inspectorId,
            label: `${m.inspector?.name ?? '（不可见）'}${m.inspector?.badgeNo ? `（警号 ${m.inspector.badgeNo}）` : ''}`,
          }))}
        />
      </Field>
      <Field id="methods" label="检查方式" group error={e.methods}>
        <Checkbox.Group
          className="record-checks"
          value={d.methods}
          onChange={(v) => update({ methods: v as RecordMethod[] })}
          options={Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Field>
      {d.methods.includes('THIRD_PARTY_TEST') && (
        <>
          {text(
            'thirdPartyBody',
            '检测机构',
            '委托检测的第三方专业机构，或所采用结论的出具部门（R43）',
            'technician-bodies',
          )}
          <TechnicianBodies id="technician-bodies" />
          {text('thirdPartyReportNo', '检测报告编号')}
        </>
      )}
    </>
  );
}

/** What was found, and any refusal to cooperate (R37, it raises the target's risk). */
export function FindingFields(props: { draft: RecordDraft; errors: RecordErrors; update: Update }) {
  const { draft: d, errors: e, update } = props;
  return (
    <>
      <Field id="findings" label="检查情况与发现的问题" error={e.findings}>
        <Input.TextArea
          id="findings"
          autoSize={{ minRows: 3 }}
          value={d.findings}
          onChange={(ev) => update({ findings: ev.target.value })}
        />
      </Field>
      <Field id="nonCooperation" label="不配合检查的情形（如有）" group>
        <Checkbox.Group
          className="record-checks"
          value={d.nonCooperation}
          onChange={(v) => update({ nonCooperation: v as NonCooperationKind[] })}
          options={Object.entries(NON_COOPERATION_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Field>
    </>
  );
}

/** R36: the target signs on the screen, or the reason it did not, with a witness if there was one (on site; R44). */
export function ConfirmationFields(props: { draft: RecordDraft; errors: RecordErrors; update: Update }) {
  const { draft: d, errors: e, update } = props;
  return (
    <>
      {!d.methods.includes('ON_SITE') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="非现场检查（如网络监测）可不要求检查对象签字（R44）"
        />
      )}
      <Segmented<RecordDraft['confirm']>
        block
        size="large"
        aria-label="检查对象确认方式"
        value={d.confirm}
        onChange={(v) => update({ confirm: v })}
        options={[
          { label: '当场签字', value: 'SIGN' },
          { label: '拒绝签字', value: 'REFUSE' },
        ]}
        style={{ marginBottom: 16 }}
      />
      {d.confirm === 'SIGN' ? (
        <div id="field-signature">
          <SignatureField value={d.signature} onChange={(s) => update({ signature: s, signatureRef: null })} />
          {e.signature && (
            <div className="record-error" role="alert">
              {e.signature}
            </div>
          )}
        </div>
      ) : (
        <>
          <Field id="refusalReason" label="未能签字的原因" error={e.refusalReason}>
            <Input.TextArea
              id="refusalReason"
              autoSize={{ minRows: 2 }}
              value={d.refusalReason}
              onChange={(ev) => update({ refusalReason: ev.target.value })}
            />
          </Field>
          <Field id="witness" label="见证人（如有）">
            <Input
              id="witness"
              size="large"
              value={d.witness}
              onChange={(ev) => update({ witness: ev.target.value })}
            />
          </Field>
        </>
      )}
    </>
  );
}
