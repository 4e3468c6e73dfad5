import { Card, Input, Radio, Typography } from 'antd';
import type { CheckAnswer } from '../../gql/graphql';
import type { DraftAnswer } from './draft';
import type { ChecklistLine } from './validate';

/** One checklist line per card: 正常/不正常 as two large buttons; the remark opens on 不正常. */
function LineCard(props: {
  line: ChecklistLine;
  index: number;
  answer: DraftAnswer | undefined;
  error: string | undefined;
  onChange: (answer: DraftAnswer) => void;
}) {
  const { line, index, answer, error } = props;
  const result = answer?.result ?? null;
  const remark = answer?.remark ?? '';
  const remarkId = `remark-${index}`;
  return (
    <Card size="small" className="record-line" id={`field-answer:${line.key}`} data-line={index + 1}>
      <Typography.Text type="secondary">{`${line.itemName} · 第 ${line.no} 项`}</Typography.Text>
      <Typography.Paragraph strong style={{ margin: '4px 0 12px' }} id={`line-${index}`}>
        {line.text}
      </Typography.Paragraph>
      <Radio.Group
        className="record-answer"
        optionType="button"
        buttonStyle="solid"
        size="large"
        aria-labelledby={`line-${index}`}
        value={result}
        onChange={(e) => props.onChange({ result: e.target.value as CheckAnswer, remark })}
        options={[
          { label: '正常', value: 'NORMAL' },
          { label: '不正常', value: 'ABNORMAL' },
        ]}
      />
      {result === 'ABNORMAL' && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor={remarkId}>情况说明（必填）</label>
          <Input.TextArea
            id={remarkId}
            autoSize={{ minRows: 2 }}
            value={remark}
            status={error ? 'error' : undefined}
            onChange={(e) => props.onChange({ result, remark: e.target.value })}
          />
        </div>
      )}
      {error && (
        <div className="record-error" role="alert">
          {error}
        </div>
      )}
    </Card>
  );
}

export function Checklist(props: {
  lines: readonly ChecklistLine[];
  answers: Record<string, DraftAnswer>;
  errors: Record<string, string>;
  onChange: (key: string, answer: DraftAnswer) => void;
}) {
  return (
    <div className="record-checklist">
      {props.lines.map((line, i) => (
        <LineCard
          key={line.key}
          line={line}
          index={i}
          answer={props.answers[line.key]}
          error={props.errors[`answer:${line.key}`]}
          onChange={(a) => props.onChange(line.key, a)}
        />
      ))}
    </div>
  );
}
