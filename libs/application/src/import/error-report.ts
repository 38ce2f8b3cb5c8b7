import { writeFile } from 'node:fs/promises';
import type { RowError } from './import-format';

/** A CSV cell, quoted when it must be. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The import's error report: one line per refused cell, with its row, column, value and message. */
export async function writeErrorReport(errors: readonly RowError[], file: string): Promise<void> {
  const lines = [
    'row,column,value,message',
    ...errors.map((error) => [error.row, error.column, error.value, error.message].map(csvCell).join(',')),
  ];
  await writeFile(file, `${lines.join('\n')}\n`, 'utf8');
}
