import { createHash } from 'node:crypto';
import { EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type StoreSetup, type TestApi } from './support/test-api';
import { describeWithPostgres } from '@outcome/shared/testing';

interface Issued {
  readonly id: string;
  readonly token: string;
  readonly role: string;
}

interface Listed {
  readonly id: string;
  readonly role: string;
  readonly label: string | null;
  readonly organisationId: string | null;
  readonly projectIds: string[] | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

function revocationOnEveryInstance(setup: StoreSetup): void {
  let api: TestApi;
  let other: TestApi;
  let admin: RecordingClient;
  let organisationId: string;
  let projectId: string;

  beforeAll(async () => {
    api = await startTestApi(setup);
    other = await api.startAnotherInstance();
    admin = RecordingClient.admin(api.http);
    organisationId = (await admin.post<{ id: string }>('/api/organisations', { name: 'Buurtwerk Tokens' })).id;
    const { token } = await admin.post<Issued>('/api/tokens', { role: 'organisation', organisationId });
    projectId = (await admin.as(token).post<{ id: string }>('/api/projects', EXAMPLE_PROJECT)).id;
  });

  afterAll(async () => {
    await other.close();
    await api.close();
  });

  const grants = () => ({
    organisation: { role: 'organisation', organisationId, label: 'Buurtwerk office' },
    funder: { role: 'funder', projectIds: [projectId], label: 'Fund Noord' },
    evaluator: { role: 'evaluator', projectIds: [projectId], label: 'University' },
  });

  const statusOn = async (instance: TestApi, token: string) =>
    (await instance.http.get('/api/projects').set('Authorization', `Bearer ${token}`)).status;

  it.each(['organisation', 'funder', 'evaluator'] as const)(
    'revokes a token of role %s: from the answer on, it answers 401 on every instance',
    async (role) => {
      const issued = await admin.post<Issued>('/api/tokens', grants()[role]);
      expect(issued).toEqual({ id: expect.any(String), token: expect.any(String), role });
      expect([await statusOn(api, issued.token), await statusOn(other, issued.token)]).toEqual([200, 200]);

      const revoked = await admin.delete<{ id: string; revokedAt: string }>(`/api/tokens/${issued.id}`);

      expect(revoked).toEqual({ id: issued.id, revokedAt: expect.any(String) });
      expect([await statusOn(api, issued.token), await statusOn(other, issued.token)]).toEqual([401, 401]);
    },
  );

  it('revokes an admin token too', async () => {
    const sut = await startTestApi(setup);
    try {
      const ownAdmin = RecordingClient.admin(sut.http);
      const { tokens } = await ownAdmin.get<{ tokens: Listed[] }>('/api/tokens');
      const own = tokens.find((token) => token.role === 'admin' && token.revokedAt === null)!;

      await ownAdmin.delete(`/api/tokens/${own.id}`);

      expect((await ownAdmin.send('get', '/api/tokens')).status).toBe(401);
    } finally {
      await sut.close();
    }
  });

  it('answers a second revocation with the first revocation time', async () => {
    const issued = await admin.post<Issued>('/api/tokens', grants().funder);
    const first = await admin.delete<{ revokedAt: string }>(`/api/tokens/${issued.id}`);
    const second = await admin.delete<{ revokedAt: string }>(`/api/tokens/${issued.id}`);
    expect(second.revokedAt).toBe(first.revokedAt);
  });

  it('lists every token with its grant and revocation, and never a secret nor its hash', async () => {
    const issued = await admin.post<Issued>('/api/tokens', grants().evaluator);
    const response = await admin.send('get', '/api/tokens');

    expect(response.status).toBe(200);
    const listed = (response.body as { tokens: Listed[] }).tokens.find((token) => token.id === issued.id);
    expect(listed).toEqual({
      id: issued.id,
      role: 'evaluator',
      label: 'University',
      organisationId: null,
      projectIds: [projectId],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      revokedAt: null,
    });
    const hash = createHash('sha256').update(issued.token).digest('hex');
    expect(response.text).not.toContain(issued.token);
    expect(response.text).not.toContain(hash);
  });

  it('answers 404 for a token id that does not exist', async () => {
    expect((await admin.send('delete', '/api/tokens/no-such-token')).status).toBe(404);
  });

  it.each(['organisation', 'funder', 'evaluator'] as const)('lets no %s token list or revoke tokens', async (role) => {
    const { id, token } = await admin.post<Issued>('/api/tokens', grants()[role]);
    const holder = admin.as(token);
    expect([
      (await holder.send('get', '/api/tokens')).status,
      (await holder.send('delete', `/api/tokens/${id}`)).status,
    ]).toEqual([403, 403]);
    expect(await statusOn(api, token)).toBe(200);
  });
}

describe('Token revocation on SQLite', () => revocationOnEveryInstance('sqlite'));
describeWithPostgres('Token revocation on PostgreSQL', () => revocationOnEveryInstance('postgres'));
