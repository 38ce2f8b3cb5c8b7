import { minimumDetectableEffect, type PairedCounts, planSampleSize, powerOfTTest } from './power';
import { evidenceCases } from './reference-cases/evidence-cases';
import { differencesFrom } from './reference-cases/reference-differences';

describe(planSampleSize.name, () => {
  it.each(evidenceCases.power.map((c) => [c.design, c.effectSize, c.power, c.attrition, c] as const))(
    'reproduces the reference plan for %s, d = %p, power %p, attrition %p',
    (_design, _d, _power, _attrition, { expected, ...request }) => {
      expect(differencesFrom(planSampleSize(request), expected)).toEqual([]);
    },
  );

  it('enrols exactly the paired count when nobody drops out', () => {
    const sut = planSampleSize({ design: 'controlled', effectSize: 0.4, power: 0.8, alpha: 0.05, attrition: 0 })!;
    expect(sut.enrolPerArm).toBe(sut.pairedPerArm);
  });

  it('takes the smallest count that reaches the power: one fewer falls short', () => {
    const sut = planSampleSize({ design: 'before-after', effectSize: 0.35, power: 0.85, alpha: 0.05, attrition: 0.1 })!;
    expect(sut.achievedPower).toBeGreaterThanOrEqual(0.85);
    expect(powerOfTTest({ design: 'before-after', paired: sut.pairedPerArm - 1 }, 0.35)).toBeLessThan(0.85);
  });

  it('plans at least 2 paired, even for a huge effect', () => {
    const sut = planSampleSize({ design: 'before-after', effectSize: 50, power: 0.8, alpha: 0.05, attrition: 0 })!;
    expect(sut.pairedPerArm).toBe(2);
  });

  it('answers null for an effect of 0, which no sample can show', () => {
    expect(planSampleSize({ design: 'controlled', effectSize: 0, power: 0.8, alpha: 0.05, attrition: 0 })).toBeNull();
  });

  it('treats a negative effect as its size (the test is two-sided)', () => {
    const request = { design: 'controlled', power: 0.8, alpha: 0.05, attrition: 0.2 } as const;
    expect(planSampleSize({ ...request, effectSize: -0.5 })).toEqual(planSampleSize({ ...request, effectSize: 0.5 }));
  });
});

describe(powerOfTTest.name, () => {
  // scipy: 1 − nct.cdf(c, df, ncp) + nct.cdf(−c, df, ncp), c = t.ppf(0.975, df).
  it.each([
    [{ design: 'before-after', paired: 2 }, 10, 0.7328195898057123],
    [{ design: 'before-after', paired: 3 }, 2, 0.47074943127843494],
    [{ design: 'controlled', intervention: 2, comparison: 2 }, 3, 0.38740012852597105],
    [{ design: 'controlled', intervention: 2, comparison: 3 }, 1, 0.12351134558046649],
  ] as [PairedCounts, number, number][])('gives scipy’s power with df 1 and 2: %j at d = %p', (counts, d, expected) => {
    expect(differencesFrom(powerOfTTest(counts, d), expected)).toEqual([]);
  });

  it('is α at d = 0', () => {
    expect(powerOfTTest({ design: 'before-after', paired: 12 }, 0)).toBeCloseTo(0.05, 12);
    expect(powerOfTTest({ design: 'controlled', intervention: 5, comparison: 9 }, 0, 0.1)).toBeCloseTo(0.1, 12);
  });
});

describe(minimumDetectableEffect.name, () => {
  it.each(evidenceCases.mde.map((c) => [c.design, c.paired, c.comparisonPaired, c] as const))(
    'reproduces the reference minimum detectable effect (%s, %p and %p paired)',
    (design, paired, comparisonPaired, { expected }) => {
      const counts: PairedCounts =
        design === 'before-after'
          ? { design, paired }
          : { design, intervention: paired, comparison: comparisonPaired! };
      expect(differencesFrom(minimumDetectableEffect(counts), expected)).toEqual([]);
    },
  );

  it('has power 0.8 at the effect it names', () => {
    const counts: PairedCounts = { design: 'controlled', intervention: 14, comparison: 9 };
    expect(powerOfTTest(counts, minimumDetectableEffect(counts)!)).toBeCloseTo(0.8, 9);
  });

  it('is null below 2 paired in an arm', () => {
    expect(minimumDetectableEffect({ design: 'before-after', paired: 1 })).toBeNull();
    expect(minimumDetectableEffect({ design: 'controlled', intervention: 40, comparison: 1 })).toBeNull();
  });

  it('exists from 3 paired before–after (df = 2), where 2 paired (df = 1) cannot reach 0.8 even at d = 10', () => {
    expect(minimumDetectableEffect({ design: 'before-after', paired: 2 })).toBeNull();
    expect(minimumDetectableEffect({ design: 'before-after', paired: 3 })).toBeGreaterThan(2);
  });
});
