import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { InspectionResultCode, PublicationKind } from '../gql/graphql';
import { required } from '../inspections/after/action-modal';
import { optionsOf } from '../common/list-page';
import { PENALTY_CATEGORIES, RESULT_WORDS } from './labels';

/** The 双公示 items a department enters for a penalty decision (PenaltyFactsInput). */
export interface PenaltyFormValues {
  decisionNo?: string;
  violationType: string;
  violationFacts: string;
  legalBasis: string;
  penaltyCategories: string[];
  penaltyContent: string;
  amount?: number | null;
  publicUntil: Dayjs;
}

export interface DocumentFormValues {
  result?: InspectionResultCode;
  penalty?: PenaltyFormValues;
}

/** 双公示: 决定书文号, 违法行为类型, 违法事实, 处罚依据, 处罚类别, 处罚内容, 罚没金额, 公示截止期. */
export function PenaltyFactsFields({ decisionNo }: { decisionNo?: string | null }) {
  return (
    <>
      <Form.Item
        label="决定书文号"
        name={['penalty', 'decisionNo']}
        extra={decisionNo ? `不填取 ${decisionNo}` : undefined}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="违法行为类型" name={['penalty', 'violationType']} rules={required('违法行为类型')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="违法事实" name={['penalty', 'violationFacts']} rules={required('违法事实')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label="处罚依据" name={['penalty', 'legalBasis']} rules={required('处罚依据')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        label="处罚类别"
        name={['penalty', 'penaltyCategories']}
        rules={[{ required: true, message: '请选择处罚类别' }]}
      >
        <Select mode="multiple" options={PENALTY_CATEGORIES.map((c) => ({ value: c, label: c }))} />
      </Form.Item>
      <Form.Item label="处罚内容" name={['penalty', 'penaltyContent']} rules={required('处罚内容')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label="罚没金额（万元）" name={['penalty', 'amount']}>
        <InputNumber min={0} step={0.01} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        label="公示截止期"
        name={['penalty', 'publicUntil']}
        rules={[{ required: true, message: '请选择公示截止期' }]}
      >
        <DatePicker />
      </Form.Item>
    </>
  );
}

/** An inspection's result: as the report and follow-up give it, or stated by the department (R38, R40). */
export function ResultField({ optional }: { optional: boolean }) {
  return (
    <Form.Item
      label="检查结果"
      name="result"
      extra={optional ? '不选则按检查报告意见和整改复查确定' : undefined}
      rules={optional ? undefined : [{ required: true, message: '请选择检查结果' }]}
    >
      <Select allowClear={optional} options={optionsOf(RESULT_WORDS)} />
    </Form.Item>
  );
}

export function DocumentFields({ kind, decisionNo }: { kind: PublicationKind; decisionNo?: string | null }) {
  return kind === 'PENALTY_RESULT' ? <PenaltyFactsFields decisionNo={decisionNo} /> : <ResultField optional />;
}

/** The API's input from the form: a result, or the 双公示 items. */
export function documentInput(kind: PublicationKind, v: DocumentFormValues) {
  if (kind !== 'PENALTY_RESULT') return { result: v.result ?? null };
  const p = v.penalty;
  if (!p) return {};
  return {
    penalty: {
      decisionNo: p.decisionNo?.trim() || null,
      violationType: p.violationType,
      violationFacts: p.violationFacts,
      legalBasis: p.legalBasis,
      penaltyCategories: p.penaltyCategories,
      penaltyContent: p.penaltyContent,
      amount: p.amount ?? null,
      publicUntil: p.publicUntil.format('YYYY-MM-DD'),
    },
  };
}
