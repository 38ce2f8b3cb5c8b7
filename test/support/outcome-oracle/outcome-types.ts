export type Direction = 'lower-is-better' | 'higher-is-better';

/** The scale's reliability r, or its fixed standard error of measurement (SWEMWBS metric), or neither. */
export type Reliability = { kind: 'reliability'; r: number } | { kind: 'sem'; sem: number } | null;

/** One enrolled participant's scale score per wave: null = not scorable, an absent wave = not measured. */
export interface ParticipantScores {
  waves: Record<number, number | null>;
}

export interface ArmData {
  participants: ParticipantScores[];
}

export interface OutcomeInput {
  direction: Direction;
  reliability: Reliability;
  arms: { intervention: ArmData | null; comparison: ArmData | null };
  /** The follow-up wave asked for; without it, each participant's latest scored wave above 0. */
  wave?: number;
}

export type Interval = [number, number];

export interface ReliableChange {
  threshold: number;
  improved: number;
  deteriorated: number;
}

export interface ArmOutcome {
  enrolled: number;
  withBaseline: number;
  paired: number;
  attrition: number | null;
  baselineMean: number | null;
  followUpMean: number | null;
  meanChange: number | null;
  sdChange: number | null;
  ci95: Interval | null;
  t: number | null;
  df: number | null;
  p: number | null;
  cohensDz: number | null;
  hedgesGz: number | null;
  reliableChange: ReliableChange | null;
  /** The change the arm's paired t-test detects with power 0.8 at α = 0.05. */
  minimumDetectableEffect: DetectableEffect | null;
}

export interface DetectableEffect {
  d: number;
  points: number;
}

export interface AdjustedDifference {
  meanDifference: number;
  se: number;
  ci95: Interval;
  t: number | null;
  df: number;
  p: number | null;
}

export interface ArmDifference {
  meanDifference: number;
  ci95: Interval;
  t: number | null;
  df: number | null;
  p: number | null;
  hedgesG: number | null;
  /** The baseline-adjusted difference (docs/statistics.md "Beyond one project"). */
  adjusted: AdjustedDifference | null;
  /** The difference between the arms' changes the comparison detects with power 0.8. */
  minimumDetectableEffect: DetectableEffect | null;
}

export type EvidenceLevel = 'insufficient-data' | 'before-after' | 'controlled';

export type Verdict =
  | 'insufficient-data'
  | 'effective'
  | 'no-detectable-effect'
  | 'harmful'
  | 'scores-improved'
  | 'no-detectable-change'
  | 'scores-worsened';

export type OutcomeWarning = 'small-sample' | 'high-attrition' | 'no-comparison-group' | 'baseline-imbalance';

/** The statistical fields of an Outcome, named as docs/api.md names them. */
export interface ExpectedOutcome {
  direction: Direction;
  arms: { intervention: ArmOutcome | null; comparison: ArmOutcome | null };
  difference: ArmDifference | null;
  evidenceLevel: EvidenceLevel;
  verdict: Verdict;
  warnings: OutcomeWarning[];
}
