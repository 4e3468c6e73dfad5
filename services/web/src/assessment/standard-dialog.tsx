import { App, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { AssessmentIndicatorKey, AssessmentOverviewQuery, AssessmentPeriod } from '../gql/graphql';
import { failureOf, failureText } from '../common/action-error';
import {
  AssessmentIndicatorsDocument,
  CreateAssessmentStandardDocument,
  ReviseAssessmentStandardDocument,
} from './documents';

export type Standard = AssessmentOverviewQuery['assessmentStandards'][number];

interface Row {
  key: AssessmentIndicatorKey;
  name: string;
  kind: string;
  weight: number;
  full: number | null;
  zero: number | null;
  perItem: number | null;
}

interface Values {
  name: string;
  revisionNote?: string;
  rows: Row[];
}

/** The indicator rows of the form: every indicator, those of `current` with their settings, the rest at weight 0 (not used). */
function initialRows(catalogue: NonNullable<ReturnType<typeof useCatalogue>>, current: Standard | null): Row[] {
  return catalogue.map((d) => {
    const used = current?.indicators.find((i) => i.key === d.key);
    if (current && !used)
      return {
        key: d.key,
        name: d.name,
        kind: d.kind,
        weight: 0,
        full: d.proposedFull ?? null,
        zero: d.proposedZero ?? null,
        perItem: d.proposedPerItem ?? null,
      };
    return {
      key: d.key,
      name: d.name,
      kind: d.kind,
      weight: used?.weight ?? d.proposedWeight,
      full: used ? (used.full ?? null) : (d.proposedFull ?? null),
      zero: used ? (used.zero ?? null) : (d.proposedZero ?? null),
      perItem: used ? (used.perItem ?? null) : (d.proposedPerItem ?? null),
    };
  });
}

function useCatalogue() {
  const [{ data }] = useQuery({ query: AssessmentIndicatorsDocument });
  return data?.assessmentIndicators;
}

function columns() {
  const num = (field: 'weight' | 'full' | 'zero' | 'perItem', label: string, step = 1) =>
    function Cell(_: unknown, r: Row, n: number) {
      if ((field === 'perItem') !== (r.kind === 'COUNT') && field !== 'weight') return '—';
      return (
        <Form.Item name={['rows', n, field]} noStyle>
          <InputNumber min={0} max={100} step={step} aria-label={`${r.name}${label}`} style={{ width: 88 }} />
        </Form.Item>
      );
    };
  return [
    { title: '指标', dataIndex: 'name' },
    { title: '权重（%）', key: 'weight', render: num('weight', '权重') },
    { title: '满分点（%）', key: 'full', render: num('full', '满分点') },
    { title: '零分点（%）', key: 'zero', render: num('zero', '零分点') },
    { title: '每项扣分', key: 'perItem', render: num('perItem', '每项扣分', 0.5) },
  ];
}

/** The indicators' settings and the running sum of the weights (the server refuses anything but 100%). */
function IndicatorRows({ rows }: { rows: Row[] }) {
  const watched = Form.useWatch('rows', Form.useFormInstance()) as Partial<Row>[] | undefined;
  const sum = (watched ?? rows).reduce((s, r) => s + (r.weight ?? 0), 0);
  return (
    <>
      <Table rowKey="key" size="small" pagination={false} dataSource={rows} columns={columns()} />
      <Typography.Paragraph
        className="assessment-weight-sum"
        type={sum === 100 ? 'success' : 'danger'}
        style={{ marginTop: 8 }}
      >
        权重合计 {sum}%{sum === 100 ? '' : '（须为 100%）'}
      </Typography.Paragraph>
    </>
  );
}

/** Creates version 1 or, with `current`, its next version; the failure's text, or null. */
function useSaveStandard(year: number, period: AssessmentPeriod, current: Standard | null) {
  const [create, createStandard] = useMutation(CreateAssessmentStandardDocument);
  const [revise, reviseStandard] = useMutation(ReviseAssessmentStandardDocument);
  const save = async (v: Values): Promise<string | null> => {
    const indicators = v.rows
      .filter((r) => r.weight > 0)
      .map((r) => ({ key: r.key, weight: r.weight, full: r.full, zero: r.zero, perItem: r.perItem }));
    const res = current
      ? await reviseStandard({
          input: { standardId: current.id, name: v.name, indicators, revisionNote: v.revisionNote ?? '' },
        })
      : await createStandard({ input: { year, period, name: v.name, indicators } });
    return res.error ? failureText(failureOf(res.error)) : null;
  };
  return { save, saving: create.fetching || revise.fetching };
}

/** 制定或修订考核标准 (R55): weights in whole percent that must add up to 100; the server is the judge. */
export function StandardDialog(props: {
  year: number;
  period: AssessmentPeriod;
  current: Standard | null;
  close: (saved: boolean) => void;
}) {
  const { year, period, current, close } = props;
  const { message } = App.useApp();
  const catalogue = useCatalogue();
  const [form] = Form.useForm<Values>();
  const { save, saving } = useSaveStandard(year, period, current);
  const submit = async () => {
    // Every value, the rows' keys too: onFinish gives only the fields that have a Form.Item.
    const failure = await save(form.getFieldsValue(true) as Values);
    if (failure) return void message.error(failure);
    message.success(current ? '已修订，形成新版本' : '考核标准已制定');
    close(true);
  };
  if (!catalogue) return null;
  return (
    <Modal
      open
      width={860}
      title={current ? `修订考核标准（现行第 ${current.versionNo} 版）` : '制定考核标准'}
      okText={current ? '保存为新版本' : '制定'}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => close(false)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        initialValues={{ name: current?.name ?? `${year} 年双随机工作考核`, rows: initialRows(catalogue, current) }}
      >
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          权重为 0 的指标不选用。比率类指标：达到满分点得满分，低于零分点（越低越好的指标为高于）得 0 分，其间按比例；
          计数类指标每项扣分，扣完为止。某指标无数据时不计分，总分按其余指标的权重折算。
        </Typography.Paragraph>
        <IndicatorRows rows={initialRows(catalogue, current)} />
        {current && (
          <Form.Item
            name="revisionNote"
            label="修订说明"
            rules={[{ required: true, message: '请填写修订说明' }, { max: 500 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
