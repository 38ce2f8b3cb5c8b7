export { compareOutcome, type OutcomeDifference } from './compare-outcome';
export { computeOutcome } from './outcome-oracle';
export type * from './outcome-types';
export { studentTCdf, studentTQuantile, studentTTwoSidedP } from './student-t';
export { computeHolm, computeSynthesis, type ExpectedSynthesis } from './synthesis';
