import { analyseArmChange } from './arm-change';
import type { ScorePair } from './pairs';
import { synthesise } from './synthesis';

// docs/statistics.md "Synthesis across projects", the simulation: portfolios of 12 before–after projects
// of 10 to 40 paired participants, true effects drawn from N(−0.25, 0.2²) scale points, changes with SD 1.2.
const PORTFOLIOS = 2_000;
const PROJECTS_PER_PORTFOLIO = 12;
const TRUE_MEAN = -0.25;
const TRUE_SD = 0.2;
const CHANGE_SD = 1.2;
const SEED = 20_261_208;

/** Mulberry32: a small seeded generator, so that the simulation gives the same figures on every run. */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Standard normal draws by Box–Muller. */
function seededNormal(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

interface SimulationFigures {
  readonly coverage: number;
  readonly rawMse: number;
  readonly shrunkenMse: number;
}

function simulatePortfolios(): SimulationFigures {
  const uniform = seededUniform(SEED);
  const normal = seededNormal(uniform);
  let covered = 0;
  let rawSquaredError = 0;
  let shrunkenSquaredError = 0;
  let estimates = 0;
  for (let portfolio = 0; portfolio < PORTFOLIOS; portfolio++) {
    const truths: number[] = [];
    const projects = Array.from({ length: PROJECTS_PER_PORTFOLIO }, () => {
      const truth = TRUE_MEAN + TRUE_SD * normal();
      truths.push(truth);
      const paired = 10 + Math.floor(uniform() * 31);
      // Baseline 3 for everyone: a before–after project's estimate is its mean change.
      const pairs: ScorePair[] = Array.from({ length: paired }, () => [3, 3 + truth + CHANGE_SD * normal()]);
      const arm = analyseArmChange(
        { enrolled: paired, withBaseline: paired, pairs },
        {
          direction: 'lower-is-better',
          reliability: null,
        },
      );
      return { effect: arm.meanChange!, variance: arm.sdChange! ** 2 / paired };
    });
    const synthesis = synthesise(projects, 'lower-is-better')!;
    const [lower, upper] = synthesis.ci95;
    if (lower <= TRUE_MEAN && TRUE_MEAN <= upper) covered++;
    synthesis.rows.forEach((row, i) => {
      rawSquaredError += (row.effect - truths[i]!) ** 2;
      shrunkenSquaredError += (row.shrunken - truths[i]!) ** 2;
      estimates++;
    });
  }
  return {
    coverage: covered / PORTFOLIOS,
    rawMse: rawSquaredError / estimates,
    shrunkenMse: shrunkenSquaredError / estimates,
  };
}

describe('synthesis in simulated portfolios (seeded)', () => {
  const figures = simulatePortfolios();

  beforeAll(() => {
    const { coverage, rawMse, shrunkenMse } = figures;
    console.log(
      `${PORTFOLIOS} portfolios of ${PROJECTS_PER_PORTFOLIO} projects: pooled 95 % interval covers the true mean in ` +
        `${(100 * coverage).toFixed(1)} %; MSE raw ${rawMse.toFixed(4)}, shrunken ${shrunkenMse.toFixed(4)} ` +
        `(ratio ${(shrunkenMse / rawMse).toFixed(3)})`,
    );
  });

  it('covers the true mean with the pooled 95 % interval in 93 to 97 % of portfolios', () => {
    expect(figures.coverage).toBeGreaterThanOrEqual(0.93);
    expect(figures.coverage).toBeLessThanOrEqual(0.97);
  });

  it('brings the shrunken estimates to at most 0.7 times the squared error of the raw ones', () => {
    expect(figures.shrunkenMse).toBeLessThanOrEqual(0.7 * figures.rawMse);
  });
});
