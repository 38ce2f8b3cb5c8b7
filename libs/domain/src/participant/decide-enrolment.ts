import type { ParticipantAdded } from '../project/project.events';
import { ProjectNotFoundError, ReferenceAlreadyUsedError } from '../project/project.errors';
import { projectOf, type ProjectState } from '../project/project.state';
import type { EnrolParticipant } from './participant.commands';
import { ParticipantAlreadyEnrolledError } from './participant.errors';
import type { ParticipantEnrolled } from './participant.events';
import type { ParticipantState } from './participant.state';

/** Enrolment touches two streams, appended atomically: the project's roster and the participant's own. */
export interface EnrolmentDecision {
  readonly project: readonly ParticipantAdded[];
  readonly participant: readonly ParticipantEnrolled[];
}

/**
 * Decided on the project, which guards that a reference is used once (compared without case
 * or surrounding spaces, so "P-01" and "p-01 " are the same person).
 */
export function decideEnrolment(
  command: EnrolParticipant,
  projectState: ProjectState,
  participantState: ParticipantState,
): EnrolmentDecision {
  const project = projectOf(projectState, command.organisationId);
  if (!project) throw new ProjectNotFoundError(command.projectId);
  if (participantState.status !== 'unknown') throw new ParticipantAlreadyEnrolledError(command.participantId);
  const reference = command.reference?.trim() || null;
  if (reference !== null) {
    const taken = project.roster.some((entry) => entry.reference !== null && sameReference(entry.reference, reference));
    if (taken) throw new ReferenceAlreadyUsedError(reference);
  }
  const ids = {
    participantId: command.participantId,
    projectId: project.projectId,
    organisationId: project.organisationId,
  };
  return {
    project: [{ type: 'ParticipantAdded', data: { ...ids, arm: command.arm, reference } }],
    participant: [
      {
        type: 'ParticipantEnrolled',
        data: {
          ...ids,
          arm: command.arm,
          enrolledOn: command.enrolledOn,
          ageBand: command.ageBand,
          consentGivenOn: command.consentGivenOn,
          reference,
          gender: command.gender,
          riskFactors: [...command.riskFactors],
          personal: command.personal,
        },
      },
    ],
  };
}

function sameReference(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
