import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { PlanDetailQuery } from '../gql/graphql';
import { inspectingDepartments, useMyBureau } from '../common/my-bureau';
import { failureOf, failureText, showUnderField } from '../common/action-error';
import { percentOfBp } from '../common/format';
import { regionText } from '../common/region';
import { AddPlanTaskDocument, PublishedItemsDocument, UpdatePlanTaskDocument } from './documents';
import { validValues } from '../common/valid-values';

type Task = PlanDetailQuery['plan']['tasks'][number];

interface TaskValues {
  name: string;
  itemVersionIds: string[];
  departmentIds: string[];
  ratio: number;
  timesPerYear: number;
  teamSize: number;
  joint: boolean;
  regionCodes: string[];
  businessCategories: string[];
  grades: string[];
  requiredSkills: string[];
  externalAgencies: string[];
}

const EMPTY: Partial<TaskValues> = {
  teamSize: 2,
  timesPerYear: 1,
  ratio: 5,
  joint: false,
  regionCodes: [],
  businessCategories: [],
  grades: [],
  requiredSkills: [],
  externalAgencies: [],
};

const valuesOf = (t: Task): TaskValues => ({ ...t, ratio: t.ratioBp / 100 });

/** The server's `task.ratioBp` / `tasks.0.ratioBp` as the form's field. */
function formPath(path: (string | number)[]): (string | number)[] {
  const i = path.findIndex((p) => p === 'task' || p === 'tasks');
  const rest = i < 0 ? path : path.slice(i + 1).filter((p) => typeof p === 'string');
  return rest.map((p) => (p === 'ratioBp' ? 'ratio' : p));
}

const tags = { mode: 'tags' as const, open: false };

/** 对象范围 and requirements: trades, regions, grades, skills, external agencies. */
function TaskScopeFields(props: { categories: { code: string; name: string }[]; regions: string[] }) {
  const { categories, regions } = props;
  return (
    <>
      <Form.Item label="对象范围：行业类别" name="businessCategories" extra="不选为不限">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
        />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item
          label="对象范围：区域"
          name="regionCodes"
          extra="选名录库中的区域，或输入区域代码（如 410422101）回车添加"
        >
          {/* The regions of the targets directory by name, and any code typed in shown by name where one is known. */}
          <Select
            mode="tags"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 360 }}
            options={regions.map((code) => ({ value: code, label: regionText(code) }))}
            labelRender={({ value }) => regionText(String(value))}
          />
        </Form.Item>
        <Form.Item label="对象范围：等级" name="grades" extra="如 A，回车添加">
          <Select {...tags} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Space size="large" wrap>
        <Form.Item label="另加的技能要求" name="requiredSkills">
          <Select {...tags} style={{ width: 300 }} />
        </Form.Item>
        <Form.Item label="参加的外部机关" name="externalAgencies">
          <Select {...tags} style={{ width: 300 }} />
        </Form.Item>
      </Space>
    </>
  );
}

function TaskFields() {
  const { bureau } = useMyBureau();
  const [{ data }] = useQuery({ query: PublishedItemsDocument });
  const items = (data?.inspectionItems.edges ?? []).flatMap(({ node }) => {
    const v = node.publishedVersion;
    if (!v) return [];
    const label = `${v.name}（第 ${v.versionNo} 版，${percentOfBp(v.samplingRatioBp)}，每年 ${v.frequencyPerYear} 次${node.bureau && node.bureau.name !== bureau?.name ? `，${node.bureau.name}` : ''}）`;
    return [{ value: v.id, label }];
  });
  return (
    <>
      <Form.Item label="任务名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        label="抽查事项"
        name="itemVersionIds"
        rules={[{ required: true, message: '至少选择一个已发布的事项' }]}
      >
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={items} />
      </Form.Item>
      <Form.Item
        label="参加部门"
        name="departmentIds"
        extra="每个检查组都有每个参加部门的人员（R29）"
        rules={[{ required: true, message: '至少选择一个部门' }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={inspectingDepartments(bureau).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item label="抽查比例" name="ratio" rules={[{ required: true, message: '请填写比例' }]}>
          <InputNumber min={0.01} max={100} step={0.5} suffix="%" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="每年抽查次数" name="timesPerYear" rules={[{ required: true, message: '请填写次数' }]}>
          <InputNumber min={1} precision={0} suffix="次" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="每组人数" name="teamSize" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={2} precision={0} suffix="人" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="联合抽查" name="joint" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <TaskScopeFields
        categories={data?.businessCategories ?? []}
        regions={(data?.targetFacets.regionCode ?? []).map((r) => r.value).filter(Boolean)}
      />
    </>
  );
}

/** Adds a task to a plan, or changes one (while the plan is a draft or returned). */
export function TaskModal(props: { planId: string; task?: Task; open: boolean; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<TaskValues>();
  const [add, doAdd] = useMutation(AddPlanTaskDocument);
  const [update, doUpdate] = useMutation(UpdatePlanTaskDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const ok = async () => {
    const v = await validValues(form);
    if (!v) return;
    const { ratio, ...rest } = v;
    const task = { ...rest, ratioBp: Math.round(ratio * 100) };
    setFailure(null);
    const r = props.task
      ? await doUpdate({ input: { taskId: props.task.id, version: props.task.version, task } })
      : await doAdd({ input: { planId: props.planId, task } });
    if (!r.error) {
      props.onClose(true);
      return;
    }
    const f = failureOf(r.error);
    if (!showUnderField(form, f, formPath)) setFailure(failureText(f));
  };
  return (
    <Modal
      open={props.open}
      width={820}
      title={props.task ? '修改任务' : '添加任务'}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.fetching || update.fetching}
      onOk={() => void ok()}
      onCancel={() => props.onClose(false)}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={props.task ? valuesOf(props.task) : EMPTY}>
        <TaskFields />
      </Form>
    </Modal>
  );
}
