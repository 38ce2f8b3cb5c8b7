import { forestPlotOption, toneOf } from './forest-plot';

describe('the forest plot', () => {
  it('colours an interval by the side of zero it lies on, and which side is better', () => {
    expect(toneOf([-1.2, -0.3], 'lower-is-better')).toBe('better');
    expect(toneOf([-1.2, -0.3], 'higher-is-better')).toBe('worse');
    expect(toneOf([0.2, 1.1], 'higher-is-better')).toBe('better');
    expect(toneOf([-0.2, 0.4], 'lower-is-better')).toBe('unclear');
    expect(toneOf(null, 'lower-is-better')).toBe('unclear');
  });

  it('draws an interval for every row that has one, a lone point for an estimate without, and nothing for the rest', () => {
    const option = forestPlotOption(
      [
        { label: 'A', estimate: -0.5, ci95: [-0.9, -0.1], tone: 'better' },
        { label: 'B (suppressed)', estimate: null, ci95: null, tone: 'unclear' },
        { label: 'C shrunken', estimate: -0.4, ci95: null, tone: 'unclear' },
        { label: 'Pooled', estimate: -0.45, ci95: [-0.7, -0.2], tone: 'better', shape: 'pooled' },
      ],
      String,
    ) as { yAxis: { data: string[] }; series: { data: unknown[] }[] };
    expect(option.yAxis.data).toEqual(['A', 'B (suppressed)', 'C shrunken', 'Pooled']);
    expect(option.series[0]!.data).toEqual([
      [-0.9, -0.1, 0],
      [-0.7, -0.2, 3],
    ]);
    expect(option.series[1]!.data).toEqual([expect.objectContaining({ value: [-0.4, 2] })]);
  });
});
