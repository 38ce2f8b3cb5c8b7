import { analyseOutcome, type ScorePair } from '@outcome/statistics';
import { projectEstimateOf } from './project-estimate';

function arm(changes: readonly number[]) {
  const pairs: ScorePair[] = changes.map((change) => [3, 3 + change]);
  return { enrolled: pairs.length, withBaseline: pairs.length, pairs };
}

function outcome(intervention: readonly number[], comparison: readonly number[] | null) {
  return analyseOutcome({
    direction: 'lower-is-better',
    reliability: null,
    arms: { intervention: arm(intervention), comparison: comparison && arm(comparison) },
  });
}

const twelve = [-2, -1, -1, 0, -1, -2, 0, -1, 1, -1, -2, 0];
const ten = [0, 1, -1, 0, 0, 1, 0, -1, 0, 1];

describe(projectEstimateOf.name, () => {
  it('takes a controlled project’s difference and its Welch SE² for the controlled design', () => {
    const statistics = outcome(twelve, ten);
    const [i, c] = [statistics.arms.intervention!, statistics.arms.comparison!];

    expect(projectEstimateOf(statistics, 'controlled')).toEqual({
      effect: statistics.difference!.meanDifference,
      variance: i.sdChange! ** 2 / 12 + c.sdChange! ** 2 / 10,
    });
  });

  it('takes the intervention arm’s change for the before–after design, at either evidence level', () => {
    for (const statistics of [outcome(twelve, ten), outcome(twelve, null)]) {
      const i = statistics.arms.intervention!;
      expect(projectEstimateOf(statistics, 'before-after')).toEqual({
        effect: i.meanChange,
        variance: i.sdChange! ** 2 / 12,
      });
    }
  });

  it('leaves out a project below the design’s evidence level', () => {
    expect(projectEstimateOf(outcome(twelve, null), 'controlled')).toBeNull();
    expect(projectEstimateOf(outcome(twelve, [0, 1, 0]), 'controlled')).toBeNull();
    expect(projectEstimateOf(outcome(twelve.slice(0, 9), null), 'before-after')).toBeNull();
  });

  it('leaves out a project whose estimate has no variance', () => {
    expect(projectEstimateOf(outcome(new Array<number>(12).fill(-1), null), 'before-after')).toBeNull();
  });
});
