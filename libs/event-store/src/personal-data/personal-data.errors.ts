import { EventStoreError } from '../errors';

/** The subject's key was destroyed: nothing may be encrypted for them again. */
export class SubjectErasedError extends EventStoreError {
  readonly code = 'event-store.subject-erased';
  constructor(readonly subject: string) {
    super(`Subject ${subject} was erased: no personal data can be stored for them again`);
    this.name = 'SubjectErasedError';
  }
}

/**
 * Stored personal data names a subject the key store has neither a key nor a tombstone for: the
 * key store was lost, or is not the one the data was encrypted with. Reading it as erased would
 * hide that.
 */
export class SubjectKeyMissingError extends EventStoreError {
  readonly code = 'event-store.subject-key-missing';
  constructor(
    readonly subject: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} holds personal data of ${subject}, whom the key store does not know: is it the right one?`);
    this.name = 'SubjectKeyMissingError';
  }
}

/**
 * An event's personal-data envelope failed authentication or is malformed: the stored event was
 * altered or moved, which is corruption, not erasure.
 */
export class PersonalDataTamperedError extends EventStoreError {
  readonly code = 'event-store.personal-data-tampered';
  constructor(
    readonly eventId: string,
    options?: { cause?: unknown },
  ) {
    super(`The personal data of event ${eventId} failed authentication: the stored event was altered`, options);
    this.name = 'PersonalDataTamperedError';
  }
}

/** The event already uses the data key reserved for the encrypted envelope. */
export class ReservedDataKeyError extends EventStoreError {
  readonly code = 'event-store.reserved-data-key';
  constructor(
    readonly eventId: string,
    readonly key: string,
  ) {
    super(`Event ${eventId} uses the data key ${key}, which is reserved for encrypted personal data`);
    this.name = 'ReservedDataKeyError';
  }
}

/**
 * The key is destroyed, but storage still holds a copy of it that could not be purged yet; the
 * erasure is complete only once a retry succeeds.
 */
export class SubjectKeyNotPurgedError extends EventStoreError {
  readonly code = 'event-store.subject-key-not-purged';
  constructor(
    readonly subject: string,
    reason: string,
  ) {
    super(`The key of ${subject} is destroyed, but a copy remains: ${reason}; erase again`);
    this.name = 'SubjectKeyNotPurgedError';
  }
}
