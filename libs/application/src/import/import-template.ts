import { writeFile } from 'node:fs/promises';
import { AGE_BANDS, ARMS, CONTACT_KINDS } from '@outcome/domain';
import type { InstrumentDefinition, Language } from '@outcome/instruments';
import ExcelJS from 'exceljs';
import { CONTACT_COLUMNS, itemColumns, templateColumns } from './import-format';

/** Rows of the XLSX template that carry drop-down lists. */
const TEMPLATE_ROWS = 1000;

/** An empty contacts template: CSV, or XLSX with a drop-down list of the contact kinds. */
export async function writeContactsTemplate(format: 'csv' | 'xlsx', file: string): Promise<void> {
  if (format === 'csv') return writeFile(file, `${CONTACT_COLUMNS.join(',')}\n`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('contacts');
  sheet.addRow([...CONTACT_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
    sheet.getCell(`D${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${CONTACT_KINDS.join(',')}"`],
      showErrorMessage: true,
      error: 'Choose one of the kinds of contact',
    };
  }
  await workbook.xlsx.writeFile(file);
}

/** An empty CSV template: the header of the long format for the instrument. */
export async function writeCsvTemplate(instrument: InstrumentDefinition, file: string): Promise<void> {
  await writeFile(file, `${templateColumns(instrument).join(',')}\n`, 'utf8');
}

/**
 * An XLSX template: the header, drop-down lists for arm, age band, instrument and every item (the
 * answer labels in the chosen language), and a second sheet with each item's text and the answer
 * codes and labels in NL, FR and EN.
 */
export async function writeXlsxTemplate(
  instrument: InstrumentDefinition,
  language: Language,
  file: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('import');
  const columns = templateColumns(instrument);
  sheet.addRow(columns);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const answers = workbook.addWorksheet('answers');
  answers.addRow(['code', 'nl', 'fr', 'en']);
  for (const answer of instrument.answers)
    answers.addRow([answer.code, answer.label.nl, answer.label.fr, answer.label.en]);
  answers.addRow([]);
  answers.addRow(['item', 'nl', 'fr', 'en']);
  itemColumns(instrument).forEach((column, i) => {
    const text = instrument.items[i]!.text;
    answers.addRow([column, text.nl, text.fr, text.en]);
  });
  const labelColumn = { nl: 'B', fr: 'C', en: 'D' }[language];
  const answerRange = `answers!$${labelColumn}$2:$${labelColumn}$${instrument.answers.length + 1}`;
  const lists: Record<string, string> = {
    arm: `"${ARMS.join(',')}"`,
    ageBand: `"${AGE_BANDS.join(',')}"`,
    instrument: `"${instrument.id}"`,
    ...Object.fromEntries(itemColumns(instrument).map((column) => [column, answerRange])),
  };
  columns.forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    sheet.getColumn(i + 1).width = Math.max(12, column.length + 2);
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      const address = `${letter}${row}`;
      if (lists[column]) {
        sheet.getCell(address).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [lists[column]],
          showErrorMessage: true,
          error: `Choose one of the list's values for ${column}`,
        };
      } else if (column === 'wave') {
        sheet.getCell(address).dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
          error: 'The wave is a whole number, 0 for the baseline',
        };
      }
    }
  });
  await workbook.xlsx.writeFile(file);
}
