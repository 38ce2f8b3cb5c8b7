import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function typesOf(lines: string): string[] {
  return lines
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => (JSON.parse(line) as { type: string }).type);
}

describe('GET /api/projects/{projectId}/events', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let exportPath: string;
  let beforeRegistration: string;
  let beforeContact: string;
  let contactPosition: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    beforeRegistration = new Date().toISOString();
    await sleep(20);
    const projectId = await registerProject(worker, ['djg-6']);
    exportPath = `/api/projects/${projectId}/events`;
    const participant = await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, enrolmentBody());
    await sleep(20);
    beforeContact = new Date().toISOString();
    await sleep(20);
    const contact = await worker.post<{ position: string }>(`/api/participants/${participant.id}/contacts`, {
      on: '2026-03-02',
      minutes: 30,
      kind: 'visit',
    });
    contactPosition = contact.position;
  });
  afterAll(() => api.close());

  const exported = (query: string) => worker.send('get', `${exportPath}${query}`);

  it('exports only the events recorded up to asOf', async () => {
    const then = await exported(`?asOf=${beforeContact}`);
    const now = await exported('');

    expect(then.status).toBe(200);
    expect(then.type).toBe('application/x-ndjson');
    expect(typesOf(then.text)).toEqual(['ProjectRegistered', 'ParticipantAdded', 'ParticipantEnrolled']);
    expect(typesOf(now.text)).toEqual([
      'ProjectRegistered',
      'ParticipantAdded',
      'ParticipantEnrolled',
      'ContactLogged',
    ]);
  });

  it('answers 404 as of an instant before the project was registered', async () => {
    const answer = await exported(`?asOf=${beforeRegistration}`);

    expect(answer.status).toBe(404);
    expect(answer.type).toBe('application/json');
  });

  it('includes the write a consistentWith position names, without waiting', async () => {
    const answer = await exported(`?consistentWith=${contactPosition}`);

    expect(answer.status).toBe(200);
    expect(typesOf(answer.text)).toContain('ContactLogged');
  });

  it.each([
    ['an asOf that is no instant', '?asOf=yesterday', 'asOf'],
    ['a consistentWith that is no position', '?consistentWith=-1', 'consistentWith'],
    ['an unknown query field', '?since=42', 'since'],
  ])('answers 400 to %s, naming it', async (_case, query, field) => {
    const answer = await exported(query);

    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain(field);
  });
});
