import type { RecordingClient } from './recording-client';

type Scores = Record<string, number | null>;

export interface ScoredResponses {
  readonly responses: readonly (string | number | null)[];
  /** The scores docs/instruments.md's rules give these responses, worked out by hand. */
  readonly scores: Scores;
}

/** Known answer sets per instrument, with a missing item in the last one of each. */
export const SCORED_RESPONSES: Readonly<Record<'djg-6' | 'who-5', readonly ScoredResponses[]>> = {
  'djg-6': [
    { responses: ['yes', 'more-or-less', 'no', 'yes', 'yes', 'no'], scores: { total: 3, emotional: 2, social: 1 } },
    { responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'], scores: { total: 0, emotional: 0, social: 0 } },
    { responses: ['yes', 'yes', 'yes', 'no', 'no', 'no'], scores: { total: 6, emotional: 3, social: 3 } },
    // One missing item: the total sums the others (no proration); its subscale cannot be scored.
    {
      responses: ['more-or-less', null, 'no', 'more-or-less', 'yes', 'yes'],
      scores: { total: 2, emotional: null, social: 1 },
    },
  ],
  'who-5': [
    { responses: [5, 4, 3, 2, 1], scores: { percent: 60, raw: 15 } },
    { responses: [0, 0, 0, 0, 0], scores: { percent: 0, raw: 0 } },
    { responses: [5, 5, 5, 5, 5], scores: { percent: 100, raw: 25 } },
    { responses: [3, 3, null, 3, 3], scores: { percent: null, raw: null } },
  ],
};

/** An enrolment with every optional field filled in; `overrides` replace fields. */
export function enrolmentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    arm: 'intervention',
    enrolledOn: '2026-02-02',
    ageBand: '80+',
    gender: 'female',
    riskFactors: ['living-alone', 'poverty'],
    consent: { givenOn: '2026-02-01' },
    personal: { name: 'Anna de Smet', phone: '+32 470 12 34 56', email: 'anna@example.org', notes: 'Calls on Mondays' },
    ...overrides,
  };
}

/** Registers a project measuring `instruments`, with a comparison group, and answers its id. */
export async function registerProject(worker: RecordingClient, instruments: readonly string[]): Promise<string> {
  const project = await worker.post<{ id: string }>('/api/projects', {
    name: 'Buddies against loneliness',
    interventionType: 'buddy',
    startsOn: '2026-01-01',
    instruments,
    hasComparisonGroup: true,
  });
  return project.id;
}
