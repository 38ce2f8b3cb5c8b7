import type { FieldProblem } from './api-error-body';

/** An error answer names at most this many problems, and counts the rest (docs/api.md "Errors"). */
export const PROBLEMS_SHOWN = 20;
const PATH_LENGTH = 120;
const MESSAGE_LENGTH = 240;
/** Longest message of any error answer: with 20 problems of the lengths above, a few KiB. */
const ANSWER_MESSAGE_LENGTH = 8_192;

export interface BoundedProblems {
  readonly shown: readonly FieldProblem[];
  /** How many problems were left out. */
  readonly more: number;
}

/** The first problems, each cut short, so that an answer stays small whatever the request held. */
export function boundProblems(problems: readonly FieldProblem[]): BoundedProblems {
  return {
    shown: problems
      .slice(0, PROBLEMS_SHOWN)
      .map(({ path, message }) => ({ path: clip(path, PATH_LENGTH), message: clip(message, MESSAGE_LENGTH) })),
    more: Math.max(0, problems.length - PROBLEMS_SHOWN),
  };
}

/** `path: message; …`, and how many more problems there were. */
export function describeBoundedProblems({ shown, more }: BoundedProblems): string {
  const described = shown.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  if (!more) return described;
  return `${described}; and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'}`;
}

/** A message of any error answer, cut to a length that keeps the answer a few KiB. */
export function boundMessage(message: string): string {
  return clip(message, ANSWER_MESSAGE_LENGTH);
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
