import { randomUUID } from 'node:crypto';
import { describeWithPostgres } from '@outcome/shared/testing';
import { eventStoreHead } from './support/event-store-head';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject } from './support/recording-fixtures';
import { startTestApi, type StoreSetup, type TestApi } from './support/test-api';

const PROJECT = {
  name: 'Neighbours for neighbours',
  interventionType: 'neighbour-help',
  startsOn: '2026-01-01',
  instruments: ['djg-6'],
};

function idempotentWrites(setup: StoreSetup): void {
  let api: TestApi;
  let admin: RecordingClient;
  let organisationId: string;
  let token: string;
  let worker: RecordingClient;
  let projectId: string;

  const enrol = (key: string, body: Record<string, unknown>) =>
    worker.send('post', `/api/projects/${projectId}/participants`, { body, headers: { 'Idempotency-Key': key } });

  beforeAll(async () => {
    api = await startTestApi(setup);
    admin = RecordingClient.admin(api.http);
    ({ organisationId, token } = await admin.createOrganisation('Buurtwerk Noord'));
    worker = admin.as(token);
    projectId = await registerProject(worker, ['djg-6']);
  });
  afterAll(() => api.close());

  it('answers the first answer again to the same key and body, and appends nothing', async () => {
    const key = randomUUID();
    const first = await enrol(key, enrolmentBody({ reference: 'P-001' }));
    const head = await eventStoreHead(api.http);

    const again = await enrol(key, enrolmentBody({ reference: 'P-001' }));

    expect(first.status).toBe(201);
    expect({ status: again.status, body: again.body }).toEqual({ status: 201, body: first.body });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await eventStoreHead(api.http)).toBe(head);
  });

  it('answers 422 to the same key with another body, and appends nothing', async () => {
    const key = randomUUID();
    await enrol(key, enrolmentBody({ reference: 'P-002' }));
    const head = await eventStoreHead(api.http);

    const other = await enrol(key, enrolmentBody({ reference: 'P-003' }));

    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ statusCode: 422, message: expect.stringContaining('Idempotency-Key') });
    expect(await eventStoreHead(api.http)).toBe(head);
  });

  it('replays a first request that failed validation with its 400, and holds the key to that request', async () => {
    const key = randomUUID();
    const invalid = enrolmentBody({ reference: 'P-004', ageBand: 'ancient' });
    const first = await enrol(key, invalid);

    const again = await enrol(key, invalid);
    const corrected = await enrol(key, enrolmentBody({ reference: 'P-004' }));

    expect(first.status).toBe(400);
    expect({ status: again.status, body: again.body }).toEqual({ status: 400, body: first.body });
    expect(corrected.status).toBe(422);
  });

  it('keeps keys apart per token', async () => {
    const otherToken = admin.as(
      (await admin.post<{ token: string }>('/api/tokens', { role: 'organisation', organisationId })).token,
    );
    const key = randomUUID();
    const send = (client: RecordingClient) =>
      client.send('post', '/api/projects', { body: PROJECT, headers: { 'Idempotency-Key': key } });

    const first = await send(worker);
    const second = await send(otherToken);

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
  });

  it('answers the first answer again after the app restarts on the same stores', async () => {
    const key = randomUUID();
    const first = await enrol(key, enrolmentBody({ reference: 'P-005' }));
    const head = await eventStoreHead(api.http);

    api = await api.restart();
    worker = RecordingClient.admin(api.http).as(token);
    const again = await enrol(key, enrolmentBody({ reference: 'P-005' }));

    expect(first.status).toBe(201);
    expect({ status: again.status, body: again.body }).toEqual({ status: 201, body: first.body });
    expect(await eventStoreHead(api.http)).toBe(head);
  });
}

describe('Idempotency-Key on the embedded SQLite stores', () => idempotentWrites('sqlite'));

describeWithPostgres('Idempotency-Key on PostgreSQL', () => idempotentWrites('postgres'));
