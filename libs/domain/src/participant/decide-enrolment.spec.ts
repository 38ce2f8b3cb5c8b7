import type { ProjectEvent } from '../project/project.events';
import { ProjectNotFoundError, ReferenceAlreadyUsedError } from '../project/project.errors';
import { evolveProject, initialProjectState } from '../project/project.state';
import type { EnrolParticipant } from './participant.commands';
import { ParticipantAlreadyEnrolledError } from './participant.errors';
import { initialParticipantState } from './participant.state';
import { decideEnrolment } from './decide-enrolment';

const organisationId = 'org-1';
const registered: ProjectEvent = {
  type: 'ProjectRegistered',
  data: {
    projectId: 'project-1',
    organisationId,
    name: 'Buddies in Molenbeek',
    interventionType: 'buddy',
    targetGroup: null,
    startsOn: '2026-01-01',
    endsOn: null,
    instruments: ['djg-6'],
    hasComparisonGroup: true,
  },
};
const added = (participantId: string, reference?: string | null): ProjectEvent => ({
  type: 'ParticipantAdded',
  data: { projectId: 'project-1', organisationId, participantId, arm: 'intervention', reference },
});
const projectAfter = (...events: ProjectEvent[]) => events.reduce(evolveProject, initialProjectState());

const enrol = (overrides: Partial<EnrolParticipant> = {}): EnrolParticipant => ({
  type: 'EnrolParticipant',
  participantId: 'participant-2',
  organisationId,
  projectId: 'project-1',
  reference: 'P-02',
  arm: 'comparison',
  enrolledOn: '2026-02-01',
  ageBand: '60-79',
  gender: null,
  riskFactors: ['poverty', 'living-alone'],
  consentGivenOn: '2026-02-01',
  personal: { name: 'Jan Janssens', phone: '+32 2 555 01 02' },
  ...overrides,
});

describe(decideEnrolment.name, () => {
  it('adds the participant to the roster and opens their stream', () => {
    const sut = decideEnrolment(
      enrol(),
      projectAfter(registered, added('participant-1', 'P-01')),
      initialParticipantState(),
    );

    const ids = { participantId: 'participant-2', projectId: 'project-1', organisationId };
    expect(sut).toEqual({
      project: [{ type: 'ParticipantAdded', data: { ...ids, arm: 'comparison', reference: 'P-02' } }],
      participant: [
        {
          type: 'ParticipantEnrolled',
          data: {
            ...ids,
            arm: 'comparison',
            enrolledOn: '2026-02-01',
            ageBand: '60-79',
            consentGivenOn: '2026-02-01',
            reference: 'P-02',
            gender: null,
            riskFactors: ['poverty', 'living-alone'],
            personal: { name: 'Jan Janssens', phone: '+32 2 555 01 02' },
          },
        },
      ],
    });
  });

  it('rejects a reference already used in the project, whatever its case and spacing', () => {
    const project = projectAfter(registered, added('participant-1', 'P-02'));

    expect(() => decideEnrolment(enrol({ reference: ' p-02 ' }), project, initialParticipantState())).toThrow(
      ReferenceAlreadyUsedError,
    );
  });

  it("frees an erased participant's reference (it can no longer be read)", () => {
    const project = projectAfter(registered, added('participant-1', undefined));

    expect(decideEnrolment(enrol(), project, initialParticipantState()).project).toHaveLength(1);
  });

  it('allows many participants without a reference', () => {
    const project = projectAfter(registered, added('participant-1', null));

    expect(
      decideEnrolment(enrol({ reference: '  ' }), project, initialParticipantState()).participant[0]!.data.reference,
    ).toBeNull();
  });

  it("answers not-found for another organisation's project", () => {
    expect(() =>
      decideEnrolment(enrol({ organisationId: 'org-2' }), projectAfter(registered), initialParticipantState()),
    ).toThrow(ProjectNotFoundError);
  });

  it('answers not-found for a project never registered', () => {
    expect(() => decideEnrolment(enrol(), initialProjectState(), initialParticipantState())).toThrow(
      ProjectNotFoundError,
    );
  });

  it('refuses to enrol the same participant twice', () => {
    const participant = { status: 'erased', participantId: 'participant-2', organisationId } as const;

    expect(() => decideEnrolment(enrol(), projectAfter(registered), participant)).toThrow(
      ParticipantAlreadyEnrolledError,
    );
  });
});
