import { describeWithPostgres } from '@outcome/shared/testing';
import { ReadStore, VIEWS } from '@outcome/read-models';
import { ViewProgress } from '@outcome/application';
import { djg6ResponsesFor, recordParticipant } from './support/outcome-scenario';
import { RecordingClient } from './support/recording-client';
import { type StoreSetup, type TestApi, startTestApi } from './support/test-api';

/**
 * A rebuild of every view from position 0 must answer every read byte for byte as the live views
 * did (the instant an answer describes aside), on each read store, as of an earlier instant too.
 */
function rebuildSuite(setup: StoreSetup): void {
  let api: TestApi;
  let worker: RecordingClient;
  const paths: string[] = [];

  beforeAll(async () => {
    api = await startTestApi(setup);
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    const project = await worker.post<{ id: string }>('/api/projects', {
      name: 'Buddies',
      interventionType: 'buddy',
      startsOn: '2026-01-01',
      instruments: ['djg-6', 'who-5'],
      hasComparisonGroup: true,
    });
    const people = [];
    for (let i = 0; i < 24; i++) {
      const arm = i % 2 === 0 ? 'intervention' : 'comparison';
      const djg6: Record<number, number> = { 0: 2 + (i % 5), 1: 1 + (i % 4) };
      if (i % 3) djg6[2] = i % 6;
      const person = await recordParticipant(
        worker,
        project.id,
        { arm, ageBand: i % 3 ? '80+' : '60-79', riskFactors: i % 2 ? ['poverty'] : ['living-alone', 'poverty'], djg6 },
        ['djg-6', 'who-5'],
      );
      await worker.post(`/api/participants/${person.id}/contacts`, {
        on: '2026-02-20',
        minutes: 30 * (i + 1),
        kind: 'call',
      });
      people.push(person);
    }
    await pause(20);
    const middle = new Date().toISOString();
    await pause(20);
    await worker.post(`/api/measurements/${people[0]!.measurementIds['djg-6']![1]}/correction`, {
      responses: djg6ResponsesFor(6),
    });
    await worker.delete(`/api/measurements/${people[1]!.measurementIds['djg-6']![1]}`);
    await worker.post(`/api/participants/${people[2]!.id}/exit`, { on: '2026-05-01', reason: 'moved' });
    await worker.post(`/api/participants/${people[3]!.id}/consent-withdrawal`, { on: '2026-05-01' });
    const erased = await worker.delete<{ position: string }>(`/api/participants/${people[4]!.id}`);
    await worker.get(`/api/projects?consistentWith=${erased.position}`);
    const views = [
      `/api/projects`,
      `/api/projects/${project.id}`,
      `/api/projects/${project.id}/participants`,
      `/api/projects/${project.id}/outcomes?instrument=djg-6`,
      `/api/projects/${project.id}/outcomes?instrument=who-5&wave=1`,
      ...['project', 'interventionType', 'ageBand', 'riskFactor', 'arm'].map(
        (by) => `/api/outcomes?instrument=djg-6&groupBy=${by}`,
      ),
      `/api/projects/${project.id}/participants/${people[0]!.id}/trajectory`,
      `/api/projects/${project.id}/enrolment`,
      `/api/projects/${project.id}/measurements-due`,
      `/api/projects/${project.id}/dose-response?bands=0,2,5`,
    ];
    paths.push(...views, ...views.map((path) => `${path}${path.includes('?') ? '&' : '?'}asOf=${middle}`));
  }, 120_000);

  afterAll(() => api.close());

  it('answers every view the same after a rebuild of every view from the first event', async () => {
    const live = await answersOf(worker, paths);

    const generations = await liveGenerations(api);
    const runner = (api.app.get(ViewProgress) as unknown as { runner: { requestRebuild(view: string): Promise<void> } })
      .runner;
    for (const view of VIEWS) await runner.requestRebuild(view.name);
    await eventually(async () => {
      const now = await liveGenerations(api);
      return VIEWS.every((view) => now.get(view.name)! > generations.get(view.name)!);
    });

    expect(await answersOf(worker, paths)).toEqual(live);
  });
}

/** Each answer as its bytes, without the instant it describes (now, for a live answer). */
async function answersOf(worker: RecordingClient, paths: readonly string[]): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const path of paths) {
    const answer = await worker.get<Record<string, unknown>>(path);
    const stamped = !path.includes('asOf=');
    answers[path] = JSON.stringify(answer, (key, value: unknown) => (stamped && key === 'asOf' ? undefined : value));
  }
  return answers;
}

async function liveGenerations(api: TestApi): Promise<Map<string, number>> {
  const rows: { name: string; live_generation: number | string | null }[] = await api.app
    .get(ReadStore)
    .read((runner) => runner.query('SELECT name, live_generation FROM projection'));
  return new Map(rows.map((row) => [row.name, Number(row.live_generation ?? 0)]));
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not done within ${timeoutMs} ms`);
    await pause(50);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('Rebuilding every view on SQLite', () => rebuildSuite('sqlite'));
describeWithPostgres('Rebuilding every view on PostgreSQL', () => rebuildSuite('postgres'));
