import {
  type Arm,
  type CalendarDate,
  decideEnrolment,
  evolveParticipant,
  evolveProject,
  initialParticipantState,
  initialProjectState,
  type ParticipantCommand,
  participantDecider,
  type ParticipantState,
  participantStream,
  projectDecider,
  type ProjectState,
  projectStream,
} from '@outcome/domain';
import type { WriteContext } from '../write/write-context';
import { addDays } from './demo-dates';
import { type DemoStep, planParticipantSteps } from './demo-participant-timeline';
import { drawPerson } from './demo-person';
import type { DemoProjectPlan } from './demo-project-plans';
import type { DemoRecorder } from './demo-recorder';
import type { SeededRandom } from './seeded-random';

export interface RecordedDemoProject {
  readonly id: string;
  readonly name: string;
  readonly participants: number;
}

/**
 * Registers a demo project and everything its participants go through, each decided by the
 * domain's own deciders on the state their earlier events make: a broken rule throws here, as
 * it would over HTTP.
 */
export function recordDemoProject(
  plan: DemoProjectPlan,
  organisation: { readonly id: string; readonly worker: WriteContext },
  recorder: DemoRecorder,
  random: SeededRandom,
): RecordedDemoProject {
  const projectId = recorder.newId();
  const { id: organisationId, worker } = organisation;
  const registered = projectDecider.decide(
    {
      type: 'RegisterProject',
      projectId,
      organisationId,
      name: plan.name,
      interventionType: plan.interventionType,
      targetGroup: plan.targetGroup,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      instruments: plan.instruments,
      hasComparisonGroup: plan.arms.comparison !== undefined,
    },
    initialProjectState(),
  );
  recorder.record(plan.startsOn, worker, plan.startsOn, [{ stream: projectStream(projectId), events: registered }]);
  let project: ProjectState = registered.reduce(evolveProject, initialProjectState());
  const decider = participantDecider({ projectId, instruments: plan.instruments });

  const enrolments = enrolmentsOf(plan, random);
  enrolments.forEach(({ arm, enrolledOn }, index) => {
    const participantId = recorder.newId();
    const reference = `${plan.referencePrefix}-${String(index + 1).padStart(3, '0')}`;
    const person = drawPerson(random);
    const enrolment = decideEnrolment(
      {
        type: 'EnrolParticipant',
        participantId,
        projectId,
        organisationId,
        reference,
        arm,
        enrolledOn,
        ageBand: person.ageBand,
        gender: person.gender,
        riskFactors: person.riskFactors,
        consentGivenOn: enrolledOn,
        personal: { name: `Synthetic participant ${reference} (demo)` },
      },
      project,
      initialParticipantState(),
    );
    project = enrolment.project.reduce(evolveProject, project);
    let participant: ParticipantState = enrolment.participant.reduce(evolveParticipant, initialParticipantState());
    const stream = participantStream(participantId);
    recorder.record(enrolledOn, worker, enrolledOn, [
      { stream: projectStream(projectId), events: enrolment.project },
      { stream, events: enrolment.participant },
    ]);
    for (const step of planParticipantSteps(plan, arm, enrolledOn, person, random)) {
      const events = decider.decide(commandOf(step, participantId, organisationId, recorder), participant);
      participant = events.reduce(decider.evolve, participant);
      recorder.record(step.on, worker, step.on, [{ stream, events }]);
    }
  });
  return { id: projectId, name: plan.name, participants: enrolments.length };
}

/** Every participant's arm and enrolment day, in the order they enrolled. */
function enrolmentsOf(plan: DemoProjectPlan, random: SeededRandom): { arm: Arm; enrolledOn: CalendarDate }[] {
  const arms: Arm[] = [
    ...Array<Arm>(plan.arms.intervention).fill('intervention'),
    ...Array<Arm>(plan.arms.comparison ?? 0).fill('comparison'),
  ];
  return arms
    .map((arm) => ({ arm, enrolledOn: addDays(plan.startsOn, random.between(0, plan.enrolmentDays)) }))
    .sort((a, b) => (a.enrolledOn < b.enrolledOn ? -1 : a.enrolledOn > b.enrolledOn ? 1 : 0));
}

function commandOf(
  step: DemoStep,
  participantId: string,
  organisationId: string,
  recorder: DemoRecorder,
): ParticipantCommand {
  const ids = { participantId, organisationId };
  switch (step.kind) {
    case 'measurement': {
      const { instrument, wave, on: takenOn, responses } = step;
      return {
        type: 'RecordMeasurement',
        ...ids,
        measurementId: recorder.newId(),
        instrument,
        wave,
        takenOn,
        responses,
      };
    }
    case 'contact':
      return {
        type: 'LogContact',
        ...ids,
        contactId: recorder.newId(),
        on: step.on,
        minutes: step.minutes,
        kind: step.contactKind,
      };
    case 'exit':
      return { type: 'RecordExit', ...ids, on: step.on, reason: step.reason };
  }
}
