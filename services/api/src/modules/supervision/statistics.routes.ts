import type { Express, Request } from 'express';
import type { InspectionOpinion } from '@dsr/domain';
import { badInput } from '../../common/errors';
import { attachment, queryText, refuse } from '../../common/rest/answer';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { writeTables, type Line, type Table } from '../../common/sheets/sheet-writer';
import { USE_NOTICE } from '../../common/use-notice';
import { registerDownload } from '../downloads/download-links';
import { requireRole } from '../../common/access';
import { signedIn } from '../../common/principal';
import { SIGNED_PARAMS } from '../../common/signed-url';
import { STATISTICS_PERMISSIONS } from './statistics.access';
import type { StatisticsRoot, StatisticsService } from './statistics.service';
import type { RequestContext } from '../../context';
import type { Plain, StatisticsFiguresType, StatisticsFilter } from './statistics.types';

type StatisticsFigures = Plain<StatisticsFiguresType>;

const PATH = /^\/export\/statistics\.xlsx$/;

/** The report's proposed handling (R38), as the InspectionOpinion enum describes it. */
const OPINION_LABELS: Record<InspectionOpinion, string> = {
  NO_ANOMALY: '未发现异常',
  RECTIFICATION: '责令整改',
  CASE_FILED: '立案查处',
  REFERRED: '移送其他机关',
  JUDICIAL: '移送司法机关',
  OTHER: '其他',
};

// A signed link to the dashboard's workbook: for whoever may read the statistics (the route checks the unit).
registerDownload({
  pattern: PATH,
  may: (ctx) => {
    requireRole(signedIn(ctx), STATISTICS_PERMISSIONS, 'statisticsExport');
    return Promise.resolve();
  },
});

/** The dashboard's filters and a signed link's own parameters: anything else is refused. */
const KNOWN_PARAMS: readonly string[] = [
  'year',
  'fromMonth',
  'untilMonth',
  'unitId',
  'itemId',
  'departmentCode',
  ...SIGNED_PARAMS,
];

/** The query string of the dashboard's URL as a filter; a malformed number is BAD_USER_INPUT. */
export function filterOf(req: Request): Plain<StatisticsFilter> {
  // A mistyped parameter (untilMonht=6) would otherwise be dropped and the file cover more than asked.
  for (const k of Object.keys(req.query))
    if (!KNOWN_PARAMS.includes(k)) throw badInput(k, `未知的筛选条件“${k.slice(0, 40)}”，未导出`);
  const int = (name: string, min: number, max: number, fallback?: number) => {
    const text = queryText(req.query[name], fallback === undefined ? '' : String(fallback));
    const n = Number(text);
    if (!/^\d{1,4}$/.test(text) || n < min || n > max) throw badInput(name, `${name} 应为 ${min} 到 ${max} 之间的整数`);
    return n;
  };
  const text = (name: string) => queryText(req.query[name], '') || null;
  const departmentCode = text('departmentCode');
  if (departmentCode && !/^[a-z][a-z0-9_-]{0,31}$/.test(departmentCode))
    throw badInput('departmentCode', '部门代码格式不正确');
  return {
    year: int('year', 2000, 2100),
    fromMonth: int('fromMonth', 1, 12, 1),
    untilMonth: int('untilMonth', 1, 12, 12),
    unitId: text('unitId'),
    itemId: text('itemId'),
    departmentCode,
  };
}

const pct = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`);
const FIGURE_COLUMNS: [string, (f: StatisticsFigures) => string | number | null][] = [
  ['应检查', (f) => f.due],
  ['已完成', (f) => f.dueInspected],
  ['完成率', (f) => pct(f.completionRate)],
  ['期内已检查', (f) => f.inspected],
  ['人员', (f) => f.inspectors],
  ['计划', (f) => f.plans],
  ['任务', (f) => f.tasks],
  ['发现问题', (f) => f.findings],
  ['整改通知书', (f) => f.notices],
  ['整改办结', (f) => f.noticesConcluded],
  ['整改完结率', (f) => pct(f.closureRate)],
  ['已公示', (f) => f.published],
  ['公示率', (f) => pct(f.publicationRate)],
  ['在册对象', (f) => f.targets],
  ['检查过的对象', (f) => f.targetsInspected],
  ['覆盖率', (f) => pct(f.coverageRate)],
];

const figureLine = (name: string, f: StatisticsFigures): Line => ({
  cells: [name, ...FIGURE_COLUMNS.map(([, v]) => v(f))],
});

/** 汇总: what the workbook is of, the KPI figures and the approved reports by proposed handling. */
function summarySheet(
  root: StatisticsRoot,
  totals: StatisticsFigures,
  kinds: { opinion: InspectionOpinion; count: number }[],
): Table {
  return {
    name: '汇总',
    columns: [
      { header: '指标', width: 20 },
      { header: '数值', width: 16 },
    ],
    lines: [
      { cells: ['单位', root.unit.name] },
      { cells: ['期间', `${root.year} 年 ${root.fromMonth}–${root.untilMonth} 月`] },
      { cells: ['已完成截至', `${root.year} 年 ${root.untilMonth} 月底`] },
      { cells: ['部门', root.departmentCode ?? '全部'] },
      { cells: ['汇总时间', root.refreshedAt?.toISOString() ?? '尚未汇总'] },
      ...FIGURE_COLUMNS.map(([h, v]): Line => ({ cells: [h, v(totals)] })),
      ...kinds.map((k): Line => ({ cells: [`处理意见：${OPINION_LABELS[k.opinion]}`, k.count] })),
    ],
  };
}

/** The workbook's sheets: 汇总, 下级单位, 按月趋势, 按行业 — from the same service calls as the query's fields. */
async function dashboardTables(
  ctx: RequestContext,
  statistics: StatisticsService,
  root: StatisticsRoot,
): Promise<Table[]> {
  const [totals, rows, trend, kinds, trades] = await Promise.all([
    statistics.totals(ctx, root),
    statistics.rows(ctx, root),
    statistics.trend(ctx, root),
    statistics.findingsByKind(ctx, root),
    statistics.findingsByTrade(ctx, root),
  ]);
  const headers = (names: string[]) => names.map((header) => ({ header }));
  return [
    summarySheet(root, totals, kinds),
    {
      name: '下级单位',
      columns: [{ header: '单位', width: 28 }, ...headers(FIGURE_COLUMNS.map(([h]) => h))],
      lines: [...rows.map((r) => figureLine(r.unit.name, r.figures)), figureLine('合计', totals)],
      autoFilter: true,
    },
    {
      name: '按月趋势',
      columns: headers(['月份', '应检查', '其中已完成', '期内已检查', '发现问题', '已公示']),
      lines: trend.map((m): Line => ({
        cells: [`${m.month} 月`, m.due, m.dueInspected, m.inspected, m.findings, m.published],
      })),
    },
    {
      name: '按行业',
      columns: [{ header: '行业', width: 24 }, ...headers(['期内已检查', '发现问题', '在册对象', '检查过的对象'])],
      lines: trades.map((t): Line => ({ cells: [t.label, t.inspected, t.findings, t.targets, t.targetsInspected] })),
    },
  ];
}

/**
 * GET /export/statistics.xlsx?year=&fromMonth=&untilMonth=&unitId=&itemId=&departmentCode= — the
 * dashboard as a workbook (the same filters as its URL, the same figures as the statistics query):
 * 汇总, 下级单位 (应检查/已检查/人员 and the rates), 按月趋势, 按行业. By bearer, cookie or signed link.
 */
export function mountStatisticsRoutes(
  app: Express,
  deps: RestDeps,
  { statistics }: { statistics: StatisticsService },
): void {
  app.get('/export/statistics.xlsx', (req, res) =>
    inScope(deps, req, res, permitted(STATISTICS_PERMISSIONS, 'statisticsExport'), async (ctx) => {
      let root;
      try {
        root = await statistics.open(ctx, filterOf(req));
      } catch (err) {
        refuse(res, err, { statuses: { BAD_USER_INPUT: 400, NOT_FOUND: 404 } });
        return;
      }
      attachment(res, `双随机统计-${root.unit.name}-${root.year}.xlsx`);
      await writeTables(res, await dashboardTables(ctx, statistics, root), { notice: USE_NOTICE }); // R52
    }),
  );
}
