import { Alert, List } from 'antd';
import type { WarningFieldsFragment } from '../gql/graphql';

/** The shortfalls of a plan (frequency, ratio, rounds, teams): it may be filed, the superior sees them. */
export function PlanWarnings({ warnings, filed }: { warnings: WarningFieldsFragment[]; filed?: boolean }) {
  if (!warnings.length) return <Alert type="success" showIcon title="未发现低于要求之处" />;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${filed ? '报备时' : '按现在的内容'}有 ${warnings.length} 项未达到要求（可以报备，上级机关可见）`}
      description={
        <List
          size="small"
          dataSource={warnings}
          renderItem={(w) => (
            <List.Item>{`【${w.taskName}】${w.message}（计划 ${w.planned}，要求 ${w.required}${w.grade ? `，${w.grade} 级` : ''}）`}</List.Item>
          )}
        />
      }
    />
  );
}
