import { evidenceCases } from './reference-cases/evidence-cases';
import { differencesFrom } from './reference-cases/reference-differences';
import { synthesise } from './synthesis';

describe(synthesise.name, () => {
  it.each(evidenceCases.synthesis.map((c, i) => [i + 1, c.effects.length, c] as const))(
    'reproduces reference case %i (%i projects)',
    (_i, _k, { effects, variances, direction, expected }) => {
      const sut = synthesise(
        effects.map((effect, i) => ({ effect, variance: variances[i]! })),
        direction,
      );
      const { shrunken, rank, ...pooled } = expected;
      const { rows, ...rest } = sut!;
      expect(differencesFrom(rest, pooled)).toEqual([]);
      expect(
        differencesFrom(
          rows,
          effects.map((effect, i) => ({
            effect,
            variance: variances[i],
            shrunken: shrunken[i],
            rank: rank[i],
          })),
        ),
      ).toEqual([]);
    },
  );

  it('is null below two projects', () => {
    expect(synthesise([], 'lower-is-better')).toBeNull();
    expect(synthesise([{ effect: -0.4, variance: 0.1 }], 'lower-is-better')).toBeNull();
  });

  it('pools two projects without a prediction interval (it needs K − 2 ≥ 1 degrees of freedom)', () => {
    const sut = synthesise(
      [
        { effect: -0.2, variance: 0.04 },
        { effect: -0.6, variance: 0.09 },
      ],
      'lower-is-better',
    )!;
    // Q = (0.4)²/(0.04 + 0.09) = 1.2308 > K − 1 = 1: τ² = (Q − 1)/C with C = 25 + 11.11 − (625 + 123.46)/36.11.
    const c = 25 + 1 / 0.09 - (625 + 1 / 0.0081) / (25 + 1 / 0.09);
    expect(sut.q).toBeCloseTo(0.16 / 0.13, 12);
    expect(sut.tau2).toBeCloseTo((0.16 / 0.13 - 1) / c, 12);
    expect(sut.df).toBe(1);
    expect(sut.predictionInterval).toBeNull();
    expect(sut.rows.map((row) => row.rank)).toEqual([2, 1]);
  });

  it('with τ² = 0 pools as fixed effects and shrinks every project to the pooled mean', () => {
    const sut = synthesise(
      [
        { effect: -0.3, variance: 0.05 },
        { effect: -0.32, variance: 0.05 },
        { effect: -0.28, variance: 0.1 },
      ],
      'lower-is-better',
    )!;
    expect(sut.tau2).toBe(0);
    expect(sut.i2).toBe(0);
    const fixed = (-0.3 / 0.05 - 0.32 / 0.05 - 0.28 / 0.1) / (20 + 20 + 10);
    expect(sut.pooled).toBeCloseTo(fixed, 14);
    expect(sut.rows.map((row) => row.shrunken)).toEqual([sut.pooled, sut.pooled, sut.pooled]);
    expect(sut.rows.map((row) => row.rank)).toEqual([1, 2, 3]);
  });

  it('with Q = 0 (equal effects) has I² = 0, se = 0, [μ, μ] and no t or p', () => {
    const sut = synthesise(
      [
        { effect: 0.5, variance: 0.2 },
        { effect: 0.5, variance: 0.1 },
        { effect: 0.5, variance: 0.4 },
      ],
      'higher-is-better',
    )!;
    expect(sut).toMatchObject({ q: 0, tau2: 0, i2: 0, pooled: 0.5, se: 0, t: null, p: null });
    expect(sut.ci95).toEqual([0.5, 0.5]);
  });

  it('gives a project with a huge variance almost no weight and shrinks it all the way to the pool', () => {
    const precise = [
      { effect: -0.5, variance: 0.02 },
      { effect: -0.1, variance: 0.03 },
      { effect: -0.3, variance: 0.025 },
    ];
    const outlier = { effect: 3, variance: 1e6 };
    const sut = synthesise([...precise, outlier], 'lower-is-better')!;
    const weights = [...precise, outlier].map(({ variance }) => 1 / (variance + sut.tau2));
    expect(weights[3]! / weights.reduce((a, b) => a + b)).toBeLessThan(1e-5);
    // Its pull on μ is its weight share times its distance, far below the tolerance of the reference cases.
    const pooledOfPrecise =
      precise.reduce((total, { effect }, i) => total + weights[i]! * effect, 0) /
      (weights[0]! + weights[1]! + weights[2]!);
    expect(Math.abs(sut.pooled - pooledOfPrecise)).toBeLessThan(1e-4);
    expect(Math.abs(sut.rows[3]!.shrunken - sut.pooled)).toBeLessThan(1e-6);
  });

  it('ranks by the shrunken estimate, not the raw one: a small project does not top the list by chance', () => {
    const sut = synthesise(
      [
        { effect: -0.4, variance: 0.01 },
        { effect: -0.45, variance: 0.012 },
        { effect: -1.6, variance: 2 },
        { effect: 0.1, variance: 0.015 },
      ],
      'lower-is-better',
    )!;
    expect(sut.rows[2]!.rank).not.toBe(1);
    expect(sut.rows[1]!.rank).toBe(1);
  });
});
