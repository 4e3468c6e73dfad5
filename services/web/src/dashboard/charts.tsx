import { useMemo, type ReactNode } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useQuery } from 'urql';
import type { DashboardRankingQuery } from '../gql/graphql';
import { Chart } from './chart';
import { coverageOption, kindsOption, rankingOption, tradesHeight, tradesOption, trendOption } from './chart-options';
import { DashboardRankingDocument } from './documents';
import type { Stats } from './params';

type Assessment = DashboardRankingQuery['assessments'][number];
const PERIOD = { H1: '上半年', H2: '下半年', YEAR: '全年' } as const;

/** The assessment to chart: the latest issued one of the year, else the latest computed draft. */
function latestOf(list: readonly Assessment[]): Assessment | undefined {
  const newest = (a: Assessment, b: Assessment) =>
    (a.issuedAt ?? a.computedAt) < (b.issuedAt ?? b.computedAt) ? 1 : -1;
  return [...list.filter((a) => a.issuedAt)].sort(newest)[0] ?? [...list].sort(newest)[0];
}

/** 考核排名 (R55): the caller's own ranking of its subordinates, shown only at the caller's own level. */
function RankingCard({ year, h, fs, large }: { year: number; h: number; fs: number; large: boolean }) {
  const [{ data }] = useQuery({ query: DashboardRankingDocument, variables: { year } });
  const shown = data ? latestOf(data.assessments) : undefined;
  const option = useMemo(() => (shown ? rankingOption(shown.scores, fs) : null), [shown, fs]);
  if (!shown || !option) return null;
  const state = shown.issuedAt ? '已发布' : '草稿';
  return (
    <Col xs={24} xl={12}>
      <Card size="small" title={`考核排名（${year} 年${PERIOD[shown.period]} · ${shown.standard.name} · ${state}）`}>
        <Chart label="考核排名" option={option} height={h} large={large} />
      </Card>
    </Col>
  );
}

/** In place of a chart with nothing to draw (empty axes tell nothing): why it is empty. */
function NoData({ why, h }: { why: string; h: number }) {
  return (
    <div style={{ height: h, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={why} />
    </div>
  );
}

/** A chart in its card, or (`empty`: the reason) the reason in its place. */
function ChartCard(props: { title: string; h: number; empty: string | null; children: ReactNode }) {
  return (
    <Col xs={24} xl={12}>
      <Card size="small" title={props.title}>
        {props.empty ? <NoData h={props.h} why={props.empty} /> : props.children}
      </Card>
    </Col>
  );
}

/** Whether the months have any figure to draw. */
const anyMonth = (s: Stats) =>
  s.trend.some((m) => m.due > 0 || m.dueInspected > 0 || m.inspected > 0 || m.findings > 0 || m.published > 0);

/** The charts: trends by month, coverage by region (drills down), findings by kind and by trade, the ranking. */
export function Charts({ s, drill, large }: { s: Stats; drill: (id: string) => void; large: boolean }) {
  const h = large ? 380 : 280;
  const fs = large ? 16 : 12;
  const units = useMemo(() => s.rows.filter((r) => r.unit.drillable), [s]);
  const options = useMemo(
    () => ({
      trend: trendOption(s, fs),
      kinds: kindsOption(s, fs),
      trades: tradesOption(s, fs),
      coverage: coverageOption(units, s.untilMonth, fs),
    }),
    [s, units, fs],
  );
  const [drawn, trades] = [anyMonth(s), s.findingsByTrade.some((t) => t.inspected > 0 || t.findings > 0)];
  return (
    <Row gutter={[12, 12]}>
      <ChartCard title="按月趋势" h={h} empty={drawn ? null : '所选期间没有应检查或已检查的对象'}>
        <Chart label="按月趋势图" option={options.trend} height={h} large={large} />
      </ChartCard>
      <ChartCard
        title="覆盖率与完成率（按地区，点击下钻）"
        h={h}
        empty={units.length ? null : '本单位没有下级单位；按部门的数字见上表'}
      >
        <Chart
          label="按地区的覆盖率与完成率"
          option={options.coverage}
          height={h}
          large={large}
          onPick={(_, i) => {
            const u = units.at(i);
            if (u) drill(u.unit.id);
          }}
        />
      </ChartCard>
      <ChartCard
        title="发现问题（按处理意见）"
        h={h}
        empty={s.findingsByKind.some((k) => k.count > 0) ? null : '所选期间没有定稿的检查报告'}
      >
        <Chart label="按处理意见的定稿报告" option={options.kinds} height={h} large={large} />
      </ChartCard>
      <ChartCard title="检查与发现问题（按行业）" h={h} empty={trades ? null : '所选期间没有检查记录'}>
        <Chart
          label="按行业的检查与发现问题"
          option={options.trades}
          height={tradesHeight(Math.min(s.findingsByTrade.length, 10), fs, h)}
          large={large}
        />
      </ChartCard>
      {s.trail.length === 1 && <RankingCard year={s.year} h={h} fs={fs} large={large} />}
    </Row>
  );
}
