import type { EChartsCoreOption } from 'echarts/core';
import { OPINION } from '../inspections/after/labels';
import type { Stats, UnitRow } from './params';

/** Text sizes: the desk (12) or the projector (16). */
const styled = (fs: number) => ({
  axis: { axisLabel: { fontSize: fs } },
  legend: { top: 0, textStyle: { fontSize: fs } },
  grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
});

/** 按月趋势: due and (of those) done by the period's end as bars; checks ended in the month, findings and publications as lines. */
export function trendOption(s: Stats, fs: number): EChartsCoreOption {
  const { axis, legend, grid } = styled(fs);
  return {
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: s.trend.map((m) => `${m.month}月`), ...axis },
    yAxis: { type: 'value', ...axis },
    series: [
      { name: '应检查', type: 'bar', data: s.trend.map((m) => m.due) },
      { name: `其中已完成（截至 ${s.untilMonth} 月底）`, type: 'bar', data: s.trend.map((m) => m.dueInspected) },
      { name: '期内已检查', type: 'line', data: s.trend.map((m) => m.inspected) },
      { name: '发现问题', type: 'line', data: s.trend.map((m) => m.findings) },
      { name: '已公示', type: 'line', data: s.trend.map((m) => m.published) },
    ],
  };
}

/** 发现问题（按处理意见）: the approved reports by proposed handling. */
export function kindsOption(s: Stats, fs: number): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: { fontSize: fs } },
    series: [
      {
        name: '处理意见',
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { fontSize: fs },
        stillShowZeroSum: false, // no reports yet is an empty ring, not six equal slices
        data: s.findingsByKind.map((k) => ({ name: OPINION[k.opinion], value: k.count })),
      },
    ],
  };
}

/** Characters per line of a trade's name on the 按行业 chart: the longest (互联网上网服务营业场所（网吧）, 15) takes two lines. */
export const TRADE_LABEL_CHARS = 8;

/** The height the 按行业 chart needs so that each trade's two-line name has room beside its bars. */
export function tradesHeight(trades: number, fs: number, min: number): number {
  return Math.max(min, Math.ceil(trades * fs * 3.4) + 48);
}

/** 检查与发现问题（按行业）: the ten trades with the most inspections, each name whole (wrapped, never cut short). */
export function tradesOption(s: Stats, fs: number): EChartsCoreOption {
  const { axis, legend } = styled(fs);
  const top = s.findingsByTrade.slice(0, 10);
  const labelWidth = fs * TRADE_LABEL_CHARS + 2;
  return {
    tooltip: { trigger: 'axis' },
    legend,
    // Room for the names set by the font size, not measured (containLabel): the bundled font may load after the
    // first draw, and a wrapped name measured in the fallback face was pushed out of the box, its first characters cut.
    grid: { left: labelWidth + 16, right: fs * 2, top: 36, bottom: fs * 2 + 8, containLabel: false },
    xAxis: { type: 'value', ...axis },
    yAxis: {
      type: 'category',
      inverse: true,
      data: top.map((t) => t.label),
      // A width in characters that fits beside the bars at 1440 and 1920, wrapped by ECharts at that width.
      axisLabel: { fontSize: fs, width: labelWidth, overflow: 'break', lineHeight: fs * 1.3 },
    },
    series: [
      { name: '期内已检查', type: 'bar', data: top.map((t) => t.inspected) },
      { name: '发现问题', type: 'bar', data: top.map((t) => t.findings) },
    ],
  };
}

const percent = (r: number | null) => Math.round((r ?? 0) * 1000) / 10;

/** 覆盖率与完成率（按地区）: one pair of bars per subordinate unit (完成率 to the end of `untilMonth`); a click drills into it. */
export function coverageOption(units: UnitRow[], untilMonth: number, fs: number): EChartsCoreOption {
  const { legend, grid } = styled(fs);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend,
    grid,
    xAxis: {
      type: 'category',
      data: units.map((r) => r.unit.name),
      axisLabel: { interval: 0, rotate: units.length > 6 ? 30 : 0, fontSize: fs },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', fontSize: fs } },
    series: [
      { name: '覆盖率', type: 'bar', data: units.map((r) => percent(r.figures.coverageRate)) },
      {
        name: `完成率（截至 ${untilMonth} 月底）`,
        type: 'bar',
        data: units.map((r) => percent(r.figures.completionRate)),
      },
    ],
  };
}

export interface RankedScore {
  bureauName: string;
  finalScore?: number | null;
  rank?: number | null;
}

/** 考核排名: the final scores, the first place on top (bars read from the top on a projector). */
export function rankingOption(scores: readonly RankedScore[], fs: number): EChartsCoreOption {
  const { axis } = styled(fs);
  const ranked = scores
    .filter((r) => r.finalScore !== null && r.finalScore !== undefined)
    .sort((a, b) => (b.rank ?? Infinity) - (a.rank ?? Infinity)); // the last is drawn on top
  return {
    tooltip: { trigger: 'axis' },
    // Room for the names set by the font size, not measured: the bundled font may load after the first draw.
    grid: { left: fs * 12, right: fs * 4, top: 8, bottom: 8, containLabel: false },
    xAxis: { type: 'value', min: 0, ...axis },
    yAxis: {
      type: 'category',
      data: ranked.map((r) => `${r.rank ?? '—'}. ${r.bureauName}`),
      axisLabel: { fontSize: fs, width: fs * 11, overflow: 'truncate' },
    },
    series: [
      {
        name: '考核得分',
        type: 'bar',
        barMaxWidth: fs * 2,
        data: ranked.map((r) => r.finalScore),
        label: { show: true, position: 'right', fontSize: fs },
      },
    ],
  };
}
