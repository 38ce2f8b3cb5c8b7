import { randomUUID } from 'node:crypto';
import type { EnrolParticipant } from '@outcome/domain';
import type { EventStore } from '@outcome/event-store';
import type { WriteContext } from '../write-context';

/** Fixtures of the write specs: an organisation's context, projects and enrolments as stored. */

export const ORGANISATION = 'org-1';
export const CONTEXT: WriteContext = {
  principal: { role: 'organisation', tokenId: 'token-1', organisationId: ORGANISATION },
  correlationId: 'test',
};
const metadata = { recordedBy: 'test', correlationId: 'test', causationId: null, schemaVersion: 1 };
const event = (type: string, data: Record<string, unknown>) => ({ id: randomUUID(), type, data, metadata });

/** Registers a project of ORGANISATION measuring djg-6, as its decider records it; answers its id. */
export async function registeredProject(store: EventStore): Promise<string> {
  const projectId = randomUUID();
  await store.appendToStream(`project-${projectId}`, [
    event('ProjectRegistered', {
      projectId,
      organisationId: ORGANISATION,
      name: 'Buddies',
      interventionType: 'buddy',
      targetGroup: null,
      startsOn: '2026-01-01',
      endsOn: null,
      instruments: ['djg-6'],
      hasComparisonGroup: false,
    }),
  ]);
  return projectId;
}

/**
 * A participant enrolled as the code did before references had reservation streams: on the
 * project's roster and in their own stream, nothing else. Answers their id.
 */
export async function enrolledBeforeReservations(
  store: EventStore,
  projectId: string,
  reference: string,
): Promise<string> {
  const participantId = randomUUID();
  const facts = { projectId, organisationId: ORGANISATION, participantId, arm: 'intervention', reference };
  await store.appendToStreams([
    { stream: `project-${projectId}`, events: [event('ParticipantAdded', facts)] },
    {
      stream: `participant-${participantId}`,
      events: [
        event('ParticipantEnrolled', {
          ...facts,
          enrolledOn: '2026-01-05',
          ageBand: '80+',
          consentGivenOn: '2026-01-05',
        }),
      ],
    },
  ]);
  return participantId;
}

/** The command enrolling a new participant of ORGANISATION into the project. */
export function enrolmentIn(projectId: string, reference: string | null): EnrolParticipant {
  return {
    type: 'EnrolParticipant',
    participantId: randomUUID(),
    projectId,
    organisationId: ORGANISATION,
    reference,
    arm: 'intervention',
    enrolledOn: '2026-01-06',
    ageBand: '80+',
    gender: null,
    riskFactors: [],
    consentGivenOn: '2026-01-06',
    personal: null,
  };
}
