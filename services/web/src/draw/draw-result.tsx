import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { DrawRoomQuery } from '../gql/graphql';
import { RegionName } from '../common/region';
import { EMPTY_TEXT_STYLE, CYCLE } from './draw-labels';

type Draw = DrawRoomQuery['draw'];
export type Selection = Draw['selections'][number];
type Exclusion = Draw['exclusions'][number];
export type TeamMember = Selection['inspectors'][number];

/** An inspector as the bureau names them: name, badge number, department. */
export function memberText(m: { name: string; badgeNo?: string | null; department?: { name: string } | null }) {
  const badge = m.badgeNo ? ` ${m.badgeNo}` : '';
  return `${m.name}${badge}${m.department ? `（${m.department.name}）` : ''}`;
}

/** The result: targets in result order, each with its team as it stands after swaps. */
export function SelectionsCard(props: { draw: Draw; onSwap?: (s: Selection, m: TeamMember) => void }) {
  const { draw, onSwap } = props;
  const columns = [
    { title: '序号', key: 'pos', width: 64, render: (_: unknown, s: Selection) => s.position + 1 },
    {
      title: '检查对象',
      key: 'target',
      render: (_: unknown, s: Selection) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{s.target?.name ?? '（不可见）'}</Typography.Text>
          <Typography.Text type="secondary">{s.target?.uscc ?? s.target?.registeredAddress ?? ''}</Typography.Text>
        </Space>
      ),
    },
    {
      title: '分层（区域）',
      key: 'stratum',
      width: 180,
      render: (_: unknown, s: Selection) => <RegionName code={s.stratum} />,
    },
    { title: '周期', key: 'cycle', width: 130, render: (_: unknown, s: Selection) => CYCLE[s.cycle] ?? s.cycle },
    {
      title: '检查组（姓名、警号、部门）',
      key: 'team',
      render: (_: unknown, s: Selection) => (
        <Space wrap>
          {s.inspectors.map((m) => (
            <span key={m.id}>
              <Tag>{memberText(m)}</Tag>
              {onSwap && (
                <Button size="small" type="link" onClick={() => onSwap(s, m)} aria-label={`换人：申请换下${m.name}`}>
                  换人
                </Button>
              )}
            </span>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Card title={`抽取结果：${draw.selections.length} 个检查对象`} style={{ marginBottom: 24 }}>
      <Table<Selection> rowKey="position" columns={columns} dataSource={draw.selections} pagination={false} />
    </Card>
  );
}

const KIND: Record<string, string> = { TARGET: '检查对象', INSPECTOR: '检查人员' };

/** Targets that could not be drawn and inspectors who were not eligible, with their reasons. */
export function ExclusionsCard({ exclusions }: { exclusions: Exclusion[] }) {
  const columns = [
    { title: '类别', key: 'kind', width: 110, render: (_: unknown, e: Exclusion) => KIND[e.kind] ?? e.kind },
    { title: '名称或姓名', dataIndex: 'name', key: 'name' },
    { title: '原因', key: 'reasons', render: (_: unknown, e: Exclusion) => e.reasons.join('；') },
  ];
  return (
    <Card title="排除的检查对象与不符合条件的检查人员" style={{ marginBottom: 24 }}>
      <Table<Exclusion>
        rowKey={(e) => `${e.kind}-${e.id}`}
        columns={columns}
        dataSource={exclusions}
        pagination={exclusions.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>{'没有排除的检查对象或不符合条件的人员'}</span> }}
      />
    </Card>
  );
}
