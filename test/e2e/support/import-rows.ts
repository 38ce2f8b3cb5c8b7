import { findInstrument, type Language } from '@outcome/instruments';

/** One participant's measurement as the long format holds it. */
export interface LongRow {
  readonly reference: string;
  readonly arm: 'intervention' | 'comparison';
  readonly enrolledOn: string;
  readonly ageBand: string;
  readonly consentGivenOn: string;
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: string;
  /** Answer codes, item by item. */
  readonly codes: readonly string[];
}

/** The long format's header for DJG-6, as docs/cli.md spells it. */
export const LONG_COLUMNS =
  'reference,arm,enrolledOn,ageBand,consentGivenOn,instrument,wave,takenOn,item1,item2,item3,item4,item5,item6'.split(
    ',',
  );

const DJG6_CODES = ['yes', 'more-or-less', 'no'];

/**
 * DJG-6 rows for `participants` participants measured at baseline and one follow-up, half in each
 * arm; the intervention arm's answers lean towards "no" (less lonely) at the follow-up.
 */
export function djg6Rows(participants: number, prefix = 'P'): LongRow[] {
  const rows: LongRow[] = [];
  for (let i = 0; i < participants; i++) {
    const arm = i % 2 === 0 ? 'intervention' : 'comparison';
    for (const wave of [0, 1]) {
      const codes = Array.from({ length: 6 }, (_item, item) => {
        const leaning = wave === 1 && arm === 'intervention' && (i + item) % 3 !== 0 ? 2 : 0;
        return DJG6_CODES[Math.min(2, ((i * 7 + item * 3 + wave * 5) % 3) + leaning)]!;
      });
      rows.push({
        reference: `${prefix}${String(i).padStart(5, '0')}`,
        arm,
        enrolledOn: '2026-02-02',
        ageBand: i % 3 === 0 ? '80+' : '60-79',
        consentGivenOn: '2026-02-01',
        instrument: 'djg-6',
        wave,
        takenOn: wave === 0 ? '2026-02-03' : '2026-05-04',
        codes,
      });
    }
  }
  return rows;
}

/** The answer's label in a language, as a worker would type or pick it. */
export function labelOf(code: string, language: Language): string {
  const answer = findInstrument('djg-6')!.answers.find((candidate) => String(candidate.code) === code)!;
  return answer.label[language];
}

/** A row's cells in column order, its answers as codes or as labels in a language. */
export function cellsOf(row: LongRow, answers: 'codes' | Language): string[] {
  const items = row.codes.map((code) => (answers === 'codes' ? code : labelOf(code, answers)));
  return [
    row.reference,
    row.arm,
    row.enrolledOn,
    row.ageBand,
    row.consentGivenOn,
    row.instrument,
    String(row.wave),
    row.takenOn,
    ...items,
  ];
}

/** CSV text of rows, every third row's answers in Dutch labels and every third in French. */
export function csvOf(rows: readonly (readonly string[])[]): string {
  const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [LONG_COLUMNS, ...rows].map((cells) => cells.map(quoted).join(',')).join('\n') + '\n';
}
