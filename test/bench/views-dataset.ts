import {
  type Arm,
  type CalendarDate,
  type ContactKind,
  decideEnrolment,
  type EnrolledParticipant,
  evolveParticipant,
  evolveProject,
  INTERVENTION_TYPES,
  initialParticipantState,
  initialProjectState,
  organisationDecider,
  organisationStream,
  type ParticipantCommand,
  participantDecider,
  type ParticipantState,
  participantStream,
  projectDecider,
  type ProjectState,
  projectStream,
} from '@outcome/domain';
import type { DomainEvent, NewEvent } from '@outcome/event-store';
import { metadataFor, type Principal, type WriteContext } from '@outcome/application';
import { answersAt } from '../../libs/application/src/demo/demo-answers';
import { addDays } from '../../libs/application/src/demo/demo-dates';
import { clampLevel, type DemoPerson, drawPerson } from '../../libs/application/src/demo/demo-person';
import { SeededRandom } from '../../libs/application/src/demo/seeded-random';

/** How big a generated dataset is: organisations of projects of participants, each measured at every wave. */
export interface DatasetShape {
  readonly label: string;
  readonly organisations: number;
  readonly projectsPerOrganisation: number;
  readonly participantsPerProject: number;
}

/** DJG-6 (loneliness, the main outcome) and WHO-5 (wellbeing) at every wave. */
export const INSTRUMENTS = ['djg-6', 'who-5'] as const;
/** Baseline and four follow-ups, about 13 weeks apart. */
export const WAVES = 5;
/** Every intervention-arm participant has one logged contact before each follow-up. */
const CONTACT_KINDS: readonly ContactKind[] = ['visit', 'call', 'activity', 'help'];
/** Every third project has a waiting-list comparison group of half its participants. */
const COMPARISON_EVERY = 3;
const FIRST_START: CalendarDate = '2024-01-08';

export function measurementsOf(shape: DatasetShape): number {
  return participantsOf(shape) * INSTRUMENTS.length * WAVES;
}

export function participantsOf(shape: DatasetShape): number {
  return shape.organisations * shape.projectsPerOrganisation * shape.participantsPerProject;
}

/** The events of one command on one or two streams, with the write path's metadata. */
export interface DecidedCommand {
  readonly streams: readonly { readonly stream: string; readonly events: readonly NewEvent[] }[];
}

export interface GeneratedProject {
  readonly projectId: string;
  readonly organisationId: string;
  readonly interventionType: (typeof INTERVENTION_TYPES)[number];
  readonly hasComparisonGroup: boolean;
}

/** Who is in the dataset, for the reads: organisations with their projects, in registration order. */
export interface DatasetDirectory {
  readonly organisations: readonly {
    readonly organisationId: string;
    readonly projects: readonly GeneratedProject[];
  }[];
}

interface Participant {
  readonly participantId: string;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly person: DemoPerson;
  readonly effect: number;
  readonly decide: ReturnType<typeof participantDecider>['decide'];
  readonly organisation: WriteContext;
  state: ParticipantState;
}

/**
 * A dataset as the organisations' workers would have written it through the api: every event
 * decided by the domain's deciders on the state the earlier events made (a broken rule throws),
 * with the metadata of `metadataFor` and a correlation id per command. Time runs in phases, as
 * in a real year: organisations and projects are registered, then everyone is enrolled and
 * measured at baseline, then each follow-up wave in turn (with a contact before it). The
 * commands come out phase by phase, in chunks, so that a million measurements never sit in
 * memory at once; only each participant's state (what the decider needs) is kept.
 */
export class ViewsDataset {
  readonly directory: DatasetDirectory;
  private readonly random: SeededRandom;
  private readonly ids: SeededRandom;
  private readonly participantsByProject: Participant[][] = [];
  /** A registered project's state and start, until its participants are enrolled. */
  private readonly registered = new Map<string, { state: ProjectState; startsOn: CalendarDate }>();

  constructor(
    readonly shape: DatasetShape,
    seed = 1,
  ) {
    this.random = new SeededRandom(seed);
    this.ids = new SeededRandom(seed + 1);
    let projects = 0;
    this.directory = {
      organisations: Array.from({ length: shape.organisations }, () => {
        const organisationId = this.ids.uuid();
        return {
          organisationId,
          projects: Array.from({ length: shape.projectsPerOrganisation }, (_, index) => ({
            projectId: this.ids.uuid(),
            organisationId,
            interventionType: INTERVENTION_TYPES[index % INTERVENTION_TYPES.length]!,
            hasComparisonGroup: projects++ % COMPARISON_EVERY === 0,
          })),
        };
      }),
    };
  }

  /** Every command of the dataset in the order it is appended, a chunk (about a project's worth) at a time. */
  *commands(): Generator<DecidedCommand[]> {
    yield this.registrations();
    for (const [index, project] of this.projects().entries()) yield this.enrolments(index, project);
    for (let wave = 1; wave < WAVES; wave++) {
      for (const participants of this.participantsByProject) yield this.followUps(participants, wave);
    }
  }

  private projects(): GeneratedProject[] {
    return this.directory.organisations.flatMap((organisation) => organisation.projects);
  }

  private registrations(): DecidedCommand[] {
    const commands: DecidedCommand[] = [];
    for (const { organisationId, projects } of this.directory.organisations) {
      const registered = organisationDecider.decide(
        { type: 'RegisterOrganisation', organisationId, name: `Bench organisation ${organisationId.slice(0, 8)}` },
        organisationDecider.initialState(),
      );
      commands.push(this.command(adminContext(), undefined, organisationStream(organisationId), registered));
      for (const [index, project] of projects.entries()) {
        const startsOn = addDays(FIRST_START, this.random.between(0, 90));
        const events = projectDecider.decide(
          {
            type: 'RegisterProject',
            projectId: project.projectId,
            organisationId,
            name: `Bench project ${index + 1} of ${organisationId.slice(0, 8)}`,
            interventionType: project.interventionType,
            targetGroup: 'Synthetic benchmark participants',
            startsOn,
            endsOn: null,
            instruments: [...INSTRUMENTS],
            hasComparisonGroup: project.hasComparisonGroup,
          },
          initialProjectState(),
        );
        this.registered.set(project.projectId, {
          state: events.reduce(evolveProject, initialProjectState()),
          startsOn,
        });
        commands.push(this.command(workerContext(organisationId), startsOn, projectStream(project.projectId), events));
      }
    }
    return commands;
  }

  /** One project's participants: enrolment (the project's roster and their own stream) and the baseline. */
  private enrolments(index: number, project: GeneratedProject): DecidedCommand[] {
    const { projectId, organisationId } = project;
    const context = workerContext(organisationId);
    const { startsOn, state } = this.registered.get(projectId)!;
    this.registered.delete(projectId);
    let projectState = state;
    const decide = participantDecider({ projectId, instruments: INSTRUMENTS }).decide;
    const effect = this.random.next() * 0.12;
    const comparison = project.hasComparisonGroup ? Math.floor(this.shape.participantsPerProject / 2) : 0;
    const participants: Participant[] = [];
    const commands: DecidedCommand[] = [];
    for (let n = 0; n < this.shape.participantsPerProject; n++) {
      const participantId = this.ids.uuid();
      const person = drawPerson(this.random);
      const enrolledOn = addDays(startsOn, this.random.between(0, 60));
      const arm: Arm = n < comparison ? 'comparison' : 'intervention';
      const enrolment = decideEnrolment(
        {
          type: 'EnrolParticipant',
          participantId,
          projectId,
          organisationId,
          reference: `P${index + 1}-${n + 1}`,
          arm,
          enrolledOn,
          ageBand: person.ageBand,
          gender: person.gender,
          riskFactors: person.riskFactors,
          consentGivenOn: enrolledOn,
          personal: { name: `Synthetic participant ${n + 1} of project ${index + 1}` },
        },
        projectState,
        initialParticipantState(),
      );
      projectState = enrolment.project.reduce(evolveProject, projectState);
      const participant: Participant = {
        participantId,
        arm,
        enrolledOn,
        person,
        effect,
        decide,
        organisation: context,
        state: enrolment.participant.reduce(evolveParticipant, initialParticipantState()),
      };
      const metadata = this.metadata(context, enrolledOn);
      commands.push({
        streams: [
          { stream: projectStream(projectId), events: this.newEvents(enrolment.project, metadata) },
          { stream: participantStream(participantId), events: this.newEvents(enrolment.participant, metadata) },
        ],
      });
      commands.push(...this.measurements(participant, 0));
      participants.push(participant);
    }
    this.participantsByProject.push(participants);
    return commands;
  }

  private followUps(participants: readonly Participant[], wave: number): DecidedCommand[] {
    return participants.flatMap((participant) => [
      ...(participant.arm === 'intervention' ? [this.contact(participant, wave)] : []),
      ...this.measurements(participant, wave),
    ]);
  }

  private contact(participant: Participant, wave: number): DecidedCommand {
    const on = addDays(participant.enrolledOn, 91 * (wave - 1) + this.random.between(14, 70));
    return this.decided(participant, on, {
      type: 'LogContact',
      participantId: participant.participantId,
      organisationId: organisationOf(participant),
      contactId: this.ids.uuid(),
      on,
      minutes: 5 * this.random.between(6, 24),
      kind: this.random.pick(CONTACT_KINDS),
    });
  }

  private measurements(participant: Participant, wave: number): DecidedCommand[] {
    const takenOn = addDays(participant.enrolledOn, 91 * wave + this.random.between(0, 7));
    return INSTRUMENTS.map((instrument) =>
      this.decided(participant, takenOn, {
        type: 'RecordMeasurement',
        participantId: participant.participantId,
        organisationId: organisationOf(participant),
        measurementId: this.ids.uuid(),
        instrument,
        wave,
        takenOn,
        responses: answersAt(instrument, this.levelAt(participant, instrument, wave), this.random),
      }),
    );
  }

  /** Where the participant stands at the wave: the intervention arm improves a little each wave. */
  private levelAt(participant: Participant, instrument: string, wave: number): number {
    const { baseline } = participant.person;
    const gained = participant.arm === 'intervention' ? (participant.effect * wave) / (WAVES - 1) : 0;
    const noise = wave === 0 ? 0 : this.random.normal() * 0.07;
    return instrument === 'djg-6'
      ? clampLevel(baseline.loneliness - gained + noise)
      : clampLevel(baseline.wellbeing + gained + noise);
  }

  private decided(participant: Participant, on: CalendarDate, command: ParticipantCommand): DecidedCommand {
    const events = participant.decide(command, participant.state);
    participant.state = events.reduce(evolveParticipant, participant.state);
    return this.command(participant.organisation, on, participantStream(participant.participantId), events);
  }

  private command(
    context: WriteContext,
    occurredAt: CalendarDate | undefined,
    stream: string,
    events: readonly DomainEvent[],
  ): DecidedCommand {
    return { streams: [{ stream, events: this.newEvents(events, this.metadata(context, occurredAt)) }] };
  }

  /** As handleCommand writes it: one metadata per command, the request's correlation id. */
  private metadata(context: WriteContext, occurredAt: CalendarDate | undefined) {
    return metadataFor({ ...context, correlationId: this.ids.uuid() }, occurredAt);
  }

  private newEvents(events: readonly DomainEvent[], metadata: NewEvent['metadata']): NewEvent[] {
    return events.map(({ type, data }) => ({ id: this.ids.uuid(), type, data, metadata }));
  }
}

function organisationOf(participant: Participant): string {
  return (participant.state as EnrolledParticipant).organisationId;
}

function adminContext(): WriteContext {
  return contextOf({ role: 'admin', tokenId: 'bench-views-admin' });
}

function workerContext(organisationId: string): WriteContext {
  return contextOf({ role: 'organisation', tokenId: `bench-views-${organisationId.slice(0, 8)}`, organisationId });
}

function contextOf(principal: Principal): WriteContext {
  return { principal, correlationId: 'bench-views' };
}
