import type { Outcome } from '../api/types';
import { toCsv } from './csv';
import { effectOf, pairedCounts, restsOnBeforeAfter } from './effect-of';

type Arms = Outcome['arms'];
const arm = (meanChange: number | null, ci95: [number, number] | null, paired: number | null) =>
  ({ meanChange, ci95, paired }) as unknown as NonNullable<Arms['intervention']>;

describe('the effect a forest plot shows', () => {
  it('is the controlled difference when the comparison arm gave one', () => {
    const outcome = {
      suppressed: false,
      arms: { intervention: arm(-0.9, [-1.3, -0.5], 30), comparison: arm(-0.2, [-0.6, 0.2], 28) },
      difference: { meanDifference: -0.7, ci95: [-1.2, -0.2] } as Outcome['difference'],
    };
    expect(effectOf(outcome)).toEqual({ kind: 'controlled', estimate: -0.7, ci95: [-1.2, -0.2] });
    expect(pairedCounts(outcome)).toBe('30 / 28');
  });

  it('is the intervention arm’s change from baseline when there is no comparison', () => {
    const outcome = {
      suppressed: false,
      arms: { intervention: arm(-0.5, [-0.9, -0.1], 40), comparison: null },
      difference: null,
      evidenceLevel: 'before-after' as const,
    };
    expect(effectOf(outcome)).toEqual({ kind: 'before-after', estimate: -0.5, ci95: [-0.9, -0.1] });
    expect(restsOnBeforeAfter(outcome)).toBe(true);
    expect(pairedCounts(outcome)).toBe('40 / –');
  });

  it('is nothing for a suppressed row or one without pairs', () => {
    const suppressed = { suppressed: true, arms: { intervention: null, comparison: null }, difference: null };
    expect(effectOf(suppressed)).toBeNull();
    expect(restsOnBeforeAfter({ ...suppressed, evidenceLevel: 'before-after' as const })).toBe(false);
    const unpaired = {
      suppressed: false,
      arms: { intervention: arm(null, null, 0), comparison: null },
      difference: null,
    };
    expect(effectOf(unpaired)).toBeNull();
  });
});

describe('CSV of a chart’s numbers', () => {
  it('quotes what needs quoting and leaves missing cells empty', () => {
    expect(
      toCsv(
        ['project', 'effect'],
        [
          ['Buurt, Noord', -0.7],
          ['"Duo"', null],
        ],
      ),
    ).toBe('project,effect\r\n"Buurt, Noord",-0.7\r\n"""Duo""",\r\n');
  });
});
