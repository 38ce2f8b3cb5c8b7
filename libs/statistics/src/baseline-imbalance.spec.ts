import { measureBaselineImbalance } from './baseline-imbalance';
import type { ScorePair } from './pairs';

function baselinesOf(...baselines: number[]): ScorePair[] {
  return baselines.map((baseline) => [baseline, 0]);
}

describe(measureBaselineImbalance.name, () => {
  it('divides the difference of baseline means by the pooled SD of Hedges’ g', () => {
    // Means 2 and 4; s₁² = 2, s₂² = 4; s_p = √((1·2 + 2·4) / 3).
    const sut = measureBaselineImbalance(baselinesOf(1, 3), baselinesOf(2, 4, 6));

    expect(sut).toBeCloseTo(2 / Math.sqrt(10 / 3), 12);
  });

  it('is null when an arm has fewer than two paired participants', () => {
    expect(measureBaselineImbalance(baselinesOf(1), baselinesOf(2, 4, 6))).toBeNull();
    expect(measureBaselineImbalance(baselinesOf(1, 3), [])).toBeNull();
  });

  it('is unbounded when the arms differ but nobody within an arm does', () => {
    expect(measureBaselineImbalance(baselinesOf(3, 3), baselinesOf(4, 4))).toBe(Number.POSITIVE_INFINITY);
    expect(measureBaselineImbalance(baselinesOf(3, 3), baselinesOf(3, 3))).toBe(0);
  });
});
