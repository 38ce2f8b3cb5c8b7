import type { CalendarDate } from '../shared/calendar-date';
import type { Arm, InterventionType } from '../shared/vocabulary';
import type { ProjectEvent } from './project.events';

export interface RosterEntry {
  readonly participantId: string;
  readonly arm: Arm;
  /** Null when none was given or when it can no longer be read (the participant was erased). */
  readonly reference: string | null;
}

export interface RegisteredProject {
  readonly status: 'registered';
  readonly projectId: string;
  readonly organisationId: string;
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly instruments: readonly string[];
  readonly hasComparisonGroup: boolean;
  readonly roster: readonly RosterEntry[];
}

export type ProjectState = { readonly status: 'unregistered' } | RegisteredProject;

export const initialProjectState = (): ProjectState => ({ status: 'unregistered' });

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectRegistered': {
      const { projectId, organisationId, name, interventionType, startsOn, endsOn, instruments, hasComparisonGroup } =
        event.data;
      return {
        status: 'registered',
        projectId,
        organisationId,
        name,
        interventionType,
        startsOn,
        endsOn,
        instruments,
        hasComparisonGroup,
        roster: [],
      };
    }
    case 'ParticipantAdded': {
      if (state.status !== 'registered') return state;
      const entry = {
        participantId: event.data.participantId,
        arm: event.data.arm,
        reference: event.data.reference ?? null,
      };
      return { ...state, roster: [...state.roster, entry] };
    }
    default:
      return state;
  }
}

/** The project as the acting organisation may see it: another organisation's project does not exist for it. */
export function projectOf(state: ProjectState, organisationId: string): RegisteredProject | undefined {
  return state.status === 'registered' && state.organisationId === organisationId ? state : undefined;
}
