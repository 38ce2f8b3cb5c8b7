import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from './echarts-setup';

export interface ChartProps {
  /** What the chart shows, in words: its accessible name. */
  readonly label: string;
  readonly option: EChartsCoreOption;
  readonly height: number;
}

// ECharts is most of the bundle: loaded once, on the first chart, so that signing in does not wait for it.
const loadEcharts = () => import('./echarts-setup').then((module) => module.echarts);

/**
 * One ECharts chart, drawn as SVG, named for assistive technology (`role="img"` and its label);
 * the numbers behind it are always in a table beside it.
 */
export function Chart({ label, option, height }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadEcharts().then((echarts) => {
      const element = container.current;
      if (disposed || !element) return;
      const chart = echarts.init(element, undefined, { renderer: 'svg' });
      chart.setOption({ aria: { enabled: false }, animation: false, ...option });
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(element);
      dispose = () => {
        resize.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return <div className="chart" role="img" aria-label={label} ref={container} style={{ height }} />;
}
