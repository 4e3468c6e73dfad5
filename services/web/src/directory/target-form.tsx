import { Form, Input, Select } from 'antd';
import { useQuery } from 'urql';
import type { TargetInput } from '../gql/graphql';
import { optionsOf } from '../common/list-page';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { regionNames } from '../common/region';
import { TargetFacetsDocument } from './documents';
import { HOLDER_KIND } from './labels';
import { TextItem } from './parts';
import { FormDialog } from '../common/form-dialog';

/** The business categories' code → name (the API's code table), for lists and forms. */
export function useCategories() {
  const [{ data }] = useQuery({ query: TargetFacetsDocument });
  const categories = data?.businessCategories ?? [];
  return {
    facets: data?.targetFacets,
    options: categories.map((c) => ({ value: c.code, label: c.name })),
    nameOf: (code: string) => categories.find((c) => c.code === code)?.name ?? code,
  };
}

/** The fields of a target (create and edit); the server checks codes and the region (R9). */
export function TargetFields() {
  const { bureau } = useMyBureau();
  const { options } = useCategories();
  const kind = Form.useWatch<TargetInput['holderKind'] | undefined>('holderKind');
  const region = Form.useWatch<string | undefined>('regionCode');
  const regionHint = regionNames(region);
  const departments = inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <Form.Item label="名称或姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="类型" name="holderKind" rules={[{ required: true }]}>
        <Select options={optionsOf(HOLDER_KIND)} />
      </Form.Item>
      {kind === 'PERSON' ? (
        <Form.Item
          label="公民身份号码"
          name="residentId"
          rules={[{ required: true, message: '个人须填写公民身份号码' }]}
        >
          <Input />
        </Form.Item>
      ) : (
        <Form.Item
          label="统一社会信用代码"
          name="uscc"
          rules={[{ required: true, message: '单位须填写统一社会信用代码' }]}
        >
          <Input maxLength={18} />
        </Form.Item>
      )}
      <Form.Item label="管理部门" name="departmentId" rules={[{ required: true, message: '请选择管理部门' }]}>
        <Select options={departments} />
      </Form.Item>
      <Form.Item label="行业类别" name="businessCategory" rules={[{ required: true, message: '请选择行业类别' }]}>
        <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item
        label="所在区域（行政区划代码）"
        name="regionCode"
        rules={[{ required: true, message: '请填写区域代码' }]}
        // The code's county and township by name where known, so a mistyped code shows at once.
        extra={regionHint || undefined}
      >
        <Input placeholder="6、9 或 12 位，如 410422100" />
      </Form.Item>
      <TextItem label="等级" name="grade" placeholder="如 A、B、C" />
      <TextItem label="法定代表人（负责人）" name="legalRepresentative" />
      <TextItem label="注册地址" name="registeredAddress" />
      <TextItem label="登记机关" name="registrationAuthority" />
      <TextItem label="联系电话" name="contactPhone" />
    </>
  );
}

/** A dialog with the target's fields; `onSave` answers whether the server took them. */
export function TargetModal(props: {
  open: boolean;
  title: string;
  initial: Partial<TargetInput>;
  saving: boolean;
  onSave: (values: TargetInput) => Promise<boolean>;
  onClose: () => void;
}) {
  const { initial, ...dialog } = props;
  return (
    <FormDialog<TargetInput> {...dialog} width={640} initialValues={{ holderKind: 'ORGANISATION', ...initial }}>
      <TargetFields />
    </FormDialog>
  );
}
