import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { selfRatedHealth } from './self-rated-health.instrument';

describe(selfRatedHealth.name, () => {
  const sut = selfRatedHealth;

  it.each([
    ['very-good', 5],
    ['good', 4],
    ['fair', 3],
    ['bad', 2],
    ['very-bad', 1],
  ])('scores %s as %i', (answer, total) => {
    expect(scoreResponses(sut, [answer])).toStrictEqual({ total });
  });

  it('has no reliable change, being a single item', () => {
    expect(resolveReliability(sut, 'total')).toBeNull();
  });
});
