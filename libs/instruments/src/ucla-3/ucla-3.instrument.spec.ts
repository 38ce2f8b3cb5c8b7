import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { ucla3 } from './ucla-3.instrument';

describe(ucla3.name, () => {
  const sut = ucla3;

  it.each([
    [[1, 1, 1], 3],
    [[1, 2, 3], 6],
    [[3, 3, 3], 9],
  ])('scores %p as their sum, %i', (responses, total) => {
    expect(scoreResponses(sut, responses)).toStrictEqual({ total });
  });

  it('leaves the total unscored when any item is missing', () => {
    expect(scoreResponses(sut, [3, 3, null])).toStrictEqual({ total: null });
  });

  it('uses the published reliability of 0.72', () => {
    expect(resolveReliability(sut, 'total')).toStrictEqual({ kind: 'reliability', r: 0.72, source: 'published' });
  });
});
