/** One paired participant's scale scores: at wave 0 and at the follow-up wave. */
export type ScorePair = readonly [baseline: number, followUp: number];

/** dᵢ = followUpᵢ − baselineᵢ for each paired participant. */
export function changeScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([baseline, followUp]) => followUp - baseline);
}

/** The wave-0 scores of the paired participants. */
export function baselineScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([baseline]) => baseline);
}

/** The follow-up scores of the paired participants. */
export function followUpScores(pairs: readonly ScorePair[]): number[] {
  return pairs.map(([, followUp]) => followUp);
}
