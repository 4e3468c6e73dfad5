import { useMemo } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { Chart } from './chart';
import { coverageOption, kindsOption, tradesOption, trendOption } from './chart-options';
import type { Stats } from './params';

/** The four charts: trends by month, coverage by region (drills down), findings by kind and by trade. */
export function Charts({ s, drill, large }: { s: Stats; drill: (id: string) => void; large: boolean }) {
  const h = large ? 380 : 280;
  const fs = large ? 16 : 12;
  const units = useMemo(() => s.rows.filter((r) => r.unit.drillable), [s]);
  const options = useMemo(
    () => ({
      trend: trendOption(s, fs),
      kinds: kindsOption(s, fs),
      trades: tradesOption(s, fs),
      coverage: coverageOption(units, fs),
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
