import type { AnswerOf, RequestOf } from './client';

/** The answers the dashboard reads, named as the api names them. */
export type Session = AnswerOf<'/api/session'>;
export type InstrumentList = AnswerOf<'/api/instruments'>;
export type InstrumentSummary = InstrumentList['instruments'][number];
export type ProjectList = AnswerOf<'/api/projects'>;
export type ProjectSummary = ProjectList['projects'][number];
export type Outcome = AnswerOf<'/api/projects/{projectId}/outcomes'>;
export type GroupedOutcomes = AnswerOf<'/api/outcomes'>;
export type GroupedOutcome = GroupedOutcomes['rows'][number];
/** A questionnaire's id, as the outcome routes accept it. */
export type InstrumentId = NonNullable<NonNullable<RequestOf<'/api/outcomes'>['query']>['instrument']>;
export type ArmOutcome = NonNullable<Outcome['arms']['intervention']>;
export type Enrolment = AnswerOf<'/api/projects/{projectId}/enrolment'>;
export type MeasurementsDue = AnswerOf<'/api/projects/{projectId}/measurements-due'>;
export type DoseResponse = AnswerOf<'/api/projects/{projectId}/dose-response'>;
export type Trajectory = AnswerOf<'/api/projects/{projectId}/participants/{participantId}/trajectory'>;
export type ParticipantList = AnswerOf<'/api/projects/{projectId}/participants'>;

/** One line of a project's event export. */
export interface ExportedEvent {
  readonly position: string;
  readonly stream: string;
  readonly type: string;
  readonly version: number;
  readonly recordedAt: string;
  readonly data: unknown;
}
