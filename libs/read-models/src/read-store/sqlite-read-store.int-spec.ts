import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { eventually } from '../testing/read-store-fixtures';
import { openReadStore } from './open-read-store';
import type { ReadStore } from './read-store';
import { SqliteReadStore } from './sqlite-read-store';

const MARKER = 'erased-7d41c2-marker';

function filesHolding(folder: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(folder).filter((file) => readFileSync(join(folder, file)).includes(needle));
}

describe(SqliteReadStore.name, () => {
  let folder: TemporaryDirectory;
  let file: string;
  let sut: ReadStore;

  beforeEach(async () => {
    folder = createTemporaryDirectory();
    file = join(folder.path, 'read-models.sqlite');
    sut = await openReadStore({ kind: 'sqlite', file, busyTimeoutMs: 100 });
    await sut.write((runner) => runner.query('CREATE TABLE notes (text TEXT NOT NULL)'));
  });

  afterEach(async () => {
    await sut.close();
    folder.remove();
  });

  it('purges deleted rows once another process stops reading an older snapshot, with no purge asked again', async () => {
    await sut.write((runner) => runner.query('INSERT INTO notes (text) VALUES (?), (?)', [MARKER, 'kept']));
    const otherProcess = new Database(file);
    otherProcess.exec('BEGIN');
    otherProcess.prepare('SELECT count(*) FROM notes').get();

    await sut.write((runner) => runner.query('DELETE FROM notes WHERE text = ?', [MARKER]));
    await sut.purgeDeletedRows();
    const blockedByReader = filesHolding(folder.path, MARKER);
    otherProcess.exec('COMMIT');
    otherProcess.close();

    expect(blockedByReader).not.toEqual([]);
    await eventually(() => filesHolding(folder.path, MARKER).length === 0, 5_000);
    expect(filesHolding(folder.path, 'kept')).not.toEqual([]);
  }, 10_000);
});
