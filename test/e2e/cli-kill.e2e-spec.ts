import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChildProcess } from 'node:child_process';
import { openPlatformStores } from '@outcome/application';
import { VIEWS, ViewReader } from '@outcome/read-models';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import Database from 'better-sqlite3';
import { figuresOf, outcomesOf, TEST_KEY_ENCRYPTION_KEY, testConfigOf } from './support/cli-outcomes';
import { type CliEnv, finished, runCliJson, startCli } from './support/cli-runner';
import { type DemoSource, demoSource } from './support/cli-demo-source';
import { cellsOf, csvOf, djg6Rows } from './support/import-rows';

/** Every live row of every view, each view's rows sorted: what readers of the store can see. */
async function viewRows(env: CliEnv): Promise<Record<string, string[]>> {
  const stores = await openPlatformStores(testConfigOf(env));
  try {
    const reader = new ViewReader(stores.readStore);
    const rows: Record<string, string[]> = {};
    for (const view of VIEWS) rows[view.name] = (await reader.read(view)).rows.map((row) => JSON.stringify(row)).sort();
    return rows;
  } finally {
    await stores.close();
  }
}

/** A data folder holding a copy of another's events and keys, without its views. */
function copyOfEvents(source: TemporaryDirectory): TemporaryDirectory {
  const copy = createTemporaryDirectory('outcome-ledger-cli-kill-copy-');
  for (const file of ['events.sqlite', 'subject-keys.sqlite'])
    copyFileSync(join(source.path, file), join(copy.path, file));
  return copy;
}

/** Polls until `reached` says so, then kills the child with SIGKILL; fails when the child ends first. */
async function killWhen(child: ChildProcess, reached: () => boolean): Promise<void> {
  const ended = finished(child);
  let exited = false;
  void ended.then(() => (exited = true));
  while (!reached()) {
    if (exited) throw new Error(`the cli ended before it could be killed: ${(await ended).stderr}`);
    await sleep(10);
  }
  child.kill('SIGKILL');
  expect((await ended).signal).toBe('SIGKILL');
}

function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('cli rebuild and import killed halfway (SIGKILL) and run again', () => {
  let source: DemoSource;
  beforeAll(async () => {
    source = await demoSource();
  }, 120_000);
  afterAll(() => source.folder.remove());

  it('rebuild: finishes with the same views as an uninterrupted rebuild', async () => {
    const head = Number(source.events.at(-1)!.position);
    const views = join(source.folder.path, 'read-models.sqlite');
    const buildUnderWay = () =>
      readOnly(views, (db) => {
        const building = db
          .prepare(
            'SELECT b.checkpoint FROM projection_build b JOIN projection p ON p.name = b.projection WHERE b.generation > p.live_generation',
          )
          .all() as { checkpoint: number | null }[];
        return building.some((build) => (build.checkpoint ?? 0) > head / 4);
      });

    await killWhen(startCli(['rebuild', '--all'], source.env), buildUnderWay);
    expect(buildUnderWay()).toBe(true);
    await runCliJson(['rebuild', '--all'], source.env);

    const uninterrupted = copyOfEvents(source.folder);
    try {
      await runCliJson(['rebuild', '--all'], {
        DATA_DIR: uninterrupted.path,
        KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      });
      expect(await viewRows(source.env)).toEqual(
        await viewRows({ DATA_DIR: uninterrupted.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY }),
      );
    } finally {
      uninterrupted.remove();
    }
  }, 180_000);

  it('import: finishes with the same events and outcome as an uninterrupted import', async () => {
    const registered = source.events.find(
      (line) => line.type === 'ProjectRegistered' && (line.data['instruments'] as string[]).includes('djg-6'),
    )!;
    const projectId = String(registered.data['projectId']);
    const file = join(source.folder.path, 'import.csv');
    writeFileSync(file, csvOf(djg6Rows(10_000).map((row) => cellsOf(row, 'codes'))));
    const uninterrupted = copyOfEvents(source.folder);
    try {
      const events = join(source.folder.path, 'events.sqlite');
      const headOf = () =>
        readOnly(events, (db) => Number(db.prepare('SELECT max(position) AS head FROM events').pluck().get()));
      const before = headOf();

      await killWhen(startCli(['import', file, '--project', projectId], source.env), () => headOf() > before);
      const partly = headOf();
      const rerun = await runCliJson<{ imported: number; alreadyImported: number }>(
        ['import', file, '--project', projectId],
        source.env,
      );
      await runCliJson(['import', file, '--project', projectId], {
        DATA_DIR: uninterrupted.path,
        KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      });

      expect(partly).toBeGreaterThan(before);
      expect(rerun.imported + rerun.alreadyImported).toBe(20_000);
      expect(rerun.alreadyImported).toBeGreaterThan(0);
      const countsOf = async (env: CliEnv) =>
        (
          await runCliJson<{ countsByType: Record<string, number> }>(
            ['export', '--project', projectId, '--out', join(env['DATA_DIR']!, 'project.ndjson')],
            env,
          )
        ).countsByType;
      expect(await countsOf(source.env)).toEqual(
        await countsOf({ DATA_DIR: uninterrupted.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY }),
      );
      await runCliJson(['rebuild', '--all'], source.env);
      await runCliJson(['rebuild', '--all'], {
        DATA_DIR: uninterrupted.path,
        KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      });
      const requests = [{ instrument: 'djg-6' }, { instrument: 'djg-6', wave: 1 }];
      const [killed, whole] = [
        await outcomesOf(source.env, projectId, requests),
        await outcomesOf(
          { DATA_DIR: uninterrupted.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY },
          projectId,
          requests,
        ),
      ];
      expect(killed.map(figuresOf)).toEqual(whole.map(figuresOf));
    } finally {
      uninterrupted.remove();
    }
  }, 240_000);
});
