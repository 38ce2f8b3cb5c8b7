import { participantStream } from '@outcome/domain';
import type { EventStore, RecordedEvent } from '@outcome/event-store';
import {
  participantProfileProjection,
  type ReadPoint,
  scaleScoresProjection,
  type ScaleScoresRow,
  type ViewReader,
} from '@outcome/read-models';
import { OUTCOME_VIEWS } from '../reads/outcomes/outcome-cells';

/** An event that no longer gives the rows the views were built from when it was recorded. */
export interface AlteredEvent {
  /** Null when the event the views were built from is missing from the store. */
  readonly position: string | null;
  readonly type: string | null;
  readonly stream: string;
  readonly eventId: string | null;
}

type Rows = ReadonlyMap<string, string>;

/**
 * Compares the project's outcome rows as the live views hold them at `position` (built as the
 * events arrived) with a fresh build from the events as they are now. A row that differs was made
 * from an event that has changed or gone since: that event is named. An erasure forgets the
 * participant in every version, so the participants erased since (`forgotten`) are left out:
 * live views a projector has not caught up yet still hold them.
 * Answers null when the live views have not reached the position (a copy not yet rebuilt).
 */
export async function alteredEvents(
  store: EventStore,
  live: ViewReader,
  fresh: ViewReader,
  projectId: string,
  position: bigint,
  forgotten: ReadonlySet<string>,
): Promise<AlteredEvent[] | null> {
  const at: ReadPoint = { position };
  const liveRows = await outcomeRowsOf(live, projectId, at);
  if (liveRows === null) return null;
  const freshRows = (await outcomeRowsOf(fresh, projectId, at))!;
  const participants = new Set<string>();
  const measurements = new Map<string, Set<string>>();
  for (const key of new Set([...liveRows.keys(), ...freshRows.keys()])) {
    if (liveRows.get(key) === freshRows.get(key)) continue;
    const [view, participantId] = key.split('|') as [string, string];
    if (forgotten.has(participantId)) continue;
    const changed = view === 'scale' ? changedMeasurements(liveRows.get(key), freshRows.get(key)) : [];
    if (changed.length === 0) participants.add(participantId);
    else measurements.set(participantId, new Set([...(measurements.get(participantId) ?? []), ...changed]));
  }
  const altered: AlteredEvent[] = [];
  for (const participantId of new Set([...participants, ...measurements.keys()])) {
    const stream = participantStream(participantId);
    const events = (await store.readStream(stream)).filter((event) => event.position <= position);
    const ids = measurements.get(participantId);
    const blamed = ids
      ? [...ids].map((id) => lastEventSetting(events, id))
      : [events.find((event) => event.type === 'ParticipantEnrolled')];
    for (const event of blamed) altered.push(namedEvent(event, stream));
  }
  return altered.sort((a, b) => Number(BigInt(a.position ?? 0) - BigInt(b.position ?? 0)));
}

/** The project's participant profiles and scale rows at the read point, each as JSON by its key; null when the views are behind it. */
async function outcomeRowsOf(reader: ViewReader, projectId: string, at: ReadPoint): Promise<Rows | null> {
  return reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
    if (!at.live && snapshot.position !== at.position) return null;
    const rows = new Map<string, string>();
    for (const row of await snapshot.rows(participantProfileProjection, { where: { projectId } }))
      rows.set(`profile|${row.participantId}`, JSON.stringify(row));
    for (const row of await snapshot.rows(scaleScoresProjection, { where: { projectId } }))
      rows.set(`scale|${row.participantId}|${row.instrument}|${row.scale}`, JSON.stringify(row));
    return rows;
  });
}

/** The measurements whose wave differs between two versions of a scale row (none: the row's enrolment facts differ). */
function changedMeasurements(live: string | undefined, fresh: string | undefined): string[] {
  const wavesOf = (row: string | undefined) =>
    new Map(
      ((row ? (JSON.parse(row) as ScaleScoresRow).waves : []) ?? []).map((wave) => [
        wave.measurementId,
        JSON.stringify(wave),
      ]),
    );
  const [before, now] = [wavesOf(live), wavesOf(fresh)];
  return [...new Set([...before.keys(), ...now.keys()])].filter((id) => before.get(id) !== now.get(id));
}

/** The recording or the correction that gives a measurement its answers at the position. */
function lastEventSetting(events: readonly RecordedEvent[], measurementId: string): RecordedEvent | undefined {
  const setting = ['MeasurementRecorded', 'MeasurementCorrected'];
  return events.filter((event) => setting.includes(event.type) && event.data['measurementId'] === measurementId).pop();
}

function namedEvent(event: RecordedEvent | undefined, stream: string): AlteredEvent {
  return event
    ? { position: event.position.toString(), type: event.type, stream, eventId: event.id }
    : { position: null, type: null, stream, eventId: null };
}
