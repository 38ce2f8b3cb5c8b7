import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { ImportRow } from './import-format';

/**
 * How many data rows a CSV file has, counted from its line breaks in one quick pass (a cell with
 * a line break in it makes it an overestimate); null for an XLSX file, which is not counted ahead.
 */
export async function approximateRowCount(file: string): Promise<number | null> {
  if (importFileFormatOf(file) !== 'csv') return null;
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  }
  return Math.max(0, lines - 1);
}

/** A file the import cannot read: not CSV or XLSX, or without a header row. */
export class UnreadableImportFileError extends Error {
  readonly code = 'import.unreadable-file';
}

/** The kinds of file the import reads, by their extension. */
export type ImportFileFormat = 'csv' | 'xlsx';

export function importFileFormatOf(file: string): ImportFileFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new UnreadableImportFileError(
    `${file} is neither .csv nor .xlsx: save the spreadsheet in one of those formats`,
  );
}

/**
 * The rows of a CSV (comma or semicolon separated, UTF-8 with or without BOM) or of the first
 * sheet of an XLSX file, read as a stream, each with its cells by the header's column names.
 * Rows whose cells are all empty are skipped.
 */
export async function* readImportRows(file: string): AsyncGenerator<ImportRow> {
  const records = importFileFormatOf(file) === 'csv' ? csvRecords(file) : xlsxRecords(file);
  let header: string[] | undefined;
  for await (const { row, values } of records) {
    if (!header) {
      header = values.map((value) => value.trim());
      if (!header.includes('reference'))
        throw new UnreadableImportFileError(
          `${file} has no header row with a "reference" column: start from the template`,
        );
      continue;
    }
    if (values.every((value) => value.trim() === '')) continue;
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      if (column !== '') cells[column] = values[i] ?? '';
    });
    yield { row, cells };
  }
  if (!header) throw new UnreadableImportFileError(`${file} is empty: start from the template`);
}

interface RawRecord {
  readonly row: number;
  readonly values: string[];
}

async function* csvRecords(file: string): AsyncGenerator<RawRecord> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: info.lines, values: record };
  }
}

async function* xlsxRecords(file: string): AsyncGenerator<RawRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      yield { row: row.number, values };
    }
    return;
  }
}

/** A cell as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return String(value);
}
