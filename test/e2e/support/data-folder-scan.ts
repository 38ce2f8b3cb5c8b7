import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under the folder, at any depth. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of the folder, named relative to it, whose bytes hold the text encoded as UTF-8. */
export function filesHolding(folder: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return filesUnder(folder)
    .filter((file) => readFileSync(file).includes(needle))
    .map((file) => relative(folder, file));
}
