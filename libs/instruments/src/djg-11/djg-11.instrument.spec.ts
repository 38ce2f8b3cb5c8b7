import { categoriseScore } from '../categorise-score';
import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { djg11 } from './djg-11.instrument';

describe(djg11.name, () => {
  const sut = djg11;
  const allAnswered = (answer: string) => sut.items.map(() => answer);

  it('scores items 2, 3, 5, 6, 9 and 10 as emotional: 1 on yes', () => {
    expect(scoreResponses(sut, allAnswered('yes'))).toStrictEqual({ total: 6, emotional: 6, social: 0 });
  });

  it('scores items 1, 4, 7, 8 and 11 as social: 1 on no', () => {
    expect(scoreResponses(sut, allAnswered('no'))).toStrictEqual({ total: 5, emotional: 0, social: 5 });
  });

  it('scores every item 1 on more-or-less', () => {
    expect(scoreResponses(sut, allAnswered('more-or-less'))).toStrictEqual({ total: 11, emotional: 6, social: 5 });
  });

  it('scores the total of ten answered items as their sum, without proration', () => {
    const oneMissing = [null, ...allAnswered('more-or-less').slice(1)];

    expect(scoreResponses(sut, oneMissing)).toStrictEqual({ total: 10, emotional: 6, social: null });
  });

  it.each([
    [0, 'not-lonely'],
    [2, 'not-lonely'],
    [3, 'moderately-lonely'],
    [8, 'moderately-lonely'],
    [9, 'severely-lonely'],
    [10, 'severely-lonely'],
    [11, 'very-severely-lonely'],
  ])('categorises a total of %i as %s', (total, code) => {
    expect(categoriseScore(sut, 'total', total)?.code).toBe(code);
  });

  it.each([
    ['total', 0.86],
    ['emotional', 0.78],
    ['social', 0.89],
  ])('uses the published reliability of %s, %p', (scale, r) => {
    expect(resolveReliability(sut, scale)).toStrictEqual({ kind: 'reliability', r, source: 'published' });
  });
});
