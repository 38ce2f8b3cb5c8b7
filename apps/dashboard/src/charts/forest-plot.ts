import type { EChartsCoreOption } from './echarts-setup';

export interface ForestRow {
  readonly label: string;
  /** Null for a row with nothing to draw (suppressed, or too few pairs). */
  readonly estimate: number | null;
  readonly ci95: readonly [number, number] | null;
  /** Which way is better decides the colour: green for a better interval, red for a worse one. */
  readonly tone: 'better' | 'worse' | 'unclear';
}

const TONES = { better: '#1b6e3a', worse: '#a3231b', unclear: '#3d4a5c' } as const;

/** A forest plot: one row per project or group, its estimate as a square and its 95 % interval as a line. */
export function forestPlotOption(
  rows: readonly ForestRow[],
  formatNumber: (value: number) => string,
): EChartsCoreOption {
  const labels = rows.map((row) => row.label);
  const drawn = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.estimate !== null && row.ci95);
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', axisLabel: { formatter: formatNumber }, splitLine: { lineStyle: { color: '#e3e6ea' } } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'custom',
        name: 'interval',
        renderItem: (params: { dataIndex: number }, api: ForestApi) => {
          const { row, index } = drawn[params.dataIndex]!;
          const [low, high] = row.ci95!;
          const start = api.coord([low, index]);
          const end = api.coord([high, index]);
          const colour = TONES[row.tone];
          return {
            type: 'group',
            children: [
              {
                type: 'line',
                shape: { x1: start[0], y1: start[1], x2: end[0], y2: end[1] },
                style: { stroke: colour, lineWidth: 2 },
              },
              {
                type: 'line',
                shape: { x1: start[0], y1: start[1] - 5, x2: start[0], y2: start[1] + 5 },
                style: { stroke: colour, lineWidth: 2 },
              },
              {
                type: 'line',
                shape: { x1: end[0], y1: end[1] - 5, x2: end[0], y2: end[1] + 5 },
                style: { stroke: colour, lineWidth: 2 },
              },
            ],
          };
        },
        encode: { x: [0, 1], y: 2 },
        data: drawn.map(({ row, index }) => [row.ci95![0], row.ci95![1], index]),
        tooltip: { show: false },
      },
      {
        type: 'scatter',
        name: 'estimate',
        symbol: 'rect',
        symbolSize: 11,
        data: drawn.map(({ row, index }) => ({
          value: [row.estimate, index],
          itemStyle: { color: TONES[row.tone] },
          name: row.label,
        })),
        tooltip: {
          formatter: (item: { name: string; value: [number, number] }) =>
            `${item.name}: ${formatNumber(item.value[0])}`,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#5b6470', type: 'dashed' },
          data: [{ xAxis: 0 }],
        },
      },
    ],
  };
}

interface ForestApi {
  coord(value: [number, number]): [number, number];
}

/** The tone of an interval: better or worse when it excludes zero in that direction, unclear otherwise. */
export function toneOf(
  ci95: readonly [number, number] | null,
  direction: 'lower-is-better' | 'higher-is-better' | string,
): ForestRow['tone'] {
  if (!ci95) return 'unclear';
  const [low, high] = ci95;
  const lowerIsBetter = direction === 'lower-is-better';
  if (high < 0) return lowerIsBetter ? 'better' : 'worse';
  if (low > 0) return lowerIsBetter ? 'worse' : 'better';
  return 'unclear';
}
