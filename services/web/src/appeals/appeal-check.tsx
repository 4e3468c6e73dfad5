import { App, Card, DatePicker, Descriptions, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AppealDetailQuery } from '../gql/graphql';
import { failureOf, failureText } from '../common/action-error';
import { InspectionStatusTag } from '../common/status-tag';
import { AppealCheckChoicesDocument, OpenAppealCheckDocument } from './documents';

/** R57/R23 on the appeal page: a complaint opens a direct check of the record's target, and shows it. */
type Appeal = NonNullable<AppealDetailQuery['appeal']>;

interface CheckForm {
  itemVersionIds: string[];
  inspectorIds: string[];
  window: [Dayjs, Dayjs];
}

/** R57/R23: a complaint opens a direct check of the record's target, named by the receipt number. */
/** The items (published versions) and the inspectors on duty to choose from (read when the dialog opens). */
function CheckFields() {
  const [{ data }] = useQuery({ query: AppealCheckChoicesDocument });
  const items = (data?.inspectionItems.edges ?? []).flatMap(({ node }) =>
    node.publishedVersion
      ? [
          {
            value: node.publishedVersion.id,
            label: `${node.publishedVersion.name}（第 ${node.publishedVersion.versionNo} 版）`,
          },
        ]
      : [],
  );
  const inspectors = (data?.inspectors.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${node.department?.name ?? ''} ${node.badgeNo}）`,
  }));
  return (
    <>
      <Form.Item
        name="itemVersionIds"
        label="检查事项"
        rules={[{ required: true, message: '至少选择一个已发布的事项' }]}
      >
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={items} aria-label="检查事项" />
      </Form.Item>
      <Form.Item
        name="inspectorIds"
        label="检查人员"
        rules={[
          { required: true, message: '请选择检查人员' },
          { type: 'array', min: 2, message: '检查人员至少 2 人' },
        ]}
      >
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={inspectors} aria-label="检查人员" />
      </Form.Item>
      <Form.Item name="window" label="检查时段" rules={[{ required: true, message: '请选择检查时段' }]}>
        <DatePicker.RangePicker />
      </Form.Item>
    </>
  );
}

export function CheckDialog({ appeal, open, close }: { appeal: Appeal; open: boolean; close: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CheckForm>();
  const [{ fetching }, openCheck] = useMutation(OpenAppealCheckDocument);
  const submit = async (v: CheckForm) => {
    const [start, end] = v.window;
    const input = {
      id: appeal.id,
      itemVersionIds: v.itemVersionIds,
      inspectorIds: v.inspectorIds,
      windowStart: start.format('YYYY-MM-DD'),
      windowEnd: end.format('YYYY-MM-DD'),
    };
    const res = await openCheck({ input });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('已启动直接检查');
    close();
  };
  return (
    <Modal
      title={`因投诉 ${appeal.receiptNo} 启动直接检查`}
      open={open}
      onCancel={close}
      okText="启动检查"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        检查对象为所投诉公示的对象；检查记为“投诉”引起的直接检查，依据为受理编号（R23），照常记录、报告和公示。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ window: [dayjs(), dayjs().add(14, 'day')] }}
      >
        <CheckFields />
      </Form>
    </Modal>
  );
}

/** The direct check a complaint opened (R23), linked. */
export function CheckCard({ appeal }: { appeal: Appeal }) {
  if (!appeal.inspection) return null;
  return (
    <Card title="因投诉启动的直接检查" size="small" style={{ marginBottom: 16 }} className="appeal-check">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="检查">
          <Link to={`/inspections/${appeal.inspection.id}`}>{appeal.inspection.target?.name ?? '查看检查'}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="检查时段">
          {appeal.inspection.windowStart} 至 {appeal.inspection.windowEnd}
        </Descriptions.Item>
        <Descriptions.Item label="事由文号">{appeal.inspection.directReference}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <InspectionStatusTag status={appeal.inspection.status} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
