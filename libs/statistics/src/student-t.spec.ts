import { criticalT95, twoSidedP } from './student-t';

const ACCURACY = 1e-9;

function expectRelativelyClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(ACCURACY);
}

// Computed independently of @stdlib with mpmath 1.3 at 40 significant digits, rounded to the
// nearest double: lower tail I_{ν/(ν+t²)}(ν/2, 1/2) / 2, quantile by root finding.
// [df, t₀.₉₇₅, two-sided p at |t| = 2, two-sided p at |t| = 6].
const MPMATH_VALUES: readonly (readonly [number, number, number, number])[] = [
  [2.5, 3.574654842003683, 0.157391495757966, 0.0152817298855229],
  [3, 3.1824463052837095, 0.1393259685588432, 0.009272714892284668],
  [5, 2.5705818356363155, 0.10193947882985836, 0.0018461382895940143],
  [7.3, 2.345066736547704, 0.08394103933410321, 0.00046174447787478633],
  [10, 2.228138851986275, 0.07338803477074037, 0.0001321088603547856],
  [29, 2.0452296421327043, 0.05494363718296719, 1.5927908426174665e-6],
  [30, 2.042272456301238, 0.0546250449629831, 1.3942768767204743e-6],
  [31.192883709482835, 2.0390024133773674, 0.05427198813211282, 1.1979426441389586e-6],
  [75.93424675065889, 1.9917005006183497, 0.049076579573831505, 6.268090561308724e-8],
  [120, 1.979930405082441, 0.04775852734032838, 2.1483038193060408e-8],
  [1000, 1.9623390808264085, 0.04577034649325164, 2.755369173377469e-9],
  [9999.5, 1.9602012517553986, 0.045527262011405265, 2.041621945710906e-9],
  [10000, 1.9602012398906263, 0.04552726066143544, 2.0416184729226155e-9],
];

describe('Student t distribution', () => {
  describe(criticalT95.name, () => {
    it('matches the closed form tan(0.475π) of the Cauchy distribution at df = 1', () => {
      expectRelativelyClose(criticalT95(1), Math.tan(0.475 * Math.PI));
    });

    it('matches the closed form (2p − 1) / √(2p(1 − p)) at df = 2', () => {
      expectRelativelyClose(criticalT95(2), 0.95 / Math.sqrt(2 * 0.975 * 0.025));
    });

    it('matches the closed form 2√(cos(arccos(√α) / 3) / √α − 1), α = 4p(1 − p), at df = 4', () => {
      const alpha = 4 * 0.975 * 0.025;
      expectRelativelyClose(
        criticalT95(4),
        2 * Math.sqrt(Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha) - 1),
      );
    });

    it.each(MPMATH_VALUES.map(([df, quantile]) => [df, quantile]))('matches mpmath at df = %s', (df, quantile) => {
      expectRelativelyClose(criticalT95(df), quantile);
    });

    it.each([
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [100, 1.984],
    ])(
      'rounds to the published critical value at df = %d (NIST/SEMATECH e-Handbook, table 1.3.6.7.2)',
      (df, printed) => {
        expect(criticalT95(df)).toBeCloseTo(printed, 3);
      },
    );

    it('approaches the normal quantile 1.959963984540054 as df grows', () => {
      expect(criticalT95(1e9)).toBeCloseTo(1.959963984540054, 8);
    });
  });

  describe(twoSidedP.name, () => {
    it.each([0.1, 1, 3, 12.706, 300])('matches the Cauchy closed form 1 − 2·arctan(|t|)/π at df = 1, t = %s', (t) => {
      expectRelativelyClose(twoSidedP(t, 1), 1 - (2 * Math.atan(t)) / Math.PI);
    });

    it.each([0.1, 1, 4.303, 100])('matches the closed form 1 − |t| / √(2 + t²) at df = 2, t = %s', (t) => {
      expectRelativelyClose(twoSidedP(t, 2), 1 - t / Math.sqrt(2 + t * t));
    });

    it.each([0.5, 2, 9])('matches the closed form of df = 3 at t = %s', (t) => {
      const x = t / Math.sqrt(3);
      const closedForm = 1 - (2 / Math.PI) * (x / (1 + x * x) + Math.atan(x));
      expectRelativelyClose(twoSidedP(t, 3), closedForm);
    });

    it.each(MPMATH_VALUES.map(([df, , atTwo, atSix]) => [df, atTwo, atSix]))(
      'matches mpmath at df = %s',
      (df, atTwo, atSix) => {
        expectRelativelyClose(twoSidedP(2, df), atTwo);
        expectRelativelyClose(twoSidedP(-6, df), atSix);
      },
    );

    it('keeps its relative precision far in the tail', () => {
      // mpmath, as above: 2·P(T ≤ −10) with df = 10,000.
      expectRelativelyClose(twoSidedP(10, 10_000), 1.9632807428663828e-23);
    });

    it('gives 1 at t = 0', () => {
      expect(twoSidedP(0, 17.5)).toBe(1);
    });

    it('is the probability of the critical value it inverts, for fractional df too', () => {
      for (const df of [1, 1.5, 2.25, 44.84695658351364, 333.3, 10_000]) {
        expectRelativelyClose(twoSidedP(criticalT95(df), df), 0.05);
      }
    });
  });
});
