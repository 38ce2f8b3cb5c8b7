import { runEventStoreContract } from '../testing';
import type { NewEvent, RecordedEvent } from '../event';
import { NO_STREAM } from '../expected-version';
import { InMemoryEventStore } from '../adapters/in-memory/in-memory-event-store';
import { InMemorySubjectKeyStore } from './adapters/in-memory-subject-key-store';
import { PERSONAL_DATA_KEY } from './personal-data-envelope';
import { PersonalDataEventStore } from './personal-data-event-store';
import {
  PersonalDataTamperedError,
  ReservedDataKeyError,
  SubjectErasedError,
  SubjectKeyMissingError,
} from './personal-data.errors';
import type { PersonalDataPolicy } from './personal-data-policy';

const policy: PersonalDataPolicy = (event) => {
  const subject = event.data.participantId as string;
  if (event.type === 'ParticipantEnrolled') return { subject, fields: ['name', 'phone'] };
  if (event.type === 'MeasurementRecorded') return { subject, fields: ['responses'] };
  return undefined;
};

let eventCount = 0;

function event(type: string, data: Record<string, unknown>): NewEvent {
  eventCount += 1;
  return {
    id: `event-${eventCount}`,
    type,
    data,
    metadata: { recordedBy: 'token-1', correlationId: 'c-1', causationId: null, schemaVersion: 1 },
  };
}

function enrolment(participantId: string, name: string): NewEvent {
  return event('ParticipantEnrolled', { participantId, arm: 'intervention', name, phone: '+32 470 12 34 56' });
}

function measurement(participantId: string): NewEvent {
  return event('MeasurementRecorded', { participantId, wave: 0, responses: [1, 2, 3] });
}

async function take(events: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for await (const recorded of events) {
    taken.push(recorded);
    if (taken.length === count) break;
  }
  return taken;
}

// Every field of every contract event is personal: the decorator must be invisible to readers.
const everyFieldPersonal: PersonalDataPolicy = (event) => ({ subject: 'contract', fields: Object.keys(event.data) });

runEventStoreContract(`${PersonalDataEventStore.name} over ${InMemoryEventStore.name}`, {
  create: async () =>
    new PersonalDataEventStore(new InMemoryEventStore(), new InMemorySubjectKeyStore(), everyFieldPersonal),
});

describe(PersonalDataEventStore.name, () => {
  let inner: InMemoryEventStore;
  let keys: InMemorySubjectKeyStore;
  let sut: PersonalDataEventStore;

  beforeEach(() => {
    inner = new InMemoryEventStore();
    keys = new InMemorySubjectKeyStore();
    sut = new PersonalDataEventStore(inner, keys, policy);
  });

  afterEach(() => sut.dispose());

  it('restores the personal fields on every read path', async () => {
    const written = [enrolment('p-1', 'Ada Lovelace'), measurement('p-1')];
    await sut.appendToStream('participant-p-1', written);

    const reads = [
      await sut.readStream('participant-p-1'),
      await sut.readAll({ maxCount: 10 }),
      await take(sut.replay(), 2),
      await take(sut.subscribeToAll(), 2),
    ];

    for (const read of reads) expect(read.map((e) => e.data)).toEqual(written.map((e) => e.data));
  });

  it('stores the personal fields only inside the encrypted envelope', async () => {
    await sut.appendToStream('participant-p-1', [enrolment('p-1', 'Ada Lovelace')]);

    const [stored] = await inner.readStream('participant-p-1');

    expect(Object.keys(stored!.data).sort()).toEqual([PERSONAL_DATA_KEY, 'arm', 'participantId']);
    expect(JSON.stringify(stored!.data)).not.toMatch(/Ada|470/);
  });

  it('passes events without personal data through unchanged, creating no key', async () => {
    const exited = event('ParticipantExited', { participantId: 'p-1', reason: 'completed' });
    const withoutDetails = event('ParticipantEnrolled', { participantId: 'p-2', arm: 'comparison' });

    await sut.appendToStream('participant-p-1', [exited, withoutDetails]);

    expect((await inner.readAll({ maxCount: 10 })).map((e) => e.data)).toEqual([exited.data, withoutDetails.data]);
    expect((await keys.findKeys(['p-1', 'p-2'])).size).toBe(0);
  });

  it('reads an erased subject without their personal fields and marked erased, keeping the others readable', async () => {
    await sut.appendToStream('participant-p-1', [enrolment('p-1', 'Ada Lovelace'), measurement('p-1')]);
    await sut.appendToStream('participant-p-2', [enrolment('p-2', 'Grace Hopper')]);
    await sut.readAll({ maxCount: 10 });

    await keys.destroyKey('p-1');
    const events = await sut.readAll({ maxCount: 10 });

    expect(events.map((e) => ({ data: e.data, erased: e.erased }))).toEqual([
      { data: { participantId: 'p-1', arm: 'intervention' }, erased: true },
      { data: { participantId: 'p-1', wave: 0 }, erased: true },
      { data: { participantId: 'p-2', arm: 'intervention', name: 'Grace Hopper', phone: '+32 470 12 34 56' } },
    ]);
    expect(events.map((e) => e.streamVersion)).toEqual([0, 1, 0]);
  });

  it('refuses to read personal data whose subject has neither a key nor a tombstone, rather than call it erased', async () => {
    await sut.appendToStream('participant-p-1', [enrolment('p-1', 'Ada Lovelace')]);
    const withLostKeys = new PersonalDataEventStore(inner, new InMemorySubjectKeyStore(), policy);

    const read = withLostKeys.readStream('participant-p-1');

    await expect(read).rejects.toThrow(SubjectKeyMissingError);
    await expect(read).rejects.toMatchObject({ code: 'event-store.subject-key-missing', subject: 'p-1' });
  });

  it('refuses personal data of an erased subject and appends nothing', async () => {
    await sut.appendToStream('participant-p-1', [enrolment('p-1', 'Ada Lovelace')]);
    await keys.destroyKey('p-1');

    await expect(sut.appendToStream('participant-p-1', [measurement('p-1')])).rejects.toThrow(SubjectErasedError);
    expect(await sut.readStreamVersion('participant-p-1')).toBe(0);
  });

  it('answers the original result to a retry of a batch with personal data stored before the erasure', async () => {
    const batch = [enrolment('p-1', 'Ada Lovelace'), measurement('p-1')];
    const original = await sut.appendToStream('participant-p-1', batch);
    await keys.destroyKey('p-1');

    const retried = await sut.appendToStream('participant-p-1', batch);

    expect(retried).toEqual(original);
    expect(await sut.readStreamVersion('participant-p-1')).toBe(1);
  });

  it('refuses personal data of an erased subject appended beside a retried batch', async () => {
    const batch = [enrolment('p-1', 'Ada Lovelace')];
    await sut.appendToStream('participant-p-1', batch);
    await keys.destroyKey('p-1');

    const append = sut.appendToStreams([
      { stream: 'participant-p-1', events: batch },
      { stream: 'participant-p-1-more', events: [measurement('p-1')] },
    ]);

    await expect(append).rejects.toThrow(SubjectErasedError);
    expect(await sut.readStreamVersion('participant-p-1-more')).toBe(NO_STREAM);
  });

  it('appends events of an erased subject that carry no personal data', async () => {
    await keys.destroyKey('p-1');

    await sut.appendToStream('participant-p-1', [event('ParticipantErased', { participantId: 'p-1' })]);

    expect(await sut.readStream('participant-p-1')).toHaveLength(1);
  });

  it('rejects an event whose data uses the reserved envelope key', async () => {
    const forged = event('ParticipantExited', { participantId: 'p-1', [PERSONAL_DATA_KEY]: {} });

    await expect(sut.appendToStream('participant-p-1', [forged])).rejects.toThrow(ReservedDataKeyError);
  });

  it('rejects an envelope moved to another event as tampered', async () => {
    await sut.appendToStream('participant-p-1', [enrolment('p-1', 'Ada Lovelace')]);
    const [original] = await inner.readStream('participant-p-1');
    await inner.appendToStream('participant-p-1', [event('ParticipantEnrolled', original!.data)]);

    await expect(sut.readStream('participant-p-1')).rejects.toThrow(PersonalDataTamperedError);
  });

  it('makes one key lookup per page when replaying 10,000 events of 100 subjects', async () => {
    for (let subject = 0; subject < 100; subject++) {
      const participantId = `p-${subject}`;
      const events = Array.from({ length: 100 }, () => measurement(participantId));
      await sut.appendToStream(`participant-${participantId}`, events);
    }
    const findKeys = jest.spyOn(keys, 'findKeys');

    let restored = 0;
    for await (const recorded of sut.replay({ pageSize: 1000 })) {
      if (Array.isArray(recorded.data.responses)) restored += 1;
    }

    expect(restored).toBe(10_000);
    expect(findKeys).toHaveBeenCalledTimes(10);
  });
});
