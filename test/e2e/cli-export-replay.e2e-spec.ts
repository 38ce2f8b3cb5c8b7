import { readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findInstrument } from '@outcome/instruments';
import {
  createPostgresTestDatabase,
  createTemporaryDirectory,
  describeWithPostgres,
  type PostgresTestDatabase,
  type TemporaryDirectory,
} from '@outcome/shared/testing';
import { figuresOf, outcomesOf, TEST_KEY_ENCRYPTION_KEY } from './support/cli-outcomes';
import { type CliEnv, runCli, runCliJson } from './support/cli-runner';
import { linesOf } from './support/cli-demo-source';

/** Every scale of every instrument the project measures, pooled over waves and at the first follow-up. */
function outcomeRequestsOf(instruments: readonly string[]) {
  return instruments.flatMap((instrument) =>
    findInstrument(instrument)!.scales.flatMap((scale) => [
      { instrument, scale: scale.name },
      { instrument, scale: scale.name, wave: 1 },
    ]),
  );
}

describe('cli export and replay of the demo dataset', () => {
  let source: TemporaryDirectory;
  let sourceEnv: CliEnv;
  let project: { id: string; instruments: string[] };
  let projectExport: string;
  beforeAll(async () => {
    source = createTemporaryDirectory('outcome-ledger-cli-source-');
    sourceEnv = { DATA_DIR: source.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY };
    await runCliJson(['demo'], sourceEnv);
    await runCliJson(['rebuild', '--all'], sourceEnv);
    await runCliJson(['export', '--all', '--out', join(source.path, 'all.ndjson')], sourceEnv);
    const registered = linesOf(join(source.path, 'all.ndjson')).find(
      (line) => line.type === 'ProjectRegistered' && line.data['name'] === 'Buddy duos (demo)',
    )!;
    project = { id: String(registered.data['projectId']), instruments: registered.data['instruments'] as string[] };
    projectExport = join(source.path, 'buddy-duos.ndjson');
  }, 120_000);
  afterAll(() => source.remove());

  it("exports one project's events with a manifest that counts them and holds the file's SHA-256", async () => {
    const manifest = await runCliJson<{
      count: number;
      countsByType: Record<string, number>;
      firstPosition: string;
      lastPosition: string;
      sha256: string;
      store: { kind: string };
    }>(['export', '--project', project.id, '--out', projectExport], sourceEnv);

    const lines = linesOf(projectExport);
    expect(manifest.count).toBe(lines.length);
    expect(manifest.firstPosition).toBe(lines[0]!.position);
    expect(manifest.lastPosition).toBe(lines[lines.length - 1]!.position);
    expect(manifest.countsByType['ProjectRegistered']).toBe(1);
    expect(manifest.countsByType['ParticipantEnrolled']).toBe(80);
    expect(manifest.store.kind).toBe('sqlite');
    const { createHash } = await import('node:crypto');
    expect(manifest.sha256).toBe(createHash('sha256').update(readFileSync(projectExport)).digest('hex'));
    expect(lines.some((line) => 'personal' in line.data || 'reference' in line.data)).toBe(false);
  }, 60_000);

  describeWithPostgres('into a fresh PostgreSQL store', () => {
    let database: PostgresTestDatabase;
    let copy: TemporaryDirectory;
    let copyEnv: CliEnv;
    beforeAll(async () => {
      database = await createPostgresTestDatabase('ol_cli_copy');
      copy = createTemporaryDirectory('outcome-ledger-cli-copy-');
      copyEnv = {
        DATA_DIR: copy.path,
        EVENT_STORE: 'postgres',
        READ_STORE: 'postgres',
        DATABASE_URL: database.url,
        KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      };
    });
    afterAll(async () => {
      await database.drop();
      copy.remove();
    });

    it('refuses an export with one changed byte, naming its line, and writes nothing', async () => {
      const tampered = join(copy.path, 'tampered.ndjson');
      copyFileSync(projectExport, tampered);
      copyFileSync(`${projectExport}.manifest.json`, `${tampered}.manifest.json`);
      const lines = readFileSync(tampered, 'utf8').split('\n');
      lines[41] = lines[41]!.replace('"version":', '"version": ');
      writeFileSync(tampered, lines.join('\n'));

      const run = await runCli(['replay', tampered], copyEnv);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('line 42 was changed');
      const status = await runCliJson<{ head: string | null }>(['status'], copyEnv);
      expect(status.head).toBeNull();
    }, 60_000);

    it('refuses an export without its manifest', async () => {
      const bare = join(copy.path, 'bare.ndjson');
      copyFileSync(projectExport, bare);
      rmSync(`${bare}.manifest.json`, { force: true });

      const run = await runCli(['replay', bare, '--json'], copyEnv);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('There is no manifest');
      expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'export.refused' } });
    }, 60_000);

    it('replays, rebuilds and answers every outcome of the project exactly as the source does', async () => {
      const replayed = await runCliJson<{ events: number }>(['replay', projectExport], copyEnv);
      await runCliJson(['rebuild', '--all'], copyEnv);

      expect(replayed.events).toBe(linesOf(projectExport).length);
      const requests = outcomeRequestsOf(project.instruments);
      const [atSource, onCopy] = [
        await outcomesOf(sourceEnv, project.id, requests),
        await outcomesOf(copyEnv, project.id, requests),
      ];
      expect(onCopy.map(figuresOf)).toEqual(atSource.map(figuresOf));
      expect(atSource.some((answer) => answer.arms.comparison?.paired)).toBe(true);
    }, 120_000);

    it('refuses to replay into a store that holds events', async () => {
      const run = await runCli(['replay', projectExport], copyEnv);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('already holds events');
    }, 60_000);
  });
});
