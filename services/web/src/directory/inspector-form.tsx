import { DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { InspectorInput, InspectorStatus } from '../gql/graphql';
import { optionsOf, statusOptions } from '../common/list-page';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { GENDER, INSPECTOR_STATUS } from './labels';
import { TextItem, compact } from './parts';
import { FormDialog } from '../common/form-dialog';

/** The form's values: dates as pickers' values, lists as comma-separated text. */
export interface InspectorValues extends Omit<InspectorInput, 'warrantValidUntil' | 'skills' | 'qualifications'> {
  warrantValidUntil?: Dayjs | null;
  skills?: string[];
  qualifications?: string[];
  status?: InspectorStatus;
}

export function toInput(v: InspectorValues): InspectorInput {
  const { status: _status, warrantValidUntil, skills, qualifications, ...rest } = v;
  return compact({
    ...rest,
    externalAgency: !!rest.externalAgency,
    warrantValidUntil: warrantValidUntil ? warrantValidUntil.format('YYYY-MM-DD') : undefined,
    skills: skills ?? [],
    qualifications: qualifications ?? [],
  });
}

export function toValues(i: InspectorInput & { status?: InspectorStatus }): InspectorValues {
  return { ...i, warrantValidUntil: i.warrantValidUntil ? dayjs(i.warrantValidUntil) : null };
}

/** An external agency's officer holds an enforcement certificate; a police officer a badge and warrant. */
function Credentials({ external }: { external: boolean }) {
  if (external) {
    return (
      <Form.Item
        label="执法证号"
        name="agencyCertificateNo"
        rules={[{ required: true, message: '外部机关人员须填写执法证号' }]}
      >
        <Input />
      </Form.Item>
    );
  }
  return (
    <>
      <Form.Item label="警号" name="badgeNo" rules={[{ required: true, message: '民警须填写警号' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="警官证号" name="warrantNo" rules={[{ required: true, message: '民警须填写警官证号' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="警官证有效期至" name="warrantValidUntil">
        <DatePicker />
      </Form.Item>
    </>
  );
}

function InspectorFields({ withStatus }: { withStatus: boolean }) {
  const { bureau } = useMyBureau();
  const external = Form.useWatch<boolean | undefined>('externalAgency');
  const departments = inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
        <Select options={optionsOf(GENDER)} />
      </Form.Item>
      <Form.Item label="部门" name="departmentId" rules={[{ required: true, message: '请选择部门' }]}>
        <Select options={departments} />
      </Form.Item>
      <Form.Item label="外部机关人员（持本机关执法证）" name="externalAgency" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Credentials external={!!external} />
      <Form.Item label="技能（回车添加）" name="skills">
        <Select mode="tags" open={false} suffix={null} />
      </Form.Item>
      <Form.Item label="资格（回车添加）" name="qualifications">
        <Select mode="tags" open={false} suffix={null} />
      </Form.Item>
      <TextItem label="职务" name="duty" />
      <TextItem label="岗位" name="post" />
      <TextItem label="电话" name="phone" />
      {withStatus && (
        <Form.Item label="状态（调离后不能再修改）" name="status">
          <Select options={statusOptions(INSPECTOR_STATUS)} />
        </Form.Item>
      )}
    </>
  );
}

/** Create or edit an inspector (R12, R14: each change is kept in the history). */
export function InspectorModal(props: {
  open: boolean;
  title: string;
  initial: Partial<InspectorValues>;
  withStatus: boolean;
  saving: boolean;
  onSave: (values: InspectorValues) => Promise<boolean>;
  onClose: () => void;
}) {
  const { initial, withStatus, ...dialog } = props;
  return (
    <FormDialog<InspectorValues> {...dialog} width={640} initialValues={{ externalAgency: false, ...initial }}>
      <InspectorFields withStatus={withStatus} />
    </FormDialog>
  );
}
