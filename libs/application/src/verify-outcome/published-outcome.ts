import type { OutcomeAnswer } from '../reads/outcomes/outcome-answer';

/** A saved Outcome that cannot be verified: not an Outcome of one project, or missing what pins it down. */
export class UnverifiableOutcomeError extends Error {
  readonly code = 'verify.not-an-outcome';
}

/**
 * Reads a saved Outcome answer (the JSON the project outcome route answered): it must name its
 * project, instrument, scale, the position it was read at and its asOf.
 * @throws UnverifiableOutcomeError naming what is missing.
 */
export function parsePublishedOutcome(text: string, source: string): OutcomeAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UnverifiableOutcomeError(`${source} is not JSON: save the outcome route's answer as it came`);
  }
  const answer = parsed as Partial<OutcomeAnswer> | null;
  const missing = [
    typeof answer?.projectId === 'string' ? null : 'projectId',
    typeof answer?.instrument === 'string' ? null : 'instrument',
    typeof answer?.scale === 'string' ? null : 'scale',
    typeof answer?.asOf === 'string' && !Number.isNaN(Date.parse(answer.asOf)) ? null : 'asOf',
    answer?.position === null || (typeof answer?.position === 'string' && /^\d+$/.test(answer.position))
      ? null
      : 'position',
    typeof answer?.arms === 'object' && answer.arms !== null ? null : 'arms',
  ].filter((field): field is string => field !== null);
  if (missing.length > 0) {
    throw new UnverifiableOutcomeError(
      `${source} is not a project's Outcome answer: it lacks ${missing.join(', ')} (save the answer of GET /api/projects/{id}/outcomes as it came)`,
    );
  }
  return answer as OutcomeAnswer;
}
