import type { ArmChange } from './arm-change';
import type { ArmDifference } from './arm-difference';
import { assessEvidence, type EvidenceInput } from './evidence';
import type { ConfidenceInterval } from './scale';

function arm(paired: number, { withBaseline = paired, ci95 = [-2, -1] as ConfidenceInterval } = {}): ArmChange {
  return {
    enrolled: withBaseline,
    withBaseline,
    paired,
    attrition: withBaseline === 0 ? null : 1 - paired / withBaseline,
    baselineMean: 3,
    followUpMean: 2,
    meanChange: (ci95[0] + ci95[1]) / 2,
    sdChange: 1,
    ci95,
    t: -3,
    df: paired - 1,
    p: 0.01,
    cohensDz: -0.5,
    hedgesGz: -0.49,
    reliableChange: null,
  };
}

function difference(ci95: ConfidenceInterval): ArmDifference {
  return { meanDifference: (ci95[0] + ci95[1]) / 2, ci95, t: -2, df: 40.5, p: 0.05, hedgesG: -0.5 };
}

function evidence(input: Partial<EvidenceInput>) {
  return assessEvidence({
    direction: 'lower-is-better',
    intervention: arm(40),
    comparison: arm(40),
    difference: difference([-2, -1]),
    baselineImbalance: 0,
    ...input,
  });
}

describe(assessEvidence.name, () => {
  describe('evidence level', () => {
    it('is insufficient with fewer than 10 paired in the intervention arm', () => {
      expect(evidence({ intervention: arm(9) }).evidenceLevel).toBe('insufficient-data');
      expect(evidence({ intervention: null, difference: null }).evidenceLevel).toBe('insufficient-data');
    });

    it('is before-after with 10 paired in the intervention arm and fewer than 10 in the comparison arm', () => {
      expect(evidence({ intervention: arm(10), comparison: arm(9) }).evidenceLevel).toBe('before-after');
      expect(evidence({ comparison: null, difference: null }).evidenceLevel).toBe('before-after');
    });

    it('is controlled with 10 paired in each arm', () => {
      expect(evidence({ intervention: arm(10), comparison: arm(10) }).evidenceLevel).toBe('controlled');
    });
  });

  describe('verdict', () => {
    it('is insufficient-data at that level', () => {
      expect(evidence({ intervention: arm(9) }).verdict).toBe('insufficient-data');
    });

    it('reads the difference in the scale’s direction when controlled', () => {
      expect(evidence({ difference: difference([-2, -0.1]) }).verdict).toBe('effective');
      expect(evidence({ difference: difference([0.1, 2]) }).verdict).toBe('harmful');
      expect(evidence({ direction: 'higher-is-better', difference: difference([0.1, 2]) }).verdict).toBe('effective');
      expect(evidence({ direction: 'higher-is-better', difference: difference([-2, -0.1]) }).verdict).toBe('harmful');
    });

    it('finds no effect when the interval of the difference touches or spans 0', () => {
      expect(evidence({ difference: difference([-2, 0]) }).verdict).toBe('no-detectable-effect');
      expect(evidence({ difference: difference([0, 2]) }).verdict).toBe('no-detectable-effect');
      expect(evidence({ difference: difference([-1, 1]) }).verdict).toBe('no-detectable-effect');
    });

    it('speaks of scores, not effects, when before-after', () => {
      const verdictOf = (ci95: ConfidenceInterval) =>
        evidence({ intervention: arm(40, { ci95 }), comparison: null, difference: null }).verdict;

      expect(verdictOf([-2, -0.1])).toBe('scores-improved');
      expect(verdictOf([0.1, 2])).toBe('scores-worsened');
      expect(verdictOf([-2, 0])).toBe('no-detectable-change');
    });

    it('judges a point interval of a constant change by its side of 0', () => {
      const verdictOf = (ci95: ConfidenceInterval) =>
        evidence({ intervention: arm(12, { ci95 }), comparison: null, difference: null }).verdict;

      expect(verdictOf([-1, -1])).toBe('scores-improved');
      expect(verdictOf([0, 0])).toBe('no-detectable-change');
    });
  });

  describe('warnings', () => {
    it('warns of a small sample below 30 paired in the intervention arm', () => {
      expect(evidence({ intervention: arm(29) }).warnings).toContain('small-sample');
      expect(evidence({ intervention: arm(30) }).warnings).not.toContain('small-sample');
    });

    it('warns of high attrition above 0.3 in either arm, and not at exactly 0.3', () => {
      expect(evidence({ intervention: arm(34, { withBaseline: 50 }) }).warnings).toContain('high-attrition');
      expect(evidence({ comparison: arm(34, { withBaseline: 50 }) }).warnings).toContain('high-attrition');
      expect(evidence({ intervention: arm(35, { withBaseline: 50 }) }).warnings).not.toContain('high-attrition');
      expect(evidence({ comparison: arm(7, { withBaseline: 10 }) }).warnings).not.toContain('high-attrition');
    });

    it('warns of no comparison group unless the comparison arm has 2 paired', () => {
      expect(evidence({ comparison: null }).warnings).toContain('no-comparison-group');
      expect(evidence({ comparison: arm(1) }).warnings).toContain('no-comparison-group');
      expect(evidence({ comparison: arm(2) }).warnings).not.toContain('no-comparison-group');
    });

    it('warns of baseline imbalance above 0.25 SD, only when controlled', () => {
      expect(evidence({ baselineImbalance: 0.26 }).warnings).toContain('baseline-imbalance');
      expect(evidence({ baselineImbalance: 0.25 }).warnings).not.toContain('baseline-imbalance');
      expect(evidence({ baselineImbalance: 0.9, comparison: arm(9) }).warnings).not.toContain('baseline-imbalance');
    });

    it('lists the warnings in the order of docs/statistics.md', () => {
      const sut = evidence({ intervention: arm(9, { withBaseline: 20 }), comparison: arm(1) });

      expect(sut.warnings).toEqual(['small-sample', 'high-attrition', 'no-comparison-group']);
    });
  });
});
