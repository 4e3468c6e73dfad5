import { lazy, Suspense, useEffect } from 'react';
import { Alert, Breadcrumb, Button, Card, Select, Space, Spin, Switch, Typography } from 'antd';
import { DownloadOutlined, FullscreenExitOutlined, FullscreenOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { chinaDateTime } from '../common/format';
import { QueryState } from '../common/query-state';
import { Details } from './details';
import { DashboardDepartmentsDocument, DashboardDocument } from './documents';
import { useExport } from './export';
import { KpiCards } from './kpi-cards';
import { MONTHS, REFRESH_MS, useDashboardParams, type Stats } from './params';
import { UnitTable } from './unit-table';
import './dashboard.css';

// ECharts is a chunk of its own, fetched after the figures (the route's chunk stays inside its budget).
const Charts = lazy(() => import('./charts').then((m) => ({ default: m.Charts })));

type Params = ReturnType<typeof useDashboardParams>;

/** Export, print, auto-refresh and full screen (none of them printed). */
function Toolbar({ params }: { params: Params }) {
  const { view, set } = params;
  const exporter = useExport();
  const filter = {
    year: view.year,
    fromMonth: view.from,
    untilMonth: view.until,
    unitId: view.unit,
    departmentCode: view.dept,
  };
  return (
    <>
      <Space className="no-print" wrap>
        <Button icon={<DownloadOutlined />} loading={exporter.busy} onClick={() => void exporter.download(filter)}>
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
          icon={view.full ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
          onClick={() => set({ full: !view.full })}
        >
          {view.full ? '退出全屏' : '全屏'}
        </Button>
      </Space>
      {exporter.error && <Alert type="error" showIcon title={exporter.error} style={{ marginTop: 8 }} />}
    </>
  );
}

/** Year, months (the cut-off month), department and region (the unit: the way down and its subordinates). */
function Filters({ params, s }: { params: Params; s: Stats | undefined }) {
  const { view, set, thisYear } = params;
  const [{ data: own }] = useQuery({ query: DashboardDepartmentsDocument });
  const departments = (own?.me.user.bureau.departments ?? [])
    .filter((d) => d.active)
    .map((d) => ({ value: d.code, label: d.name }));
  return (
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
        style={{ width: 160 }}
        value={view.dept ?? ''}
        options={[{ value: '', label: '全部部门' }, ...departments]}
        onChange={(v: string) => set({ dept: v || undefined })}
      />
      {s && (
        <Select
          aria-label="地区"
          style={{ width: 200 }}
          value={s.unit.id}
          options={[
            ...s.trail.map((u) => ({ value: u.id, label: u.name })),
            ...s.rows.filter((r) => r.unit.drillable).map((r) => ({ value: r.unit.id, label: `└ ${r.unit.name}` })),
          ]}
          onChange={(v: string) => set({ unit: v })}
        />
      )}
      {s && (
        <Typography.Text type="secondary">汇总时间 {chinaDateTime(s.refreshedAt)}（每 5 分钟汇总一次）</Typography.Text>
      )}
    </Space>
  );
}

/** The way down from the caller's unit to the one shown; each step leads back up. */
function Trail({ s, drill }: { s: Stats; drill: (id: string) => void }) {
  return (
    <Breadcrumb
      items={s.trail.map((u, i) => ({
        key: u.id,
        title: i < s.trail.length - 1 ? <a onClick={() => drill(u.id)}>{u.name}</a> : u.name,
      }))}
    />
  );
}

/**
 * 双随机统计看板 (issue 15): the caller's subtree, or a unit below it, for a year's months — KPI cards,
 * a row per subordinate unit (应检查/已检查/人员 and the rates), charts, overdue deadlines and workload.
 * Every number leads one level down (province → city → county → department) and, at the bottom, to
 * the inspection records. Filters, refresh and full screen live in the URL; export as xlsx, print as PDF.
 */
export default function DashboardPage() {
  const params = useDashboardParams();
  const { view, set } = params;
  const filter = {
    year: view.year,
    fromMonth: view.from,
    untilMonth: view.until,
    unitId: view.unit ?? null,
    departmentCode: view.dept ?? null,
  };
  const [q, refetch] = useQuery({ query: DashboardDocument, variables: { filter } });
  useEffect(() => {
    if (!view.refresh) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [view.refresh, refetch]);
  const drill = (id: string) => set({ unit: id });
  const large = view.full;
  return (
    <div className={large ? 'dashboard dashboard-full' : 'dashboard'}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          双随机抽查统计{q.data ? ` · ${q.data.statistics.unit.name}` : ''}
        </Typography.Title>
        <Toolbar params={params} />
      </Space>
      <Filters params={params} s={q.data?.statistics} />
      <QueryState data={q.data?.statistics} error={q.error} fetching={q.fetching} retry={() => refetch()}>
        {(s) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Trail s={s} drill={drill} />
            <KpiCards s={s} large={large} />
            <Card size="small" title={s.rows[0]?.unit.level === 'DEPARTMENT' ? '各部门' : '各下级单位'}>
              <UnitTable s={s} drill={drill} large={large} />
            </Card>
            <Suspense fallback={<Spin style={{ display: 'block', margin: 24 }} />}>
              <Charts s={s} drill={drill} large={large} />
            </Suspense>
            <Details s={s} large={large} />
          </Space>
        )}
      </QueryState>
    </div>
  );
}
