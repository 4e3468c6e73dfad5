import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RiskCode, TargetDetailQuery, TargetInput } from '../gql/graphql';
import { optionsOf } from '../common/list-page';
import { AddPermitDocument, RecordRiskDocument, TerminateTargetDocument, UpdateTargetDocument } from './documents';
import { RISK_CODE } from './labels';
import { compact, useAction } from './parts';
import { TargetModal } from './target-form';
import { validValues } from '../common/valid-values';

type Target = TargetDetailQuery['target'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** A dialog with a form; `submit` answers whether the server took it. */
function FormModal<V extends object>(props: {
  form: FormInstance<V>;
  title: string;
  okText: string;
  busy: boolean;
  open: boolean;
  onClose: () => void;
  submit: (values: V) => Promise<boolean>;
  children: React.ReactNode;
}) {
  const { form } = props;
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    if (await props.submit(values)) props.onClose();
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      confirmLoading={props.busy}
      onOk={() => void ok()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {props.children}
      </Form>
    </Modal>
  );
}

interface PermitValues {
  permitNo: string;
  permitType: string;
  validFrom?: Dayjs;
  validUntil?: Dayjs;
}

interface RiskValues {
  code: RiskCode;
  source: string;
  since: Dayjs;
  until?: Dayjs;
  note?: string;
}

function editableFields(t: Target): TargetInput {
  return {
    name: t.name,
    holderKind: t.holderKind,
    uscc: t.uscc,
    residentId: t.residentId,
    departmentId: t.departmentId,
    businessCategory: t.businessCategory,
    regionCode: t.regionCode,
    grade: t.grade,
    legalRepresentative: t.legalRepresentative,
    registeredAddress: t.registeredAddress,
    registrationAuthority: t.registrationAuthority,
    contactPhone: t.contactPhone,
  };
}

interface ModalProps {
  target: Target;
  open: boolean;
  onClose: () => void;
  /** After the server took the change: read the target again. */
  done: () => void;
}

const doneIf = (data: unknown, done: () => void) => (data ? (done(), true) : false);

function PermitModal({ target, open, onClose, done }: ModalProps) {
  const [form] = Form.useForm<PermitValues>();
  const permit = useAction(AddPermitDocument, '已登记许可证件');
  const submit = async (v: PermitValues) => {
    const input = compact({ targetId: target.id, ...v, validFrom: day(v.validFrom), validUntil: day(v.validUntil) });
    return doneIf(await permit.act({ input }), done);
  };
  return (
    <FormModal<PermitValues>
      form={form}
      open={open}
      title="登记许可证件"
      okText="登记"
      busy={permit.fetching}
      onClose={onClose}
      submit={submit}
    >
      <Form.Item
        label="许可类型"
        name="permitType"
        rules={[{ required: true, whitespace: true, message: '请填写许可类型' }]}
      >
        <Input placeholder="如 特种行业许可证" />
      </Form.Item>
      <Form.Item
        label="许可证号"
        name="permitNo"
        rules={[{ required: true, whitespace: true, message: '请填写许可证号' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label="有效期起" name="validFrom">
        <DatePicker />
      </Form.Item>
      <Form.Item label="有效期止" name="validUntil">
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

function RiskModal({ target, open, onClose, done }: ModalProps) {
  const [form] = Form.useForm<RiskValues>();
  const risk = useAction(RecordRiskDocument, '已记录，抽取权重已更新');
  const submit = async (v: RiskValues) => {
    const input = compact({ targetId: target.id, ...v, since: day(v.since) ?? '', until: day(v.until) });
    return doneIf(await risk.act({ input }), done);
  };
  return (
    <FormModal<RiskValues>
      form={form}
      open={open}
      title="记录风险因素（R10）"
      okText="记录"
      busy={risk.fetching}
      onClose={onClose}
      submit={submit}
    >
      <Form.Item label="因素" name="code" rules={[{ required: true, message: '请选择因素' }]}>
        <Select options={optionsOf(RISK_CODE)} />
      </Form.Item>
      <Form.Item label="来源" name="source" rules={[{ required: true, whitespace: true, message: '请填写来源' }]}>
        <Input placeholder="决定书号、名录、投诉编号等" />
      </Form.Item>
      <Form.Item label="起始日" name="since" rules={[{ required: true, message: '请选择起始日' }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item label="截止日（空为持续）" name="until">
        <DatePicker />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** Termination is irreversible: the reason in the dialog, then a confirmation saying so. */
function TerminateModal({ target, open, onClose, done }: ModalProps) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const terminate = useAction(TerminateTargetDocument, '已注销');
  const submit = (v: { reason: string }) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: `注销「${target.name}」？`,
        content: '注销后退出抽取，历史记录保留；注销不能撤销。',
        okText: '注销',
        cancelText: '取消',
        onOk: async () => {
          const input = { id: target.id, version: target.version, reason: v.reason };
          resolve(doneIf(await terminate.act({ input }), done));
        },
        onCancel: () => resolve(false),
      });
    });
  return (
    <FormModal<{ reason: string }>
      form={form}
      open={open}
      title="注销检查对象（R11）"
      okText="注销"
      busy={terminate.fetching}
      onClose={onClose}
      submit={submit}
    >
      <Form.Item label="注销原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
        <Input placeholder="如 许可证已注销" />
      </Form.Item>
    </FormModal>
  );
}

/** Edit, add a permit, record a risk, terminate (R9–R11): for those who keep the directory. */
export function TargetActions({ target, done }: { target: Target; done: () => void }) {
  const [open, setOpen] = useState<'edit' | 'permit' | 'risk' | 'terminate' | null>(null);
  const close = () => setOpen(null);
  const update = useAction(UpdateTargetDocument, '已保存');
  const save = async (t: TargetInput) =>
    doneIf(await update.act({ input: { id: target.id, version: target.version, target: compact(t) } }), done);
  return (
    <Space wrap>
      <Button onClick={() => setOpen('edit')}>修改</Button>
      <Button onClick={() => setOpen('permit')}>登记许可证件</Button>
      <Button onClick={() => setOpen('risk')}>记录风险因素</Button>
      <Button onClick={() => setOpen('terminate')}>注销</Button>
      <TargetModal
        open={open === 'edit'}
        title="修改检查对象"
        initial={compact(editableFields(target))}
        saving={update.fetching}
        onSave={save}
        onClose={close}
      />
      <PermitModal target={target} open={open === 'permit'} onClose={close} done={done} />
      <RiskModal target={target} open={open === 'risk'} onClose={close} done={done} />
      <TerminateModal target={target} open={open === 'terminate'} onClose={close} done={done} />
    </Space>
  );
}
