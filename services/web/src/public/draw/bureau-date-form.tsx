import { Button, Form, Input, Select, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PublicBureausQuery } from '../documents';
import { chinaDayOffset } from './draw-document';

/** The look-up of a bureau's publications: the bureau (by its division code) and a date range (the API caps it at a year). */
export interface BureauDates {
  bureau: string;
  from: string;
  to: string;
  offset: number;
}

/** The look-up in the address (shareable, back button), with defaults of the last 90 days. */
export function useBureauDates(): [BureauDates, (next: Partial<BureauDates>, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const value = {
    bureau: params.get('bureau') ?? '',
    from: params.get('from') ?? chinaDayOffset(90),
    to: params.get('to') ?? chinaDayOffset(0),
    offset: Number(params.get('offset') ?? 0) || 0,
  };
  const set = (next: Partial<BureauDates>, replace = false) => {
    const v = { ...value, offset: 0, ...next };
    const params = { bureau: v.bureau, from: v.from, to: v.to, ...(v.offset ? { offset: String(v.offset) } : {}) };
    setParams(params, { replace });
  };
  return [value, set];
}

export function BureauDateForm({
  value,
  onSearch,
}: {
  value: BureauDates;
  onSearch: (v: Partial<BureauDates>) => void;
}) {
  // The bureaus that have published something, by name (a visitor does not know division codes).
  const [{ data: bureaus, fetching }] = useQuery({ query: PublicBureausQuery });
  return (
    <Form
      layout="vertical"
      initialValues={{ ...value, bureau: value.bureau || undefined }}
      onFinish={(v: BureauDates) => onSearch({ bureau: v.bureau, from: v.from, to: v.to })}
    >
      <Form.Item label="公示机关" name="bureau" rules={[{ required: true, message: '请选择公示机关' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          placeholder="选择公示机关"
          options={(bureaus?.publicBureaus ?? []).map((b) => ({ value: b.code, label: b.name }))}
          notFoundContent="暂无公示机关"
        />
      </Form.Item>
      <Space wrap>
        <Form.Item label="公示日期起" name="from" rules={[{ required: true, message: '请选择起始日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="公示日期止" name="to" rules={[{ required: true, message: '请选择截止日期' }]}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form.Item>
    </Form>
  );
}
