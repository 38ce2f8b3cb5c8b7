import { describeWithPostgres } from '@outcome/shared/testing';
import type { Response } from 'supertest';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES } from './support/recording-fixtures';
import { startTestApi, type StoreSetup, type TestApi } from './support/test-api';

const CONCURRENT_WRITES = 50;

interface Write {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** Contacts and measurements, alternating; no two measurements share an instrument and a wave. */
function mixedWrites(participantId: string): Write[] {
  return Array.from({ length: CONCURRENT_WRITES }, (_, index) => {
    if (index % 2 === 0) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      return {
        path: `/api/participants/${participantId}/contacts`,
        body: { on: `2026-03-${day}`, minutes: 10 + index, kind: 'visit' },
      };
    }
    const instrument = index % 4 === 1 ? 'djg-6' : 'who-5';
    return {
      path: `/api/participants/${participantId}/measurements`,
      body: {
        instrument,
        wave: Math.floor(index / 4),
        takenOn: '2026-03-02',
        responses: SCORED_RESPONSES[instrument][0]!.responses,
      },
    };
  });
}

function statusesOf(answers: readonly Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

/**
 * Two api instances on the same stores, as in the clustered stack: each queues the writes to one
 * stream it receives, so only writes through different instances can conflict.
 */
function concurrentWrites(setup: StoreSetup): void {
  let api: TestApi;
  let secondApi: TestApi;
  let worker: RecordingClient;
  let workerOnSecond: RecordingClient;
  const either = (index: number) => (index % 2 === 0 ? worker : workerOnSecond);

  beforeAll(async () => {
    api = await startTestApi(setup);
    secondApi = await api.startAnotherInstance();
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Noord');
    worker = admin.as(token);
    workerOnSecond = RecordingClient.admin(secondApi.http).as(token);
  });
  afterAll(async () => {
    await secondApi.close();
    await api.close();
  });

  it(`keeps each acknowledged write of ${CONCURRENT_WRITES} concurrent ones to a participant exactly once, and nothing of the refused`, async () => {
    const projectId = await registerProject(worker, ['djg-6', 'who-5']);
    const participant = await worker.post<{ id: string }>(
      `/api/projects/${projectId}/participants`,
      enrolmentBody({ enrolledOn: '2026-03-01', consent: { givenOn: '2026-03-01' } }),
    );

    const answers = await Promise.all(
      mixedWrites(participant.id).map((write, index) => either(index).send('post', write.path, { body: write.body })),
    );

    const acknowledged = answers.filter((answer) => answer.status === 201);
    expect(Object.keys(statusesOf(answers)).filter((status) => !['201', '409'].includes(status))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(CONCURRENT_WRITES / 2);
    const events = await worker.events(projectId);
    const written = events
      .filter((event) => ['ContactLogged', 'MeasurementRecorded'].includes(event['type'] as string))
      .map((event) => {
        const data = event['data'] as Record<string, string>;
        return { id: data['contactId'] ?? data['measurementId'], position: event['position'] };
      });
    const answered = acknowledged.map((answer) => ({ id: answer.body.id, position: answer.body.position }));
    expect(sortById(written)).toEqual(sortById(answered));
    expect(new Set(written.map((event) => event.position)).size).toBe(written.length);
  }, 30_000);

  it('enrols exactly one of several concurrent enrolments with the same reference, and answers 409 to the others', async () => {
    const projectId = await registerProject(worker, ['djg-6']);
    const attempts = 10;

    const answers = await Promise.all(
      Array.from({ length: attempts }, (_, index) =>
        either(index).send('post', `/api/projects/${projectId}/participants`, {
          body: enrolmentBody({ reference: 'P-001' }),
        }),
      ),
    );

    expect(statusesOf(answers)).toEqual({ 201: 1, 409: attempts - 1 });
    const winner = answers.find((answer) => answer.status === 201)!.body.id as string;
    const enrolled = (await worker.events(projectId)).filter((event) => event['type'] === 'ParticipantEnrolled');
    expect(enrolled.map((event) => (event['data'] as Record<string, unknown>)['participantId'])).toEqual([winner]);
  }, 30_000);
}

function sortById<T extends { id: string | undefined }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

describe('Concurrent writes on the embedded SQLite stores', () => concurrentWrites('sqlite'));

describeWithPostgres('Concurrent writes on PostgreSQL', () => concurrentWrites('postgres'));
