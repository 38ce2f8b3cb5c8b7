import fc from 'fast-check';
import { compareArms } from './arm-difference';
import type { ScorePair } from './pairs';

/** Pairs with baseline 0, so that each change is the follow-up score itself. */
function changesOf(...changes: number[]): ScorePair[] {
  return changes.map((change) => [0, change]);
}

function expectCloseOrBothNull(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 10);
}

describe(compareArms.name, () => {
  it('gives Welch df 2(n − 1) for two arms of equal size and equal variance', () => {
    // Changes 1, 2, 3 and 4, 5, 6: m₁ − m₂ = −3, s₁ = s₂ = 1, SE = √(2/3), s_p = 1, J = 1 − 3/15.
    const sut = compareArms(changesOf(1, 2, 3), changesOf(4, 5, 6));

    expect(sut?.meanDifference).toBe(-3);
    expect(sut?.df).toBeCloseTo(4, 12);
    expect(sut?.t).toBeCloseTo(-3 / Math.sqrt(2 / 3), 12);
    expect(sut?.hedgesG).toBeCloseTo(-3 * 0.8, 12);
  });

  it('reduces to the other arm’s df when one arm changes by a constant', () => {
    const sut = compareArms(changesOf(1, 2, 3, 6), changesOf(2, 2, 2));

    expect(sut?.df).toBeCloseTo(3, 12);
  });

  it('is null when the comparison arm has one paired participant', () => {
    expect(compareArms(changesOf(1, 2, 3), changesOf(4))).toBeNull();
  });

  it('is null when the intervention arm has fewer than two paired participants', () => {
    expect(compareArms(changesOf(1), changesOf(4, 5, 6))).toBeNull();
    expect(compareArms([], changesOf(4, 5, 6))).toBeNull();
  });

  it('gives a point interval and no t, df, p or g when both arms change by constants', () => {
    const sut = compareArms(changesOf(-1, -1), changesOf(2, 2, 2));

    expect(sut).toEqual({ meanDifference: -3, ci95: [-3, -3], t: null, df: null, p: null, hedgesG: null });
  });

  it('negates the difference and keeps |g| when the arms are swapped', () => {
    const score = fc.integer({ min: 0, max: 70 });
    const arm = fc.array(fc.tuple(score, score), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(arm, arm, (first, second) => {
        const forward = compareArms(first, second);
        const backward = compareArms(second, first);
        if (forward === null || backward === null) throw new Error('two paired participants per arm give a difference');

        expect(backward.meanDifference).toBeCloseTo(-forward.meanDifference, 12);
        expect(backward.ci95[0]).toBeCloseTo(-forward.ci95[1], 10);
        expect(backward.ci95[1]).toBeCloseTo(-forward.ci95[0], 10);
        expectCloseOrBothNull(backward.t === null ? null : -backward.t, forward.t);
        expectCloseOrBothNull(backward.df, forward.df);
        expectCloseOrBothNull(backward.p, forward.p);
        expectCloseOrBothNull(
          backward.hedgesG === null ? null : Math.abs(backward.hedgesG),
          forward.hedgesG === null ? null : Math.abs(forward.hedgesG),
        );
      }),
    );
  });
});
