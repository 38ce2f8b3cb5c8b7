import { randomUUID } from 'node:crypto';
import {
  decideEnrolment,
  evolveProject,
  initialParticipantState,
  initialProjectState,
  participantStream,
  projectStream,
  type ProjectEvent,
} from '@outcome/domain';
import { EventStore } from '@outcome/event-store';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const LEGACY_PARTICIPANTS = 12;
const referenceOf = (index: number) => `L-${String(index + 1).padStart(2, '0')}`;

/**
 * A data folder written by the event layout before references had reservation streams: each
 * enrolment was the decision's `ParticipantAdded` on the project's roster and `ParticipantEnrolled`
 * on the participant's stream, nothing else. It is written here through the api's own stores (so
 * references are encrypted as they were), then the api restarts on it, as after an upgrade.
 */
describe('a data folder written by the previous event layout', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let projectId: string;
  const legacy: string[] = [];

  async function enrolAsThePreviousLayoutDid(index: number, organisationId: string): Promise<string> {
    const store = api.app.get(EventStore);
    const participantId = randomUUID();
    const roster = await store.readStream(projectStream(projectId));
    const project = roster.reduce(
      (state, event) => evolveProject(state, event as unknown as ProjectEvent),
      initialProjectState(),
    );
    const decision = decideEnrolment(
      {
        type: 'EnrolParticipant',
        participantId,
        projectId,
        organisationId,
        reference: referenceOf(index),
        arm: index % 2 ? 'comparison' : 'intervention',
        enrolledOn: '2026-02-02',
        ageBand: '80+',
        gender: null,
        riskFactors: [],
        consentGivenOn: '2026-02-01',
        personal: { name: `Legacy ${index}` },
      },
      project,
      initialParticipantState(),
    );
    const metadata = { recordedBy: 'legacy', correlationId: randomUUID(), causationId: null, schemaVersion: 1 };
    const events = (decided: readonly { type: string; data: object }[]) =>
      decided.map(({ type, data }) => ({ id: randomUUID(), type, data: { ...data }, metadata }));
    await store.appendToStreams([
      { stream: projectStream(projectId), events: events(decision.project), expectedVersion: roster.length - 1 },
      { stream: participantStream(participantId), events: events(decision.participant), expectedVersion: 'no-stream' },
    ]);
    return participantId;
  }

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const organisation = await admin.createOrganisation('Buurtwerk Zuid');
    projectId = await registerProject(admin.as(organisation.token), ['djg-6']);
    for (let index = 0; index < LEGACY_PARTICIPANTS; index++) {
      legacy.push(await enrolAsThePreviousLayoutDid(index, organisation.organisationId));
    }
    api = await api.restart();
    worker = RecordingClient.admin(api.http).as(organisation.token);
  }, 60_000);
  afterAll(() => api.close());

  it('refuses a new enrolment with a reference the old roster holds, in any case', async () => {
    const refused = await worker.send('post', `/api/projects/${projectId}/participants`, {
      body: enrolmentBody({ reference: ' l-05 ' }),
    });

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'participant.reference-already-used' });
  });

  it('enrols with a new reference, which is then taken', async () => {
    await worker.post(`/api/projects/${projectId}/participants`, enrolmentBody({ reference: 'N-01' }));

    const again = await worker.send('post', `/api/projects/${projectId}/participants`, {
      body: enrolmentBody({ reference: 'n-01' }),
    });

    expect(again.status).toBe(409);
  });

  it('records a measurement for a participant of the old layout and reads it on their record', async () => {
    const participantId = legacy[3]!;
    const sent = SCORED_RESPONSES['djg-6'][0]!;

    await worker.post(`/api/participants/${participantId}/measurements`, {
      instrument: 'djg-6',
      wave: 0,
      takenOn: '2026-02-03',
      responses: sent.responses,
    });
    const record = await worker.get<{ reference: string; measurements: { scores: unknown }[] }>(
      `/api/participants/${participantId}`,
    );

    expect(record.reference).toBe(referenceOf(3));
    expect(record.measurements.map((measurement) => measurement.scores)).toEqual([sent.scores]);
  });

  it("exports the old roster's participants and the new ones alike", async () => {
    const exported = await worker.events(projectId);

    const added = exported.filter((event) => event['type'] === 'ParticipantAdded');
    expect(added.length).toBeGreaterThanOrEqual(LEGACY_PARTICIPANTS + 1);
    expect(exported.filter((event) => event['type'] === 'ParticipantEnrolled')).toHaveLength(added.length);
  });
});
