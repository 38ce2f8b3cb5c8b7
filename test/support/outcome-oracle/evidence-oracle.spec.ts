import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adjustedDifference } from './adjusted-difference';
import type { PairedArm } from './arm-statistics';
import { compareOutcome } from './compare-outcome';
import type { Direction } from './outcome-types';
import { detectableEffect, normalCdf } from './power';
import { computeHolm, computeSynthesis } from './synthesis';

// Read as data, not imported: the oracle and its tests take nothing from libs/.
const EVIDENCE_CASES = join(__dirname, '../../../libs/statistics/src/reference-cases/evidence-cases.json');

interface Scores {
  baseline: number[];
  followUp: number[];
}
interface EvidenceCases {
  adjusted: { intervention: Scores; comparison: Scores; expected: unknown }[];
  synthesis: {
    effects: number[];
    variances: number[];
    direction: Direction;
    expected: Record<string, unknown> & { shrunken: number[]; rank: number[] };
  }[];
  holm: { p: (number | null)[]; expected: (number | null)[] }[];
  mde: { design: string; paired: number; comparisonPaired: number | null; expected: number | null }[];
}

const cases = JSON.parse(readFileSync(EVIDENCE_CASES, 'utf8')) as EvidenceCases;

function armOf({ baseline, followUp }: Scores): PairedArm {
  const pairs = baseline.map((score, i) => ({ baseline: score, followUp: followUp[i]!, change: followUp[i]! - score }));
  return { enrolled: pairs.length, withBaseline: pairs.length, pairs };
}

describe('the oracle beyond one project', () => {
  it.each(cases.adjusted.map((c, i) => [i + 1, c] as const))(
    'reproduces the numpy baseline-adjusted difference of case %i by the normal equations',
    (_i, { intervention, comparison, expected }) => {
      expect(compareOutcome(adjustedDifference(armOf(intervention), armOf(comparison)), expected)).toEqual([]);
    },
  );

  it.each(cases.synthesis.map((c, i) => [i + 1, c] as const))(
    'reproduces the scipy synthesis of case %i',
    (_i, { effects, variances, direction, expected }) => {
      const { shrunken, rank, ...pooled } = expected;
      const sut = computeSynthesis(
        effects.map((effect, i) => ({ effect, variance: variances[i]! })),
        direction,
      )!;
      expect(compareOutcome(sut, pooled)).toEqual([]);
      expect(
        compareOutcome(
          sut.rows.map((row) => row.shrunken),
          shrunken,
        ),
      ).toEqual([]);
      expect(sut.rows.map((row) => row.rank)).toEqual(rank);
    },
  );

  it.each(cases.holm.map((c, i) => [i + 1, c] as const))('reproduces Holm case %i', (_i, { p, expected }) => {
    expect(compareOutcome(computeHolm(p), expected)).toEqual([]);
  });

  it('finds no adjusted difference when the baselines vary only between the arms', () => {
    const flat = (baseline: number, changes: number[]) =>
      armOf({ baseline: changes.map(() => baseline), followUp: changes });
    expect(adjustedDifference(flat(1, [1, 2]), flat(4, [3, 5]))).toBeNull();
  });

  it.each(cases.mde.map((c) => [c.design, c.paired, c.comparisonPaired, c] as const))(
    'reproduces the scipy minimum detectable effect (%s, %p and %p paired) by integrating over the t’s denominator',
    (design, paired, comparisonPaired, { expected }) => {
      const sut =
        design === 'before-after'
          ? detectableEffect(paired - 1, Math.sqrt(paired))
          : detectableEffect(
              paired + comparisonPaired! - 2,
              Math.sqrt((paired * comparisonPaired!) / (paired + comparisonPaired!)),
            );
      expect(compareOutcome(sut, expected)).toEqual([]);
    },
  );

  it('computes Φ to the last digits that matter', () => {
    expect(Math.abs(normalCdf(-1.959963984540054) - 0.025)).toBeLessThan(1e-15);
    expect(Math.abs(normalCdf(3) - 0.9986501019683699)).toBeLessThan(1e-15);
    expect(Math.abs(normalCdf(-8) / 6.22096057427178e-16 - 1)).toBeLessThan(1e-12);
  });
});
