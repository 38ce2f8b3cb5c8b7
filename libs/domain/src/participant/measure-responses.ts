import {
  findInstrument,
  scoreResponses,
  validateResponses,
  type ItemResponse,
  type Scores,
} from '@outcome/instruments';
import { InvalidResponsesError, UnknownInstrumentError } from './participant.errors';

/** Validates responses against the instrument and derives its scores: scores are never typed in. */
export function measureResponses(instrumentId: string, responses: readonly ItemResponse[]): Scores {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new UnknownInstrumentError(instrumentId);
  const problems = validateResponses(instrument, responses);
  if (problems.length) throw new InvalidResponsesError(problems);
  return scoreResponses(instrument, responses);
}
