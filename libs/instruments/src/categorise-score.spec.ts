import { categoriseScore } from './categorise-score';
import { djg6 } from './djg-6/djg-6.instrument';
import { swemwbs } from './swemwbs/swemwbs.instrument';
import { who5 } from './who-5/who-5.instrument';

describe(categoriseScore.name, () => {
  const sut = categoriseScore;

  it('returns the category whose band holds the score, bounds included', () => {
    expect(sut(djg6, 'total', 2)?.code).toBe('moderately-lonely');
    expect(sut(djg6, 'total', 4)?.code).toBe('moderately-lonely');
  });

  it('returns null for a score no category covers', () => {
    expect(sut(who5, 'raw', 13)).toBeNull();
  });

  it('returns null for a scale without categories', () => {
    expect(sut(swemwbs, 'metric', 20.73)).toBeNull();
  });

  it('returns null for a score that could not be computed', () => {
    expect(sut(djg6, 'total', null)).toBeNull();
  });

  it('marks a signal for the organisation only', () => {
    expect(sut(who5, 'percent', 28)).toMatchObject({ code: 'possible-depression', audience: 'organisation-only' });
  });

  it('throws on a scale the instrument does not have', () => {
    expect(() => sut(djg6, 'metric', 3)).toThrow('djg-6 has no scale "metric" (its scales: total, emotional, social)');
  });
});
