import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { noncentralTCdf, standardNormalCdf } from './noncentral-t';

// [t, df, ncp, P(T ≤ t)] from scipy.stats.nct.cdf 1.17 (Boost's noncentral t): small df, large
// noncentrality, both tails and a negative ncp.
const SCIPY: readonly (readonly [number, number, number, number])[] = [
  [2.5, 1, 1, 0.6844893665976753],
  [12.706204736174698, 1, 14.142135623730951, 0.26718041019428806],
  [-12.706204736174698, 1, 14.142135623730951, 1.2347104609899217e-16],
  [4.302652729749464, 2, 3, 0.612610649799332],
  [-4.302652729749464, 2, 3, 1.0778325302952568e-5],
  [2.0, 2, -1.5, 0.99510980068249],
  [1.96, 30, 2.5, 0.29472572845034606],
  [-1.96, 30, 2.5, 7.990981287457795e-6],
  [100, 4, 90, 0.5185099594811109],
  [60, 3, 60, 0.3917534994307864],
  [1.9901634, 79, 28.0, 1.4708739149111382e-145],
  [4.3, 2, 30, 7.976367452008951e-20],
  [0.5, 1, 0.3, 0.5361876885303859],
  [3, 10, -1, 0.9995842968413304],
];

// The series is exact in absolute terms (about 1e-15); power planning needs nothing finer.
function agrees(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.max(1e-12, 1e-6 * Math.abs(expected));
}

describe(noncentralTCdf.name, () => {
  it.each(SCIPY)('gives scipy’s P(T ≤ %p) with df %p and noncentrality %p', (t, df, ncp, expected) => {
    const sut = noncentralTCdf(t, df, ncp);
    expect(agrees(sut, expected)).toBe(true);
  });

  it('is Student’s t when the noncentrality is 0', () => {
    for (const [t, df] of [
      [-3, 1],
      [0.7, 2],
      [2.1, 17],
    ] as const) {
      expect(Math.abs(noncentralTCdf(t, df, 0) - tCdf(t, df))).toBeLessThan(1e-14);
    }
  });

  it('is Φ(−δ) at t = 0', () => {
    expect(noncentralTCdf(0, 5, 1.3)).toBe(standardNormalCdf(-1.3));
  });

  it('mirrors: P(T ≤ t; δ) = 1 − P(T ≤ −t; −δ)', () => {
    const sut = noncentralTCdf(-1.2, 7, 0.8);
    expect(Math.abs(sut - (1 - noncentralTCdf(1.2, 7, -0.8)))).toBeLessThan(1e-15);
  });

  it('grows with t', () => {
    const values = [-4, -1, 0, 1, 2, 4, 8, 16].map((t) => noncentralTCdf(t, 3, 2.5));
    values.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(values[i]!));
  });
});
