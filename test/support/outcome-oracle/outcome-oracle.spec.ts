import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareOutcome } from './compare-outcome';
import { computeOutcome } from './outcome-oracle';
import type {
  ArmData,
  ArmOutcome,
  Direction,
  ExpectedOutcome,
  OutcomeInput,
  ParticipantScores,
  Reliability,
} from './outcome-types';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from './student-t';

// Read as data, not imported: the oracle and its tests take nothing from libs/.
const REFERENCE_CASES = join(__dirname, '../../../libs/statistics/src/reference-cases/outcome-cases.json');

interface ReferenceArm {
  pairs: [number, number][];
  withBaseline: number;
  enrolled: number;
}

interface ReferenceCase {
  name: string;
  reliability: number | null;
  sem: number | null;
  direction: Direction;
  input: { intervention: ReferenceArm | null; comparison: ReferenceArm | null };
  expected: unknown;
}

function relativeGap(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * A reference arm as participants: the paired ones, then those with a baseline but no scored
 * follow-up, then those without a baseline, in shapes that each must not count.
 */
function participantsOf(arm: ReferenceArm): ParticipantScores[] {
  const paired = arm.pairs.map(([baseline, followUp]) => ({ waves: { 0: baseline, 1: followUp } }));
  const unpaired = Array.from({ length: arm.withBaseline - arm.pairs.length }, (_, index): ParticipantScores =>
    index % 2 === 0 ? { waves: { 0: 3, 1: null } } : { waves: { 0: 4 } },
  );
  const withoutBaseline = Array.from({ length: arm.enrolled - arm.withBaseline }, (_, index): ParticipantScores =>
    index % 2 === 0 ? { waves: { 0: null, 1: 2 } } : { waves: {} },
  );
  return [...paired, ...unpaired, ...withoutBaseline];
}

function inputOf(referenceCase: ReferenceCase): OutcomeInput {
  const reliability: Reliability =
    referenceCase.sem !== null
      ? { kind: 'sem', sem: referenceCase.sem }
      : referenceCase.reliability !== null
        ? { kind: 'reliability', r: referenceCase.reliability }
        : null;
  const armOf = (arm: ReferenceArm | null): ArmData | null =>
    arm === null ? null : { participants: participantsOf(arm) };
  return {
    direction: referenceCase.direction,
    reliability,
    arms: { intervention: armOf(referenceCase.input.intervention), comparison: armOf(referenceCase.input.comparison) },
  };
}

/** n participants measured at waves 0 and 1. */
function armOfPairs(pairs: [number, number][]): ArmData {
  return { participants: pairs.map(([baseline, followUp]) => ({ waves: { 0: baseline, 1: followUp } })) };
}

function repeat<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

describe('Student t distribution', () => {
  // [df, t, P(|T| ≥ t)] from mpmath's incomplete beta at 40 digits.
  const twoSidedPs: [number, number, number][] = [
    [1, 0.5, 0.7048327646991335],
    [2.5, 1.3, 0.30048678927070827],
    [5, 2, 0.10193947882985836],
    [7.3, 0.01, 0.9922891144682184],
    [10, 3, 0.013343655022569578],
    [29, 2.5, 0.018325344338426076],
    [44.84695658351364, 0.5407039865555848, 0.5913872210862636],
    [100, 6, 3.172491502802857e-8],
    [1000, 1.5, 0.13393003882208618],
    [12345.6, 2.2, 0.02782535572539166],
    [1e5, 3, 0.002700460884064719],
    [1e6, 1.91, 0.056133499087924685],
    [1e6, 4, 6.33470340100481e-5],
  ];
  it.each(twoSidedPs)('gives the two-sided p at df %p, t %p to 1e-10', (df, t, p) => {
    expect(relativeGap(studentTTwoSidedP(t, df), p)).toBeLessThan(1e-10);
    expect(relativeGap(studentTTwoSidedP(-t, df), p)).toBeLessThan(1e-10);
  });

  // [df, probability, quantile], mpmath as above.
  const quantiles: [number, number, number][] = [
    [1, 0.975, 12.706204736174692],
    [2, 0.975, 4.302652729749462],
    [3.5, 0.9, 1.5765766051364054],
    [10, 0.975, 2.2281388519862744],
    [29, 0.975, 2.045229642132704],
    [44.84695658351364, 0.975, 2.014293112659587],
    [250, 0.995, 2.59563763046618],
    [1e4, 0.975, 1.960201239890626],
    [1e6, 0.975, 1.9599663568141068],
    [1e6, 0.6, 0.2533471705378416],
  ];
  it.each(quantiles)('gives the quantile at df %p, probability %p to 1e-10', (df, probability, quantile) => {
    expect(relativeGap(studentTQuantile(probability, df), quantile)).toBeLessThan(1e-10);
    expect(relativeGap(studentTQuantile(1 - probability, df), -quantile)).toBeLessThan(1e-10);
  });

  it('matches the t₀.₉₇₅ values of the brief (scipy) at df 1 and 29 to 1e-14 and at df 10 to 1e-10', () => {
    expect(relativeGap(studentTQuantile(0.975, 1), 12.706204736174698)).toBeLessThan(1e-14);
    expect(relativeGap(studentTQuantile(0.975, 29), 2.045229642132703)).toBeLessThan(1e-14);
    // 2.2281388519649385 is 1e-11 off the 40-digit value 2.2281388519862742 (checked above).
    expect(relativeGap(studentTQuantile(0.975, 10), 2.2281388519649385)).toBeLessThan(1e-10);
  });

  it('follows the closed forms of df 1 (Cauchy) and df 2', () => {
    for (const t of [0.01, 0.3, 1, 2.7, 40]) {
      expect(relativeGap(studentTCdf(-t, 1), 0.5 - Math.atan(t) / Math.PI)).toBeLessThan(1e-13);
    }
    for (const probability of [0.55, 0.8, 0.975, 0.9999]) {
      const quantile = (2 * probability - 1) / Math.sqrt(2 * probability * (1 - probability));
      expect(relativeGap(studentTQuantile(probability, 2), quantile)).toBeLessThan(1e-12);
    }
  });

  it('inverts its own distribution function at fractional degrees of freedom', () => {
    for (const df of [1.5, 6.25, 44.8, 999.9, 123456.7]) {
      for (const probability of [0.51, 0.9, 0.975, 0.999]) {
        expect(relativeGap(studentTCdf(studentTQuantile(probability, df), df), probability)).toBeLessThan(1e-13);
      }
    }
  });
});

describe(computeOutcome.name, () => {
  const referenceCases = (JSON.parse(readFileSync(REFERENCE_CASES, 'utf8')) as { cases: ReferenceCase[] }).cases;

  it.each(referenceCases.map((referenceCase) => [referenceCase.name, referenceCase] as const))(
    'reproduces the scipy reference case %s to 1e-6',
    (_name, referenceCase) => {
      const sut = computeOutcome(inputOf(referenceCase));
      expect(compareOutcome(sut, referenceCase.expected)).toEqual([]);
      // Both ways round: the oracle answers no field the reference lacks, but for the fields of "Beyond
      // one project", which these cases predate (evidence-oracle.spec.ts checks them against their own).
      expect(compareOutcome(referenceCase.expected, withoutLaterFields(sut))).toEqual([]);
    },
  );

  it('gives ci95 [m, m] and no t, p or effect sizes when every change is the same', () => {
    const sut = computeOutcome({
      direction: 'higher-is-better',
      reliability: { kind: 'sem', sem: 1.03 },
      arms: {
        intervention: armOfPairs(repeat(12, (index) => [20 + index * 0.1, 21.5 + index * 0.1])),
        comparison: null,
      },
    });
    expect(sut.arms.intervention).toMatchObject({
      paired: 12,
      meanChange: 1.5,
      sdChange: 0,
      ci95: [1.5, 1.5],
      t: null,
      df: 11,
      p: null,
      cohensDz: null,
      hedgesGz: null,
    });
    expect(sut.arms.intervention?.reliableChange).toEqual({
      threshold: 1.96 * Math.SQRT2 * 1.03,
      improved: 0,
      deteriorated: 0,
    });
    expect(sut.verdict).toBe('scores-improved');
  });

  it('keeps changes on the 1e-9 grid, so decimal scores that change alike have no spread', () => {
    // In binary, 0.3 − 0.1 and 0.9 − 0.7 are not equal; on the grid both are 0.2.
    expect(0.3 - 0.1).not.toBe(0.9 - 0.7);
    const sut = computeOutcome({
      direction: 'higher-is-better',
      reliability: null,
      arms: {
        intervention: armOfPairs(repeat(10, (index) => (index % 2 === 0 ? [0.1, 0.3] : [0.7, 0.9]))),
        comparison: null,
      },
    });
    expect(sut.arms.intervention).toMatchObject({ meanChange: 0.2, sdChange: 0, ci95: [0.2, 0.2], t: null });
  });

  it('calls a zero change whose interval is [0, 0] no detectable change', () => {
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: armOfPairs(repeat(10, (index) => [index, index])), comparison: null },
    });
    expect(sut.arms.intervention?.ci95).toEqual([0, 0]);
    expect(sut.verdict).toBe('no-detectable-change');
  });

  it('gives only counts and means for an arm with one paired participant', () => {
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: { kind: 'reliability', r: 0.7 },
      arms: { intervention: { participants: [{ waves: { 0: 5, 2: 3 } }, { waves: { 0: 4 } }] }, comparison: null },
    });
    expect(sut.arms.intervention).toEqual({
      enrolled: 2,
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
      minimumDetectableEffect: null,
    });
    expect(sut).toMatchObject({
      difference: null,
      evidenceLevel: 'insufficient-data',
      verdict: 'insufficient-data',
      warnings: ['small-sample', 'high-attrition', 'no-comparison-group'],
    });
  });

  it('answers null for an arm without enrolled participants, and counts one with nobody paired', () => {
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: {
        intervention: { participants: [] },
        comparison: { participants: [{ waves: { 0: null } }, { waves: { 0: 3 } }] },
      },
    });
    expect(sut.arms.intervention).toBeNull();
    expect(sut.arms.comparison).toMatchObject({
      enrolled: 2,
      withBaseline: 1,
      paired: 0,
      attrition: 1,
      baselineMean: null,
      followUpMean: null,
      meanChange: null,
      sdChange: null,
      reliableChange: null,
    });
    expect(sut).toMatchObject({ difference: null, evidenceLevel: 'insufficient-data', verdict: 'insufficient-data' });
    expect(sut.warnings).toEqual(['small-sample', 'high-attrition', 'no-comparison-group']);
  });

  it('gives attrition null to an arm where nobody has a baseline', () => {
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: { participants: [{ waves: { 1: 3 } }] }, comparison: null },
    });
    expect(sut.arms.intervention).toMatchObject({ enrolled: 1, withBaseline: 0, paired: 0, attrition: null });
  });

  it('takes 7 paired of 10 with a baseline as exactly 30 % attrition, which is not high', () => {
    const paired = repeat(7, (index): ParticipantScores => ({ waves: { 0: index, 1: index - (index % 3) } }));
    const lost = repeat(3, (): ParticipantScores => ({ waves: { 0: 2 } }));
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: { participants: [...paired, ...lost] }, comparison: null },
    });
    // 1 − paired/withBaseline would give 0.30000000000000004 and fire the warning.
    expect(1 - 7 / 10).toBeGreaterThan(0.3);
    expect(sut.arms.intervention?.attrition).toBe(0.3);
    expect(sut.warnings).not.toContain('high-attrition');
    const oneMoreLost = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: { participants: [...paired.slice(1), ...lost, { waves: { 0: 2 } }] }, comparison: null },
    });
    expect(oneMoreLost.arms.intervention?.attrition).toBe(0.4);
    expect(oneMoreLost.warnings).toContain('high-attrition');
  });

  it('takes the latest scored wave above 0, or the wave asked for', () => {
    const participants: ParticipantScores[] = [
      { waves: { 0: 10, 1: 8, 3: 6 } },
      { waves: { 0: 10, 1: 9, 2: 7, 3: null } },
      { waves: { 0: 10, 2: 5 } },
    ];
    const latest = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: { participants }, comparison: null },
    });
    expect(latest.arms.intervention).toMatchObject({ paired: 3, followUpMean: 6, meanChange: -4 });
    const atWaveOne = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: { participants }, comparison: null },
      wave: 1,
    });
    expect(atWaveOne.arms.intervention).toMatchObject({ paired: 2, followUpMean: 8.5, attrition: 1 / 3 });
  });

  it('gives a difference of exactly 0, and no t, when both arms change alike without spread', () => {
    const sut = computeOutcome({
      direction: 'higher-is-better',
      reliability: null,
      arms: {
        intervention: armOfPairs(repeat(30, (index) => [18.59 + index * 0.37, 18.59 + index * 0.37 + 1.13])),
        comparison: armOfPairs(repeat(12, (index) => [20.04 + index * 0.91, 20.04 + index * 0.91 + 1.13])),
      },
    });
    expect(sut.difference).toMatchObject({
      meanDifference: 0,
      ci95: [0, 0],
      t: null,
      df: null,
      p: null,
      hedgesG: null,
    });
    // The regression fits exactly: no spread of the residuals, so no t or p either.
    expect(sut.difference?.adjusted).toMatchObject({ se: 0, t: null, p: null });
    expect(sut).toMatchObject({ evidenceLevel: 'controlled', verdict: 'no-detectable-effect' });
  });

  it('computes Welch and Hedges by hand for a small controlled design', () => {
    // Changes −2, −1, 0 (m₁ −1, s₁² 1) against 1, 1, 2, 4 (m₂ 2, s₂² 2).
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: {
        intervention: armOfPairs([
          [5, 3],
          [5, 4],
          [5, 5],
        ]),
        comparison: armOfPairs([
          [5, 6],
          [5, 6],
          [5, 7],
          [5, 9],
        ]),
      },
    });
    const standardError = Math.sqrt(1 / 3 + 2 / 4);
    const df = (1 / 3 + 2 / 4) ** 2 / ((1 / 3) ** 2 / 2 + (2 / 4) ** 2 / 3);
    const pooled = Math.sqrt((2 * 1 + 3 * 2) / 5);
    expect(
      compareOutcome(sut.difference, {
        meanDifference: -3,
        t: -3 / standardError,
        df,
        hedgesG: ((1 - 3 / (4 * 5 - 1)) * -3) / pooled,
      }),
    ).toEqual([]);
    expect(sut.warnings).toEqual(['small-sample']);
  });

  it('leaves the difference null while the intervention arm has fewer than 2 paired', () => {
    const sut = computeOutcome({
      direction: 'lower-is-better',
      reliability: null,
      arms: { intervention: armOfPairs([[4, 2]]), comparison: armOfPairs(repeat(10, (index) => [index, index + 1])) },
    });
    expect(sut.difference).toBeNull();
    expect(sut.warnings).toEqual(['small-sample']);
  });
});

describe(compareOutcome.name, () => {
  const expected = { verdict: 'effective', arms: { intervention: { t: 2, ci95: [1, 3], p: null } }, warnings: [] };

  it('finds nothing where numbers agree to the tolerance and ignores fields only the answer has', () => {
    const actual = {
      projectId: 'p-1',
      verdict: 'effective',
      arms: { intervention: { t: 2 * (1 + 5e-7), ci95: [1, 3], p: null } },
      warnings: [],
    };
    expect(compareOutcome(actual, expected)).toEqual([]);
    expect(compareOutcome({ x: 1e-10 }, { x: 0 })).toEqual([]);
  });

  it('names every mismatching field by its path', () => {
    const actual = {
      verdict: 'harmful',
      arms: { intervention: { t: 2.00001, ci95: [1, 3.1], p: 0.04 } },
      warnings: ['small-sample'],
    };
    expect(compareOutcome(actual, expected)).toEqual([
      { path: 'verdict', actual: 'harmful', expected: 'effective' },
      { path: 'arms.intervention.t', actual: 2.00001, expected: 2 },
      { path: 'arms.intervention.ci95[1]', actual: 3.1, expected: 3 },
      { path: 'arms.intervention.p', actual: 0.04, expected: null },
      { path: 'warnings[0]', actual: 'small-sample', expected: undefined },
    ]);
  });

  it('reports a missing field and a null where an object was expected', () => {
    expect(compareOutcome({ arms: null }, { arms: { intervention: null }, difference: null })).toEqual([
      { path: 'arms', actual: null, expected: { intervention: null } },
      { path: 'difference', actual: undefined, expected: null },
    ]);
  });
});

describe('the outcome oracle', () => {
  it('imports nothing from libs/, @outcome/* or @stdlib, whose correctness it checks', () => {
    const sources = readdirSync(__dirname).filter((file) => file.endsWith('.ts'));
    for (const file of sources) {
      const imports = [
        ...readFileSync(join(__dirname, file), 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gm),
      ].map((match) => match[1]);
      for (const imported of imports) expect(imported).toMatch(/^(\.\/[a-z-]+|node:[a-z]+)$/);
    }
  });
});

/** An oracle Outcome without the fields of docs/statistics.md "Beyond one project". */
function withoutLaterFields({ arms, difference, ...rest }: ExpectedOutcome) {
  const arm = (outcome: ArmOutcome | null) =>
    outcome && (({ minimumDetectableEffect: _mde, ...others }) => others)(outcome);
  return {
    ...rest,
    arms: { intervention: arm(arms.intervention), comparison: arm(arms.comparison) },
    difference: difference && (({ adjusted: _a, minimumDetectableEffect: _m, ...welch }) => welch)(difference),
  };
}
