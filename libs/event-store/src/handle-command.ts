import type { EventData, NewEventMetadata, RecordedEvent } from './event';
import { WrongExpectedVersionError } from './errors';
import type { EventStore, StreamAppend } from './event-store.port';
import { ANY_VERSION, type ExpectedVersion, NO_STREAM, type StreamVersion } from './expected-version';
import type { CachedState, StreamStateCache } from './stream-state-cache';

/** A domain event as deciders produce and fold it: the store adds id, stream, position and metadata. */
export interface DomainEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The emmett-style decider a stream is handled with: `decide(command, state) → events`. The
 * decision may be asynchronous, to look up what it needs beyond the stream (a participant's
 * decision reads what their project measures) after the stream was read once.
 */
export interface StreamDecider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[] | Promise<readonly Event[]>;
}

export interface HandleCommandOptions {
  /** Metadata for every event the command produces. */
  readonly metadata: NewEventMetadata;
  /** Makes an event id; ids must be unique (UUIDs). */
  readonly newEventId: () => string;
  /**
   * How often to re-read and decide again when another writer appended first. The decision is
   * made afresh on the new state, so a retried command never acts on a stale view.
   */
  readonly retriesOnConflict?: number;
}

export interface CommandHandled<Event extends DomainEvent> {
  readonly events: readonly Event[];
  readonly nextExpectedVersion: StreamVersion;
  /** Global position of the last event written; null when the decision produced no event. */
  readonly position: bigint | null;
}

/**
 * The write path for a decision on one stream: read the stream, fold it into state, decide,
 * append with the version read as the expected version.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  stream: string,
  command: Command,
  decider: StreamDecider<Command, Event, State>,
  options: HandleCommandOptions,
  cache?: StreamStateCache<State>,
): Promise<CommandHandled<Event>> {
  const base = cache?.get(stream);
  let folded: CachedState<State> | undefined;
  const handled = await handleCommandAcrossStreams(
    store,
    { stream },
    async ({ stream: history }) => {
      const state = history.reduce(
        (s, e) => decider.evolve(s, e as unknown as Event),
        base?.state ?? decider.initialState(),
      );
      folded = { state, version: history.at(-1)?.streamVersion ?? base?.version ?? NO_STREAM };
      cache?.set(stream, folded);
      return { stream: await decider.decide(command, state) };
    },
    options,
    base ? { stream: { after: base.version } } : {},
  );
  const decided = handled.events.stream ?? [];
  if (cache && folded && decided.length > 0) {
    const state = decided.reduce((s, e) => decider.evolve(s, e), folded.state);
    cache.set(stream, { state, version: handled.versions.stream });
  }
  return {
    events: handled.events.stream ?? [],
    nextExpectedVersion: handled.versions.stream,
    position: handled.position,
  };
}

export interface CommandHandledAcrossStreams<Key extends string, Event extends DomainEvent> {
  readonly events: Partial<Record<Key, readonly Event[]>>;
  /** Each stream's version after the command. */
  readonly versions: Record<Key, StreamVersion>;
  readonly position: bigint | null;
}

/**
 * How much of a stream a decision across streams reads:
 * - `whole` (the default): every event; the append expects the version read;
 * - `last`: its last event only, for a stream whose last event says all the decision needs (who
 *   holds a reservation); the append expects the version read;
 * - `none`: no event; the append adds to it without a version check, for a stream the decision
 *   only adds to and whose rule another stream guards (a project's roster, whose references
 *   their reservation streams keep unique);
 * - `{ after }`: the events after a version the caller has folded already (a cached state); the
 *   append expects the stream's version, the given one when no event came after it.
 */
export type StreamRead = 'whole' | 'last' | 'none' | { readonly after: StreamVersion };

/**
 * The write path for a decision that spans streams (enrolment touches the project's roster, the
 * participant's stream and the reference's reservation): read each stream as `reads` says, decide
 * on what was read, append to all of them atomically, each with the version read as its expected
 * version (none for a stream not read).
 */
export async function handleCommandAcrossStreams<Key extends string, Event extends DomainEvent>(
  store: EventStore,
  streams: Record<Key, string>,
  decide: (
    histories: Record<Key, readonly RecordedEvent[]>,
  ) => Partial<Record<Key, readonly Event[]>> | Promise<Partial<Record<Key, readonly Event[]>>>,
  options: HandleCommandOptions,
  reads: Partial<Record<Key, StreamRead>> = {},
): Promise<CommandHandledAcrossStreams<Key, Event>> {
  const keys = Object.keys(streams) as Key[];
  const attempts = 1 + (options.retriesOnConflict ?? 0);
  for (let attempt = 1; ; attempt++) {
    const read = await Promise.all(keys.map((key) => readAs(store, streams[key], reads[key] ?? 'whole')));
    const histories = recordOf(keys, (key) => read[keys.indexOf(key)]!.history);
    const versions = recordOf(keys, (key) => read[keys.indexOf(key)]!.version);
    const expected = recordOf(keys, (key): ExpectedVersion => (reads[key] === 'none' ? ANY_VERSION : versions[key]));
    const events = await decide(histories);
    const appends: StreamAppend[] = keys
      .filter((key) => (events[key]?.length ?? 0) > 0)
      .map((key) => ({
        stream: streams[key],
        expectedVersion: expected[key],
        events: events[key]!.map((event) => ({
          id: options.newEventId(),
          type: event.type,
          data: event.data,
          metadata: options.metadata,
        })),
      }));
    if (appends.length === 0) return { events, versions, position: null };
    try {
      const result = await store.appendToStreams(appends);
      const after = { ...versions };
      appends.forEach((append, index) => {
        const key = keys.find((candidate) => streams[candidate] === append.stream)!;
        after[key] = result.streams[index]!.nextExpectedVersion;
      });
      return { events, versions: after, position: result.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= attempts) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
}

/**
 * Writers that clashed and retried at once would clash again: each waits a random while, longer
 * after every clash, so that they fall out of step (full jitter, as in exponential backoff).
 */
function pauseBeforeRetry(attempt: number): Promise<void> {
  const ceilingMs = Math.min(200, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceilingMs));
}

function recordOf<Key extends string, Value>(keys: readonly Key[], valueOf: (key: Key) => Value): Record<Key, Value> {
  const record = {} as Record<Key, Value>;
  for (const key of keys) record[key] = valueOf(key);
  return record;
}

function versionOf(history: readonly RecordedEvent[]): StreamVersion {
  return history.length ? history[history.length - 1]!.streamVersion : NO_STREAM;
}

async function readAs(
  store: EventStore,
  stream: string,
  read: StreamRead,
): Promise<{ history: readonly RecordedEvent[]; version: StreamVersion }> {
  if (read === 'whole') {
    const history = await store.readStream(stream);
    return { history, version: versionOf(history) };
  }
  if (typeof read === 'object') {
    const fromVersion = read.after === NO_STREAM ? 0 : read.after + 1;
    const history = await store.readStream(stream, { fromVersion });
    return { history, version: history.at(-1)?.streamVersion ?? read.after };
  }
  const version = await store.readStreamVersion(stream);
  if (read === 'none' || version === NO_STREAM) return { history: [], version };
  return { history: await store.readStream(stream, { fromVersion: version, maxCount: 1 }), version };
}
