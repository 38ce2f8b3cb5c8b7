import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EventData, NewEvent, RecordedEvent } from '../event';
import { PersonalDataTamperedError } from './personal-data.errors';
import type { PersonalFields } from './personal-data-policy';

/** The data key under which an event keeps its encrypted personal fields. */
export const PERSONAL_DATA_KEY = '$personal';

const ALGORITHM = 'aes-256-gcm';
// NIST SP 800-38D §8.2–8.3: a fresh random 96-bit IV per encryption is safe up to 2^32 encryptions
// under one key, far beyond the events of one subject; and a full 128-bit tag.
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The personal fields of one event, encrypted with the subject's key; binary values in base64. */
export interface PersonalDataEnvelope {
  readonly subject: string;
  readonly fields: readonly string[];
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/** The named fields that the data holds a value for: only those are sealed. */
export function presentFields(data: EventData, fields: readonly string[]): string[] {
  return fields.filter((field) => data[field] !== undefined);
}

/** Moves the given fields of the event's data into an envelope under PERSONAL_DATA_KEY. */
export function sealPersonalData(event: NewEvent, personal: PersonalFields, key: Buffer): EventData {
  const rest: Record<string, unknown> = { ...event.data };
  const sealed: Record<string, unknown> = {};
  for (const field of personal.fields) {
    sealed[field] = rest[field];
    delete rest[field];
  }
  const fields = Object.keys(sealed);

  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(event.id, personal.subject, fields));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(sealed), 'utf8'), cipher.final()]);
  const envelope: PersonalDataEnvelope = {
    subject: personal.subject,
    fields,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
  return { ...rest, [PERSONAL_DATA_KEY]: envelope };
}

/**
 * The event's envelope, or undefined when it has none.
 * @throws PersonalDataTamperedError when the envelope is malformed.
 */
export function findEnvelope(event: RecordedEvent): PersonalDataEnvelope | undefined {
  const envelope = event.data[PERSONAL_DATA_KEY];
  if (envelope === undefined) return undefined;
  if (!isEnvelope(envelope)) throw new PersonalDataTamperedError(event.id);
  return envelope;
}

/**
 * The event with its personal fields restored; for the null key of an erased subject, the event
 * without them and marked `erased`.
 * @throws PersonalDataTamperedError when the envelope fails authentication.
 */
export function openPersonalData(
  event: RecordedEvent,
  envelope: PersonalDataEnvelope,
  key: Buffer | null,
): RecordedEvent {
  const { [PERSONAL_DATA_KEY]: _envelope, ...rest } = event.data;
  if (!key) return { ...event, data: rest, erased: true };
  return { ...event, data: { ...rest, ...decrypt(event.id, envelope, key) } };
}

function decrypt(eventId: string, envelope: PersonalDataEnvelope, key: Buffer): EventData {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(envelope.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(eventId, envelope.subject, envelope.fields));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, 'base64')), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as EventData;
  } catch (error) {
    throw new PersonalDataTamperedError(eventId, { cause: error });
  }
}

// Binds the envelope to its event and subject: moved to another event, it fails authentication.
function associatedData(eventId: string, subject: string, fields: readonly string[]): Buffer {
  return Buffer.from(JSON.stringify([eventId, subject, fields]), 'utf8');
}

function isEnvelope(value: unknown): value is PersonalDataEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as Record<string, unknown>;
  return (
    typeof envelope.subject === 'string' &&
    Array.isArray(envelope.fields) &&
    envelope.fields.every((field) => typeof field === 'string') &&
    typeof envelope.iv === 'string' &&
    typeof envelope.tag === 'string' &&
    typeof envelope.ciphertext === 'string'
  );
}
