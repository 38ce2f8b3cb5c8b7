import type {
  Arm,
  ContactLogged,
  InterventionType,
  MeasurementRecorded,
  ParticipantEnrolled,
  ProjectRegistered,
} from '@outcome/domain';
import type { RecordedEvent } from '@outcome/event-store';
import { findInstrument, findScale } from '@outcome/instruments';
import { analyseOutcome, type ArmInput, type OutcomeStatistics } from '@outcome/statistics';

/** A project as the events tell it, with the Outcome of docs/statistics.md on each instrument's main scale. */
export interface DemoProject {
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly hasComparisonGroup: boolean;
  readonly enrolled: number;
  /** On the first instrument, the loneliness one. */
  readonly outcome: OutcomeStatistics;
  readonly secondOutcome: OutcomeStatistics;
  /** The intervention arm's paired participants: contact hours up to their follow-up, and their change. */
  readonly pairedByHours: readonly { readonly hours: number; readonly change: number }[];
}

interface ParticipantFacts {
  readonly arm: Arm;
  /** Main-scale score by instrument and wave. */
  readonly scores: Map<string, Map<number, { score: number | null; takenOn: string }>>;
  readonly contacts: { on: string; minutes: number }[];
}

/** Derives each project's arms and pairs from the events alone, independently of the generator. */
export function demoProjectsOf(events: readonly RecordedEvent[]): DemoProject[] {
  const participants = new Map<string, ParticipantFacts>();
  const byProject = new Map<string, string[]>();
  for (const event of events) {
    if (event.type === 'ParticipantEnrolled') {
      const { participantId, projectId, arm } = (event as unknown as ParticipantEnrolled).data;
      participants.set(participantId, { arm, scores: new Map(), contacts: [] });
      byProject.set(projectId, [...(byProject.get(projectId) ?? []), participantId]);
    } else if (event.type === 'MeasurementRecorded') {
      const { participantId, instrument, wave, takenOn, scores } = (event as unknown as MeasurementRecorded).data;
      const waves = participants.get(participantId)!.scores;
      const mainScale = findInstrument(instrument)!.mainScale;
      waves.set(instrument, (waves.get(instrument) ?? new Map()).set(wave, { score: scores![mainScale]!, takenOn }));
    } else if (event.type === 'ContactLogged') {
      const { participantId, on, minutes } = (event as unknown as ContactLogged).data;
      participants.get(participantId)!.contacts.push({ on, minutes });
    }
  }
  return events
    .filter((event) => event.type === 'ProjectRegistered')
    .map((event) => {
      const project = (event as unknown as ProjectRegistered).data;
      const people = (byProject.get(project.projectId) ?? []).map((id) => participants.get(id)!);
      const [loneliness, other] = project.instruments as [string, string];
      return {
        name: project.name,
        interventionType: project.interventionType,
        hasComparisonGroup: project.hasComparisonGroup,
        enrolled: people.length,
        outcome: outcomeOf(loneliness, people),
        secondOutcome: outcomeOf(other, people),
        pairedByHours: people
          .filter((person) => person.arm === 'intervention')
          .flatMap((person) => {
            const pair = pairOf(person, loneliness);
            if (!pair) return [];
            const hours =
              person.contacts.filter((c) => c.on <= pair.followUpOn).reduce((s, c) => s + c.minutes, 0) / 60;
            return [{ hours, change: pair.scores[1] - pair.scores[0] }];
          }),
      };
    });
}

function outcomeOf(instrumentId: string, people: readonly ParticipantFacts[]): OutcomeStatistics {
  const instrument = findInstrument(instrumentId)!;
  const scale = findScale(instrument, instrument.mainScale)!;
  const armOf = (arm: Arm): ArmInput | null => {
    const members = people.filter((person) => person.arm === arm);
    if (members.length === 0) return null;
    return {
      enrolled: members.length,
      withBaseline: members.filter((person) => baselineOf(person, instrumentId) !== null).length,
      pairs: members.flatMap((person) => {
        const pair = pairOf(person, instrumentId);
        return pair ? [pair.scores] : [];
      }),
    };
  };
  return analyseOutcome({
    direction: instrument.direction,
    reliability: scale.reliability ?? null,
    arms: { intervention: armOf('intervention'), comparison: armOf('comparison') },
  });
}

function baselineOf(person: ParticipantFacts, instrument: string): number | null {
  return person.scores.get(instrument)?.get(0)?.score ?? null;
}

/** docs/statistics.md: paired when scored at wave 0 and at the latest wave above 0 with a score. */
function pairOf(
  person: ParticipantFacts,
  instrument: string,
): { scores: [number, number]; followUpOn: string } | undefined {
  const baseline = baselineOf(person, instrument);
  const followUps = [...(person.scores.get(instrument) ?? new Map<number, { score: number | null; takenOn: string }>())]
    .filter(([wave, { score }]) => wave > 0 && score !== null)
    .sort(([a], [b]) => b - a);
  if (baseline === null || followUps.length === 0) return undefined;
  const [, latest] = followUps[0]!;
  return { scores: [baseline, latest.score!], followUpOn: latest.takenOn };
}
