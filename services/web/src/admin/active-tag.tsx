import { Radio, Tag } from 'antd';
import { ACTIVE_STATUS } from './labels';

/** In use or disabled (users and departments). */
export function ActiveTag({ active }: { active: boolean }) {
  const s = ACTIVE_STATUS[`${active}`];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

/** The status filter's options (the URL keeps "true"/"false"). */
export const ACTIVE_OPTIONS = [
  { value: 'true', label: '启用' },
  { value: 'false', label: '已停用' },
];

/** A yes/no setting as two buttons that say both answers (a switch's grey "off" text fails contrast). */
export function YesNo(props: {
  yes: string;
  no: string;
  value?: boolean;
  onChange?: (v: boolean) => void;
  id?: string;
}) {
  const { yes, no, value, onChange, id } = props;
  return (
    <Radio.Group
      id={id}
      optionType="button"
      value={value}
      onChange={(e) => onChange?.(e.target.value as boolean)}
      options={[
        { value: true, label: yes },
        { value: false, label: no },
      ]}
    />
  );
}
