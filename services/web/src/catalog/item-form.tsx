import { Button, Form, Input, InputNumber, Radio, Select, Checkbox, Switch, Space, type FormInstance } from 'antd';
import { useQuery } from 'urql';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { BusinessCategoriesDocument } from './documents';
import { CATEGORY_LABELS, METHOD_LABELS } from './labels';
import { optionsOf } from '../common/list-page';
import type { ItemFormValues } from './item-content';
import { CheckContentsList, FrequencyRulesList, LegalBasisList } from './item-form-lists';

function MainFields({ withCode, fixedDepartment }: { withCode: boolean; fixedDepartment: boolean }) {
  const { bureau } = useMyBureau();
  return (
    <>
      <Form.Item
        label="抽查事项名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请填写抽查事项名称' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {withCode && (
        <Form.Item label="事项编码" name="code" extra="留空则自动生成（如 410422-004）">
          <Input maxLength={40} style={{ width: 240 }} />
        </Form.Item>
      )}
      <Form.Item label="检查主体" name="departmentId" rules={[{ required: true, message: '请选择检查主体（部门）' }]}>
        <Select
          disabled={fixedDepartment}
          style={{ width: 280 }}
          options={inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item
        label="检查对象"
        name="targetType"
        rules={[{ required: true, whitespace: true, message: '请填写检查对象' }]}
      >
        <Input placeholder="如 全县网吧业" style={{ width: 420 }} />
      </Form.Item>
      <Form.Item label="事项类别" name="category" rules={[{ required: true, message: '请选择事项类别' }]}>
        <Radio.Group options={optionsOf(CATEGORY_LABELS)} />
      </Form.Item>
      <LegalBasisList />
    </>
  );
}

function RatioFields() {
  return (
    <>
      <Space size="large" wrap>
        <Form.Item
          label="抽查比例"
          name="samplingRatio"
          extra="不低于 5%；跨部门联合抽查事项不低于 3%（R3）"
          rules={[{ required: true, message: '请填写抽查比例' }]}
        >
          <InputNumber min={0.01} max={100} step={0.5} suffix="%" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label="每年抽查频次"
          name="frequencyPerYear"
          rules={[{ required: true, message: '请填写每年抽查频次' }]}
        >
          <InputNumber min={1} precision={0} suffix="次" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="跨部门联合抽查事项" name="crossAgencyJoint" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item label="检查方式" name="methods" rules={[{ required: true, message: '至少选择一种检查方式' }]}>
        <Checkbox.Group options={optionsOf(METHOD_LABELS)} />
      </Form.Item>
      <FrequencyRulesList />
    </>
  );
}

function ScopeFields() {
  const [{ data }] = useQuery({ query: BusinessCategoriesDocument });
  return (
    <>
      <Form.Item label="适用的行业类别" name="businessCategories">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(data?.businessCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      </Form.Item>
      <Form.Item label="检查人员须具备的技能" name="requiredSkills" extra="输入后回车（R15）">
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item label="档案保存期限" name="retentionYears" extra="有关规定另定期限时填写，不少于 2 年（R42）">
        <InputNumber min={2} precision={0} suffix="年" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="备注" name="notes">
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
    </>
  );
}

/** An item's content: every field createItem asks for, the server's rules mirrored only to help. */
export function ItemForm(props: {
  form: FormInstance<ItemFormValues>;
  initialValues: Partial<ItemFormValues>;
  withCode: boolean;
  fixedDepartment: boolean;
  saving: boolean;
  submitLabel: string;
  onFinish: (v: ItemFormValues) => void;
  onCancel: () => void;
}) {
  return (
    <Form<ItemFormValues>
      form={props.form}
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={props.onFinish}
      scrollToFirstError
      style={{ maxWidth: 980 }}
    >
      <MainFields withCode={props.withCode} fixedDepartment={props.fixedDepartment} />
      <RatioFields />
      <CheckContentsList />
      <ScopeFields />
      <Space>
        <Button type="primary" htmlType="submit" loading={props.saving}>
          {props.submitLabel}
        </Button>
        <Button onClick={props.onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
