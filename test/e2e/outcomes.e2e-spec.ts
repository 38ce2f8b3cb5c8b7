import { compareOutcome } from '../support/outcome-oracle';
import {
  djg6ResponsesFor,
  expectedOutcome,
  type Instrument,
  type ParticipantPlan,
  type RecordedParticipant,
  recordParticipant,
} from './support/outcome-scenario';
import { RecordingClient } from './support/recording-client';
import { type TestApi, startTestApi } from './support/test-api';

type Outcome = Record<string, unknown> & { arms: Record<string, Record<string, unknown> | null>; position: string };
type Grouped = { rows: (Outcome & { group: string })[]; position: string; projectsLeftOut: number };

const AGE_BANDS = ['60-79', '80+', '26-59'];
const RISKS = [['living-alone', 'poverty'], ['poverty'], [], ['digital-divide', 'living-alone', 'poverty']];

/** A participant of the main project: varied baselines and changes, some missing waves and unscorable scores. */
function mainPlan(arm: 'intervention' | 'comparison', i: number): ParticipantPlan {
  const baseline = 2 + (i % 5);
  const drop = arm === 'intervention' ? 1 + (i % 3) : i % 2;
  const wave1 = Math.max(0, baseline - drop);
  const djg6: Record<number, number | null> = { 0: baseline, 1: wave1 };
  if (i % 4 !== 3) djg6[2] = Math.max(0, wave1 - (i % 2));
  if (i === 5) djg6[2] = null; // unscorable at wave 2: the latest scored wave is 1
  if (i === 7) {
    // No follow-up at all.
    delete djg6[1];
    delete djg6[2];
  }
  if (i === 9) djg6[0] = null; // no scorable baseline
  return { arm, ageBand: AGE_BANDS[i % 3], riskFactors: RISKS[i % 4], djg6 };
}

const smallPlan = (arm: 'intervention' | 'comparison', i: number): ParticipantPlan => ({
  arm,
  ageBand: AGE_BANDS[i % 3],
  riskFactors: RISKS[i % 4],
  djg6: { 0: 3 + (i % 3), 1: 2 + ((i * 2) % 3) },
});

describe('Outcome views over HTTP, checked against an independent computation', () => {
  let api: TestApi;
  let admin: RecordingClient;
  let worker: RecordingClient;
  let otherWorker: RecordingClient;
  const projects: Record<string, string> = {};
  const participants: RecordedParticipant[] = [];
  let lastPosition = '0';

  const latest = async (path: string, client = worker) => {
    const separator = path.includes('?') ? '&' : '?';
    return client.get<Outcome & Grouped>(`${path}${separator}consistentWith=${lastPosition}`);
  };
  const of = (projectId: string) => participants.filter((participant) => participant.projectId === projectId);
  const expectMatches = (answer: unknown, expected: unknown) => expect(compareOutcome(answer, expected)).toEqual([]);

  async function registerProject(name: string, hasComparisonGroup: boolean, instruments: Instrument[]) {
    const { id } = await worker.post<{ id: string }>('/api/projects', {
      name,
      interventionType: hasComparisonGroup ? 'buddy' : 'phone-contact',
      startsOn: '2026-01-01',
      instruments,
      hasComparisonGroup,
    });
    return id;
  }

  async function record(projectId: string, plans: ParticipantPlan[], instruments: Instrument[]) {
    for (const plan of plans) participants.push(await recordParticipant(worker, projectId, plan, instruments));
    lastPosition = await headPosition();
  }

  async function headPosition(): Promise<string> {
    const exported = await worker.events(projects['main']!);
    return String(Math.max(...exported.map((event) => Number(event['position']))) + 1000);
  }

  beforeAll(async () => {
    api = await startTestApi();
    admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    otherWorker = admin.as((await admin.createOrganisation('Elsewhere')).token);
    projects['main'] = await registerProject('Buddies', true, ['djg-6', 'who-5']);
    projects['oneComparison'] = await registerProject('One comparison paired', true, ['djg-6']);
    projects['twoComparison'] = await registerProject('Two comparison paired', true, ['djg-6']);
    projects['noComparison'] = await registerProject('Phone circle', false, ['djg-6']);
    const arm = (name: 'intervention' | 'comparison', count: number, plan = smallPlan) =>
      Array.from({ length: count }, (_, i) => plan(name, i));
    await record(
      projects['main'],
      [...arm('intervention', 16, mainPlan), ...arm('comparison', 14, mainPlan)],
      ['djg-6', 'who-5'],
    );
    await record(projects['oneComparison'], [...arm('intervention', 4), ...arm('comparison', 1)], ['djg-6']);
    await record(projects['twoComparison'], [...arm('intervention', 4), ...arm('comparison', 2)], ['djg-6']);
    await record(projects['noComparison'], arm('intervention', 3), ['djg-6']);
    // Positions above the head are not reached yet: wait on the real head.
    lastPosition = String(
      Math.max(...(await worker.events(projects['noComparison'])).map((e) => Number(e['position']))),
    );
  }, 120_000);

  afterAll(() => api.close());

  it('answers every field of a project outcome as docs/statistics.md defines it, wave omitted', async () => {
    const answer = await latest(`/api/projects/${projects['main']}/outcomes?instrument=djg-6`);

    expectMatches(answer, expectedOutcome(of(projects['main']!), 'djg-6'));
    expect(answer).toMatchObject({
      projectId: projects['main'],
      instrument: 'djg-6',
      scale: 'total',
      direction: 'lower-is-better',
      wave: null,
      suppressed: false,
    });
    expect(BigInt(answer.position)).toBeGreaterThanOrEqual(BigInt(lastPosition));
    expect(answer.arms['intervention']).toMatchObject({ enrolled: 16, withBaseline: 15, paired: 14 });
  });

  it('compares wave 0 with the wave asked for', async () => {
    for (const wave of [1, 2]) {
      const answer = await latest(`/api/projects/${projects['main']}/outcomes?instrument=djg-6&wave=${wave}`);

      expectMatches(answer, expectedOutcome(of(projects['main']!), 'djg-6', wave));
      expect(answer.wave).toBe(wave);
    }
  });

  it('reads a higher-is-better scale the other way round, on its main scale by default', async () => {
    const answer = await latest(`/api/projects/${projects['main']}/outcomes?instrument=who-5`);

    expectMatches(answer, expectedOutcome(of(projects['main']!), 'who-5'));
    expect(answer).toMatchObject({ scale: 'percent', direction: 'higher-is-better' });
  });

  it('defaults to the project’s first instrument', async () => {
    const answer = await latest(`/api/projects/${projects['main']}/outcomes`);

    expect(answer.instrument).toBe('djg-6');
  });

  it.each([
    [0, 'noComparison'],
    [1, 'oneComparison'],
    [2, 'twoComparison'],
    [12, 'main'],
  ])('compares arms where the comparison arm has %i paired', async (paired, project) => {
    const answer = await latest(`/api/projects/${projects[project]}/outcomes?instrument=djg-6`);

    expectMatches(answer, expectedOutcome(of(projects[project]!), 'djg-6'));
    expect(answer.arms['comparison']?.['paired'] ?? 0).toBe(paired);
    expect(answer['difference'] === null).toBe(paired < 2);
  });

  it.each(['project', 'interventionType', 'ageBand', 'riskFactor', 'arm'])(
    'pools the participants of every visible project by %s',
    async (groupBy) => {
      const answer = await latest(`/api/outcomes?instrument=djg-6&groupBy=${groupBy}`);

      const byGroup = groupsOf(groupBy, participants, projects);
      expect(answer.rows.map((row) => row.group).sort()).toEqual([...byGroup.keys()].sort());
      for (const row of answer.rows) {
        const members = byGroup.get(row.group)!;
        const expected = expectedOutcome(members, 'djg-6');
        expect({ group: row.group, differences: compareOutcome(row, expected) }).toEqual({
          group: row.group,
          differences: [],
        });
      }
    },
  );

  it('counts a participant with several risk factors in each of their groups', async () => {
    const answer = await latest('/api/outcomes?instrument=djg-6&groupBy=riskFactor');

    const enrolled = (group: string) => {
      const row = answer.rows.find((candidate) => candidate.group === group)!;
      return Number(row.arms['intervention']?.['enrolled'] ?? 0) + Number(row.arms['comparison']?.['enrolled'] ?? 0);
    };
    const withPoverty = participants.filter((participant) => participant.riskFactors.includes('poverty')).length;
    expect(enrolled('poverty')).toBe(withPoverty);
    expect(enrolled('poverty') + enrolled('living-alone') + enrolled('digital-divide')).toBeGreaterThan(
      participants.filter((participant) => participant.riskFactors.length > 0).length,
    );
  });

  it('answers 404 for every outcome view of another organisation’s project, and leaves it out of theirs', async () => {
    await otherWorker.get(`/api/projects/${projects['main']}/outcomes`, 404);
    const theirs = await otherWorker.get<Grouped>('/api/outcomes?groupBy=project');
    expect(theirs.rows).toEqual([]);
  });

  it('refuses a query value that is not valid, naming the parameter', async () => {
    const refused = [
      ['asOf=2026-02-30T00:00:00Z', 'asOf'],
      ['groupBy=colour', 'groupBy'],
      ['instrument=djg-7', 'instrument'],
      ['instrument=djg-6&scale=cheerfulness', 'scale'],
      ['wave=0', 'wave'],
      ['consistentWith=soon', 'consistentWith'],
      ['instrument=djg-6&instrument=who-5', 'instrument'],
      ['wave=1&wave=2', 'wave'],
      ['wave=1.5', 'wave'],
      ['groupBy=', 'groupBy'],
      ['colour=blue', 'colour'],
    ];
    for (const [query, parameter] of refused) {
      const response = await worker.send('get', `/api/outcomes?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(response.body)).toContain(parameter);
    }
    const viewRefusals = [
      [`/api/projects/${projects['main']}/dose-response?bands=0,10,10`, 'bands'],
      [`/api/projects/${projects['main']}/dose-response?bands=5,10`, 'bands'],
      [`/api/projects/${projects['main']}/measurements-due?afterWeeks=0`, 'afterWeeks'],
      [`/api/projects/${projects['main']}/enrolment?interval=week`, 'interval'],
    ];
    for (const [path, parameter] of viewRefusals) {
      const response = await worker.send('get', path!);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(response.body)).toContain(parameter);
    }
    const notMeasured = await worker.send('get', `/api/projects/${projects['noComparison']}/outcomes?instrument=who-5`);
    expect(notMeasured.status).toBe(400);
    expect(notMeasured.body.message).toContain('instrument');
  });

  it('answers as of an instant before and after a correction, a retraction, a consent withdrawal and an erasure', async () => {
    const main = projects['main']!;
    const path = `/api/projects/${main}/outcomes?instrument=djg-6`;
    const [corrected, retracted, withdrawn, erased] = of(main).filter((p) => p.arm === 'intervention');
    const liveBefore = await latest(path);
    const instants: string[] = [];
    const mark = async () => {
      await pause(20);
      instants.push(new Date().toISOString());
      await pause(20);
    };
    await mark();
    await worker.post(`/api/measurements/${corrected!.measurementIds['djg-6']![1]}/correction`, {
      responses: djg6ResponsesFor(6),
    });
    await mark();
    await worker.delete(`/api/measurements/${retracted!.measurementIds['djg-6']![2]}`);
    await mark();
    await worker.post(`/api/participants/${withdrawn!.id}/consent-withdrawal`, { on: '2026-06-01' });
    await mark();
    lastPosition = (await worker.delete<{ position: string }>(`/api/participants/${erased!.id}`)).position;

    // The model of each moment; the erased participant counts at none of them (docs/statistics.md).
    const original = of(main).filter((p) => p !== erased);
    const afterCorrection = withScore(original, corrected!, 1, 6);
    const afterRetraction = withScore(afterCorrection, retracted!, 2, undefined);
    const asOf = (instant: string) => worker.get<Outcome>(`${path}&asOf=${encodeURIComponent(instant)}`);
    const expectations = [original, afterCorrection, afterRetraction, afterRetraction];
    for (const [i, instant] of instants.entries()) {
      const answer = await asOf(instant);
      expect({ instant, differences: compareOutcome(answer, expectedOutcome(expectations[i]!, 'djg-6')) }).toEqual({
        instant,
        differences: [],
      });
      expect(answer.asOf).toBe(instant);
    }
    expect((await asOf(instants[0]!)).position).toBe(liveBefore.position);
    expectMatches(await latest(path), expectedOutcome(afterRetraction, 'djg-6'));
  });

  it('answers 404 for a project as of an instant before it was registered', async () => {
    await worker.get(`/api/projects/${projects['main']}/outcomes?asOf=2020-01-01T00:00:00Z`, 404);
  });
});

/** The members of each group of an answer, by the rules of docs/statistics.md "Groups". */
function groupsOf(
  groupBy: string,
  participants: readonly RecordedParticipant[],
  projects: Record<string, string>,
): Map<string, RecordedParticipant[]> {
  const groups = new Map<string, RecordedParticipant[]>();
  const add = (group: string, participant: RecordedParticipant) =>
    groups.set(group, [...(groups.get(group) ?? []), participant]);
  const typeOf = (projectId: string) => (projectId === projects['noComparison'] ? 'phone-contact' : 'buddy');
  for (const participant of participants) {
    switch (groupBy) {
      case 'project':
        add(participant.projectId, participant);
        break;
      case 'interventionType':
        add(typeOf(participant.projectId), participant);
        break;
      case 'ageBand':
        add(participant.ageBand, participant);
        break;
      case 'riskFactor':
        participant.riskFactors.forEach((factor) => add(factor, participant));
        break;
      case 'arm':
        add(participant.arm, participant);
        break;
    }
  }
  return groups;
}

/** The participants with one DJG-6 score replaced (undefined: the measurement no longer counts). */
function withScore(
  participants: readonly RecordedParticipant[],
  changed: RecordedParticipant,
  wave: number,
  score: number | undefined,
): RecordedParticipant[] {
  return participants.map((participant) => {
    if (participant.id !== changed.id) return participant;
    const waves = { ...participant.scores['djg-6'] };
    if (score === undefined) delete waves[wave];
    else waves[wave] = score;
    return { ...participant, scores: { ...participant.scores, 'djg-6': waves } };
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
