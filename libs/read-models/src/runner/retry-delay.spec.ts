import { retryDelayMs } from './retry-delay';

describe(retryDelayMs.name, () => {
  const policy = { initialDelayMs: 500, maxDelayMs: 30_000 };

  it('doubles the delay with each attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, policy))).toEqual([500, 1000, 2000, 4000]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(40, policy)).toBe(30_000);
  });
});
