import { categoriseScore } from '../categorise-score';
import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { onsDirect } from './ons-direct.instrument';

describe(onsDirect.name, () => {
  const sut = onsDirect;

  it.each([
    ['often-always', 5],
    ['some-of-the-time', 4],
    ['occasionally', 3],
    ['hardly-ever', 2],
    ['never', 1],
  ])('scores %s as %i', (answer, total) => {
    expect(scoreResponses(sut, [answer])).toStrictEqual({ total });
  });

  it('marks often or always, the headline figure, as a category', () => {
    expect(categoriseScore(sut, 'total', 5)?.code).toBe('often-or-always-lonely');
    expect(categoriseScore(sut, 'total', 4)).toBeNull();
  });

  it('has no reliable change, being a single item', () => {
    expect(resolveReliability(sut, 'total')).toBeNull();
  });
});
