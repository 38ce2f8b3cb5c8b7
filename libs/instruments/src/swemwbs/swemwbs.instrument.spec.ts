import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { swemwbs } from './swemwbs.instrument';

function responsesSummingTo(raw: number): number[] {
  const extra = raw - 7;
  return Array.from({ length: 7 }, (_, index) => 1 + Math.max(0, Math.min(4, extra - 4 * index)));
}

describe(swemwbs.name, () => {
  const sut = swemwbs;

  it.each([
    [7, 7.0],
    [8, 9.51],
    [17, 16.88],
    [26, 23.21],
    [34, 32.55],
    [35, 35.0],
  ])('converts a raw score of %i to the metric score %p', (raw, metric) => {
    expect(scoreResponses(sut, responsesSummingTo(raw))).toStrictEqual({ metric, raw });
  });

  it('gives a higher metric score for every higher raw score', () => {
    const metrics = Array.from({ length: 29 }, (_, index) => scoreResponses(sut, responsesSummingTo(7 + index)).metric);

    expect(metrics).toStrictEqual([...metrics].sort((a, b) => (a ?? NaN) - (b ?? NaN)));
    expect(new Set(metrics).size).toBe(29);
  });

  it('uses the fixed SEM of 1.03 for the metric score', () => {
    expect(resolveReliability(sut, 'metric')).toStrictEqual({ kind: 'sem', sem: 1.03, source: 'published' });
  });

  it('uses a default reliability of 0.84 for the raw score', () => {
    expect(resolveReliability(sut, 'raw')).toStrictEqual({ kind: 'reliability', r: 0.84, source: 'default' });
  });

  it('says it is free for non-commercial use only after registration', () => {
    expect(sut.licence).toMatch(/non-commercial use after registration/);
  });
});
