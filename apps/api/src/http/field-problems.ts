import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './api-error-body';

/**
 * Flattens class-validator's tree into one problem per failing field, each named by its path
 * (`consent.givenOn`, `responses[3]`). Constraint messages are written to follow the path and a
 * colon ("takenOn: must be a date as YYYY-MM-DD").
 */
export function fieldProblemsOf(errors: readonly ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = firstFailure(error).flatMap(([constraint, message]) =>
      constraint === 'whitelistValidation'
        ? [{ path, message: 'is not a known field' }]
        : splitItemProblems(path, message),
    );
    return [...own, ...fieldProblemsOf(error.children ?? [], path)];
  });
}

/**
 * One problem per field: the first failing rule as the DTO lists them top to bottom ("is required"
 * before "must be text" before "must be 1 to 200 characters"). class-validator checks IsDefined
 * apart and records the other decorators bottom-up, so that is "is required" when the field is
 * missing, else the last failing constraint it reports. It adds its own "nested property … must be
 * either object or array" after them all; the DTO's IsObject says that in better words.
 */
function firstFailure(error: ValidationError): [string, string][] {
  const failures = Object.entries(error.constraints ?? {});
  const missing = failures.find(([constraint]) => constraint === 'isDefined');
  if (missing) return [missing];
  const own = failures.filter(([constraint]) => constraint !== 'nestedValidation');
  const candidates = own.length ? own : failures;
  return candidates.length ? [candidates[candidates.length - 1]!] : [];
}

const ITEM_PROBLEM = /^\[(\d+)\]: (.*)$/;

/** Validators of primitive arrays report one line per bad item as `[3]: message` (see each-item-problems.ts). */
function splitItemProblems(path: string, message: string): FieldProblem[] {
  return message.split('\n').map((line) => {
    const item = ITEM_PROBLEM.exec(line);
    return item ? { path: `${path}[${item[1]}]`, message: item[2]! } : { path, message: line };
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

export function describeFieldProblems(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
}
