import { categoriseScore } from '../categorise-score';
import { resolveReliability } from '../resolve-reliability';
import { scoreResponses } from '../score-responses';
import { who5 } from './who-5.instrument';

describe(who5.name, () => {
  const sut = who5;

  it('scores the percent as four times the raw sum', () => {
    expect(scoreResponses(sut, [5, 4, 3, 2, 1])).toStrictEqual({ percent: 60, raw: 15 });
  });

  it.each([
    [[0, 0, 0, 0, 0], 0, 0],
    [[5, 5, 5, 5, 5], 100, 25],
  ])('scores %p as %i percent', (responses, percent, raw) => {
    expect(scoreResponses(sut, responses)).toStrictEqual({ percent, raw });
  });

  it('marks a raw score below 13 as poor wellbeing, for everyone', () => {
    expect(categoriseScore(sut, 'raw', 12)).toMatchObject({ code: 'poor-wellbeing', audience: 'everyone' });
    expect(categoriseScore(sut, 'raw', 13)).toBeNull();
  });

  it('marks a percent of 28 or less as possible depression, for the organisation only', () => {
    expect(categoriseScore(sut, 'percent', 28)).toMatchObject({
      code: 'possible-depression',
      audience: 'organisation-only',
    });
    expect(categoriseScore(sut, 'percent', 32)).toBeNull();
  });

  it.each(['percent', 'raw'])('uses a default reliability of 0.84 for %s', (scale) => {
    expect(resolveReliability(sut, scale)).toStrictEqual({ kind: 'reliability', r: 0.84, source: 'default' });
  });
});
