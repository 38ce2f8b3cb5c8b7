import type { OutcomeAnswer } from '../outcomes/outcome-answer';
import { adjustForMultipleComparisons } from './multiple-comparisons';

function row(evidenceLevel: OutcomeAnswer['evidenceLevel'], armP: number | null, differenceP: number | null) {
  return {
    evidenceLevel,
    arms: { intervention: armP === null ? null : { p: armP }, comparison: null },
    difference: differenceP === null ? null : { p: differenceP },
    warnings: ['small-sample'],
  } as unknown as OutcomeAnswer;
}

describe(adjustForMultipleComparisons.name, () => {
  it('adjusts the p of the difference on controlled rows and of the intervention arm on the others', () => {
    const sut = adjustForMultipleComparisons([
      row('controlled', 0.001, 0.02),
      row('before-after', 0.03, 0.5),
      row('insufficient-data', 0.2, null),
    ]);
    expect(sut.map((answer) => answer.pAdjusted)).toEqual([0.06, 0.06, 0.2]);
  });

  it('warns of multiple comparisons where p < 0.05 but the adjusted p is not', () => {
    const sut = adjustForMultipleComparisons([
      row('before-after', 0.03, null),
      row('before-after', 0.001, null),
      row('before-after', 0.2, null),
    ]);
    expect(sut[0]!.warnings).toEqual(['small-sample', 'multiple-comparisons']);
    expect(sut[1]!.warnings).toEqual(['small-sample']);
  });

  it('leaves rows without a p (suppressed ones among them) out of the family', () => {
    const suppressed = { ...row(null, null, null), suppressed: true };
    const sut = adjustForMultipleComparisons([suppressed, row('before-after', 0.04, null)]);
    expect(sut.map((answer) => answer.pAdjusted)).toEqual([null, 0.04]);
    expect(sut[1]!.warnings).not.toContain('multiple-comparisons');
  });
});
