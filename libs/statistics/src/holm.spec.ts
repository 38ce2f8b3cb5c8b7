import { holmAdjust } from './holm';
import { evidenceCases } from './reference-cases/evidence-cases';
import { differencesFrom } from './reference-cases/reference-differences';

describe(holmAdjust.name, () => {
  it.each(evidenceCases.holm.map((referenceCase, i) => [i + 1, referenceCase] as const))(
    'reproduces reference case %i',
    (_i, { p, expected }) => {
      expect(differencesFrom(holmAdjust(p), expected)).toEqual([]);
    },
  );

  it('leaves a single p as it is and keeps nulls null', () => {
    expect(holmAdjust([0.03])).toEqual([0.03]);
    expect(holmAdjust([null, null])).toEqual([null, null]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('never lets an adjusted p exceed 1 or fall below the one before it in order', () => {
    expect(holmAdjust([0.6, 0.01, 0.5])).toEqual([1, 0.03, 1]);
  });

  it('gives equal p values the same adjusted value', () => {
    const sut = holmAdjust([0.02, 0.02, 0.02]);
    expect(sut).toEqual([0.06, 0.06, 0.06]);
  });
});
