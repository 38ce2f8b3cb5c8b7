import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

interface ProjectListed {
  readonly id: string;
  readonly name: string;
  readonly interventionType: string;
  readonly hasComparisonGroup: boolean;
  readonly instruments: string[];
  readonly enrolled: Record<string, number>;
}

describe('the demo dataset (DEMO=1 on the embedded default)', () => {
  let api: TestApi;
  let head: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { DEMO: '1' });
    const health = await api.http.get('/health');
    head = (health.body as { info: { eventStore: { head: string } } }).info.eventStore.head;
  }, 60_000);
  afterAll(() => api.close());

  const tokenOf = (holder: 'organisation' | 'funder' | 'evaluator') =>
    readFileSync(join(api.dataDir, `demo-${holder}-token`), 'utf8').trim();
  const clientOf = (holder: 'organisation' | 'funder' | 'evaluator') =>
    RecordingClient.admin(api.http).as(tokenOf(holder));
  const projectsSeenBy = async (holder: 'organisation' | 'funder' | 'evaluator') =>
    (await clientOf(holder).get<{ projects: ProjectListed[] }>(`/api/projects?consistentWith=${head}`)).projects;

  it('fills an empty data folder with twelve projects of a fictitious organisation', async () => {
    const projects = await projectsSeenBy('organisation');

    expect(projects).toHaveLength(12);
    expect(projects.every((project) => project.name.endsWith('(demo)'))).toBe(true);
    expect(projects.filter((project) => project.interventionType === 'neighbour-help')).toHaveLength(9);
    const buddies = projects.find((project) => project.name === 'Buddy duos (demo)')!;
    expect(buddies).toMatchObject({ hasComparisonGroup: true, enrolled: { intervention: 42, comparison: 38 } });
    const enrolled = projects.reduce((sum, { enrolled }) => sum + enrolled.intervention! + enrolled.comparison!, 0);
    expect(enrolled).toBe(790);
  });

  it('shows the verdicts it was made to show, on each project’s loneliness scale', async () => {
    const demo = clientOf('organisation');
    const verdicts: Record<string, unknown> = {};
    for (const project of await projectsSeenBy('organisation')) {
      const outcome = await demo.get<{ verdict: string; warnings: string[] }>(
        `/api/projects/${project.id}/outcomes?instrument=${project.instruments[0]}&consistentWith=${head}`,
      );
      verdicts[project.name] = outcome.verdict;
      if (project.name === 'Neighbour help West (demo)') expect(outcome.warnings).toContain('high-attrition');
    }

    expect(verdicts).toMatchObject({
      'Buddy duos (demo)': 'effective',
      'Group activities (demo)': 'no-detectable-effect',
      'Neighbour help Noord (demo)': 'scores-improved',
      'Neighbour help Oost (demo)': 'no-detectable-change',
      'Neighbour help Kanaalwijk (demo)': 'insufficient-data',
    });
  });

  it('records every event of the demo by the demo-dataset token', async () => {
    const [project] = await projectsSeenBy('organisation');
    const events = await clientOf('organisation').events(project!.id);

    expect(events.length).toBeGreaterThan(500);
    expect(
      events.every((event) => (event['metadata'] as { recordedBy: string }).recordedBy.endsWith(':demo-dataset')),
    ).toBe(true);
  });

  it('keeps a demo funder’s and a demo evaluator’s token, readable by the operator only, each granted every project', async () => {
    for (const holder of ['organisation', 'funder', 'evaluator'] as const) {
      expect(statSync(join(api.dataDir, `demo-${holder}-token`)).mode & 0o777).toBe(0o600);
    }
    const ids = (projects: ProjectListed[]) => projects.map((project) => project.id).sort();
    const everyProject = ids(await projectsSeenBy('organisation'));

    expect(ids(await projectsSeenBy('funder'))).toEqual(everyProject);
    expect(ids(await projectsSeenBy('evaluator'))).toEqual(everyProject);
  });

  it('erases a demo participant like any other: their personal data is unreadable from then on', async () => {
    const demo = clientOf('organisation');
    const [project] = await projectsSeenBy('organisation');
    const { participants } = await demo.get<{ participants: { id: string }[] }>(
      `/api/projects/${project!.id}/participants?consistentWith=${head}`,
    );
    const participantId = participants[0]!.id;
    expect(await demo.get(`/api/participants/${participantId}`)).toMatchObject({
      personal: { name: expect.stringContaining('(demo)') },
    });

    await demo.delete(`/api/participants/${participantId}`);

    const events = (await demo.events(project!.id)).filter(
      (event) => (event['data'] as { participantId?: string }).participantId === participantId,
    );
    const measurement = events.find((event) => event['type'] === 'MeasurementRecorded')!;
    expect(measurement['data']).toMatchObject({ erased: true });
    expect(measurement['data']).not.toHaveProperty('responses');
  });

  it('keeps an organisation created by a user apart from the demo', async () => {
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Noord');

    expect((await admin.as(token).get<{ projects: unknown[] }>('/api/projects')).projects).toEqual([]);
  });
});
