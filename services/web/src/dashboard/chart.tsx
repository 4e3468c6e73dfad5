import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only the charts and components the dashboard draws (WEB.md "Shape": the bundle stays small). Drawn as SVG: a few
// hundred shapes at most, sharp on a projector, and its labels are text a test (and a page search) can read.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The font of the workbench (shipped in the build; nothing is fetched from outside). */
const FONT = '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * One ECharts chart: drawn on mount, updated with its option, resized with its box; `onPick` gets
 * the name of a clicked bar or slice (the drill-down). `large` enlarges text for the projector.
 */
export function Chart(props: {
  option: EChartsCoreOption;
  height: number;
  label: string;
  large?: boolean;
  onPick?: (name: string, dataIndex: number) => void;
}) {
  const { option, height, label, large, onPick } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => pick.current?.(e.name, e.dataIndex));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { textStyle: { fontFamily: FONT, fontSize: large ? 18 : 12 }, animation: false, ...option },
      { notMerge: true },
    );
  }, [option, large]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      style={{ height, width: '100%', cursor: onPick ? 'pointer' : undefined }}
    />
  );
}
