import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TemporaryDirectory {
  readonly path: string;
  remove(): void;
}

/** A fresh data folder for a test: real files, removed afterwards. */
export function createTemporaryDirectory(prefix = 'outcome-ledger-'): TemporaryDirectory {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
