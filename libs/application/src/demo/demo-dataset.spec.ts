import {
  personalFieldsOf,
  type ContactLogged,
  type MeasurementRecorded,
  type ParticipantEnrolled,
  type ParticipantExited,
  type ProjectRegistered,
} from '@outcome/domain';
import {
  InMemoryEventStore,
  InMemorySubjectKeyStore,
  PersonalDataEventStore,
  type RecordedEvent,
} from '@outcome/event-store';
import type { AccessTokens, TokenGrant } from '../identity/access-tokens';
import { DEMO_TOKEN_ID, DemoDataset, type DemoLoaded } from './demo-dataset';
import { type DemoProject, demoProjectsOf } from './testing/demo-projects-of-events';
import { generateDemoDataset } from './generate-demo-dataset';

const tokens = {
  issue: async (grant: TokenGrant) => ({ id: `${grant.role}-id`, token: `${grant.role}-secret`, role: grant.role }),
} as unknown as AccessTokens;

describe(DemoDataset.name, () => {
  let inner: InMemoryEventStore;
  let loaded: DemoLoaded;
  let events: RecordedEvent[];
  let projects: DemoProject[];

  beforeAll(async () => {
    inner = new InMemoryEventStore();
    const store = new PersonalDataEventStore(inner, new InMemorySubjectKeyStore(), personalFieldsOf);
    const sut = new DemoDataset(store, tokens);
    loaded = (await sut.loadIntoEmptyStore())!;
    events = [];
    for await (const event of store.replay()) events.push(event);
    projects = demoProjectsOf(events);
  });

  const only = (name: string) => projects.find((project) => project.name === name)!;
  const ofType = <E extends { type: string }>(type: E['type']) =>
    events.filter((event) => event.type === type) as unknown as (RecordedEvent & E)[];

  it('gives the verdicts a funder should learn to read, on each project’s loneliness scale', () => {
    expect(only('Buddy duos (demo)').outcome).toMatchObject({ evidenceLevel: 'controlled', verdict: 'effective' });
    expect(only('Group activities (demo)').outcome).toMatchObject({
      evidenceLevel: 'controlled',
      verdict: 'no-detectable-effect',
    });
    expect(only('Neighbour help Noord (demo)').outcome).toMatchObject({
      evidenceLevel: 'before-after',
      verdict: 'scores-improved',
      warnings: expect.arrayContaining(['no-comparison-group']),
    });
    expect(only('Neighbour help Kanaalwijk (demo)').outcome.verdict).toBe('insufficient-data');
    expect(only('Neighbour help Kanaalwijk (demo)').outcome.arms.intervention!.paired).toBeLessThan(10);
  });

  it('improves wellbeing, or the network, where loneliness shows no change', () => {
    for (const name of ['Neighbour help Oost (demo)', 'Neighbour help Haven (demo)']) {
      expect(only(name).outcome.verdict).toBe('no-detectable-change');
      expect(only(name).secondOutcome.verdict).toBe('scores-improved');
    }
    expect(only('Group activities (demo)').secondOutcome.verdict).toBe('effective');
  });

  it('portrays nine neighbour-help networks of about 600 people, four in five women, one in three aged 80+', () => {
    const networks = projects.filter((project) => project.interventionType === 'neighbour-help');
    const enrolments = ofType<ParticipantEnrolled>('ParticipantEnrolled');
    const share = (matches: (enrolment: ParticipantEnrolled) => boolean) =>
      enrolments.filter(matches).length / enrolments.length;

    expect(networks).toHaveLength(9);
    expect(networks.reduce((sum, project) => sum + project.enrolled, 0)).toBeGreaterThanOrEqual(580);
    expect(networks.reduce((sum, project) => sum + project.enrolled, 0)).toBeLessThanOrEqual(620);
    expect(projects.map((project) => project.interventionType)).toEqual(
      expect.arrayContaining(['buddy', 'group-activity', 'phone-contact']),
    );
    expect(share((enrolment) => enrolment.data.gender === 'female')).toBeCloseTo(0.8, 1);
    expect(share((enrolment) => enrolment.data.ageBand === '80+')).toBeCloseTo(1 / 3, 1);
    expect(loaded).toMatchObject({ projects: 12, participants: enrolments.length, events: events.length });
  });

  it('compares two projects with a waiting list, and loses more than 30 % of one project’s people', () => {
    const controlled = projects.filter((project) => project.hasComparisonGroup);
    expect(controlled.map((project) => project.name)).toEqual(['Buddy duos (demo)', 'Group activities (demo)']);
    expect(controlled.every((project) => project.outcome.arms.comparison!.paired >= 10)).toBe(true);
    // A project whose people are mostly not yet due for a follow-up says nothing yet, attrition included.
    const highAttrition = projects.filter(
      ({ outcome }) => outcome.evidenceLevel !== 'insufficient-data' && outcome.arms.intervention!.attrition! > 0.3,
    );
    expect(highAttrition.map((project) => project.name)).toEqual(['Neighbour help West (demo)']);
    expect(highAttrition[0]!.outcome.warnings).toContain('high-attrition');
  });

  it('shows more change with more contact hours in the intervention arm (a dose–response)', () => {
    const byHours = projects
      .filter((project) => project.interventionType === 'neighbour-help')
      .flatMap((project) => project.pairedByHours);
    const changeAmong = (from: number, to: number) => {
      const changes = byHours.filter(({ hours }) => hours >= from && hours < to).map(({ change }) => change);
      return changes.reduce((sum, change) => sum + change, 0) / changes.length;
    };
    // Loneliness: lower is better.
    expect(changeAmong(25, Infinity)).toBeLessThan(changeAmong(0, 10) - 0.3);
  });

  it('keeps the domain’s rules: no contact after an exit, a measurement after one only when completed', () => {
    const exits = new Map(
      ofType<ParticipantExited>('ParticipantExited').map((exit) => [exit.data.participantId, exit]),
    );
    const after = (event: { data: { participantId: string } }, on: string) => {
      const exit = exits.get(event.data.participantId);
      return exit !== undefined && on > exit.data.on;
    };

    expect(exits.size).toBeGreaterThan(50);
    expect(ofType<ContactLogged>('ContactLogged').filter((contact) => after(contact, contact.data.on))).toEqual([]);
    const measuredAfterExit = ofType<MeasurementRecorded>('MeasurementRecorded').filter((measurement) =>
      after(measurement, measurement.data.takenOn),
    );
    expect(measuredAfterExit.length).toBeGreaterThan(0);
    expect(measuredAfterExit.every((m) => exits.get(m.data.participantId)!.data.reason === 'completed')).toBe(true);
  });

  it('dates everything in 2025 and 2026, before December 2026', () => {
    const days = events.map((event) => event.metadata.occurredAt).filter((day) => day !== undefined);
    expect(days.sort()[0]! >= '2025-01-01').toBe(true);
    expect(days.sort().at(-1)! <= '2026-11-30').toBe(true);
    expect(ofType<ProjectRegistered>('ProjectRegistered')).toHaveLength(12);
  });

  it('records every event by the demo token, with each participant’s personal data encrypted', async () => {
    expect(events.every((event) => event.metadata.recordedBy.endsWith(`-token:${DEMO_TOKEN_ID}`))).toBe(true);
    const stored = await inner.readAll({ maxCount: 100_000 });
    const measurement = stored.find((event) => event.type === 'MeasurementRecorded')!;
    expect(measurement.data).not.toHaveProperty('responses');
    expect(loaded.tokens).toEqual({
      organisation: 'organisation-secret',
      funder: 'funder-secret',
      evaluator: 'evaluator-secret',
    });
  });

  it('is the same on every run', () => {
    const ids = (dataset: ReturnType<typeof generateDemoDataset>) =>
      dataset.commands.flatMap((command) => command.streams.flatMap((stream) => stream.events.map((e) => e.id)));
    const first = generateDemoDataset();
    const second = generateDemoDataset();

    expect(ids(second)).toEqual(ids(first));
    expect(second.commands.at(-1)).toEqual(first.commands.at(-1));
  });

  it('answers undefined, and appends nothing, when the store holds any event', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('organisation-x', [
      { id: 'e1', type: 'OrganisationRegistered', data: {}, metadata: events[0]!.metadata },
    ]);

    expect(await new DemoDataset(store, tokens).loadIntoEmptyStore()).toBeUndefined();
    expect(await store.readHeadPosition()).toBe(1n);
  });
});
