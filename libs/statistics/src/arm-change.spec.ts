import fc from 'fast-check';
import { analyseArmChange, type ArmInput } from './arm-change';
import { InconsistentArmCountsError } from './errors';
import type { ScorePair } from './pairs';
import type { ScaleProperties } from './scale';

const SCALE: ScaleProperties = { direction: 'lower-is-better', reliability: { kind: 'reliability', r: 0.7 } };

function armOf(pairs: readonly ScorePair[], extra: Partial<ArmInput> = {}): ArmInput {
  return { enrolled: pairs.length, withBaseline: pairs.length, pairs, ...extra };
}

describe(analyseArmChange.name, () => {
  it('follows the definitions on a sample small enough to work out by hand', () => {
    // d = 1, 2, 0: m = 1, s = 1, t = √3 with df 2; t₀.₉₇₅,₂ = 0.95 / √(2 · 0.975 · 0.025); p = 1 − t / √(2 + t²).
    const sut = analyseArmChange(
      armOf([
        [1, 2],
        [2, 4],
        [3, 3],
      ]),
      SCALE,
    );

    const margin = 0.95 / Math.sqrt(2 * 0.975 * 0.025) / Math.sqrt(3);
    expect(sut).toMatchObject({ paired: 3, baselineMean: 2, followUpMean: 3, meanChange: 1, sdChange: 1, df: 2 });
    expect(sut.t).toBeCloseTo(Math.sqrt(3), 12);
    expect(sut.p).toBeCloseTo(1 - Math.sqrt(3 / 5), 12);
    expect(sut.ci95?.[0]).toBeCloseTo(1 - margin, 12);
    expect(sut.ci95?.[1]).toBeCloseTo(1 + margin, 12);
    expect(sut.cohensDz).toBe(1);
    expect(sut.hedgesGz).toBeCloseTo(4 / 7, 12);
  });

  it('gives attrition as the share of participants with a baseline who are not paired', () => {
    const sut = analyseArmChange(
      armOf(
        [
          [1, 2],
          [2, 4],
          [3, 3],
        ],
        { enrolled: 6, withBaseline: 4 },
      ),
      SCALE,
    );

    expect(sut).toMatchObject({ enrolled: 6, withBaseline: 4, paired: 3, attrition: 0.25 });
  });

  it('gives only counts and means when fewer than two participants are paired (n < 2)', () => {
    const sut = analyseArmChange(armOf([[5, 3]], { enrolled: 4, withBaseline: 2 }), SCALE);

    expect(sut).toEqual({
      enrolled: 4,
      withBaseline: 2,
      paired: 1,
      attrition: 0.5,
      baselineMean: 5,
      followUpMean: 3,
      meanChange: -2,
      sdChange: null,
      ci95: null,
      t: null,
      df: null,
      p: null,
      cohensDz: null,
      hedgesGz: null,
      reliableChange: null,
    });
  });

  it('gives null means and attrition when nobody has a baseline', () => {
    const sut = analyseArmChange({ enrolled: 3, withBaseline: 0, pairs: [] }, SCALE);

    expect(sut).toMatchObject({ paired: 0, attrition: null, baselineMean: null, followUpMean: null, meanChange: null });
  });

  it('gives full attrition and no reliable change when nobody with a baseline is paired', () => {
    const sut = analyseArmChange({ enrolled: 3, withBaseline: 2, pairs: [] }, SCALE);

    expect(sut).toMatchObject({ paired: 0, attrition: 1, meanChange: null, reliableChange: null });
  });

  it('gives a point interval and no t, p or effect size when every change is the same (s = 0)', () => {
    // 0.1 three times sums to 0.30000000000000004: s must still come out as exactly 0.
    const sut = analyseArmChange(
      armOf([
        [1, 1.1],
        [2, 2.1],
        [3, 3.1],
      ]),
      SCALE,
    );

    expect(sut).toMatchObject({ sdChange: 0, df: 2, t: null, p: null, cohensDz: null, hedgesGz: null });
    expect(sut.ci95).toEqual([sut.meanChange, sut.meanChange]);
  });

  it('sees equal SWEMWBS metric changes as equal, whatever float subtraction makes of them (s = 0)', () => {
    // Raw 10 → 14 and 27 → 30 both gain 2.92 metric points, yet 27.03 − 24.11 = 2.9200000000000017.
    const sut = analyseArmChange(
      armOf([
        [12.4, 15.32],
        [24.11, 27.03],
      ]),
      { direction: 'higher-is-better', reliability: { kind: 'sem', sem: 1.03 } },
    );

    expect(sut).toMatchObject({ meanChange: 2.92, sdChange: 0, t: null, p: null, cohensDz: null, hedgesGz: null });
    expect(sut.ci95).toEqual([2.92, 2.92]);
  });

  it('reports exactly 30 % attrition as 0.3', () => {
    const pairs: ScorePair[] = Array.from({ length: 7 }, (_, i) => [i % 4, (i + 1) % 4]);

    expect(analyseArmChange(armOf(pairs, { withBaseline: 10, enrolled: 10 }), SCALE).attrition).toBe(0.3);
  });

  it('rejects counts that do not nest', () => {
    expect(() =>
      analyseArmChange(
        armOf(
          [
            [1, 2],
            [2, 3],
          ],
          { withBaseline: 1 },
        ),
        SCALE,
      ),
    ).toThrow(InconsistentArmCountsError);
    expect(() => analyseArmChange({ enrolled: 1, withBaseline: 2, pairs: [] }, SCALE)).toThrow(
      InconsistentArmCountsError,
    );
  });

  it('always puts the mean change inside its 95 % interval', () => {
    const score = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score), { minLength: 2, maxLength: 60 }), (pairs) => {
        const { meanChange, ci95 } = analyseArmChange(armOf(pairs), SCALE);

        expect(ci95).not.toBeNull();
        expect(ci95?.[0]).toBeLessThanOrEqual(meanChange ?? Number.NaN);
        expect(ci95?.[1]).toBeGreaterThanOrEqual(meanChange ?? Number.NaN);
      }),
    );
  });
});
