import { DomainError, InvalidInputError } from '@outcome/domain';
import type { RowError } from './import-format';

/** Where in a row each broken rule of enrolment and measurement points. */
const COLUMN_OF_CODE: Readonly<Record<string, string>> = {
  'participant.reference-already-used': 'reference',
  'participant.erased': 'reference',
  'participant.already-enrolled': 'reference',
  'project.not-found': 'reference',
  'measurement.unknown-instrument': 'instrument',
  'measurement.instrument-not-measured': 'instrument',
  'measurement.wave-already-recorded': 'wave',
  'measurement.before-enrolment': 'takenOn',
  'measurement.after-exit': 'takenOn',
  'measurement.after-consent-withdrawal': 'takenOn',
  'contact.after-exit': 'on',
  'contact.before-enrolment': 'on',
};

/** An input problem's path as the row's column: `responses[3]` is item4, `consent.givenOn` consentGivenOn. */
function columnOfPath(path: string): string {
  const item = /^responses\[(\d+)\]/.exec(path);
  if (item) return `item${Number(item[1]) + 1}`;
  if (path.startsWith('consent')) return 'consentGivenOn';
  return path;
}

/** The errors of a row the application refused, each at the column it is about. */
export function rowErrorsOf(
  error: unknown,
  parsed: { readonly row: number },
  cells: Readonly<Record<string, string>>,
): RowError[] {
  const value = (column: string) => (cells[column] ?? '').trim();
  if (error instanceof InvalidInputError) {
    return error.problems.map((problem) => {
      const column = columnOfPath(problem.path);
      return { row: parsed.row, column, value: value(column), message: problem.message };
    });
  }
  if (error instanceof DomainError) {
    const column = COLUMN_OF_CODE[error.code] ?? '';
    return [{ row: parsed.row, column, value: value(column), message: error.message }];
  }
  throw error;
}
