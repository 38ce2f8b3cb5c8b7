import type { CalendarDate } from '@outcome/domain';
import type { DomainEvent, NewEvent } from '@outcome/event-store';
import { metadataFor, type WriteContext } from '../write/write-context';
import type { SeededRandom } from './seeded-random';

/** The events one command appended to one stream. */
export interface StreamEvents {
  readonly stream: string;
  readonly events: readonly NewEvent[];
}

/** What one command decided: on one stream, or on two at once for an enrolment. */
export interface DecidedCommand {
  /** The day it happened, which orders the demo's commands as they would have been given. */
  readonly on: CalendarDate;
  readonly streams: readonly StreamEvents[];
}

/**
 * Collects the demo's decisions as the write path would append them: each event with its id and
 * the metadata of `metadataFor`, every event of a command with the same metadata.
 */
export class DemoRecorder {
  private readonly decided: DecidedCommand[] = [];

  /** Ids come from a generator of their own, so that the dataset's content does not depend on how many ids it needs. */
  constructor(private readonly ids: SeededRandom) {}

  newId(): string {
    return this.ids.uuid();
  }

  record(
    on: CalendarDate,
    context: WriteContext,
    occurredAt: CalendarDate | undefined,
    streams: readonly { stream: string; events: readonly DomainEvent[] }[],
  ): void {
    const metadata = metadataFor(context, occurredAt);
    this.decided.push({
      on,
      streams: streams.map(({ stream, events }) => ({
        stream,
        events: events.map(({ type, data }) => ({ id: this.ids.uuid(), type, data, metadata })),
      })),
    });
  }

  /** In the order of the days they happened on; a stream's own commands keep their order. */
  commandsByDay(): DecidedCommand[] {
    return [...this.decided].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  }
}
