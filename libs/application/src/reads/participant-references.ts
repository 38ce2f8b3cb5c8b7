import { projectStream } from '@outcome/domain';
import type { EventStore } from '@outcome/event-store';

/**
 * The organisation's references of a project's participants, decrypted in one read of the
 * project's roster: each `ParticipantAdded` holds its participant's reference encrypted with their
 * key, and the store opens them with one look-up of the keys. No view keeps a reference
 * (SECURITY.md), so that the read store holds none in plain text; an erased participant's reads as null.
 */
export async function referencesOfProject(
  store: EventStore,
  projectId: string,
): Promise<ReadonlyMap<string, string | null>> {
  const references = new Map<string, string | null>();
  for (const event of await store.readStream(projectStream(projectId))) {
    if (event.type !== 'ParticipantAdded') continue;
    const { participantId, reference } = event.data as { participantId: string; reference?: string | null };
    references.set(participantId, reference ?? null);
  }
  return references;
}
