import { createHash } from 'node:crypto';
import { personalFieldsOf } from '@outcome/domain';
import {
  type EventStore,
  type ExpectedVersion,
  NO_STREAM,
  type NewEvent,
  type StreamAppend,
  type SubjectKeyStore,
} from '@outcome/event-store';
import type { ExportedEvent } from '../export-project-events/exported-event';
import { ExportRefusedError, exportLines } from './check-event-export';

/** Events per append: few enough to keep each transaction short. */
const EVENTS_PER_APPEND = 500;

export interface EventReplayRequest {
  /** The configured store, as the app opens it (personal data sealed with fresh keys). */
  readonly store: EventStore;
  readonly keys: SubjectKeyStore;
  /** A checked export (see checkEventExport). */
  readonly file: string;
  /**
   * Sets the instant the store stamps on the next append, so that the copy keeps each event's
   * `recordedAt` (and `asOf` reads answer on the copy as on the source); adapters that stamp
   * their own (KurrentDB) ignore it.
   */
  readonly stampNextAppendAt: (instant: Date) => void;
  readonly onProgress?: (eventsAppended: number) => void;
}

export interface EventReplayResult {
  readonly events: number;
  readonly headPosition: bigint | null;
}

/** A store that already holds events: replay writes only into an empty one. */
export class StoreNotEmptyError extends Error {
  readonly code = 'replay.store-not-empty';
  constructor(head: bigint) {
    super(
      `The configured event store already holds events (head position ${head}): replay writes only into an empty store. ` +
        'Point DATA_DIR, DATABASE_URL or KURRENTDB_URL at a new one, or empty it with the reset command.',
    );
  }
}

/**
 * Appends an export's events into an empty store in their global order, each stream at its
 * exported version, in batches of one recording instant. An event exported as erased is appended
 * with its personal fields empty and sealed; the subject's key is destroyed once their erasure is
 * replayed, so that the copy reads it as erased, as the source does.
 * @throws StoreNotEmptyError, ExportRefusedError on a line that is not an exported event.
 */
export async function replayEventExport(request: EventReplayRequest): Promise<EventReplayResult> {
  const head = await request.store.readHeadPosition();
  if (head !== null) throw new StoreNotEmptyError(head);
  const batch = new ReplayBatch();
  let events = 0;
  let line = 0;
  const flush = async () => {
    if (batch.isEmpty) return;
    request.stampNextAppendAt(batch.recordedAt!);
    await request.store.appendToStreams(batch.appends());
    for (const subject of batch.erasedSubjects) await request.keys.destroyKey(subject);
    events += batch.size;
    batch.clear();
    request.onProgress?.(events);
  };
  for await (const text of exportLines(request.file)) {
    line++;
    const event = parseExportedEvent(text, line);
    if (!batch.accepts(event)) await flush();
    batch.add(event);
  }
  await flush();
  return { events, headPosition: await request.store.readHeadPosition() };
}

function parseExportedEvent(text: string, line: number): ExportedEvent {
  try {
    const event = JSON.parse(text) as ExportedEvent;
    if (typeof event.stream === 'string' && typeof event.type === 'string' && Number.isInteger(event.version))
      return event;
  } catch {
    // Reported below with the line.
  }
  throw new ExportRefusedError(`Line ${line} of the export is not an exported event`, line);
}

/** The appends of one batch, kept in the export's order: a stream appears once, as one run of its events. */
class ReplayBatch {
  private runs: { stream: string; expectedVersion: ExpectedVersion; events: NewEvent[] }[] = [];
  private streams = new Set<string>();
  private erased = new Set<string>();
  private count = 0;
  recordedAt: Date | undefined;

  get isEmpty(): boolean {
    return this.count === 0;
  }

  get size(): number {
    return this.count;
  }

  get erasedSubjects(): ReadonlySet<string> {
    return this.erased;
  }

  /** False when the event needs a new batch: full, another instant, or its stream interrupted by another's. */
  accepts(event: ExportedEvent): boolean {
    if (this.count === 0) return true;
    if (this.count >= EVENTS_PER_APPEND || Date.parse(event.recordedAt) !== this.recordedAt!.getTime()) return false;
    const last = this.runs[this.runs.length - 1]!;
    return last.stream === event.stream || !this.streams.has(event.stream);
  }

  add(event: ExportedEvent): void {
    this.recordedAt ??= new Date(event.recordedAt);
    let run = this.runs[this.runs.length - 1];
    if (run?.stream !== event.stream) {
      run = { stream: event.stream, expectedVersion: event.version === 0 ? NO_STREAM : event.version - 1, events: [] };
      this.runs.push(run);
      this.streams.add(event.stream);
    }
    run.events.push(newEventOf(event));
    if (event.type === 'ParticipantErased') this.erased.add(String(event.data['participantId']));
    this.count++;
  }

  appends(): StreamAppend[] {
    return this.runs.map(({ stream, expectedVersion, events }) => ({ stream, expectedVersion, events }));
  }

  clear(): void {
    this.runs = [];
    this.streams = new Set();
    this.erased = new Set();
    this.count = 0;
    this.recordedAt = undefined;
  }
}

/** The event to append: its id derived from its stream and version, so that a retried batch is recognised. */
function newEventOf(event: ExportedEvent): NewEvent {
  const { recordedAt: _recordedAt, ...metadata } = event.metadata;
  return { id: eventIdOf(event), type: event.type, data: dataToAppend(event), metadata };
}

/** An erased payload's personal fields as empty values, so that they are sealed (and shredded) as at the source. */
function dataToAppend(event: ExportedEvent): Readonly<Record<string, unknown>> {
  if (event.data['erased'] !== true) return event.data;
  const { erased: _erased, ...data } = event.data;
  const personal = personalFieldsOf({ type: event.type, data });
  const emptied = Object.fromEntries((personal?.fields ?? []).map((field) => [field, data[field] ?? null]));
  return { ...data, ...emptied };
}

function eventIdOf(event: ExportedEvent): string {
  const hex = createHash('sha256').update(`${event.stream}\n${event.version}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
