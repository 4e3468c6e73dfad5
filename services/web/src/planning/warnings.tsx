import { Alert, List } from 'antd';
import type { WarningFieldsFragment } from '../gql/graphql';

/**
 * The shortfalls of a plan (frequency, ratio, rounds, teams): it may be filed, the superior sees them. A plan without
 * tasks has nothing to check yet: a neutral note, never the green "all met" of a plan whose tasks were checked.
 */
export function PlanWarnings(props: { warnings: WarningFieldsFragment[]; taskCount: number; filed?: boolean }) {
  const { warnings, taskCount, filed } = props;
  if (!warnings.length && taskCount === 0)
    return (
      <Alert
        type="info"
        showIcon
        title="尚无抽查任务，暂无可核对的比例和频次"
        description="添加抽查任务后，这里核对每项任务是否达到要求。"
      />
    );
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
