import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { cutoffOf, pct, type Stats } from './params';

/** The KPI cards of the anchor page: plans, tasks, due, done and inspected in the period, inspectors, the rates, overdue. */
export function KpiCards({ s, large }: { s: Stats; large: boolean }) {
  const t = s.totals;
  const size = large ? 40 : 24;
  const cutoff = cutoffOf(s);
  // [title, value, hint, a short note shown beside the title]
  const cards: [string, string | number, string?, string?][] = [
    ['抽查计划', t.plans ?? 0],
    ['抽查任务', t.tasks ?? 0],
    ['应检查', t.due, '检查期间始于所选月份的检查'],
    ['已完成', t.dueInspected, `应检查中${cutoff}已结束现场检查的`, `截至 ${s.untilMonth} 月底`],
    ['完成率', pct(t.completionRate), `已完成 ÷ 应检查（同一批检查，${cutoff}）`],
    ['期内已检查', t.inspected, '所选月份内结束现场检查的，不论何时应检查'],
    ['执法检查人员', t.inspectors ?? 0],
    ['公示率', pct(t.publicationRate), '已公示 ÷ 已检查'],
    ['整改完结率', pct(t.closureRate), '整改办结 ÷ 整改通知书'],
    ['覆盖率', pct(t.coverageRate), '年度内检查过的对象 ÷ 在册对象'],
    ['逾期未办', s.overdue.total, '报告、接收确认、整改、公示、异议答复'],
  ];
  return (
    <Row gutter={[12, 12]} className="dashboard-kpis">
      {cards.map(([title, value, hint, note]) => (
        <Col key={title} xs={12} md={8} xl={{ flex: '16.66%' }}>
          <Card size="small">
            <Statistic
              title={
                <>
                  {hint ? <Tooltip title={hint}>{title}</Tooltip> : title}
                  {note && <Typography.Text type="secondary"> · {note}</Typography.Text>}
                </>
              }
              value={value}
              styles={{ content: { fontSize: size } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
