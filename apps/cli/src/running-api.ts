import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file a running api keeps in its data folder, holding its process id. */
const API_LOCK_FILE = 'api.lock';

/** The process id of a live api holding the folder's lock, if one does. */
export function runningApiOf(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, API_LOCK_FILE), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}
