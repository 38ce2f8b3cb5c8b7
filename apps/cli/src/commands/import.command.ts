import { resolve } from 'node:path';
import {
  approximateRowCount,
  importParticipants,
  type ParticipantImportResult,
  writeContactsTemplate,
  writeCsvTemplate,
  writeErrorReport,
  writeXlsxTemplate,
} from '@outcome/application';
import { findInstrument, type Language, LANGUAGES } from '@outcome/instruments';
import type { Command } from 'commander';
import { type CommandAnswer, printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface ImportOptions {
  readonly project?: string;
  readonly skipInvalid?: boolean;
  readonly atomic?: boolean;
  readonly errors?: string;
  readonly instrument?: string;
  readonly contacts?: boolean;
  readonly format?: string;
  readonly language: string;
  readonly out?: string;
  readonly json?: boolean;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<file>', 'a .csv or .xlsx file in the long format, or the word "template" to write an empty one')
    .description(
      "Import participants and their measurements into a project from a spreadsheet in the long format (one row per participant, instrument and wave); every row is checked by the application's rules before anything is written",
    )
    .option('--project <id>', 'the project to import into')
    .option('--atomic', 'import nothing when any row is refused (the default)')
    .option('--skip-invalid', 'import the good rows and report the refused ones')
    .option('--errors <file>', 'where to write the error report (default: <file>.errors.csv)')
    .option('--instrument <id>', 'template: the instrument whose items the template asks for')
    .option('--contacts', 'template: a contacts template (reference, on, minutes, kind) instead')
    .option('--format <format>', 'template: csv or xlsx', 'xlsx')
    .option('--language <language>', `template: the language of the answer lists (${LANGUAGES.join(', ')})`, 'nl')
    .option('--out <file>', 'template: the file to write')
    .option('--json', 'print {imported, skipped, errors: [{row, column, message}]} as JSON')
    .addHelpText(
      'after',
      [
        '',
        'Columns: reference, arm, enrolledOn, ageBand, consentGivenOn, instrument, wave, takenOn, item1 … itemN',
        '(answer codes, or their labels in Dutch, French or English; an empty cell is a missing item);',
        'or, for contacts with participants already enrolled: reference, on, minutes, kind.',
        '',
        'Examples:',
        '  npm run cli -- import template --instrument djg-6 --format xlsx --language fr --out djg-6.xlsx',
        '  npm run cli -- import measurements.csv --project 5b0c…e1',
        '  npm run cli -- import measurements.xlsx --project 5b0c…e1 --skip-invalid --json',
        '  npm run cli -- import template --contacts --format csv --out contacts.csv',
      ].join('\n'),
    )
    .action((file: string, options: ImportOptions) =>
      (file === 'template' ? writeTemplate(options) : importFile(resolve(file), options)).catch((error: unknown) =>
        printFailure(error, options),
      ),
    );
}

async function writeTemplate(options: ImportOptions): Promise<void> {
  if (options.contacts) return writeContactTemplate(options);
  const instrument = options.instrument && findInstrument(options.instrument);
  if (!instrument)
    throw new Error(
      "Name the template's instrument with --instrument, e.g. --instrument djg-6 (see docs/instruments.md)",
    );
  if (!options.out) throw new Error('Say where to write the template with --out <file>');
  if (!LANGUAGES.includes(options.language as Language))
    throw new Error(`--language must be one of ${LANGUAGES.join(', ')}`);
  const out = resolve(options.out);
  if (options.format === 'csv') await writeCsvTemplate(instrument, out);
  else if (options.format === 'xlsx') await writeXlsxTemplate(instrument, options.language as Language, out);
  else throw new Error('--format must be csv or xlsx');
  printAnswer(
    { json: { template: out, instrument: instrument.id, format: options.format }, lines: [`Wrote ${out}`] },
    options,
  );
}

async function writeContactTemplate(options: ImportOptions): Promise<void> {
  if (!options.out) throw new Error('Say where to write the template with --out <file>');
  if (options.format !== 'csv' && options.format !== 'xlsx') throw new Error('--format must be csv or xlsx');
  const out = resolve(options.out);
  await writeContactsTemplate(options.format, out);
  printAnswer({ json: { template: out, contacts: true, format: options.format }, lines: [`Wrote ${out}`] }, options);
}

async function importFile(file: string, options: ImportOptions): Promise<void> {
  if (!options.project) throw new Error('Name the project to import into with --project <id>');
  if (options.atomic && options.skipInvalid) throw new Error('Give either --atomic or --skip-invalid, not both');
  const projectId = options.project;
  const started = Date.now();
  const rows = await approximateRowCount(file);
  const result = await withStores(async ({ eventStore, keyStore }) => {
    const checking = progressBar('rows checked');
    const writing = progressBar('events written');
    try {
      return await importParticipants({
        store: eventStore,
        keys: keyStore,
        projectId,
        file,
        skipInvalid: options.skipInvalid === true,
        onProgress: (phase, done, total) => {
          if (phase === 'checking') return checking.update(done, rows ?? done);
          checking.stop();
          writing.update(done, total ?? done);
        },
      });
    } finally {
      checking.stop();
      writing.stop();
    }
  });
  const report = options.errors ? resolve(options.errors) : `${file}.errors.csv`;
  if (result.errors.length > 0) await writeErrorReport(result.errors, report);
  printAnswer(answerOf(result, report, options.skipInvalid === true, (Date.now() - started) / 1000), options);
}

function answerOf(
  result: ParticipantImportResult,
  report: string,
  skipInvalid: boolean,
  seconds: number,
): CommandAnswer {
  const refused = result.errors.length > 0;
  const errors = result.errors.map(({ row, column, value, message }) => ({ row, column, value, message }));
  const lines = [
    refused && !skipInvalid
      ? `Nothing imported: ${new Set(result.errors.map((error) => error.row)).size} row(s) were refused. Fix them and run the import again.`
      : `Imported ${result.imported} row(s) (${result.participantsEnrolled} participant(s) enrolled, ${result.events} events, last position ${result.position ?? '-'}); skipped ${result.skipped} (${result.alreadyImported} imported before), in ${seconds.toFixed(1)} s.`,
    ...result.errors
      .slice(0, 20)
      .map(
        (error) =>
          `  row ${error.row}, ${error.column || 'row'}: ${error.value ? `"${error.value}" ` : ''}${error.message}`,
      ),
    ...(result.errors.length > 20 ? [`  … and ${result.errors.length - 20} more`] : []),
    ...(refused ? [`Error report: ${report}`] : []),
  ];
  return {
    json: {
      imported: result.imported,
      skipped: result.skipped,
      alreadyImported: result.alreadyImported,
      participantsEnrolled: result.participantsEnrolled,
      events: result.events,
      position: result.position,
      errors,
      ...(refused ? { errorReport: report } : {}),
      seconds,
    },
    lines,
    exitCode: refused && !skipInvalid ? 1 : 0,
  };
}
