import { createHash } from 'node:crypto';
import type { ExportScope } from './exported-events';

/** The format an export file and its manifest follow; replay refuses any other. */
export const EXPORT_FORMAT = 'outcome-ledger-events/1';

/** Bytes of each line's SHA-256 kept in the manifest: enough to name a changed line, 8 bytes a line. */
const LINE_DIGEST_BYTES = 8;

/** Where the events came from: the adapter, where it is, and the id of its first event (which no other store shares). */
export interface StoreIdentity {
  readonly kind: string;
  readonly location: string;
  readonly firstEventId: string | null;
}

/** `<file>.manifest.json`, written beside an export (docs/cli.md "export"). */
export interface ExportManifest {
  readonly format: typeof EXPORT_FORMAT;
  readonly scope: ExportScope;
  readonly store: StoreIdentity;
  readonly exportedAt: string;
  readonly firstPosition: string | null;
  readonly lastPosition: string | null;
  readonly count: number;
  readonly countsByType: Readonly<Record<string, number>>;
  /** SHA-256 of the whole file, hex. */
  readonly sha256: string;
  /** The first 8 bytes of each line's SHA-256 (without its newline), concatenated, base64: names the line a change is on. */
  readonly lineDigests: string;
}

/** The digest of one line as the manifest keeps it. */
export function lineDigestOf(line: string): Buffer {
  return createHash('sha256').update(line).digest().subarray(0, LINE_DIGEST_BYTES);
}

/** The manifest's line digests, one per line. */
export function lineDigestsOf(manifest: ExportManifest): Buffer[] {
  const all = Buffer.from(manifest.lineDigests, 'base64');
  const digests: Buffer[] = [];
  for (let start = 0; start < all.length; start += LINE_DIGEST_BYTES)
    digests.push(all.subarray(start, start + LINE_DIGEST_BYTES));
  return digests;
}

/** Gathers a manifest's figures line by line while the export is written. */
export class ManifestTally {
  private readonly fileHash = createHash('sha256');
  private readonly digests: Buffer[] = [];
  private readonly counts: Record<string, number> = {};
  private first: string | null = null;
  private last: string | null = null;
  private lines = 0;

  /** Counts one event and the line written for it (without its newline). */
  add(event: { readonly position: string; readonly type: string }, line: string): void {
    this.fileHash.update(line).update('\n');
    this.digests.push(lineDigestOf(line));
    this.counts[event.type] = (this.counts[event.type] ?? 0) + 1;
    this.first ??= event.position;
    this.last = event.position;
    this.lines++;
  }

  get count(): number {
    return this.lines;
  }

  manifest(scope: ExportScope, store: StoreIdentity, exportedAt: Date): ExportManifest {
    return {
      format: EXPORT_FORMAT,
      scope,
      store,
      exportedAt: exportedAt.toISOString(),
      firstPosition: this.first,
      lastPosition: this.last,
      count: this.lines,
      countsByType: Object.fromEntries(Object.entries(this.counts).sort(([a], [b]) => a.localeCompare(b))),
      sha256: this.fileHash.digest('hex'),
      lineDigests: Buffer.concat(this.digests).toString('base64'),
    };
  }
}
