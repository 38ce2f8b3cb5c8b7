import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppConfig } from '@outcome/shared';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { lockDataFolder } from './data-folder-lock';

/** The pid of a process that has ended: a lock it left behind is stale. */
async function pidOfEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => child.on('close', done));
  return child.pid!;
}

describe(lockDataFolder.name, () => {
  let folder: TemporaryDirectory;
  const configFor = (dataDir: string) => loadAppConfig({ env: { DATA_DIR: dataDir, DEMO: '0' } });

  beforeEach(() => (folder = createTemporaryDirectory('outcome-ledger-lock-')));
  afterEach(() => folder.remove());

  it('takes the folder with a file naming this process, and gives it back', () => {
    const release = lockDataFolder(configFor(folder.path));
    expect(readFileSync(join(folder.path, 'api.lock'), 'utf8')).toBe(String(process.pid));

    release();

    expect(existsSync(join(folder.path, 'api.lock'))).toBe(false);
  });

  it('refuses a folder that a living process holds, naming the folder and the process', () => {
    writeFileSync(join(folder.path, 'api.lock'), String(process.ppid));

    expect(() => lockDataFolder(configFor(folder.path))).toThrow(
      `DATA_DIR ${folder.path} is in use by another Outcome Ledger api (process ${process.ppid})`,
    );
  });

  it('takes over a lock whose process has ended', async () => {
    writeFileSync(join(folder.path, 'api.lock'), String(await pidOfEndedProcess()));

    const release = lockDataFolder(configFor(folder.path));

    expect(readFileSync(join(folder.path, 'api.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('leaves a DATA_DIR that is a file for the stores to report', () => {
    const file = join(folder.path, 'not-a-folder');
    writeFileSync(file, '');

    expect(() => lockDataFolder(configFor(file))()).not.toThrow();
  });
});
