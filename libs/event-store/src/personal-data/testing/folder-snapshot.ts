import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The raw bytes of every file under a folder, as they were when the snapshot was taken. */
export class FolderSnapshot {
  private constructor(private readonly files: ReadonlyMap<string, Buffer>) {}

  static take(folder: string): FolderSnapshot {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    return new FolderSnapshot(new Map(files.map((file) => [file, readFileSync(file)])));
  }

  /** Paths of the files whose bytes contain `needle` anywhere. */
  filesContaining(needle: Buffer | string): string[] {
    return [...this.files].filter(([, bytes]) => bytes.includes(needle)).map(([file]) => file);
  }

  /** Paths of all files in the snapshot. */
  get paths(): string[] {
    return [...this.files.keys()];
  }
}
