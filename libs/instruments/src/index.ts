export type { Language, LocalisedText, TranslationSource } from './language';
export { LANGUAGES } from './language';
export type { Audience, ReliabilitySource, Scale, ScaleReliability, ScoreCategory, ScoreConversion } from './scale';
export type {
  AnswerCode,
  AnswerOption,
  Citation,
  Direction,
  InstrumentDefinition,
  Item,
  ItemResponse,
  OutcomeDomain,
} from './instrument';
export { OUTCOME_DOMAINS, findScale } from './instrument';
export type { Instrument, InstrumentId } from './instrument-registry';
export { INSTRUMENTS, findInstrument, isInstrumentId } from './instrument-registry';
export type { ResponseProblem } from './validate-responses';
export { validateResponses } from './validate-responses';
export type { Scores } from './score-responses';
export { scoreResponses } from './score-responses';
export type { ReliabilityOverrides } from './resolve-reliability';
export { resolveReliability, validateReliabilityOverrides } from './resolve-reliability';
export { categoriseScore } from './categorise-score';
