import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, FullscreenExitOutlined, FullscreenOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { DashboardFiguresFragment, DashboardQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { QueryState } from '../common/query-state';
import { OPINION } from '../inspections/after/labels';
import { Chart } from './chart';
import { DashboardDocument, DashboardExportDocument } from './documents';
import './dashboard.css';

type Stats = DashboardQuery['statistics'];
type UnitRow = Stats['rows'][number];

/** The department codes every level shares (demo seed and synthetic counties): the department filter. */
const DEPARTMENTS = [
  { value: 'zhian', label: '治安' },
  { value: 'jindu', label: '禁毒' },
  { value: 'wangan', label: '网安' },
  { value: 'office', label: '办公室' },
];
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }));
const REFRESH_MS = 60_000;

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dashboard's filters, all in the URL (a view can be shared): year, months, unit, department, refresh, full screen. */
function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const num = (k: string, d: number, min: number, max: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n >= min && n <= max && params.has(k) ? n : d;
  };
  const view = {
    year: num('year', thisYear, 2000, 2100),
    from: num('from', 1, 1, 12),
    until: num('until', 12, 1, 12),
    unit: params.get('unit') ?? undefined,
    dept: params.get('dept') ?? undefined,
    refresh: params.get('refresh') === '1',
    full: params.get('full') === '1',
  };
  const set = (changes: Record<string, string | number | boolean | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === false || v === '') next.delete(k);
        else next.set(k, v === true ? '1' : String(v));
      }
      return next;
    });
  return { view, set, thisYear };
}

/** The records behind a number: the inspection list with the same bureau, department and months. */
function recordsLink(bureauId: string, departmentId: string | null, year: number, from: number, until: number): string {
  const q = new URLSearchParams({ bureau: bureauId, endedFrom: `${year}-${pad(from)}-01` });
  q.set('endedTo', `${year}-${pad(until)}-${pad(lastDay(year, until))}`);
  if (departmentId) q.set('department', departmentId);
  return `/inspections/all?${q.toString()}`;
}

function KpiCards({ s, large }: { s: Stats; large: boolean }) {
  const t = s.totals;
  const size = large ? 40 : 24;
  const cards: [string, string | number, string?][] = [
    ['抽查计划', t.plans ?? 0],
    ['抽查任务', t.tasks ?? 0],
    ['应检查', t.due],
    ['已检查', t.inspected],
    ['执法检查人员', t.inspectors ?? 0],
    ['完成率', pct(t.completionRate), '已检查 ÷ 应检查'],
    ['公示率', pct(t.publicationRate), '已公示 ÷ 已检查'],
    ['整改完结率', pct(t.closureRate), '整改办结 ÷ 整改通知书'],
    ['覆盖率', pct(t.coverageRate), '年度内检查过的对象 ÷ 在册对象'],
    ['逾期未办', s.overdue.total, '报告、接收确认、整改、公示、异议答复'],
  ];
  return (
    <Row gutter={[12, 12]} className="dashboard-kpis">
      {cards.map(([title, value, hint]) => (
        <Col key={title} xs={12} md={8} xl={{ flex: '20%' }}>
          <Card size="small">
            <Statistic
              title={hint ? <Tooltip title={hint}>{title}</Tooltip> : title}
              value={value}
              styles={{ content: { fontSize: size } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function UnitTable(props: { s: Stats; drill: (id: string) => void; large: boolean }) {
  const { s, drill, large } = props;
  const records = (r: UnitRow) =>
    r.unit.level === 'DEPARTMENT'
      ? recordsLink(r.unit.bureauId, r.unit.id, s.year, s.fromMonth, s.untilMonth)
      : r.unit.own
        ? recordsLink(r.unit.bureauId, null, s.year, s.fromMonth, s.untilMonth)
        : null;
  const f = (k: keyof DashboardFiguresFragment) => (_: unknown, r: UnitRow) => r.figures[k] ?? '—';
  const columns = [
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
    { title: '应检查', key: 'due', align: 'right' as const, render: f('due') },
    {
      title: '已检查',
      key: 'inspected',
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => {
        const to = records(r);
        if (to) return <Link to={to}>{r.figures.inspected}</Link>;
        return (
          <a onClick={() => drill(r.unit.id)} role="button">
            {r.figures.inspected}
          </a>
        );
      },
    },
    { title: '人员', key: 'inspectors', align: 'right' as const, render: f('inspectors') },
    {
      title: '完成率',
      key: 'c',
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => pct(r.figures.completionRate),
    },
    { title: '发现问题', key: 'findings', align: 'right' as const, render: f('findings') },
    {
      title: '公示率',
      key: 'p',
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => pct(r.figures.publicationRate),
    },
    {
      title: '整改完结率',
      key: 'z',
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => pct(r.figures.closureRate),
    },
    {
      title: '覆盖率',
      key: 'v',
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => pct(r.figures.coverageRate),
    },
    { title: '逾期', key: 'o', align: 'right' as const, render: (_: unknown, r: UnitRow) => r.overdue?.total ?? '—' },
  ];
  return (
    <Table<UnitRow>
      className="dashboard-units"
      size={large ? 'large' : 'small'}
      rowKey={(r) => `${r.unit.id}-${r.unit.own}`}
      columns={columns}
      dataSource={s.rows}
      pagination={false}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {s.totals.due}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {s.totals.inspected}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {s.totals.inspectors}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {pct(s.totals.completionRate)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {s.totals.findings}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {pct(s.totals.publicationRate)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            {pct(s.totals.closureRate)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={8} align="right">
            {pct(s.totals.coverageRate)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={9} align="right">
            {s.overdue.total}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

function Charts({ s, drill, large }: { s: Stats; drill: (id: string) => void; large: boolean }) {
  const h = large ? 380 : 280;
  const fs = large ? 16 : 12;
  const axis = { axisLabel: { fontSize: fs } };
  const legend = { textStyle: { fontSize: fs } };
  const units = useMemo(() => s.rows.filter((r) => r.unit.drillable), [s]);
  const options = useMemo(
    () => ({
      trend: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, ...legend },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: s.trend.map((m) => `${m.month}月`), ...axis },
        yAxis: { type: 'value', ...axis },
        series: [
          { name: '应检查', type: 'bar', data: s.trend.map((m) => m.due) },
          { name: '已检查', type: 'bar', data: s.trend.map((m) => m.inspected) },
          { name: '发现问题', type: 'line', data: s.trend.map((m) => m.findings) },
          { name: '已公示', type: 'line', data: s.trend.map((m) => m.published) },
        ],
      },
      kinds: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, ...legend },
        series: [
          {
            name: '处理意见',
            type: 'pie',
            radius: ['35%', '65%'],
            center: ['50%', '45%'],
            label: { fontSize: fs },
            data: s.findingsByKind.map((k) => ({ name: OPINION[k.opinion], value: k.count })),
          },
        ],
      },
      trades: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, ...legend },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', ...axis },
        yAxis: { type: 'category', inverse: true, data: s.findingsByTrade.slice(0, 10).map((t) => t.label), ...axis },
        series: [
          { name: '已检查', type: 'bar', data: s.findingsByTrade.slice(0, 10).map((t) => t.inspected) },
          { name: '发现问题', type: 'bar', data: s.findingsByTrade.slice(0, 10).map((t) => t.findings) },
        ],
      },
      coverage: {
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
        legend: { top: 0, ...legend },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: units.map((r) => r.unit.name),
          axisLabel: { interval: 0, rotate: units.length > 6 ? 30 : 0, fontSize: fs },
        },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', fontSize: fs } },
        series: [
          {
            name: '覆盖率',
            type: 'bar',
            data: units.map((r) => Math.round((r.figures.coverageRate ?? 0) * 1000) / 10),
          },
          {
            name: '完成率',
            type: 'bar',
            data: units.map((r) => Math.round((r.figures.completionRate ?? 0) * 1000) / 10),
          },
        ],
      },
    }),
    [s, units, fs],
  );
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <Card size="small" title="按月趋势">
          <Chart label="按月趋势图" option={options.trend} height={h} large={large} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="覆盖率与完成率（按地区，点击下钻）">
          {units.length ? (
            <Chart
              label="按地区的覆盖率与完成率"
              option={options.coverage}
              height={h}
              large={large}
              onPick={(_, i) => units[i] && drill(units[i].unit.id)}
            />
          ) : (
            <Typography.Text type="secondary">本单位没有下级单位；按部门的数字见上表。</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="发现问题（按处理意见）">
          <Chart label="按处理意见的定稿报告" option={options.kinds} height={h} large={large} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="检查与发现问题（按行业）">
          <Chart label="按行业的检查与发现问题" option={options.trades} height={h} large={large} />
        </Card>
      </Col>
    </Row>
  );
}

function Details({ s, large }: { s: Stats; large: boolean }) {
  const o = s.overdue;
  const w = s.workload;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={8}>
        <Card size="small" title="今日逾期未办">
          <Table
            size={large ? 'middle' : 'small'}
            pagination={false}
            rowKey="k"
            columns={[
              { title: '期限', dataIndex: 'k' },
              { title: '件数', dataIndex: 'n', align: 'right' as const },
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
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title="抽查事项完成情况（应检查最多的 10 项）">
          <Table
            size={large ? 'middle' : 'small'}
            pagination={false}
            rowKey="itemId"
            columns={[
              { title: '事项', dataIndex: 'name', ellipsis: true },
              { title: '应检查', dataIndex: 'due', align: 'right' as const, width: 72 },
              { title: '已检查', dataIndex: 'inspected', align: 'right' as const, width: 72 },
              {
                title: '完成率',
                dataIndex: 'completionRate',
                align: 'right' as const,
                width: 80,
                render: (r: number | null) => pct(r),
              },
            ]}
            dataSource={s.coverageByItem.slice(0, 10)}
            locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.65)' }}>所选期间没有按事项的检查</span> }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title="检查人员工作量（最多的 10 名）">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            有任务 {w.inspectorsWithWork} 人，人均 {w.average ?? '—'} 次，最多 {w.max} 次；在岗无任务 {w.idle} 人
          </Typography.Paragraph>
          <Table
            size={large ? 'middle' : 'small'}
            pagination={false}
            rowKey="inspectorId"
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '单位', dataIndex: 'bureauName', ellipsis: true },
              { title: '参加', dataIndex: 'assigned', align: 'right' as const, width: 64 },
              { title: '完成', dataIndex: 'ended', align: 'right' as const, width: 64 },
            ]}
            dataSource={w.top.slice(0, 10)}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** Downloads the dashboard's workbook through the API's short-lived signed link (same filters as the URL). */
function useExport() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (filter: Record<string, string | number | undefined>) => {
    setBusy(true);
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined) q.set(k, String(v));
    const answer = await client.query(
      DashboardExportDocument,
      { path: `/export/statistics.xlsx?${q.toString()}` },
      { requestPolicy: 'network-only' },
    );
    setBusy(false);
    if (answer.error || !answer.data) {
      setError(answer.error?.graphQLErrors[0]?.message ?? '未能取得下载链接');
      return;
    }
    setError(null);
    Object.assign(document.createElement('a'), { href: answer.data.downloadUrl.url, download: '' }).click();
  };
  return { download, busy, error };
}

/**
 * 双随机统计看板 (issue 15): the caller's subtree, or a unit below it, for a year's months — KPI cards,
 * a row per subordinate unit (应检查/已检查/人员 and the rates), charts, overdue deadlines and workload.
 * Every number leads one level down (province → city → county → department) and, at the bottom, to
 * the inspection records. Filters, refresh and full screen live in the URL; export as xlsx, print as PDF.
 */
export default function DashboardPage() {
  const { view, set, thisYear } = useDashboardParams();
  const filter = {
    year: view.year,
    fromMonth: view.from,
    untilMonth: view.until,
    unitId: view.unit ?? null,
    departmentCode: view.dept ?? null,
  };
  const [q, refetch] = useQuery({ query: DashboardDocument, variables: { filter } });
  const exporter = useExport();

  useEffect(() => {
    if (!view.refresh) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [view.refresh, refetch]);

  const drill = (id: string) => set({ unit: id });
  const large = view.full;
  return (
    <div className={large ? 'dashboard dashboard-full' : 'dashboard'}>
      <Space className="dashboard-head" wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          双随机抽查统计{q.data ? ` · ${q.data.statistics.unit.name}` : ''}
        </Typography.Title>
        <Space className="no-print" wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.busy}
            onClick={() =>
              void exporter.download({
                year: view.year,
                fromMonth: view.from,
                untilMonth: view.until,
                unitId: view.unit,
                departmentCode: view.dept,
              })
            }
          >
            导出 Excel
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印 / PDF
          </Button>
          <Space>
            <Switch checked={view.refresh} onChange={(v) => set({ refresh: v })} aria-label="自动刷新" />
            自动刷新
          </Space>
          <Button
            icon={large ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
            onClick={() => set({ full: !large })}
          >
            {large ? '退出全屏' : '全屏'}
          </Button>
        </Space>
      </Space>
      {exporter.error && <Alert type="error" showIcon title={exporter.error} style={{ marginTop: 8 }} />}
      <Space className="dashboard-filters" wrap style={{ margin: '12px 0' }}>
        <Select
          aria-label="年度"
          style={{ width: 110 }}
          value={view.year}
          options={Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }))}
          onChange={(v: number) => set({ year: v })}
        />
        <Select
          aria-label="起始月份"
          style={{ width: 96 }}
          value={view.from}
          options={MONTHS.filter((m) => m.value <= view.until)}
          onChange={(v: number) => set({ from: v === 1 ? undefined : v })}
        />
        <span>至</span>
        <Select
          aria-label="截止月份"
          style={{ width: 96 }}
          value={view.until}
          options={MONTHS.filter((m) => m.value >= view.from)}
          onChange={(v: number) => set({ until: v === 12 ? undefined : v })}
        />
        <Select
          aria-label="部门"
          style={{ width: 120 }}
          value={view.dept ?? ''}
          options={[{ value: '', label: '全部部门' }, ...DEPARTMENTS]}
          onChange={(v: string) => set({ dept: v || undefined })}
        />
        {q.data && (
          <Select
            aria-label="地区"
            style={{ width: 200 }}
            value={q.data.statistics.unit.id}
            options={[
              ...q.data.statistics.trail.map((u) => ({ value: u.id, label: u.name })),
              ...q.data.statistics.rows
                .filter((r) => r.unit.drillable)
                .map((r) => ({ value: r.unit.id, label: `└ ${r.unit.name}` })),
            ]}
            onChange={(v: string) => set({ unit: v })}
          />
        )}
        {q.data?.statistics.refreshedAt !== undefined && (
          <Typography.Text type="secondary">
            汇总时间 {chinaDateTime(q.data?.statistics.refreshedAt)}（每 5 分钟汇总一次）
          </Typography.Text>
        )}
      </Space>
      <QueryState data={q.data?.statistics} error={q.error} fetching={q.fetching} retry={() => refetch()}>
        {(s) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Breadcrumb
              items={s.trail.map((u, i) => ({
                key: u.id,
                title: i < s.trail.length - 1 ? <a onClick={() => set({ unit: u.id })}>{u.name}</a> : u.name,
              }))}
            />
            <KpiCards s={s} large={large} />
            <Card size="small" title={s.rows[0]?.unit.level === 'DEPARTMENT' ? '各部门' : '各下级单位'}>
              <UnitTable s={s} drill={drill} large={large} />
            </Card>
            <Charts s={s} drill={drill} large={large} />
            <Details s={s} large={large} />
          </Space>
        )}
      </QueryState>
    </div>
  );
}
