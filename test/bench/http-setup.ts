/** The api's data for the benchmark, made over HTTP as a client would: an organisation, its token, projects. */

/**
 * Instruments the projects measure: each gives a participant 101 waves (0–100) to record, so a
 * project's written participants take 30,300 measurements before a wave comes round again (409).
 */
export const MEASURED = {
  'djg-6': ['yes', 'more-or-less', 'no', 'yes', 'yes', 'no'],
  'who-5': [5, 4, 3, 2, 1],
  'ucla-3': [1, 2, 3],
} as const;

/** Participants of a project whose measurements are timed: the same number in every project. */
export const WRITTEN_PARTICIPANTS = 100;

export interface BenchProject {
  readonly size: number;
  readonly projectId: string;
  /** The first WRITTEN_PARTICIPANTS participants enrolled. */
  readonly written: readonly string[];
  /** Enrolments per second while the project was filled, at `ENROLMENT_CONNECTIONS` at once. */
  readonly enrolmentsPerSecond: number;
}

export const ENROLMENT_CONNECTIONS = 10;

export async function createOrganisationToken(baseUrl: string, adminToken: string): Promise<string> {
  const organisation = await post<{ id: string }>(baseUrl, adminToken, '/api/organisations', { name: 'Bench' });
  const issued = await post<{ token: string }>(baseUrl, adminToken, '/api/tokens', {
    role: 'organisation',
    organisationId: organisation.id,
  });
  return issued.token;
}

/** Registers a project and enrols `size` participants, ten requests at a time. */
export async function createProject(baseUrl: string, token: string, size: number): Promise<BenchProject> {
  const { id: projectId } = await post<{ id: string }>(baseUrl, token, '/api/projects', {
    name: `Project of ${size}`,
    interventionType: 'buddy',
    startsOn: '2026-01-01',
    instruments: Object.keys(MEASURED),
    hasComparisonGroup: true,
  });
  const ids: string[] = new Array<string>(size);
  let next = 0;
  const started = performance.now();
  const enrolNext = async (): Promise<void> => {
    for (let index = next++; index < size; index = next++) {
      const enrolled = await post<{ id: string }>(
        baseUrl,
        token,
        `/api/projects/${projectId}/participants`,
        enrolmentBody(`B-${size}-${index}`, index),
      );
      ids[index] = enrolled.id;
    }
  };
  await Promise.all(Array.from({ length: ENROLMENT_CONNECTIONS }, enrolNext));
  const seconds = (performance.now() - started) / 1000;
  return { size, projectId, written: ids.slice(0, WRITTEN_PARTICIPANTS), enrolmentsPerSecond: size / seconds };
}

/** An enrolment as a project worker sends it: a reference, an arm, consent and a name. */
export function enrolmentBody(reference: string, index: number): Record<string, unknown> {
  return {
    reference,
    arm: index % 2 === 0 ? 'intervention' : 'comparison',
    enrolledOn: '2026-01-05',
    ageBand: '60-79',
    consent: { givenOn: '2026-01-05' },
    personal: { name: `Participant ${index}` },
  };
}

async function post<T>(baseUrl: string, token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
