import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { EventStore } from '@outcome/event-store';
import { type ExportManifest, ManifestTally, type StoreIdentity } from './export-manifest';
import { type ExportScope, exportedEvents } from './exported-events';

/** The manifest's file name beside an export. */
export function manifestFileOf(exportFile: string): string {
  return `${exportFile}.manifest.json`;
}

export interface EventExportRequest {
  readonly store: EventStore;
  readonly storeIdentity: StoreIdentity;
  readonly scope: ExportScope;
  readonly file: string;
  readonly now: Date;
  /** Called every few hundred events with the position just written. */
  readonly onProgress?: (position: bigint) => void;
}

const PROGRESS_EVERY = 500;

/**
 * Writes the scope's events as NDJSON (one event a line, in global order) and the manifest beside
 * it; the file is written as it is read, with the stream's back-pressure, so memory stays flat
 * (the manifest's 8 bytes a line aside).
 */
export async function writeEventExport(request: EventExportRequest): Promise<ExportManifest> {
  const tally = new ManifestTally();
  const out = createWriteStream(request.file, { encoding: 'utf8' });
  const closed = once(out, 'close');
  try {
    for await (const event of exportedEvents(request.store, request.scope)) {
      const line = JSON.stringify(event);
      tally.add(event, line);
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      if (tally.count % PROGRESS_EVERY === 0) request.onProgress?.(BigInt(event.position));
    }
  } finally {
    out.end();
    await closed;
  }
  const manifest = tally.manifest(request.scope, request.storeIdentity, request.now);
  await writeFile(manifestFileOf(request.file), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
