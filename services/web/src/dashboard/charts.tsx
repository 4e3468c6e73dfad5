import { useMemo } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { useQuery } from 'urql';
import type { DashboardRankingQuery } from '../gql/graphql';
import { Chart } from './chart';
import { coverageOption, kindsOption, rankingOption, tradesOption, trendOption } from './chart-options';
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
              onPick={(_, i) => {
                const u = units.at(i);
                if (u) drill(u.unit.id);
              }}
            />
          ) : (
            <Typography.Text type="secondary">本单位没有下级单位；按部门的数字见上表。</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="发现问题（按处理意见）">
          {s.findingsByKind.some((k) => k.count > 0) ? (
            <Chart label="按处理意见的定稿报告" option={options.kinds} height={h} large={large} />
          ) : (
            <Typography.Text type="secondary">所选期间没有定稿的检查报告。</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="检查与发现问题（按行业）">
          <Chart label="按行业的检查与发现问题" option={options.trades} height={h} large={large} />
        </Card>
      </Col>
      {s.trail.length === 1 && <RankingCard year={s.year} h={h} fs={fs} large={large} />}
    </Row>
  );
}
