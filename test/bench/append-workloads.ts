import { randomUUID } from 'node:crypto';
import { NO_STREAM, type NewEvent, type StreamAppend } from '@outcome/event-store';

const DJG_11_ANSWERS = ['yes', 'more-or-less', 'no'] as const;
const EVENTS_PER_PARTICIPANT = 10;
/** Appends per timed step: some tens of milliseconds of work, so that the sides take turns often. */
export const SINGLE_APPENDS_PER_STEP = 25;
export const BATCHES_PER_STEP = 5;

/** The appends of one run, in order; both sides of a comparison write exactly these events. */
export interface AppendWorkload {
  readonly appends: readonly StreamAppend[];
  readonly eventCount: number;
  readonly appendsPerStep: number;
}

/**
 * A MeasurementRecorded as the domain writes it: eleven De Jong Gierveld answers and three
 * scale scores, about 600 bytes of JSON with its metadata.
 */
export function aMeasurementRecorded(participantId: string, wave: number): NewEvent {
  const responses = Array.from({ length: 11 }, (_, item) => DJG_11_ANSWERS[(item + wave) % 3]!);
  const total = responses.filter((answer) => answer !== 'no').length;
  return {
    id: randomUUID(),
    type: 'MeasurementRecorded',
    data: {
      participantId,
      projectId: '3d0f4a52-8c1e-4b7a-9f65-2a7c1d9e8b40',
      measurementId: randomUUID(),
      instrument: 'djg-11',
      wave,
      takenOn: '2025-03-14',
      responses,
      scores: { total, emotional: Math.min(total, 6), social: Math.max(total - 6, 0) },
    },
    metadata: {
      recordedBy: 'token-7f3c2b1a',
      occurredAt: '2025-03-14',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

/**
 * `count` appends of one event each, ten per participant stream, each expecting the version the
 * previous append answered: what a writer does after reading the stream.
 */
export function singleEventAppends(count: number): AppendWorkload {
  const appends: StreamAppend[] = [];
  for (let first = 0; first < count; first += EVENTS_PER_PARTICIPANT) {
    const participantId = randomUUID();
    for (let wave = 0; wave < Math.min(EVENTS_PER_PARTICIPANT, count - first); wave++) {
      appends.push({
        stream: `participant-${participantId}`,
        events: [aMeasurementRecorded(participantId, wave)],
        expectedVersion: wave === 0 ? NO_STREAM : wave - 1,
      });
    }
  }
  return { appends, eventCount: count, appendsPerStep: SINGLE_APPENDS_PER_STEP };
}

/** `batches` appends of `batchSize` events, each opening a new participant stream: an import. */
export function batchAppends(batches: number, batchSize: number): AppendWorkload {
  const appends = Array.from({ length: batches }, (): StreamAppend => {
    const participantId = randomUUID();
    return {
      stream: `participant-${participantId}`,
      events: Array.from({ length: batchSize }, (_, wave) => aMeasurementRecorded(participantId, wave)),
      expectedVersion: NO_STREAM,
    };
  });
  return { appends, eventCount: batches * batchSize, appendsPerStep: BATCHES_PER_STEP };
}

/** Stream version of the append's first event, for raw writers that number events themselves. */
export function firstStreamVersion({ stream, expectedVersion }: StreamAppend): number {
  if (expectedVersion === NO_STREAM) return 0;
  if (typeof expectedVersion === 'number') return expectedVersion + 1;
  throw new Error(`A workload append to ${stream} must state its expected version`);
}
