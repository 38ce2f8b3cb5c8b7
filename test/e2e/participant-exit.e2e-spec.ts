import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

describe('POST /api/participants/{id}/exit', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let participantPath: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    const projectId = await registerProject(worker, ['djg-6']);
    const participant = await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, enrolmentBody());
    participantPath = `/api/participants/${participant.id}`;
  });
  afterAll(() => api.close());

  it('answers 422 to an exit dated before a contact logged earlier, and records no exit', async () => {
    await worker.post(`${participantPath}/contacts`, { on: '2026-05-01', minutes: 30, kind: 'visit' });

    const refused = await worker.send('post', `${participantPath}/exit`, {
      body: { on: '2026-03-01', reason: 'completed' },
    });
    const onTheDay = await worker.send('post', `${participantPath}/exit`, {
      body: { on: '2026-05-01', reason: 'completed' },
    });

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'participant.exit-before-last-contact',
      message: expect.stringContaining('Date the exit on or after 2026-05-01'),
    });
    expect(onTheDay.status).toBe(201);
  });
});
