import type { OutcomeStatistics, ProjectEstimate, StudyDesign } from '@outcome/statistics';

/**
 * A project's estimate for a synthesis of one design (docs/statistics.md "Synthesis across
 * projects"), or null when it does not qualify: `controlled` takes projects at that evidence level,
 * their `difference.meanDifference` and its Welch SE²; `before-after` takes projects at either level,
 * the intervention arm's `meanChange` and sdChange² / paired. A variance that is 0 gives no weight.
 */
export function projectEstimateOf(statistics: OutcomeStatistics, design: StudyDesign): ProjectEstimate | null {
  const { intervention, comparison } = statistics.arms;
  if (design === 'controlled') {
    if (statistics.evidenceLevel !== 'controlled' || !statistics.difference) return null;
    if (intervention?.sdChange == null || comparison?.sdChange == null) return null;
    const variance = intervention.sdChange ** 2 / intervention.paired + comparison.sdChange ** 2 / comparison.paired;
    return qualifying(statistics.difference.meanDifference, variance);
  }
  if (statistics.evidenceLevel === 'insufficient-data') return null;
  if (intervention?.meanChange == null || intervention.sdChange === null) return null;
  return qualifying(intervention.meanChange, intervention.sdChange ** 2 / intervention.paired);
}

function qualifying(effect: number, variance: number): ProjectEstimate | null {
  return variance > 0 && Number.isFinite(variance) ? { effect, variance } : null;
}
