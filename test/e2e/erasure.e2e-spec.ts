import { relative } from 'node:path';
import { filesHolding, filesUnder } from './support/data-folder-scan';
import { eventStoreHead } from './support/event-store-head';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const ERASED_REFERENCE = 'P-ERASED-7731';
const KEPT_REFERENCE = 'P-KEPT-2208';
const ERASED_PERSON = {
  name: 'Zofia Wiśniewska',
  phone: '+32 470 98 76 54',
  email: 'zofia.wisniewska@example.org',
  notes: 'Pension arrives on the 5th; afraid of the stairs',
};

describe('Erasure of a participant', () => {
  let api: TestApi;
  let token: string;
  let worker: RecordingClient;
  let projectId: string;
  let erasedId: string;
  let keptId: string;
  let beforeErasure: string;

  /** The scan is real when it finds what stays: their pseudonymous id in the events, another's id in the views. */
  function expectNoTraceOfTheErased(): void {
    expect(filesHolding(api.dataDir, erasedId)).not.toEqual([]);
    expect(filesHolding(api.dataDir, keptId).some((file) => file.startsWith('read-models.sqlite'))).toBe(true);
    for (const detail of [...Object.values(ERASED_PERSON), ERASED_REFERENCE]) {
      expect({ detail, files: filesHolding(api.dataDir, detail) }).toEqual({ detail, files: [] });
    }
  }

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    token = (await admin.createOrganisation('Buurtwerk Noord')).token;
    worker = admin.as(token);
    projectId = await registerProject(worker, ['djg-6']);
    const enrolled = await worker.post<{ id: string }>(
      `/api/projects/${projectId}/participants`,
      enrolmentBody({ reference: ERASED_REFERENCE, personal: ERASED_PERSON }),
    );
    erasedId = enrolled.id;
    await worker.post(`/api/participants/${erasedId}/measurements`, {
      instrument: 'djg-6',
      wave: 0,
      takenOn: '2026-02-02',
      responses: SCORED_RESPONSES['djg-6'][0]!.responses,
    });
    await worker.post(`/api/participants/${erasedId}/contacts`, { on: '2026-02-09', minutes: 45, kind: 'visit' });
    keptId = (
      await worker.post<{ id: string }>(
        `/api/projects/${projectId}/participants`,
        enrolmentBody({ reference: KEPT_REFERENCE }),
      )
    ).id;
    beforeErasure = new Date().toISOString();
    await new Promise((pause) => setTimeout(pause, 5));
    const erasure = await worker.delete<{ position: string }>(`/api/participants/${erasedId}`);
    await worker.get(`/api/projects/${projectId}/participants?consistentWith=${erasure.position}`);
  });
  afterAll(() => api.close());

  it('leaves no byte of their personal details or reference in any file of the data folder, write-ahead logs included', () => {
    const files = filesUnder(api.dataDir).map((file) => relative(api.dataDir, file));

    expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'subject-keys.sqlite', 'read-models.sqlite']));
    expectNoTraceOfTheErased();
  });

  it("keeps no one's reference in plain text in any file: the views hold none, the lists decrypt it", () => {
    expect(filesHolding(api.dataDir, KEPT_REFERENCE)).toEqual([]);
  });

  it('leaves none once a restart has folded the write-ahead logs into the database files', async () => {
    api = await api.restart();
    worker = RecordingClient.admin(api.http).as(token);

    expectNoTraceOfTheErased();
  });

  it('leaves them out of the participant list as it stood before the erasure, too', async () => {
    const list = await worker.get<{ participants: { id: string }[] }>(
      `/api/projects/${projectId}/participants?asOf=${encodeURIComponent(beforeErasure)}`,
    );

    expect(list.participants).toHaveLength(1);
    expect(list.participants.map((row) => row.id)).not.toContain(erasedId);
  });

  it('drops them and their reference from the participant list', async () => {
    const list = await worker.get<{ participants: { id: string; reference: string | null }[] }>(
      `/api/projects/${projectId}/participants`,
    );

    expect(list.participants.map((row) => row.id)).not.toContain(erasedId);
    expect(list.participants.map((row) => row.reference)).toEqual([KEPT_REFERENCE]);
  });
});

describe('Erasure and the answers kept for idempotent requests', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let participantId: string;
  let measurementId: string;
  let projectId: string;
  const enrolment = enrolmentBody();
  const measurement = {
    instrument: 'djg-6',
    wave: 0,
    takenOn: '2026-02-02',
    responses: SCORED_RESPONSES['djg-6'][2]!.responses,
  };
  const correction = { responses: SCORED_RESPONSES['djg-6'][1]!.responses };

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    projectId = await registerProject(worker, ['djg-6']);
    participantId = (
      await worker.send('post', `/api/projects/${projectId}/participants`, {
        body: enrolment,
        headers: { 'Idempotency-Key': 'idem-enrolment-51d7' },
      })
    ).body.id as string;
    const recorded = await worker.send('post', `/api/participants/${participantId}/measurements`, {
      body: measurement,
      headers: { 'Idempotency-Key': 'idem-measurement-9f2c' },
    });
    measurementId = recorded.body.id as string;
    await worker.send('post', `/api/measurements/${measurementId}/correction`, {
      body: correction,
      headers: { 'Idempotency-Key': 'idem-correction-3b8e' },
    });
    await worker.delete(`/api/participants/${participantId}`);
  });
  afterAll(() => api.close());

  it('leaves none of those kept answers in the files of the data folder', () => {
    for (const key of ['idem-enrolment-51d7', 'idem-measurement-9f2c', 'idem-correction-3b8e']) {
      expect({ key, files: filesHolding(api.dataDir, key) }).toEqual({ key, files: [] });
    }
  });

  it('answers 410 Gone to the enrolment sent again with its key, and does not re-create the person', async () => {
    const before = await eventStoreHead(api.http);
    const resent = await worker.send('post', `/api/projects/${projectId}/participants`, {
      body: enrolment,
      headers: { 'Idempotency-Key': 'idem-enrolment-51d7' },
    });

    expect(resent.status).toBe(410);
    expect(resent.body).toMatchObject({ statusCode: 410, error: 'Gone' });
    expect(await eventStoreHead(api.http)).toBe(before);
    expect(filesHolding(api.dataDir, 'anna@example.org')).toEqual([]);
  });

  it('forgets the answers that held their scores: a replay after erasure finds them erased', async () => {
    const replayedMeasurement = await worker.send('post', `/api/participants/${participantId}/measurements`, {
      body: measurement,
      headers: { 'Idempotency-Key': 'idem-measurement-9f2c' },
    });
    const replayedCorrection = await worker.send('post', `/api/measurements/${measurementId}/correction`, {
      body: correction,
      headers: { 'Idempotency-Key': 'idem-correction-3b8e' },
    });

    expect([replayedMeasurement.status, replayedCorrection.status]).toEqual([410, 410]);
    expect(JSON.stringify([replayedMeasurement.body, replayedCorrection.body])).not.toContain('scores');
  });

  it('never keeps a token secret for a replay, even when an Idempotency-Key is sent', async () => {
    const admin = RecordingClient.admin(api.http);
    const organisation = await admin.post<{ id: string }>('/api/organisations', { name: 'Fonds Noord' });
    const issue = () =>
      admin.send('post', '/api/tokens', {
        body: { role: 'organisation', organisationId: organisation.id },
        headers: { 'Idempotency-Key': 'idem-token-77aa' },
      });

    const [first, second] = [await issue(), await issue()];

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.token).not.toEqual(second.body.token);
    expect(filesHolding(api.dataDir, first.body.token as string)).toEqual([]);
  });
});
