import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

describe('the demo dataset (DEMO=1 on the embedded default)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi('sqlite', { DEMO: '1' })));
  afterAll(() => api.close());

  it('fills an empty data folder with two demo projects of a fictitious organisation', async () => {
    const token = readFileSync(join(api.dataDir, 'demo-organisation-token'), 'utf8').trim();
    const demo = RecordingClient.admin(api.http).as(token);

    const health = await api.http.get('/health');
    const head = (health.body as { info: { eventStore: { head: string } } }).info.eventStore.head;
    const { projects } = await demo.get<{ projects: { id: string; name: string; enrolled: Record<string, number> }[] }>(
      `/api/projects?consistentWith=${head}`,
    );

    expect(projects.map((project) => project.name)).toEqual(['Buddy duos Noord (demo)', 'Phone circle (demo)']);
    expect(projects[0]!.enrolled).toEqual({ intervention: 36, comparison: 30 });
    const events = await demo.events(projects[0]!.id);
    expect(
      events.every((event) => (event['metadata'] as { recordedBy: string }).recordedBy.endsWith(':demo-dataset')),
    ).toBe(true);
  });

  it('keeps an organisation created by a user apart from the demo', async () => {
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Noord');

    expect((await admin.as(token).get<{ projects: unknown[] }>('/api/projects')).projects).toEqual([]);
  });
});
