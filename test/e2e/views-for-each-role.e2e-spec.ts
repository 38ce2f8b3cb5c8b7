import { addDays } from '@outcome/domain';
import { compareOutcome } from '../support/outcome-oracle';
import {
  expectedOutcome,
  type ParticipantPlan,
  type RecordedParticipant,
  recordParticipant,
} from './support/outcome-scenario';
import { RecordingClient } from './support/recording-client';
import { type TestApi, startTestApi } from './support/test-api';

type Arm = Record<string, unknown> | null;
type Outcome = Record<string, unknown> & { arms: { intervention: Arm; comparison: Arm }; suppressed: boolean };
type Grouped = { rows: (Outcome & { group: string })[]; projectsLeftOut: number };
type Band = Record<string, unknown> & { fromHours: number; paired: number | null; suppressed: boolean };

/** k for this deployment: the smallest allowed, so that the scenario stays small. */
const MIN_CELL = 5;

const paired = (total: number, i: number): ParticipantPlan['djg6'] => ({
  0: total,
  1: Math.max(0, total - 1 - (i % 3)),
});

describe('Views for each role: values for the organisation, suppression for a funder (k = 5)', () => {
  let api: TestApi;
  let worker: RecordingClient;
  let funder: RecordingClient;
  let evaluator: RecordingClient;
  const projects: Record<'help' | 'small' | 'groups', string> = { help: '', small: '', groups: '' };
  const participants: RecordedParticipant[] = [];
  /** Contact hours each participant of the help project had before their follow-up. */
  const hours = new Map<string, number>();
  let position = '0';

  const of = (projectId: string) => participants.filter((participant) => participant.projectId === projectId);
  const read = async <T>(client: RecordingClient, path: string) =>
    client.get<T>(`${path}${path.includes('?') ? '&' : '?'}consistentWith=${position}`);

  beforeAll(async () => {
    api = await startTestApi('sqlite', { SUPPRESSION_MIN_CELL: String(MIN_CELL) });
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Oost')).token);
    const register = async (interventionType: string, hasComparisonGroup: boolean) =>
      (
        await worker.post<{ id: string }>('/api/projects', {
          name: interventionType,
          interventionType,
          startsOn: '2026-01-01',
          instruments: ['djg-6'],
          hasComparisonGroup,
        })
      ).id;
    projects.help = await register('neighbour-help', false);
    projects.small = await register('buddy', false);
    projects.groups = await register('group-activity', true);
    // The help project: age bands of 8, 6 and 3, risk factors of 9, 6 and 2; contact hours spread over three bands.
    for (let i = 0; i < 17; i++) {
      const ageBand = i < 8 ? '60-79' : i < 14 ? '80+' : '26-59';
      const riskFactors = [
        ...(i % 2 === 0 ? ['poverty'] : []),
        ...(i % 3 === 0 ? ['living-alone'] : []),
        ...(i === 1 || i === 2 ? ['informal-carer'] : []),
      ];
      const participant = await recordParticipant(
        worker,
        projects.help,
        { arm: 'intervention', ageBand, riskFactors, djg6: paired(2 + (i % 5), i) },
        ['djg-6'],
      );
      participants.push(participant);
      const visits = i < 8 ? 1 : i < 14 ? 3 : 7;
      for (let visit = 0; visit < visits; visit++) {
        await worker.post(`/api/participants/${participant.id}/contacts`, {
          on: '2026-02-20',
          minutes: 240,
          kind: 'visit',
        });
      }
      // One visit after the follow-up: it counts in the dose, not in the dose up to the follow-up.
      await worker.post(`/api/participants/${participant.id}/contacts`, {
        on: '2026-03-20',
        minutes: 600,
        kind: 'visit',
      });
      hours.set(participant.id, (visits * 240) / 60);
    }
    for (let i = 0; i < 3; i++) {
      participants.push(
        await recordParticipant(worker, projects.small, { arm: 'intervention', djg6: paired(4, i) }, ['djg-6']),
      );
    }
    for (const [arm, count] of [
      ['intervention', 7],
      ['comparison', 6],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const plan = { arm, ageBand: '60-79', djg6: paired(3 + (i % 3), arm === 'intervention' ? i : 2) };
        participants.push(await recordParticipant(worker, projects.groups, plan, ['djg-6']));
      }
    }
    const granted = Object.values(projects);
    funder = admin.as(await admin.issueToken('funder', granted));
    evaluator = admin.as(await admin.issueToken('evaluator', granted));
    const exported = await worker.events(projects.groups);
    position = String(Math.max(...exported.map((event) => Number(event['position']))));
  }, 120_000);

  afterAll(() => api.close());

  describe('a funder', () => {
    it('sees a project with a small arm suppressed, every count and statistic null', async () => {
      const answer = await read<Outcome>(funder, `/api/projects/${projects.small}/outcomes`);

      expect(answer).toMatchObject({ suppressed: true, difference: null, evidenceLevel: null, verdict: null });
      expect(Object.values(answer.arms.intervention!).every((value) => value === null)).toBe(true);
    });

    it('sees the other projects as the organisation does', async () => {
      for (const project of [projects.help, projects.groups]) {
        const answer = await read<Outcome>(funder, `/api/projects/${project}/outcomes`);
        expect(answer.suppressed).toBe(false);
        expect(compareOutcome(answer, expectedOutcome(of(project), 'djg-6'))).toEqual([]);
      }
    });

    it('leaves a hidden project out of every pooled row, so that no answer minus another gives it away', async () => {
      const byProject = await read<Grouped>(funder, '/api/outcomes?groupBy=project');
      const byArm = await read<Grouped>(funder, '/api/outcomes?groupBy=arm');
      const byType = await read<Grouped>(funder, '/api/outcomes?groupBy=interventionType');

      // In catalogue order: by start, then name.
      expect(byProject.rows.map((row) => [row.group, row.suppressed])).toEqual([
        [projects.small, true],
        [projects.groups, false],
        [projects.help, false],
      ]);
      expect(byArm.projectsLeftOut).toBe(1);
      const shown = [...of(projects.help), ...of(projects.groups)];
      for (const row of byArm.rows) {
        const members = shown.filter((participant) => participant.arm === row.group);
        expect(compareOutcome(row, expectedOutcome(members, 'djg-6'))).toEqual([]);
        const shownProjectsPaired = byProject.rows
          .filter((projectRow) => !projectRow.suppressed)
          .reduce((sum, projectRow) => sum + Number(projectRow.arms[row.group as 'intervention']?.['paired'] ?? 0), 0);
        expect(row.arms[row.group as 'intervention']?.['paired']).toBe(shownProjectsPaired);
      }
      expect(byType.rows.map((row) => row.group)).toEqual(['neighbour-help', 'group-activity']);
      expect(byType.rows.every((row) => !row.suppressed)).toBe(true);
    });

    it('hides a complementary age band with a small one, so that the shown bands do not give it away', async () => {
      const answer = await read<Grouped>(funder, '/api/outcomes?groupBy=ageBand');

      const hidden = answer.rows.filter((row) => row.suppressed).map((row) => row.group);
      expect(hidden).toContain('26-59');
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      const shown = [...of(projects.help), ...of(projects.groups)];
      for (const row of answer.rows.filter((candidate) => !candidate.suppressed)) {
        const members = shown.filter((participant) => participant.ageBand === row.group);
        expect(compareOutcome(row, expectedOutcome(members, 'djg-6'))).toEqual([]);
      }
    });

    it('hides a small risk-factor group on its own: the groups overlap, so none follows from the others', async () => {
      const answer = await read<Grouped>(funder, '/api/outcomes?groupBy=riskFactor');

      expect(answer.rows.map((row) => [row.group, row.suppressed])).toEqual([
        ['poverty', false],
        ['living-alone', false],
        ['informal-carer', true],
      ]);
    });

    it('hides a small dose band and a complementary one', async () => {
      const answer = await read<{ bands: Band[] }>(funder, `/api/projects/${projects.help}/dose-response?bands=0,5,20`);

      expect(answer.bands.map((band) => band.suppressed)).toEqual([false, true, true]);
      expect(answer.bands[1]!.paired).toBeNull();
    });

    it('gets null for enrolment counts from 1 to k − 1', async () => {
      const answer = await read<{ rows: Record<string, unknown>[] }>(
        funder,
        `/api/projects/${projects.small}/enrolment`,
      );

      expect(answer.rows.find((row) => row['period'] === '2026-01')).toMatchObject({ enrolled: null, active: null });
    });
  });

  describe('an evaluator', () => {
    it('sees every granted project unsuppressed', async () => {
      const answer = await read<Outcome>(evaluator, `/api/projects/${projects.small}/outcomes`);

      expect(compareOutcome(answer, expectedOutcome(of(projects.small), 'djg-6'))).toEqual([]);
    });
  });

  describe('the organisation', () => {
    it('sees dose–response bands of contact hours up to each follow-up, with the within-arm statistics', async () => {
      const answer = await read<{ bands: Band[] }>(worker, `/api/projects/${projects.help}/dose-response?bands=0,5,20`);

      const bounds = [0, 5, 20];
      for (const [i, band] of answer.bands.entries()) {
        const members = of(projects.help).filter((participant) => {
          const dose = hours.get(participant.id)!;
          return dose >= bounds[i]! && (i === bounds.length - 1 || dose < bounds[i + 1]!);
        });
        const expected = expectedOutcome(members, 'djg-6').arms.intervention!;
        expect({
          band: i,
          differences: compareOutcome(band, {
            ...expected,
            enrolled: members.length,
            withBaseline: members.length,
            attrition: 0,
          }),
        }).toEqual({
          band: i,
          differences: [],
        });
        expect(band).toMatchObject({ fromHours: bounds[i], toHours: bounds[i + 1] ?? null, suppressed: false });
      }
    });

    it("follows one participant's scores, change and reliable change by the project's threshold", async () => {
      const participant = of(projects.help)[4]!;
      const answer = await read<{ scores: Record<string, unknown>[]; dose: Record<string, number> }>(
        worker,
        `/api/projects/${projects.help}/participants/${participant.id}/trajectory`,
      );

      const threshold = Number(
        expectedOutcome(of(projects.help), 'djg-6').arms.intervention!.reliableChange!.threshold,
      );
      const totals = answer.scores.filter((point) => point['scale'] === 'total');
      const [baseline, followUp] = [participant.scores['djg-6']![0]!, participant.scores['djg-6']![1]!];
      const change = followUp - baseline;
      expect(totals).toEqual([
        expect.objectContaining({ wave: 0, score: baseline, change: null, reliableChange: null }),
        expect.objectContaining({
          wave: 1,
          score: followUp,
          change,
          reliableChange: -change > threshold ? 'improved' : change > threshold ? 'deteriorated' : 'unchanged',
        }),
      ]);
      expect(answer.dose).toEqual({ contacts: 2, minutes: 240 + 600 });
    });

    it('counts enrolment, exits, activity and measurements per month', async () => {
      const answer = await read<{ rows: Record<string, unknown>[] }>(
        worker,
        `/api/projects/${projects.help}/enrolment`,
      );

      expect(answer.rows.slice(0, 4)).toEqual([
        { period: '2026-01', enrolled: 17, exited: 0, active: 17, measured: 0 },
        { period: '2026-02', enrolled: 0, exited: 0, active: 17, measured: 17 },
        { period: '2026-03', enrolled: 0, exited: 0, active: 17, measured: 17 },
        { period: '2026-04', enrolled: 0, exited: 0, active: 17, measured: 0 },
      ]);
    });

    it('lists the measurements due, oldest first, leaving out those who left early or withdrew consent', async () => {
      const [left, withdrew] = of(projects.help);
      await worker.post(`/api/participants/${left!.id}/exit`, { on: '2026-04-01', reason: 'moved' });
      position = (
        await worker.post<{ position: string }>(`/api/participants/${withdrew!.id}/consent-withdrawal`, {
          on: '2026-04-01',
        })
      ).position;

      const answer = await read<{ rows: Record<string, unknown>[] }>(
        worker,
        `/api/projects/${projects.help}/measurements-due?afterWeeks=12`,
      );

      expect(answer.rows).toHaveLength(15);
      expect(answer.rows[0]).toMatchObject({
        instrument: 'djg-6',
        lastWave: 1,
        lastTakenOn: '2026-03-15',
        dueWave: 2,
        dueSince: addDays('2026-03-15', 84),
      });
      expect(answer.rows.map((row) => row['participantId'])).not.toContain(left!.id);
      expect(answer.rows.map((row) => row['participantId'])).not.toContain(withdrew!.id);
    });
  });
});
