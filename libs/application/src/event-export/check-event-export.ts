import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EXPORT_FORMAT, type ExportManifest, lineDigestOf, lineDigestsOf } from './export-manifest';
import { manifestFileOf } from './write-event-export';

/** An export that does not match its manifest, or has none: replay refuses it and writes nothing. */
export class ExportRefusedError extends Error {
  readonly code = 'export.refused';
  constructor(
    message: string,
    /** The 1-based line a change is on, where one line is to blame. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Reads an export file line by line (without the newlines), streamed; `onBytes` sees the raw bytes as read. */
export function exportLines(file: string, onBytes?: (chunk: Buffer) => void): AsyncIterable<string> {
  const input = createReadStream(file);
  if (onBytes) input.on('data', (chunk) => onBytes(chunk as Buffer));
  return createInterface({ input, crlfDelay: Infinity });
}

/**
 * Checks an export against the manifest beside it: every line's digest, the count and the
 * whole file's SHA-256, so that a changed byte is refused with the line it is on.
 * @throws ExportRefusedError naming the line, or what else is wrong.
 */
export async function checkEventExport(file: string): Promise<ExportManifest> {
  const manifest = await readManifest(file);
  const expected = lineDigestsOf(manifest);
  const fileHash = createHash('sha256');
  let line = 0;
  for await (const text of exportLines(file, (chunk) => fileHash.update(chunk))) {
    line++;
    const digest = expected[line - 1];
    if (!digest) {
      throw new ExportRefusedError(
        `${file} has more lines than its manifest counts (${manifest.count}): line ${line} was added`,
        line,
      );
    }
    if (!lineDigestOf(text).equals(digest)) {
      throw new ExportRefusedError(
        `${file} line ${line} was changed after the export: it no longer matches its manifest`,
        line,
      );
    }
  }
  if (line !== manifest.count || line !== expected.length) {
    throw new ExportRefusedError(
      `${file} has ${line} lines where its manifest counts ${manifest.count}: lines were removed`,
      line + 1,
    );
  }
  if (fileHash.digest('hex') !== manifest.sha256) {
    throw new ExportRefusedError(
      `${file} does not match the SHA-256 of its manifest, though each line does: its line breaks or its end were changed`,
    );
  }
  return manifest;
}

async function readManifest(file: string): Promise<ExportManifest> {
  const manifestFile = manifestFileOf(file);
  let text: string;
  try {
    text = await readFile(manifestFile, 'utf8');
  } catch {
    throw new ExportRefusedError(
      `There is no manifest ${manifestFile} beside the export: export it again with the cli`,
    );
  }
  let manifest: ExportManifest;
  try {
    manifest = JSON.parse(text) as ExportManifest;
  } catch {
    throw new ExportRefusedError(`The manifest ${manifestFile} is not JSON`);
  }
  if (manifest.format !== EXPORT_FORMAT || typeof manifest.lineDigests !== 'string') {
    throw new ExportRefusedError(`The manifest ${manifestFile} is not an export manifest of format ${EXPORT_FORMAT}`);
  }
  return manifest;
}
