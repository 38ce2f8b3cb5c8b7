import type { EventData, NewEventMetadata } from './event';
import { WrongExpectedVersionError } from './errors';
import type { EventStore } from './event-store.port';
import { NO_STREAM } from './expected-version';

/** A domain event as deciders produce and fold it: the store adds id, stream, position and metadata. */
export interface DomainEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly type: Type;
  readonly data: Data;
}

/** The emmett-style decider a stream is handled with: `decide(command, state) → events`. */
export interface StreamDecider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
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
  readonly nextExpectedVersion: number | typeof NO_STREAM;
  /** Global position of the last event written; null when the decision produced no event. */
  readonly position: bigint | null;
}

/**
 * The only write path: read the stream, fold it into state, decide, append with the version
 * read as the expected version.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  stream: string,
  command: Command,
  decider: StreamDecider<Command, Event, State>,
  options: HandleCommandOptions,
): Promise<CommandHandled<Event>> {
  const attempts = 1 + (options.retriesOnConflict ?? 0);
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(stream);
    const state = history.reduce((s, e) => decider.evolve(s, e as unknown as Event), decider.initialState());
    const expectedVersion = history.length ? history[history.length - 1]!.streamVersion : NO_STREAM;
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, nextExpectedVersion: expectedVersion, position: null };
    try {
      const result = await store.appendToStream(
        stream,
        events.map((event) => ({
          id: options.newEventId(),
          type: event.type,
          data: event.data,
          metadata: options.metadata,
        })),
        { expectedVersion },
      );
      return { events, nextExpectedVersion: result.nextExpectedVersion, position: result.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= attempts) throw error;
    }
  }
}
