import { randomBytes } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../event';
import {
  PERSONAL_DATA_KEY,
  type PersonalDataEnvelope,
  findEnvelope,
  openPersonalData,
  sealPersonalData,
} from './personal-data-envelope';
import { PersonalDataTamperedError } from './personal-data.errors';

const key = randomBytes(32);
const personal = { subject: 'participant-1', fields: ['name', 'phone'] };

function enrolment(id = 'event-1'): NewEvent {
  return {
    id,
    type: 'ParticipantEnrolled',
    data: { participantId: 'participant-1', arm: 'intervention', name: 'Ada Lovelace', phone: '+32 470 12 34 56' },
    metadata: { recordedBy: 'token-1', correlationId: 'c-1', causationId: null, schemaVersion: 1 },
  };
}

function recorded(event: NewEvent, data = event.data): RecordedEvent {
  return {
    ...event,
    data,
    stream: 'participant-1',
    streamVersion: 0,
    position: 1n,
    metadata: { ...event.metadata, recordedAt: '2025-01-01T00:00:00.000Z' },
  };
}

function sealed(event = enrolment()): RecordedEvent {
  return recorded(event, sealPersonalData(event, personal, key));
}

function withEnvelope(event: RecordedEvent, change: Partial<PersonalDataEnvelope>): RecordedEvent {
  const envelope = event.data[PERSONAL_DATA_KEY] as PersonalDataEnvelope;
  return { ...event, data: { ...event.data, [PERSONAL_DATA_KEY]: { ...envelope, ...change } } };
}

function open(event: RecordedEvent, withKey: Buffer | null): RecordedEvent {
  return openPersonalData(event, findEnvelope(event)!, withKey);
}

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0xff;
  return bytes.toString('base64');
}

describe(sealPersonalData.name, () => {
  it('moves the personal fields into an envelope and keeps the others', () => {
    const { data } = sealed();

    expect(data).toEqual({
      participantId: 'participant-1',
      arm: 'intervention',
      [PERSONAL_DATA_KEY]: {
        subject: 'participant-1',
        fields: ['name', 'phone'],
        iv: expect.any(String),
        tag: expect.any(String),
        ciphertext: expect.any(String),
      },
    });
    expect(JSON.stringify(data)).not.toContain('Ada');
  });

  it('draws a fresh IV for every event', () => {
    const first = findEnvelope(sealed())!;
    const second = findEnvelope(sealed())!;

    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });
});

describe(openPersonalData.name, () => {
  it('restores the personal fields with the subject key', () => {
    expect(open(sealed(), key).data).toEqual(enrolment().data);
  });

  it('answers the event without its personal fields, marked erased, when the key is gone', () => {
    const opened = open(sealed(), null);

    expect(opened.data).toEqual({ participantId: 'participant-1', arm: 'intervention' });
    expect(opened.erased).toBe(true);
  });

  it.each<[string, (event: RecordedEvent) => RecordedEvent]>([
    ['an altered ciphertext', (e) => withEnvelope(e, { ciphertext: flipFirstByte(findEnvelope(e)!.ciphertext) })],
    ['an altered tag', (e) => withEnvelope(e, { tag: flipFirstByte(findEnvelope(e)!.tag) })],
    ['a truncated tag', (e) => withEnvelope(e, { tag: Buffer.alloc(4).toString('base64') })],
    ['another subject', (e) => withEnvelope(e, { subject: 'participant-2' })],
    ['another field list', (e) => withEnvelope(e, { fields: ['name'] })],
    ['another event id', (e) => ({ ...e, id: 'event-2' })],
  ])('rejects an envelope with %s as tampered', (_, tamper) => {
    expect(() => open(tamper(sealed()), key)).toThrow(PersonalDataTamperedError);
  });

  it('rejects a key other than the subject key as tampered', () => {
    expect(() => open(sealed(), randomBytes(32))).toThrow(PersonalDataTamperedError);
  });
});

describe(findEnvelope.name, () => {
  it('finds no envelope in an event without personal data', () => {
    expect(findEnvelope(recorded(enrolment()))).toBeUndefined();
  });

  it('rejects a malformed envelope as tampered', () => {
    const event = recorded(enrolment(), { [PERSONAL_DATA_KEY]: { subject: 'participant-1' } });

    expect(() => findEnvelope(event)).toThrow(PersonalDataTamperedError);
  });
});
