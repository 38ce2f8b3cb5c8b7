import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliEnv, runCli, runCliJson } from './support/cli-runner';
import { cellsOf, csvOf, djg6Rows, LONG_COLUMNS, type LongRow } from './support/import-rows';
import { RecordingClient } from './support/recording-client';
import { registerProject } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

interface ImportAnswer {
  readonly imported: number;
  readonly skipped: number;
  readonly alreadyImported: number;
  readonly position: string | null;
  readonly errors: { row: number; column: string; value: string; message: string }[];
  readonly errorReport?: string;
}

async function importJson(
  args: readonly string[],
  env: CliEnv,
): Promise<{ code: number | null; answer: ImportAnswer }> {
  const run = await runCli(['import', ...args, '--json'], env);
  return { code: run.code, answer: JSON.parse(run.stdout) as ImportAnswer };
}

async function headOf(api: TestApi): Promise<string> {
  const health = await api.http.get('/health');
  return (health.body as { info: { eventStore: { head: string } } }).info.eventStore.head;
}

/** The rows with three mistakes a worker makes: an answer no item has, a date in the wrong form, a changed arm. */
function withMistakes(rows: readonly LongRow[]): string[][] {
  const cells = rows.map((row, i) => cellsOf(row, i % 3 === 0 ? 'nl' : i % 3 === 1 ? 'fr' : 'codes'));
  cells[10]![10] = 'misschien';
  cells[2001]![7] = '04/05/2026';
  cells[5003]![1] = cells[5003]![1] === 'intervention' ? 'comparison' : 'intervention';
  return cells;
}

describe('cli import', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let env: CliEnv;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    env = { DATA_DIR: api.dataDir };
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
  }, 60_000);
  afterAll(() => api.close());

  it('writes templates: a CSV header, and an XLSX with drop-down lists of the answers in the chosen language', async () => {
    const csv = join(api.dataDir, 'djg-6.csv');
    const xlsx = join(api.dataDir, 'djg-6.xlsx');
    await runCliJson(['import', 'template', '--instrument', 'djg-6', '--format', 'csv', '--out', csv], env);
    await runCliJson(
      ['import', 'template', '--instrument', 'djg-6', '--format', 'xlsx', '--language', 'fr', '--out', xlsx],
      env,
    );

    expect(readFileSync(csv, 'utf8').trim()).toBe(LONG_COLUMNS.join(','));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('import')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(LONG_COLUMNS);
    expect(sheet.getCell('I2').dataValidation).toMatchObject({ type: 'list', formulae: ['answers!$C$2:$C$4'] });
    expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"intervention,comparison"'] });
    const labels = workbook.getWorksheet('answers')!.getColumn(3).values.slice(2, 5);
    expect(labels).toEqual(['oui', 'plus ou moins', 'non']);
  }, 60_000);

  describe('a 10,000-row CSV', () => {
    let projectId: string;
    let file: string;
    let rows: LongRow[];
    beforeAll(async () => {
      projectId = await registerProject(worker, ['djg-6']);
      rows = djg6Rows(5_000);
      file = join(api.dataDir, 'measurements.csv');
    });

    it('with bad rows imports nothing and reports each bad cell by row and column, in the answer and a CSV report', async () => {
      writeFileSync(file, csvOf(withMistakes(rows)));
      const before = await headOf(api);

      const { code, answer } = await importJson([file, '--project', projectId], env);

      expect(code).toBe(1);
      expect(answer.imported).toBe(0);
      expect(answer.errors).toEqual([
        expect.objectContaining({ row: 12, column: 'item3', value: 'misschien' }),
        expect.objectContaining({ row: 13, column: 'reference', message: expect.stringContaining('row 12') }),
        expect.objectContaining({ row: 2003, column: 'takenOn', value: '04/05/2026' }),
        expect.objectContaining({ row: 5005, column: 'arm' }),
      ]);
      expect(answer.errors[3]!.message).toContain('row 5004 gave');
      expect(await headOf(api)).toBe(before);
      const report = readFileSync(answer.errorReport!, 'utf8').trim().split('\n');
      expect(report[0]).toBe('row,column,value,message');
      expect(report.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
        '12,item3,misschien',
        '13,reference,P00005',
        '2003,takenOn,04/05/2026',
        expect.stringMatching(/^5005,arm,/),
      ]);
    }, 120_000);

    it('once fixed, imports every row in Dutch, French or codes; a second run imports nothing', async () => {
      writeFileSync(file, csvOf(rows.map((row, i) => cellsOf(row, i % 3 === 0 ? 'nl' : i % 3 === 1 ? 'fr' : 'codes'))));

      const first = await importJson([file, '--project', projectId], env);
      const headAfterFirst = await headOf(api);
      const second = await importJson([file, '--project', projectId], env);

      expect(first.code).toBe(0);
      expect(first.answer).toMatchObject({ imported: 10_000, skipped: 0, errors: [] });
      expect(second.code).toBe(0);
      expect(second.answer).toMatchObject({ imported: 0, skipped: 10_000, alreadyImported: 10_000, errors: [] });
      expect(await headOf(api)).toBe(headAfterFirst);
      const outcome = await worker.get<{ arms: Record<string, { enrolled: number; paired: number }> }>(
        `/api/projects/${projectId}/outcomes?instrument=djg-6&consistentWith=${first.answer.position}`,
      );
      expect(outcome.arms['intervention']).toMatchObject({ enrolled: 2_500, paired: 2_500 });
      expect(outcome.arms['comparison']).toMatchObject({ enrolled: 2_500, paired: 2_500 });
    }, 180_000);
  });

  it('with --skip-invalid imports the good rows and reports the others', async () => {
    const projectId = await registerProject(worker, ['djg-6']);
    const rows = djg6Rows(10, 'S');
    const cells = rows.map((row) => cellsOf(row, 'codes'));
    cells[3]![12] = 'sometimes';
    const file = join(api.dataDir, 'skip.csv');
    writeFileSync(file, csvOf(cells));

    const { code, answer } = await importJson([file, '--project', projectId, '--skip-invalid'], env);

    expect(code).toBe(0);
    expect(answer).toMatchObject({ imported: 19, skipped: 1 });
    expect(answer.errors).toEqual([expect.objectContaining({ row: 5, column: 'item5', value: 'sometimes' })]);
    expect(existsSync(answer.errorReport!)).toBe(true);
  }, 60_000);

  it('imports contacts with participants already enrolled, refusing unknown references and kinds, once', async () => {
    const projectId = await registerProject(worker, ['djg-6']);
    const measurements = join(api.dataDir, 'contacts-measurements.csv');
    writeFileSync(measurements, csvOf(djg6Rows(2, 'C').map((row) => cellsOf(row, 'codes'))));
    await runCliJson(['import', measurements, '--project', projectId], env);
    const template = join(api.dataDir, 'contacts-template.csv');
    await runCliJson(['import', 'template', '--contacts', '--format', 'csv', '--out', template], env);
    const header = readFileSync(template, 'utf8').trim();
    const file = join(api.dataDir, 'contacts.csv');
    const contacts = (rows: string[]) => writeFileSync(file, [header, ...rows].join('\n') + '\n');

    contacts(['C00000,2026-02-10,45,visit', 'C00001,2026-02-11,30,chat', 'C00099,2026-02-12,30,call']);
    const refused = await importJson([file, '--project', projectId], env);
    contacts(['C00000,2026-02-10,45,visit', 'C00001,2026-02-11,30,call']);
    const first = await importJson([file, '--project', projectId], env);
    const second = await importJson([file, '--project', projectId], env);

    expect(header).toBe('reference,on,minutes,kind');
    expect(refused.code).toBe(1);
    expect(refused.answer.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'kind', value: 'chat' }),
      expect.objectContaining({ row: 4, column: 'reference', value: 'C00099' }),
    ]);
    expect(first.answer).toMatchObject({ imported: 2, errors: [] });
    expect(second.answer).toMatchObject({ imported: 0, alreadyImported: 2 });
    const exported = await runCliJson<{ countsByType: Record<string, number> }>(
      ['export', '--project', projectId, '--out', join(api.dataDir, 'contacts.ndjson')],
      env,
    );
    expect(exported.countsByType['ContactLogged']).toBe(2);
  }, 90_000);

  it("imports an XLSX in Dutch and French whose Outcome equals the same data's recorded through the HTTP API", async () => {
    const rows = djg6Rows(40, 'X');
    const imported = await registerProject(worker, ['djg-6']);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('import');
    sheet.addRow(LONG_COLUMNS);
    rows.forEach((row, i) => sheet.addRow(cellsOf(row, i % 2 === 0 ? 'nl' : 'fr')));
    const file = join(api.dataDir, 'measurements.xlsx');
    await workbook.xlsx.writeFile(file);

    const { code, answer } = await importJson([file, '--project', imported], env);
    expect(code).toBe(0);
    expect(answer).toMatchObject({ imported: rows.length, errors: [] });

    const overHttp = await registerProject(worker, ['djg-6']);
    const ids = new Map<string, string>();
    let position = '0';
    for (const row of rows) {
      if (!ids.has(row.reference)) {
        const enrolled = await worker.post<{ id: string }>(`/api/projects/${overHttp}/participants`, {
          reference: row.reference,
          arm: row.arm,
          enrolledOn: row.enrolledOn,
          ageBand: row.ageBand,
          consent: { givenOn: row.consentGivenOn },
        });
        ids.set(row.reference, enrolled.id);
      }
      const recorded = await worker.post<{ position: string }>(
        `/api/participants/${ids.get(row.reference)}/measurements`,
        {
          instrument: row.instrument,
          wave: row.wave,
          takenOn: row.takenOn,
          responses: row.codes,
        },
      );
      position = recorded.position;
    }

    const outcomeOf = (projectId: string, at: string) =>
      worker.get<Record<string, unknown>>(`/api/projects/${projectId}/outcomes?instrument=djg-6&consistentWith=${at}`);
    const figures = ({ projectId: _p, asOf: _a, position: _q, ...rest }: Record<string, unknown>) => rest;
    const [fromImport, fromHttp] = [await outcomeOf(imported, answer.position!), await outcomeOf(overHttp, position)];
    expect(figures(fromImport)).toEqual(figures(fromHttp));
    expect(fromImport).toMatchObject({ arms: { intervention: { paired: 20 }, comparison: { paired: 20 } } });
  }, 120_000);
});
