import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareOutcome, computeHolm, computeSynthesis, type Direction } from '../support/outcome-oracle';
import { eventStoreHead } from './support/event-store-head';
import { type ParticipantPlan, recordParticipant } from './support/outcome-scenario';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

type Arm = { paired: number; meanChange: number | null; sdChange: number | null; p: number | null } & Record<
  string,
  unknown
>;
interface Outcome {
  projectId: string | null;
  direction: Direction;
  arms: { intervention: Arm | null; comparison: Arm | null };
  difference: ({ meanDifference: number; p: number | null } & Record<string, unknown>) | null;
  evidenceLevel: string | null;
  warnings: string[];
  suppressed: boolean;
}
interface Synthesis extends Record<string, unknown> {
  projects: number;
  excluded: { suppressed: number; notQualifying: number };
  rows: { projectId: string; effect: number; variance: number; shrunken: number; rank: number }[];
}
interface Listed {
  id: string;
  name: string;
  interventionType: string;
  instruments: string[];
}

type Design = 'controlled' | 'before-after';

/** docs/statistics.md "Synthesis across projects": a project's estimate, read off its own Outcome answer. */
function estimateOf(outcome: Outcome, design: Design): { effect: number; variance: number } | null {
  const { intervention, comparison } = outcome.arms;
  if (outcome.suppressed || intervention === null) return null;
  if (design === 'controlled') {
    if (outcome.evidenceLevel !== 'controlled' || comparison === null || outcome.difference === null) return null;
    const variance = intervention.sdChange! ** 2 / intervention.paired + comparison.sdChange! ** 2 / comparison.paired;
    return variance > 0 ? { effect: outcome.difference.meanDifference, variance } : null;
  }
  if (outcome.evidenceLevel !== 'before-after' && outcome.evidenceLevel !== 'controlled') return null;
  const variance = intervention.sdChange! ** 2 / intervention.paired;
  return variance > 0 ? { effect: intervention.meanChange!, variance } : null;
}

/** The p a row's verdict rests on (docs/statistics.md "Many rows at once"). */
function testedP(row: Outcome): number | null {
  return (row.evidenceLevel === 'controlled' ? row.difference?.p : row.arms.intervention?.p) ?? null;
}

/** Varied changes: intervention arms improve by 0 to 3 points on DJG-6, comparison arms by −1 to 1. */
function plans(arm: 'intervention' | 'comparison', count: number, seed: number): ParticipantPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const baseline = 2 + ((i * 7 + seed) % 5);
    const change = arm === 'intervention' ? -((i * 5 + seed) % 4) : ((i * 3 + seed) % 3) - 1;
    return { arm, djg6: { 0: baseline, 1: Math.min(6, Math.max(0, baseline + change)) } };
  });
}

describe('Evidence beyond one project over HTTP: synthesis, adjusted difference, power, many comparisons', () => {
  let api: TestApi;
  let organisation: RecordingClient;
  let funder: RecordingClient;
  let admin: RecordingClient;
  let head = '0';
  let listed: Listed[] = [];
  /** A project the default k = 10 hides from a funder (3 paired in its comparison arm) that would qualify before–after. */
  let hiddenProject = '';

  const read = <T>(client: RecordingClient, path: string) =>
    client.get<T>(`${path}${path.includes('?') ? '&' : '?'}consistentWith=${head}`);
  const outcomesOf = (client: RecordingClient, projects: readonly Listed[]) =>
    Promise.all(projects.map(({ id }) => read<Outcome>(client, `/api/projects/${id}/outcomes?instrument=djg-6`)));

  /** What the synthesis must be: the oracle over the projects' own Outcome answers, in the answer's row order. */
  async function expectedSynthesis(client: RecordingClient, answer: Synthesis, design: Design, type?: string) {
    const onScale = listed.filter(
      (project) => project.instruments.includes('djg-6') && (type === undefined || project.interventionType === type),
    );
    const outcomes = await outcomesOf(client, onScale);
    const qualifying = outcomes.flatMap((outcome) => {
      const estimate = estimateOf(outcome, design);
      return estimate ? [{ projectId: outcome.projectId!, ...estimate }] : [];
    });
    // Below two projects the answer pools nothing and lists no rows.
    const pooled = qualifying.length >= 2 ? qualifying : [];
    expect(answer.rows.map((row) => row.projectId).sort()).toEqual(pooled.map((row) => row.projectId).sort());
    const inAnswerOrder = answer.rows.map((row) => pooled.find((candidate) => candidate.projectId === row.projectId)!);
    const oracle = computeSynthesis(inAnswerOrder, 'lower-is-better');
    return {
      outcomes,
      expected: {
        ...(oracle ?? { pooled: null, se: null, ci95: null, q: null, tau2: null, i2: null, predictionInterval: null }),
        projects: qualifying.length,
        rows: (oracle?.rows ?? []).map((row, i) => ({ projectId: inAnswerOrder[i]!.projectId, ...row })),
        excluded: {
          suppressed: outcomes.filter((outcome) => outcome.suppressed).length,
          notQualifying: outcomes.filter((outcome) => !outcome.suppressed).length - qualifying.length,
        },
      },
    };
  }

  beforeAll(async () => {
    api = await startTestApi('sqlite', { DEMO: '1' });
    admin = RecordingClient.admin(api.http);
    organisation = admin.as(readFileSync(join(api.dataDir, 'demo-organisation-token'), 'utf8').trim());
    const register = async (name: string, interventionType: string) =>
      (
        await organisation.post<{ id: string }>('/api/projects', {
          name,
          interventionType,
          startsOn: '2026-01-01',
          instruments: ['djg-6'],
          hasComparisonGroup: true,
        })
      ).id;
    // Two controlled projects on DJG-6 beside the demo's one, and one a funder may not see.
    const arms: [string, string, number, number][] = [
      ['Buddy walks (test)', 'buddy', 14, 12],
      ['Coffee mornings (test)', 'group-activity', 12, 11],
      ['Small waiting list (test)', 'buddy', 13, 3],
    ];
    for (const [index, [name, type, intervention, comparison]] of arms.entries()) {
      const projectId = await register(name, type);
      if (index === 2) hiddenProject = projectId;
      for (const plan of [...plans('intervention', intervention, index), ...plans('comparison', comparison, index)]) {
        await recordParticipant(organisation, projectId, plan, ['djg-6']);
      }
    }
    // A phone circle whose before–after p (0.017) is significant alone but not among a dozen projects.
    const phoneCircle = (
      await organisation.post<{ id: string }>('/api/projects', {
        name: 'Phone circle (test)',
        interventionType: 'phone-contact',
        startsOn: '2026-01-01',
        instruments: ['djg-6'],
        hasComparisonGroup: false,
      })
    ).id;
    for (let i = 0; i < 12; i++) {
      await recordParticipant(organisation, phoneCircle, { arm: 'intervention', djg6: { 0: 3, 1: i < 5 ? 2 : 3 } }, [
        'djg-6',
      ]);
    }
    listed = (await organisation.get<{ projects: Listed[] }>('/api/projects')).projects;
    funder = admin.as(
      await admin.issueToken(
        'funder',
        listed.map((project) => project.id),
      ),
    );
    head = (await eventStoreHead(api.http))!;
  }, 180_000);

  afterAll(() => api.close());

  it.each(['before-after', 'controlled'] as const)(
    'pools the %s estimates of the organisation’s projects exactly as the oracle does from their own Outcome answers',
    async (design) => {
      const answer = await read<Synthesis>(organisation, `/api/outcomes/synthesis?instrument=djg-6&design=${design}`);
      const { expected } = await expectedSynthesis(organisation, answer, design);

      expect(answer.projects).toBeGreaterThanOrEqual(design === 'controlled' ? 3 : 8);
      expect(compareOutcome(answer, expected)).toEqual([]);
      expect(answer).toMatchObject({ design, instrument: 'djg-6', scale: 'total', direction: 'lower-is-better' });
    },
  );

  it('pools only the projects of the intervention type asked for', async () => {
    const answer = await read<Synthesis>(
      organisation,
      '/api/outcomes/synthesis?instrument=djg-6&design=before-after&interventionType=neighbour-help',
    );
    const { expected } = await expectedSynthesis(organisation, answer, 'before-after', 'neighbour-help');

    expect(answer.projects).toBeGreaterThanOrEqual(4);
    expect(compareOutcome(answer, expected)).toEqual([]);
    expect(answer['interventionType']).toBe('neighbour-help');
  });

  it('leaves a project hidden from a funder out of their synthesis and counts it', async () => {
    const own = await read<Synthesis>(organisation, '/api/outcomes/synthesis?instrument=djg-6&design=before-after');
    const theirs = await read<Synthesis>(funder, '/api/outcomes/synthesis?instrument=djg-6&design=before-after');
    const { expected, outcomes } = await expectedSynthesis(funder, theirs, 'before-after');

    expect(own.rows.map((row) => row.projectId)).toContain(hiddenProject);
    expect(theirs.rows.map((row) => row.projectId)).not.toContain(hiddenProject);
    expect(outcomes.find((outcome) => outcome.projectId === hiddenProject)?.suppressed).toBe(true);
    expect(theirs.excluded.suppressed).toBeGreaterThanOrEqual(1);
    expect(compareOutcome(theirs, expected)).toEqual([]);
  });

  it('gives a funder, across answers that differ by one filter, nothing but what their shown Outcomes already give', async () => {
    const queries: [Design, string | undefined][] = [
      ['before-after', undefined],
      ['before-after', 'buddy'],
      ['before-after', 'neighbour-help'],
      ['controlled', undefined],
      ['controlled', 'buddy'],
      ['controlled', 'group-activity'],
    ];
    for (const [design, type] of queries) {
      const filter = type === undefined ? '' : `&interventionType=${type}`;
      const answer = await read<Synthesis>(
        funder,
        `/api/outcomes/synthesis?instrument=djg-6&design=${design}${filter}`,
      );
      const { expected } = await expectedSynthesis(funder, answer, design, type);

      // Each answer is the oracle over the funder's own unsuppressed Outcomes, so any two answers set
      // against each other tell nothing those Outcomes do not: the hidden project is in none of them.
      expect({ design, type, differences: compareOutcome(answer, expected) }).toEqual({
        design,
        type,
        differences: [],
      });
      expect(answer.rows.map((row) => row.projectId)).not.toContain(hiddenProject);
    }
  });

  it('answers null statistics with fewer than two qualifying projects', async () => {
    const answer = await read<Synthesis>(
      organisation,
      '/api/outcomes/synthesis?instrument=djg-6&design=controlled&interventionType=phone-contact',
    );

    expect(answer).toMatchObject({ projects: 0, pooled: null, ci95: null, predictionInterval: null, rows: [] });
  });

  it('refuses a synthesis without a design or with an unknown one, naming the parameter', async () => {
    for (const query of [
      'instrument=djg-6',
      'instrument=djg-6&design=randomised',
      'design=controlled&interventionType=x',
    ]) {
      const response = await organisation.send('get', `/api/outcomes/synthesis?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(response.body)).toMatch(/design|interventionType/);
    }
  });

  it('adjusts the p of every row of a grouped answer by Holm, and warns where that takes significance away', async () => {
    const warned: string[] = [];
    for (const groupBy of ['project', 'interventionType']) {
      const answer = await read<{ rows: (Outcome & { pAdjusted: number | null; group: string })[] }>(
        organisation,
        `/api/outcomes?instrument=djg-6&groupBy=${groupBy}`,
      );
      const pValues = answer.rows.map(testedP);
      const expected = computeHolm(pValues);

      expect(pValues.filter((p) => p !== null).length).toBeGreaterThanOrEqual(2);
      expect(
        compareOutcome(
          answer.rows.map((row) => row.pAdjusted),
          expected,
        ),
      ).toEqual([]);
      for (const [i, row] of answer.rows.entries()) {
        const lost = pValues[i]! !== null && pValues[i]! < 0.05 && expected[i]! >= 0.05;
        expect(row.warnings.includes('multiple-comparisons')).toBe(lost);
        if (lost) warned.push(`${groupBy}: ${row.group}`);
      }
    }
    // The phone circle's p of 0.017 is not significant among the answer's projects.
    expect(warned.length).toBeGreaterThanOrEqual(1);
  });

  it('gives every arm the effect it could have detected, and a controlled difference its own and its adjusted estimate', async () => {
    const [outcome] = await outcomesOf(
      organisation,
      listed.filter((project) => project.id === hiddenProject),
    );
    const buddyWalks = listed.find((project) => project.name === 'Buddy walks (test)')!;
    const [controlled] = await outcomesOf(organisation, [buddyWalks]);

    const arm = outcome!.arms.intervention!;
    const detectable = arm['minimumDetectableEffect'] as { d: number; points: number };
    expect(detectable.d).toBeGreaterThan(0.5);
    expect(detectable.points).toBeCloseTo(detectable.d * arm.sdChange!, 10);
    expect(controlled!.evidenceLevel).toBe('controlled');
    expect(controlled!.difference!['minimumDetectableEffect']).toMatchObject({ d: expect.any(Number) });
    expect(controlled!.difference!['adjusted']).toMatchObject({ df: 14 + 12 - 3 });
  });

  it('plans a sample for any token, as docs/statistics.md defines it', async () => {
    for (const client of [admin, organisation, funder]) {
      const plan = await client.get('/api/power?design=before-after&effectSize=0.3&attrition=0.2');
      expect(compareOutcome(plan, { pairedPerArm: 90, enrolPerArm: 113, achievedPower: 0.8037942968932215 })).toEqual(
        [],
      );
    }
    const controlled = await funder.get('/api/power?design=controlled&effectSize=0.5&power=0.9&alpha=0.05');
    expect(
      compareOutcome(controlled, { pairedPerArm: 86, enrolPerArm: 86, achievedPower: 0.9032299799904953 }),
    ).toEqual([]);
  });

  it('refuses a plan out of range, naming the parameter', async () => {
    const refused = [
      ['effectSize=0.3', 'design'],
      ['design=before-after', 'effectSize'],
      ['design=before-after&effectSize=0', 'effectSize'],
      ['design=before-after&effectSize=0.3&attrition=1', 'attrition'],
      ['design=before-after&effectSize=0.3&power=1', 'power'],
      ['design=before-after&effectSize=0.3&alpha=0.6', 'alpha'],
      ['design=before-after&effectSize=big', 'effectSize'],
    ];
    for (const [query, parameter] of refused) {
      const response = await organisation.send('get', `/api/power?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(response.body)).toContain(parameter);
    }
    expect((await api.http.get('/api/power?design=before-after&effectSize=0.3')).status).toBe(401);
  });
});
