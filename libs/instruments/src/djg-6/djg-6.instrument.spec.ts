import { categoriseScore } from '../categorise-score';
import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { djg6 } from './djg-6.instrument';

describe(djg6.name, () => {
  const sut = djg6;

  it('scores an emotional item 1 on yes or more-or-less and 0 on no', () => {
    expect(scoreResponses(sut, ['yes', 'more-or-less', 'no', 'yes', 'yes', 'yes'])).toStrictEqual({
      total: 2,
      emotional: 2,
      social: 0,
    });
  });

  it('scores a social item 1 on no or more-or-less and 0 on yes', () => {
    expect(scoreResponses(sut, ['no', 'no', 'no', 'no', 'more-or-less', 'yes'])).toStrictEqual({
      total: 2,
      emotional: 0,
      social: 2,
    });
  });

  it('scores the total of five answered items as their sum, without proration, and not the subscale missing one', () => {
    expect(scoreResponses(sut, [null, 'yes', 'yes', 'no', 'no', 'no'])).toStrictEqual({
      total: 5,
      emotional: null,
      social: 3,
    });
  });

  it('leaves the total unscored when two items are missing', () => {
    expect(scoreResponses(sut, ['yes', null, 'yes', 'no', null, 'no'])).toStrictEqual({
      total: null,
      emotional: null,
      social: null,
    });
  });

  it.each([
    [0, 'not-lonely'],
    [1, 'not-lonely'],
    [2, 'moderately-lonely'],
    [4, 'moderately-lonely'],
    [5, 'severely-lonely'],
    [6, 'severely-lonely'],
  ])('categorises a total of %i as %s', (total, code) => {
    expect(categoriseScore(sut, 'total', total)?.code).toBe(code);
  });

  it.each(['total', 'emotional', 'social'])('uses a default reliability of 0.70 for %s', (scale) => {
    expect(resolveReliability(sut, scale)).toStrictEqual({ kind: 'reliability', r: 0.7, source: 'default' });
  });
});
