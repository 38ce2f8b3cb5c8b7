import { adjustForBaseline } from './baseline-adjusted-difference';
import type { ScorePair } from './pairs';
import { evidenceCases } from './reference-cases/evidence-cases';
import { differencesFrom } from './reference-cases/reference-differences';

function pairsOf({ baseline, followUp }: { baseline: readonly number[]; followUp: readonly number[] }): ScorePair[] {
  return baseline.map((score, i) => [score, followUp[i]!] as const);
}

describe(adjustForBaseline.name, () => {
  it.each(evidenceCases.adjusted.map((c, i) => [i + 1, c] as const))(
    'reproduces reference case %i (numpy least squares)',
    (_i, { intervention, comparison, expected }) => {
      const sut = adjustForBaseline(pairsOf(intervention), pairsOf(comparison));
      expect(differencesFrom(sut, expected)).toEqual([]);
    },
  );

  it('equals the plain difference in follow-up means when the arms start level and the baselines do not predict', () => {
    const intervention: ScorePair[] = [
      [1, 2],
      [3, 2],
      [1, 4],
      [3, 4],
    ];
    const comparison: ScorePair[] = [
      [1, 5],
      [3, 5],
      [1, 7],
      [3, 7],
    ];
    expect(adjustForBaseline(intervention, comparison)!.meanDifference).toBeCloseTo(-3, 12);
  });

  it('is null when the baselines do not vary, or vary only between the arms', () => {
    expect(
      adjustForBaseline(
        [
          [2, 1],
          [2, 3],
        ],
        [
          [2, 2],
          [2, 4],
        ],
      ),
    ).toBeNull();
    expect(
      adjustForBaseline(
        [
          [1, 1],
          [1, 3],
        ],
        [
          [4, 2],
          [4, 4],
        ],
      ),
    ).toBeNull();
  });

  it('is null below 2 paired in an arm', () => {
    expect(
      adjustForBaseline(
        [[1, 1]],
        [
          [4, 2],
          [3, 4],
          [2, 2],
        ],
      ),
    ).toBeNull();
  });

  it('gives [β₁, β₁] and no t or p when the model fits exactly', () => {
    const sut = adjustForBaseline(
      [
        [1, 0],
        [2, 1],
        [3, 2],
      ],
      [
        [1, 1],
        [2, 2],
        [4, 4],
      ],
    )!;
    expect(sut.meanDifference).toBeCloseTo(-1, 12);
    expect(sut).toMatchObject({ se: 0, t: null, p: null, df: 3 });
    expect(sut.ci95).toEqual([sut.meanDifference, sut.meanDifference]);
  });
});
