/** One paired participant's scale scores: at wave 0 and at the follow-up wave. */
export type ScorePair = readonly [baseline: number, followUp: number];

/**
 * dᵢ = followUpᵢ − baselineᵢ for each paired participant, on a grid of 1e-9. Scale scores carry at
 * most two decimals (SWEMWBS metric), and float subtraction would otherwise give equal changes
 * different last bits (27.03 − 24.11 = 2.9200000000000017, 15.32 − 12.40 = 2.92): s = 0 must stay 0.
 */
export function changeScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([baseline, followUp]) => Math.round((followUp - baseline) * 1e9) / 1e9);
}

/** The wave-0 scores of the paired participants. */
export function baselineScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([baseline]) => baseline);
}

/** The follow-up scores of the paired participants. */
export function followUpScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([, followUp]) => followUp);
}
