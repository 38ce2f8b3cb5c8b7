import { AGE_BANDS, ARMS, CONTACT_KINDS, type ContactKind } from '@outcome/domain';
import {
  type AnswerCode,
  findInstrument,
  type InstrumentDefinition,
  type ItemResponse,
  LANGUAGES,
} from '@outcome/instruments';
import type { EnrolmentInput } from '../enrol-participant/enrol-participant.command';
import type { MeasurementInput } from '../record-measurement/record-measurement.command';

/**
 * The columns of the long format before the items, in order: one row per participant,
 * instrument and wave (docs/cli.md "import").
 */
export const LEADING_COLUMNS = [
  'reference',
  'arm',
  'enrolledOn',
  'ageBand',
  'consentGivenOn',
  'instrument',
  'wave',
  'takenOn',
] as const;

/** The columns of a contacts file: one row per contact with a participant already enrolled. */
export const CONTACT_COLUMNS = ['reference', 'on', 'minutes', 'kind'] as const;

/** A contact row read as the log-contact command takes it. */
export interface ParsedContactRow {
  readonly row: number;
  readonly reference: string;
  readonly contact: { readonly on: string; readonly minutes: number; readonly kind: ContactKind };
}

/** Whether a file's rows are contacts (it has a `minutes` column) rather than measurements. */
export function isContactRow(row: ImportRow): boolean {
  return 'minutes' in row.cells && !('instrument' in row.cells);
}

/** Reads one contact row, each problem named by its column. */
export function parseContactRow({ row, cells }: ImportRow): ParsedContactRow | RowError[] {
  const errors: RowError[] = [];
  const cell = (column: string) => (cells[column] ?? '').trim();
  const fail = (column: string, message: string) => errors.push({ row, column, value: cell(column), message });
  const reference = cell('reference');
  if (reference === '') fail('reference', "every row needs the participant's reference");
  const on = cell('on');
  if (!DATE.test(on) || Number.isNaN(Date.parse(on))) fail('on', 'must be a date written YYYY-MM-DD');
  const minutes = Number(cell('minutes'));
  if (cell('minutes') === '' || !Number.isInteger(minutes) || minutes <= 0)
    fail('minutes', 'must be a whole number of minutes above 0');
  const kind = cell('kind') as ContactKind;
  if (!CONTACT_KINDS.includes(kind)) fail('kind', `must be one of ${CONTACT_KINDS.join(', ')}`);
  return errors.length > 0 ? errors : { row, reference, contact: { on, minutes, kind } };
}

/** The enrolment facts every row of one reference must repeat as its first row gave them. */
export const ENROLMENT_COLUMNS = ['arm', 'enrolledOn', 'ageBand', 'consentGivenOn'] as const;

/** `item1 … itemN` for an instrument of N items. */
export function itemColumns(instrument: InstrumentDefinition): string[] {
  return instrument.items.map((_item, i) => `item${i + 1}`);
}

/** The template's header for an instrument. */
export function templateColumns(instrument: InstrumentDefinition): string[] {
  return [...LEADING_COLUMNS, ...itemColumns(instrument)];
}

/** One row of an import file: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export interface ImportRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A cell that cannot be imported, and why, in words a user can act on. */
export interface RowError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** A row read as the application's commands take it. */
export interface ParsedRow {
  readonly row: number;
  readonly reference: string;
  readonly enrolment: EnrolmentInput;
  readonly measurement: MeasurementInput;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Answers of an instrument by their code or any of their labels (NL, FR, EN), compared without case or extra spaces. */
export class AnswerLookup {
  private readonly answers = new Map<string, AnswerCode>();

  constructor(readonly instrument: InstrumentDefinition) {
    for (const answer of instrument.answers) {
      for (const language of LANGUAGES) this.answers.set(normalised(answer.label[language]), answer.code);
      this.answers.set(normalised(String(answer.code)), answer.code);
    }
  }

  /** The code of an answer, null for an empty cell, undefined for a cell that is no answer of the instrument. */
  codeOf(cell: string): ItemResponse | undefined {
    if (cell.trim() === '') return null;
    return this.answers.get(normalised(cell));
  }

  describe(): string {
    return this.instrument.answers.map((answer) => `${answer.code} (${answer.label.en})`).join(', ');
  }
}

function normalised(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * Reads one row: every cell checked for its form (known arm, age band, instrument and answers,
 * dates, a whole wave), each problem named by its column. The rules of enrolment and
 * measurement themselves are the application's, applied when the row is decided.
 */
export function parseImportRow(
  { row, cells }: ImportRow,
  lookups: (instrument: string) => AnswerLookup | undefined,
): ParsedRow | RowError[] {
  const errors: RowError[] = [];
  const cell = (column: string) => (cells[column] ?? '').trim();
  const fail = (column: string, message: string) => errors.push({ row, column, value: cell(column), message });
  const reference = cell('reference');
  if (reference === '') fail('reference', "every row needs the participant's reference");
  const oneOf = <T extends string>(column: string, allowed: readonly T[]): T => {
    const value = cell(column) as T;
    if (!allowed.includes(value)) fail(column, `must be one of ${allowed.join(', ')}`);
    return value;
  };
  const date = (column: string) => {
    const value = cell(column);
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) fail(column, 'must be a date written YYYY-MM-DD');
    return value;
  };
  const arm = oneOf('arm', ARMS);
  const ageBand = oneOf('ageBand', AGE_BANDS);
  const enrolledOn = date('enrolledOn');
  const consentGivenOn = date('consentGivenOn');
  const takenOn = date('takenOn');
  const wave = Number(cell('wave'));
  if (cell('wave') === '' || !Number.isInteger(wave) || wave < 0)
    fail('wave', 'must be a whole number, 0 for the baseline');
  const lookup = lookups(cell('instrument'));
  const responses: ItemResponse[] = [];
  if (!lookup) {
    fail('instrument', 'is not an instrument the platform knows (see docs/instruments.md)');
  } else {
    const columns = itemColumns(lookup.instrument);
    for (const column of columns) {
      const code = lookup.codeOf(cell(column));
      if (code === undefined)
        fail(column, `is not an answer of ${lookup.instrument.id}: give a code or a label, ${lookup.describe()}`);
      responses.push(code ?? null);
    }
    const extra = Object.keys(cells).find(
      (column) => /^item\d+$/.test(column) && !columns.includes(column) && cell(column) !== '',
    );
    if (extra) fail(extra, `${lookup.instrument.id} has only ${columns.length} items`);
  }
  if (errors.length > 0) return errors;
  return {
    row,
    reference,
    enrolment: { reference, arm, enrolledOn, ageBand, consent: { givenOn: consentGivenOn } },
    measurement: { instrument: lookup!.instrument.id, wave, takenOn, responses },
  };
}

/** One lookup per instrument, made when first asked for. */
export function answerLookups(): (instrument: string) => AnswerLookup | undefined {
  const made = new Map<string, AnswerLookup>();
  return (id) => {
    const instrument = findInstrument(id);
    if (!instrument) return undefined;
    const lookup = made.get(instrument.id) ?? new AnswerLookup(instrument);
    made.set(instrument.id, lookup);
    return lookup;
  };
}
