import { Card, Col, Row, Table, Tooltip, Typography } from 'antd';
import { cutoffOf, pct, type Stats } from './params';

const right = 'right' as const;

/** Today's overdue deadlines of every kind in the unit's subtree. */
function OverdueCard({ s, size }: { s: Stats; size: 'middle' | 'small' }) {
  const o = s.overdue;
  return (
    <Card size="small" title="今日逾期未办">
      <Table
        size={size}
        pagination={false}
        rowKey="k"
        columns={[
          { title: '期限', dataIndex: 'k' },
          { title: '件数', dataIndex: 'n', align: right },
        ]}
        dataSource={[
          { k: '检查报告（R39）', n: o.reports },
          { k: '抽取结果接收确认（R32）', n: o.dispatches },
          { k: '整改复查（R40）', n: o.rectifications },
          { k: '结果公示（R47）', n: o.publications },
          { k: '异议投诉答复（R49）', n: o.appeals },
        ]}
      />
    </Card>
  );
}

/** Due and inspected per item (coverage per item), the ten with the most due. */
function ItemsCard({ s, size }: { s: Stats; size: 'middle' | 'small' }) {
  return (
    <Card size="small" title="抽查事项完成情况（应检查最多的 10 项）">
      <Table
        size={size}
        pagination={false}
        rowKey="itemId"
        columns={[
          { title: '事项', dataIndex: 'name', ellipsis: true },
          { title: '应检查', dataIndex: 'due', align: right, width: 72 },
          {
            title: <Tooltip title={`应检查中${cutoffOf(s)}已结束现场检查的`}>已完成</Tooltip>,
            dataIndex: 'dueInspected',
            align: right,
            width: 72,
          },
          {
            title: <Tooltip title={`已完成 ÷ 应检查（${cutoffOf(s)}）`}>完成率</Tooltip>,
            dataIndex: 'completionRate',
            align: right,
            width: 80,
            render: (r: number | null) => pct(r),
          },
        ]}
        dataSource={s.coverageByItem.slice(0, 10)}
        locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.65)' }}>所选期间没有按事项的检查</span> }}
      />
    </Card>
  );
}

/** The inspectors' year: the spread and the ten busiest. */
function WorkloadCard({ s, size }: { s: Stats; size: 'middle' | 'small' }) {
  const w = s.workload;
  return (
    <Card size="small" title="检查人员工作量（最多的 10 名）">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        有任务 {w.inspectorsWithWork} 人，人均 {w.average ?? '—'} 次，最多 {w.max} 次；在岗无任务 {w.idle} 人
      </Typography.Paragraph>
      <Table
        size={size}
        pagination={false}
        rowKey="inspectorId"
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '单位', dataIndex: 'bureauName', ellipsis: true },
          { title: '参加', dataIndex: 'assigned', align: right, width: 64 },
          { title: '完成', dataIndex: 'ended', align: right, width: 64 },
        ]}
        dataSource={w.top.slice(0, 10)}
      />
    </Card>
  );
}

/** The row under the charts: overdue deadlines, items, workload. */
export function Details({ s, large }: { s: Stats; large: boolean }) {
  const size = large ? 'middle' : 'small';
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={8}>
        <OverdueCard s={s} size={size} />
      </Col>
      <Col xs={24} xl={8}>
        <ItemsCard s={s} size={size} />
      </Col>
      <Col xs={24} xl={8}>
        <WorkloadCard s={s} size={size} />
      </Col>
    </Row>
  );
}
