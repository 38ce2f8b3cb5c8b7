import type { AnswerCode, InstrumentDefinition } from './instrument';

/** One thing wrong with submitted responses; `path` names the offending value, as in `responses[4]`. */
export interface ResponseProblem {
  readonly path: string;
  readonly message: string;
}

const PATH = 'responses';
// Kept short: an error answer may be stored (idempotency), and a value typed in the wrong place may be personal.
const LONGEST_SHOWN_VALUE = 24;

/**
 * Every problem with responses submitted for the instrument: not an array, a wrong number of
 * answers, an answer that is not one of the instrument's codes, or no item answered at all.
 * An empty list means the responses can be scored.
 */
export function validateResponses(instrument: InstrumentDefinition, responses: unknown): ResponseProblem[] {
  const problems = findShapeProblems(instrument, responses);
  if (Array.isArray(responses) && responses.length > 0 && responses.every((answer) => answer === null)) {
    problems.push({ path: PATH, message: 'at least one item must be answered' });
  }
  return problems;
}

/** The problems that make responses unscorable; all items missing is not one of them. */
export function findShapeProblems(instrument: InstrumentDefinition, responses: unknown): ResponseProblem[] {
  const expected = `${instrument.items.length} answers, one per item of ${instrument.id}`;
  if (!Array.isArray(responses)) {
    return [{ path: PATH, message: `expected an array of ${expected}, got ${describeType(responses)}` }];
  }
  const problems: ResponseProblem[] = [];
  if (responses.length !== instrument.items.length) {
    problems.push({ path: PATH, message: `expected ${expected}, got ${responses.length}` });
  }
  // Every answer, extra ones too (they share the items' codes); an index loop, not forEach, so that a
  // hole in a sparse array is reported, not skipped.
  for (let index = 0; index < responses.length; index++) {
    const answer: unknown = responses[index];
    if (answer !== null && !isAnswerCode(instrument, answer)) {
      problems.push({ path: `${PATH}[${index}]`, message: describeUnknownAnswer(instrument, answer) });
    }
  }
  return problems;
}

function isAnswerCode(instrument: InstrumentDefinition, answer: unknown): answer is AnswerCode {
  return instrument.answers.some((option) => option.code === answer);
}

function describeUnknownAnswer(instrument: InstrumentDefinition, answer: unknown): string {
  const codes = instrument.answers.map((option) => option.code);
  const message = `${show(answer)} is not one of ${codes.join(', ')}`;
  const codeTypes = new Set(codes.map((code) => typeof code));
  const [codeType] = codeTypes;
  return codeTypes.size === 1 && typeof answer !== codeType
    ? `${message}: expected a ${codeType}, got ${describeType(answer)}`
    : message;
}

function show(value: unknown): string {
  const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return shown.length > LONGEST_SHOWN_VALUE ? `${shown.slice(0, LONGEST_SHOWN_VALUE)}…` : shown;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
