import { Table, Tooltip } from 'antd';
import { Link } from 'react-router';
import type { DashboardFiguresFragment } from '../gql/graphql';
import { cutoffOf, pct, recordsLink, type Stats, type UnitRow } from './params';

type Drill = (id: string) => void;

/** The records behind a row's 期内已检查: a department's or the unit's own (本级); null where the next level is a unit. */
function recordsOf(s: Stats, r: UnitRow): string | null {
  if (r.unit.level === 'DEPARTMENT') return recordsLink(r.unit.bureauId, r.unit.id, s.year, s.fromMonth, s.untilMonth);
  if (r.unit.own) return recordsLink(r.unit.bureauId, null, s.year, s.fromMonth, s.untilMonth);
  return null;
}

const figure = (k: keyof DashboardFiguresFragment) => (_: unknown, r: UnitRow) => r.figures[k] ?? '—';
type Rate = 'completionRate' | 'publicationRate' | 'closureRate' | 'coverageRate';
const rate = (k: Rate) => (_: unknown, r: UnitRow) => pct(r.figures[k]);
const right = 'right' as const;

/**
 * The columns: the unit (drills one level down), 应检查/已完成/完成率 (one set of inspections: those due in
 * the period; done by the end of its last month), 期内已检查 (checks ended in the period; to the next level or
 * the records), 人员 and the rates.
 */
function columnsOf(s: Stats, drill: Drill) {
  const cutoff = cutoffOf(s);
  return [
    {
      title: s.rows[0]?.unit.level === 'DEPARTMENT' ? '部门' : '单位',
      key: 'unit',
      render: (_: unknown, r: UnitRow) =>
        r.unit.drillable ? (
          <a onClick={() => drill(r.unit.id)} role="button" aria-label={`下钻到${r.unit.name}`}>
            {r.unit.name}
          </a>
        ) : (
          r.unit.name
        ),
    },
    { title: '应检查', key: 'due', align: right, render: figure('due') },
    {
      title: <Tooltip title={`应检查中${cutoff}已结束现场检查的`}>已完成</Tooltip>,
      key: 'dueInspected',
      align: right,
      render: figure('dueInspected'),
    },
    {
      title: <Tooltip title={`已完成 ÷ 应检查（${cutoff}）`}>完成率</Tooltip>,
      key: 'c',
      align: right,
      render: rate('completionRate'),
    },
    {
      title: '期内已检查',
      key: 'inspected',
      align: right,
      render: (_: unknown, r: UnitRow) => {
        const to = recordsOf(s, r);
        if (to) return <Link to={to}>{r.figures.inspected}</Link>;
        return (
          <a onClick={() => drill(r.unit.id)} role="button">
            {r.figures.inspected}
          </a>
        );
      },
    },
    { title: '人员', key: 'inspectors', align: right, render: figure('inspectors') },
    { title: '发现问题', key: 'findings', align: right, render: figure('findings') },
    { title: '公示率', key: 'p', align: right, render: rate('publicationRate') },
    { title: '整改完结率', key: 'z', align: right, render: rate('closureRate') },
    { title: '覆盖率', key: 'v', align: right, render: rate('coverageRate') },
    { title: '逾期', key: 'o', align: right, render: (_: unknown, r: UnitRow) => r.overdue?.total ?? '—' },
  ];
}

/** The 合计 row: the focus unit's totals, the same figures as the KPI cards. */
function TotalRow({ s }: { s: Stats }) {
  const t = s.totals;
  const cells = [
    t.due,
    t.dueInspected,
    pct(t.completionRate),
    t.inspected,
    t.inspectors,
    t.findings,
    pct(t.publicationRate),
    pct(t.closureRate),
    pct(t.coverageRate),
    s.overdue.total,
  ];
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
      {cells.map((c, i) => (
        <Table.Summary.Cell key={i} index={i + 1} align="right">
          {c}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

/** A row per direct subordinate unit and the unit's own work (or per department at a county). */
export function UnitTable({ s, drill, large }: { s: Stats; drill: Drill; large: boolean }) {
  return (
    <Table<UnitRow>
      className="dashboard-units"
      size={large ? 'large' : 'small'}
      rowKey={(r) => `${r.unit.id}-${r.unit.own}`}
      columns={columnsOf(s, drill)}
      dataSource={s.rows}
      pagination={false}
      summary={() => <TotalRow s={s} />}
    />
  );
}
