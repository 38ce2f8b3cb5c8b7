import { createHmac } from 'node:crypto';
import { type EventStore, NO_STREAM, type StreamVersion, type SubjectKeyStore } from '@outcome/event-store';

/**
 * The event of a reservation stream: the reference its stream is named after now belongs to the
 * participant. It holds no reference, only whose it is.
 */
export interface ReferenceReserved {
  readonly type: 'ReferenceReserved';
  readonly data: { readonly participantId: string };
}

/** Who holds a reference in a project, as its reservation stream says, and the stream's version. */
export interface Reservation {
  readonly stream: string;
  readonly version: StreamVersion;
  /** The participant whose reference it is; null when it is free (never taken, or its holder was erased). */
  readonly holder: string | null;
}

/** The key store's subject whose key names a project's reservation streams. */
export const referenceKeySubjectOf = (projectId: string): string => `project-references-${projectId}`;

/**
 * The same reference whatever its case or surrounding spaces, as enrolment compares them. Its
 * hash names a stream for good, so it must not depend on the machine: Unicode's default case
 * mapping rather than the host locale's, on the composed form.
 */
export const normalisedReference = (reference: string): string => reference.trim().normalize('NFC').toLowerCase();

/**
 * A project's references are kept unique by one stream per reference, named by a keyed hash of it
 * (HMAC-SHA256 with a key of the project's, held in the key store): deciding whether a reference
 * is taken reads one event, however many participants the project has. The reference itself stays
 * where it was, personal and encrypted with its participant's key; the stream name reveals it to
 * no one without the project's key. Once the holder is erased (their key destroyed), the
 * reference is free again, as it was when uniqueness was checked on the roster.
 */
export class ReferenceReservations {
  constructor(
    private readonly store: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {}

  async streamOf(projectId: string, reference: string): Promise<string> {
    const subject = referenceKeySubjectOf(projectId);
    // Looked up first: making a key is a write of the key store's, needed once per project.
    const key = (await this.keys.findKeys([subject])).get(subject) ?? (await this.keys.getOrCreateKey(subject));
    return `reference-${createHmac('sha256', key).update(normalisedReference(reference)).digest('hex')}`;
  }

  /** Reads the reservation stream's last event only. */
  async find(projectId: string, reference: string): Promise<Reservation> {
    const stream = await this.streamOf(projectId, reference);
    const version = await this.store.readStreamVersion(stream);
    if (version === NO_STREAM) return { stream, version, holder: null };
    const [last] = await this.store.readStream(stream, { fromVersion: version, maxCount: 1 });
    const holder = (last?.data as ReferenceReserved['data'] | undefined)?.participantId ?? null;
    if (holder === null || (await this.isErased(holder))) return { stream, version, holder: null };
    return { stream, version, holder };
  }

  /** Whether a holder's key was destroyed: their reference no longer exists anywhere readable. */
  async isErased(participantId: string): Promise<boolean> {
    return (await this.keys.findErasedSubjects([participantId])).has(participantId);
  }
}

export function referenceReserved(participantId: string): ReferenceReserved {
  return { type: 'ReferenceReserved', data: { participantId } };
}
