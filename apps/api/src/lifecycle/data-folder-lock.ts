import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig, UnusableSettingError } from '@outcome/shared';

const LOCK_FILE = 'api.lock';

/**
 * One api process per embedded data folder: a second one would run the same projections over the
 * same SQLite files. The lock is a file holding the holder's pid, taken with an exclusive create;
 * a lock whose process is gone (killed, the machine restarted) is taken over.
 * @returns a function that releases the lock (also called when the process exits).
 */
export function lockDataFolder(config: AppConfig): () => void {
  if (config.eventStore !== 'sqlite' && config.readStore !== 'sqlite') return () => undefined;
  const file = join(config.dataDir, LOCK_FILE);
  // A folder that cannot be made (DATA_DIR is a file, no permission) is reported by the stores that open it.
  if (!canHold(config.dataDir)) return () => undefined;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(file, 'wx');
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      const release = () => removeLockOf(file, process.pid);
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return () => undefined;
      const holder = holderOf(file);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new UnusableSettingError(
          'DATA_DIR',
          `Cannot start: DATA_DIR ${config.dataDir} is in use by another Outcome Ledger api (process ${holder}). Stop it first, or give this one a DATA_DIR of its own (several api processes share PostgreSQL, not a data folder)`,
        );
      }
      removeLockOf(file, holder);
    }
  }
  throw new UnusableSettingError('DATA_DIR', `Cannot start: the lock ${file} could not be taken`);
}

function canHold(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the lock if it is still the one of this holder (a process that took it over meanwhile keeps it). */
function removeLockOf(file: string, holder: number | undefined): void {
  try {
    if (holderOf(file) === holder) unlinkSync(file);
  } catch {
    // Already gone.
  }
}
