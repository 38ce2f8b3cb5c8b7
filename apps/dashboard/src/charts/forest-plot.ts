import type { EChartsCoreOption } from './echarts-setup';

export interface ForestRow {
  readonly label: string;
  /** Null for a row with nothing to draw (suppressed, or too few pairs). */
  readonly estimate: number | null;
  readonly ci95: readonly [number, number] | null;
  /** Which way is better decides the colour: green for a better interval, red for a worse one. */
  readonly tone: 'better' | 'worse' | 'unclear';
  /**
   * `estimate`: a square and its interval; `pooled`: a diamond spanning the pooled interval;
   * `prediction`: a dashed line over the interval where a new project's effect is expected.
   */
  readonly shape?: 'estimate' | 'pooled' | 'prediction';
}

const TONES = { better: '#1b6e3a', worse: '#a3231b', unclear: '#3d4a5c' } as const;

interface ForestApi {
  coord(value: [number, number]): [number, number];
}

type Drawn = { readonly row: ForestRow; readonly index: number };

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, dashed = false) {
  return { type: 'line', shape: { x1, y1, x2, y2 }, style: { stroke, lineWidth: 2, lineDash: dashed ? [6, 4] : null } };
}

function shapeOf({ row, index }: Drawn, api: ForestApi) {
  const [low, high] = row.ci95!;
  const [startX, y] = api.coord([low, index]);
  const [endX] = api.coord([high, index]);
  const [pointX] = api.coord([row.estimate ?? (low + high) / 2, index]);
  const colour = TONES[row.tone];
  switch (row.shape ?? 'estimate') {
    case 'pooled':
      return {
        type: 'polygon',
        shape: {
          points: [
            [startX, y],
            [pointX, y - 8],
            [endX, y],
            [pointX, y + 8],
          ],
        },
        style: { fill: colour },
      };
    case 'prediction':
      return line(startX, y, endX, y, colour, true);
    case 'estimate':
      return {
        type: 'group',
        children: [
          line(startX, y, endX, y, colour),
          line(startX, y - 5, startX, y + 5, colour),
          line(endX, y - 5, endX, y + 5, colour),
          { type: 'rect', shape: { x: pointX - 5, y: y - 5, width: 10, height: 10 }, style: { fill: colour } },
        ],
      };
  }
}

/** A forest plot: one row per project or group, its estimate as a square and its 95 % interval as a line. */
export function forestPlotOption(
  rows: readonly ForestRow[],
  formatNumber: (value: number) => string,
): EChartsCoreOption {
  const drawn: Drawn[] = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.ci95 !== null);
  const points = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.estimate !== null && row.ci95 === null);
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', axisLabel: { formatter: formatNumber }, splitLine: { lineStyle: { color: '#e3e6ea' } } },
    yAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        renderItem: (params: { dataIndex: number }, api: ForestApi) => shapeOf(drawn[params.dataIndex]!, api),
        encode: { x: [0, 1], y: 2 },
        data: drawn.map(({ row, index }) => [row.ci95![0], row.ci95![1], index]),
        tooltip: {
          formatter: (item: { dataIndex: number }) => {
            const { row } = drawn[item.dataIndex]!;
            const estimate = row.estimate === null ? '' : `${formatNumber(row.estimate)} `;
            return `${row.label}: ${estimate}[${formatNumber(row.ci95![0])}, ${formatNumber(row.ci95![1])}]`;
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#5b6470', type: 'dashed' },
          data: [{ xAxis: 0 }],
        },
      },
      {
        // Estimates without an interval (shrunken estimates): a square alone.
        type: 'scatter',
        symbol: 'rect',
        symbolSize: 10,
        data: points.map(({ row, index }) => ({
          value: [row.estimate, index],
          name: row.label,
          itemStyle: { color: TONES[row.tone] },
        })),
        tooltip: {
          formatter: (item: { name: string; value: [number, number] }) =>
            `${item.name}: ${formatNumber(item.value[0])}`,
        },
      },
    ],
  };
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
