import type { NewEvent, RecordedEvent } from '../event';
import {
  type AppendResult,
  EventStore,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
} from '../event-store.port';
import type { StreamVersion } from '../expected-version';
import { originalResultOf } from '../original-result';
import {
  PERSONAL_DATA_KEY,
  findEnvelope,
  openPersonalData,
  presentFields,
  sealPersonalData,
} from './personal-data-envelope';
import { ReservedDataKeyError, SubjectErasedError, SubjectKeyMissingError } from './personal-data.errors';
import type { PersonalDataPolicy, PersonalFields } from './personal-data-policy';
import type { SubjectKeyStore } from './subject-key-store.port';

/**
 * Crypto-shredding around any event store. On append, the personal fields the policy names are
 * encrypted (AES-256-GCM) with their subject's key into one envelope; on every read they are
 * decrypted and restored. Once `SubjectKeyStore.destroyKey` has destroyed a subject's key, their
 * events read without those fields and with `erased: true`: the streams keep their shape, the
 * personal data is unreadable everywhere the events were copied to.
 *
 * `replay` and `subscribeToAll` are the port's template methods running over this class's
 * `readAll`, so keys are fetched once per page, never per event. No key is kept between calls:
 * another process may erase a subject at any time.
 *
 * The decorator owns both stores: `dispose` releases them.
 */
export class PersonalDataEventStore extends EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: SubjectKeyStore,
    private readonly policy: PersonalDataPolicy,
  ) {
    super();
  }

  /**
   * Appends with the personal fields encrypted.
   * @throws SubjectErasedError when an event holds personal data of an erased subject, unless the
   * append is a retry of one stored before the erasure: that answers its original result.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    let sealed: StreamAppend[];
    try {
      sealed = await Promise.all(
        appends.map(async (append) => ({ ...append, events: await this.seal(append.events) })),
      );
    } catch (error) {
      if (error instanceof SubjectErasedError) return this.originalResultOfRetry(appends, error);
      throw error;
    }
    return this.inner.appendToStreams(sealed);
  }

  /** @throws SubjectKeyMissingError when an event's subject has neither a key nor a tombstone. */
  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.open(await this.inner.readStream(stream, options));
  }

  /** @throws SubjectKeyMissingError when an event's subject has neither a key nor a tombstone. */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.open(await this.inner.readAll(options));
  }

  readStreamVersion(stream: string): Promise<StreamVersion> {
    return this.inner.readStreamVersion(stream);
  }

  readHeadPosition(): Promise<bigint | null> {
    return this.inner.readHeadPosition();
  }

  override readPositionRecordedBy(instant: Date): Promise<bigint | null> {
    return this.inner.readPositionRecordedBy(instant);
  }

  waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(after, timeoutMs, signal);
  }

  async dispose(): Promise<void> {
    await this.inner.dispose();
    await this.keys.dispose();
  }

  /**
   * The port's promise for a retry holds after an erasure too, though the personal data can no
   * longer be sealed: when every append is stored already, as this very batch, the original
   * result; otherwise the erasure's refusal.
   */
  private async originalResultOfRetry(
    appends: readonly StreamAppend[],
    erased: SubjectErasedError,
  ): Promise<MultiStreamAppendResult> {
    const streams: AppendResult[] = [];
    for (const { stream, events } of appends) {
      const stored = await this.inner.readStream(stream);
      const storedIds = new Set(stored.map((event) => event.id));
      if (!events.some((event) => storedIds.has(event.id))) throw erased;
      streams.push(originalResultOf(stream, stored, events));
    }
    return { streams, position: streams.reduce((max, { position }) => (position > max ? position : max), 0n) };
  }

  private async seal(events: readonly NewEvent[]): Promise<NewEvent[]> {
    const plans = events.map((event) => ({ event, personal: this.personalFieldsOf(event) }));
    const subjects = new Set(plans.flatMap(({ personal }) => (personal ? [personal.subject] : [])));
    const keys = new Map(
      await Promise.all(
        [...subjects].map(async (subject) => [subject, await this.keys.getOrCreateKey(subject)] as const),
      ),
    );
    return plans.map(({ event, personal }) =>
      personal ? { ...event, data: sealPersonalData(event, personal, keys.get(personal.subject)!) } : event,
    );
  }

  private personalFieldsOf(event: NewEvent): PersonalFields | undefined {
    if (Object.hasOwn(event.data, PERSONAL_DATA_KEY)) throw new ReservedDataKeyError(event.id, PERSONAL_DATA_KEY);
    const personal = this.policy(event);
    if (!personal) return undefined;
    const fields = presentFields(event.data, personal.fields);
    return fields.length > 0 ? { subject: personal.subject, fields } : undefined;
  }

  private async open(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const envelopes = events.map(findEnvelope);
    const subjects = [...new Set(envelopes.flatMap((envelope) => (envelope ? [envelope.subject] : [])))];
    if (subjects.length === 0) return events;
    const keys = await this.keys.findKeys(subjects);
    return events.map((event, i) => {
      const envelope = envelopes[i];
      if (!envelope) return event;
      const key = keys.get(envelope.subject);
      if (key === undefined) throw new SubjectKeyMissingError(envelope.subject, event.id);
      return openPersonalData(event, envelope, key);
    });
  }
}
