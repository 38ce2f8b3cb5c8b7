/** Who did it, when and why: one shape for every event (README, "How it is built"). */
export interface EventMetadata {
  /** The principal that caused the event (a token principal, never a personal name). */
  readonly recordedBy: string;
  /** ISO 8601 instant at which the store recorded the event; stamped by the store, never by the caller. */
  readonly recordedAt: string;
  /** The date or instant the fact happened in the world, as the user gave it. */
  readonly occurredAt?: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Version of the payload's schema; upcasters lift old versions on read. */
  readonly schemaVersion: number;
}

/** Metadata supplied by the writer: everything but the store's own timestamp. */
export type NewEventMetadata = Omit<EventMetadata, 'recordedAt'>;

export type EventData = Readonly<Record<string, unknown>>;

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data extends EventData = EventData> {
  /** A UUID chosen by the writer: appending the same id again is a no-op, never a duplicate. */
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: NewEventMetadata;
}

/** An event as the store holds it. */
export interface RecordedEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly id: string;
  readonly type: Type;
  readonly stream: string;
  /** 0-based index of the event in its stream. */
  readonly streamVersion: number;
  /** Global position: strictly increasing across the store, in commit order. */
  readonly position: bigint;
  readonly data: Data;
  readonly metadata: EventMetadata;
  /** Set when the event's personal fields were crypto-shredded: they are absent from `data`. */
  readonly erased?: true;
}
