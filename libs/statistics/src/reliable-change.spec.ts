import type { ScorePair } from './pairs';
import { assessReliableChange, classifyReliableChange } from './reliable-change';

describe(assessReliableChange.name, () => {
  it('is null when the scale has neither a reliability nor a fixed SEM (no reliability)', () => {
    expect(
      assessReliableChange(
        [
          [1, 2],
          [3, 1],
          [2, 2],
        ],
        { direction: 'lower-is-better', reliability: null },
      ),
    ).toBeNull();
  });

  it('is null with fewer than two paired participants, even with a fixed SEM', () => {
    const fixedSem = { direction: 'higher-is-better', reliability: { kind: 'sem', sem: 1.03 } } as const;

    expect(assessReliableChange([[20, 25]], fixedSem)).toBeNull();
    expect(assessReliableChange([], fixedSem)).toBeNull();
  });

  it('derives the SEM from the baseline SD and r', () => {
    // Baselines 2, 4, 6: s₀ = 2; SEM = 2 · √(1 − 0.75) = 1; threshold = 1.96 · √2.
    const sut = assessReliableChange(
      [
        [2, 2],
        [4, 4],
        [6, 6],
      ],
      {
        direction: 'lower-is-better',
        reliability: { kind: 'reliability', r: 0.75 },
      },
    );

    expect(sut?.threshold).toBeCloseTo(1.96 * Math.SQRT2, 12);
  });

  it('uses a fixed SEM as it stands, whatever the baselines', () => {
    const sut = assessReliableChange(
      [
        [10, 20],
        [30, 30],
      ],
      {
        direction: 'higher-is-better',
        reliability: { kind: 'sem', sem: 1.03 },
      },
    );

    expect(sut?.threshold).toBeCloseTo(1.96 * Math.SQRT2 * 1.03, 12);
  });

  it('counts a fall as improvement on a lower-is-better scale and a rise on a higher-is-better one', () => {
    // Identical baselines: s₀ = 0, so the threshold is 0 and any change beyond it counts.
    const pairs: ScorePair[] = [
      [3, 1],
      [3, 2],
      [3, 5],
      [3, 3],
    ];
    const reliability = { kind: 'reliability', r: 0.8 } as const;

    expect(assessReliableChange(pairs, { direction: 'lower-is-better', reliability })).toEqual({
      threshold: 0,
      improved: 0.5,
      deteriorated: 0.25,
    });
    expect(assessReliableChange(pairs, { direction: 'higher-is-better', reliability })).toEqual({
      threshold: 0,
      improved: 0.25,
      deteriorated: 0.5,
    });
  });

  it('does not count a change that only reaches the threshold', () => {
    const sut = assessReliableChange(
      [
        [3, 3],
        [3, 3],
      ],
      { direction: 'lower-is-better', reliability: { kind: 'reliability', r: 0.8 } },
    );

    expect(sut).toEqual({ threshold: 0, improved: 0, deteriorated: 0 });
  });
});

describe(classifyReliableChange.name, () => {
  it('calls a change beyond the threshold in the good direction improved, whichever way the scale points', () => {
    expect(classifyReliableChange(-2, 1.9, 'lower-is-better')).toBe('improved');
    expect(classifyReliableChange(2, 1.9, 'higher-is-better')).toBe('improved');
  });

  it('calls a change beyond the threshold in the bad direction deteriorated', () => {
    expect(classifyReliableChange(2, 1.9, 'lower-is-better')).toBe('deteriorated');
    expect(classifyReliableChange(-2, 1.9, 'higher-is-better')).toBe('deteriorated');
  });

  it('calls a change at or within the threshold unchanged, as assessReliableChange counts it', () => {
    expect(classifyReliableChange(-1.9, 1.9, 'lower-is-better')).toBe('unchanged');
    expect(classifyReliableChange(0, 1.9, 'higher-is-better')).toBe('unchanged');
  });
});
