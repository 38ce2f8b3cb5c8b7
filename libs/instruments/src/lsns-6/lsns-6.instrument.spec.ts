import { categoriseScore } from '../categorise-score';
import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { lsns6 } from './lsns-6.instrument';

describe(lsns6.name, () => {
  const sut = lsns6;

  it('scores items 1 to 3 as family and 4 to 6 as friends', () => {
    expect(scoreResponses(sut, [5, 4, 3, 0, 1, 0])).toStrictEqual({ total: 13, family: 12, friends: 1 });
  });

  it('leaves the total and the subscale unscored when one item is missing', () => {
    expect(scoreResponses(sut, [5, 4, 3, 0, 1, null])).toStrictEqual({ total: null, family: 12, friends: null });
  });

  it('marks a total below 12 as a risk of social isolation', () => {
    expect(categoriseScore(sut, 'total', 11)).toMatchObject({
      code: 'at-risk-of-social-isolation',
      audience: 'everyone',
    });
    expect(categoriseScore(sut, 'total', 12)).toBeNull();
  });

  it('uses the published reliability of 0.82 for the total', () => {
    expect(resolveReliability(sut, 'total')).toStrictEqual({ kind: 'reliability', r: 0.82, source: 'published' });
  });

  it.each(['family', 'friends'])('has no reliable change on %s', (scale) => {
    expect(resolveReliability(sut, scale)).toBeNull();
  });
});
