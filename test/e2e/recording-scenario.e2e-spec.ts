import { describeWithPostgres } from '@outcome/shared/testing';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES, type ScoredResponses } from './support/recording-fixtures';
import { startTestApi, type StoreSetup, type TestApi } from './support/test-api';

type Instrument = keyof typeof SCORED_RESPONSES;
type ExportedEvent = Record<string, unknown> & { data: Record<string, unknown>; metadata: Record<string, unknown> };

const INSTRUMENTS: readonly Instrument[] = ['djg-6', 'who-5'];
const WAVES = [0, 1];
const PARTICIPANTS = 20;

interface RecordedMeasurement {
  readonly id: string;
  readonly instrument: Instrument;
  readonly wave: number;
  readonly sent: ScoredResponses;
  readonly scores: unknown;
}

interface Enrolled {
  readonly id: string;
  readonly reference: string;
  readonly personal: Record<string, string>;
  readonly measurements: readonly RecordedMeasurement[];
}

interface ParticipantRecord {
  reference: string | null;
  arm: string;
  gender: string | null;
  riskFactors: string[];
  personal: Record<string, string> | null;
  consent: { givenOn: string; withdrawnOn: string | null };
  exit: { on: string; reason: string } | null;
  measurements: { id: string; responses: unknown[]; scores: unknown; corrected: boolean }[];
  contacts: { id: string; minutes: number; kind: string }[];
  dose: { contacts: number; minutes: number };
}

interface ProjectList {
  projects: { id: string; enrolled: { intervention: number; comparison: number } }[];
}

function personalDetailsOf(index: number): Record<string, string> {
  const number = String(index + 1).padStart(2, '0');
  return {
    name: `Mia Peeters-${number}`,
    phone: `+32 470 55 01 ${number}`,
    email: `mia.peeters.${number}@example.org`,
    notes: `Lives above the bakery, door ${number}`,
  };
}

/** The answer set a participant gives at a wave: the sets rotate so that every known set is sent. */
function responsesAt(instrument: Instrument, participant: number, wave: number): ScoredResponses {
  const sets = SCORED_RESPONSES[instrument];
  return sets[(participant + wave) % sets.length]!;
}

function otherResponsesThan(instrument: Instrument, sent: ScoredResponses): ScoredResponses {
  return SCORED_RESPONSES[instrument].find((set) => JSON.stringify(set.scores) !== JSON.stringify(sent.scores))!;
}

function measurementOf(participant: Enrolled, instrument: Instrument, wave: number): RecordedMeasurement {
  return participant.measurements.find((m) => m.instrument === instrument && m.wave === wave)!;
}

function recordingScenario(setup: StoreSetup): void {
  let api: TestApi;
  let admin: RecordingClient;
  let worker: RecordingClient;
  let projectId: string;
  let participants: Enrolled[];

  async function enrol(index: number): Promise<{ id: string; reference: string; personal: Record<string, string> }> {
    const reference = `P-${String(index + 1).padStart(3, '0')}`;
    const personal = personalDetailsOf(index);
    const enrolled = await worker.post<{ id: string }>(
      `/api/projects/${projectId}/participants`,
      enrolmentBody({ reference, arm: index < PARTICIPANTS / 2 ? 'intervention' : 'comparison', personal }),
    );
    return { id: enrolled.id, reference, personal };
  }

  async function measureEveryWave(participantId: string, index: number): Promise<RecordedMeasurement[]> {
    const measurements: RecordedMeasurement[] = [];
    for (const wave of WAVES) {
      for (const instrument of INSTRUMENTS) {
        const sent = responsesAt(instrument, index, wave);
        const answer = await worker.post<{ id: string; scores: unknown }>(
          `/api/participants/${participantId}/measurements`,
          { instrument, wave, takenOn: wave === 0 ? '2026-02-02' : '2026-05-04', responses: sent.responses },
        );
        measurements.push({ id: answer.id, instrument, wave, sent, scores: answer.scores });
      }
    }
    return measurements;
  }

  const participantRecord = (participant: Enrolled) =>
    worker.get<ParticipantRecord>(`/api/participants/${participant.id}`);

  const measure = (participant: Enrolled, wave: number, expected: number) =>
    worker.post(`/api/participants/${participant.id}/measurements`, laterMeasurement(wave), expected);

  beforeAll(async () => {
    api = await startTestApi(setup);
    admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    projectId = await registerProject(worker, INSTRUMENTS);
    // Enrolments one by one, as they all change the project's roster; then measurements in parallel.
    const enrolled = [];
    for (let index = 0; index < PARTICIPANTS; index++) enrolled.push(await enrol(index));
    participants = await Promise.all(
      enrolled.map(async (participant, index) => ({
        ...participant,
        measurements: await measureEveryWave(participant.id, index),
      })),
    );
  }, 60_000);
  afterAll(() => api.close());

  it('scores every measurement by its instrument’s rules, null where a missing item forbids a scale', () => {
    const all = participants.flatMap((participant) => participant.measurements);
    expect(all).toHaveLength(PARTICIPANTS * INSTRUMENTS.length * WAVES.length);
    for (const measurement of all) expect(measurement.scores).toEqual(measurement.sent.scores);
  });

  it('shows the enrolment, personal details and scored measurements on the participant record', async () => {
    const participant = participants[0]!;

    const record = await participantRecord(participant);

    expect(record).toMatchObject({
      reference: participant.reference,
      arm: 'intervention',
      gender: 'female',
      riskFactors: ['living-alone', 'poverty'],
      personal: participant.personal,
      consent: { givenOn: '2026-02-01', withdrawnOn: null },
      exit: null,
    });
    expect(record.measurements.map(({ id, scores }) => ({ id, scores })).sort(byId)).toEqual(
      participant.measurements.map(({ id, sent }) => ({ id, scores: sent.scores })).sort(byId),
    );
  });

  it('replaces the scores and responses of a corrected measurement and keeps both events in the export', async () => {
    const participant = participants[1]!;
    const original = measurementOf(participant, 'djg-6', 1);
    const correction = otherResponsesThan('djg-6', original.sent);

    const corrected = await worker.post<{ scores: unknown; position: string }>(
      `/api/measurements/${original.id}/correction`,
      { responses: correction.responses },
    );

    expect(corrected.scores).toEqual(correction.scores);
    const onRecord = (await participantRecord(participant)).measurements.find((m) => m.id === original.id);
    expect(onRecord).toMatchObject({ responses: correction.responses, scores: correction.scores, corrected: true });
    const history = (await worker.events(projectId)).filter((event) => dataOf(event)['measurementId'] === original.id);
    expect(history.map((event) => [event['type'], dataOf(event)['responses']])).toEqual([
      ['MeasurementRecorded', original.sent.responses],
      ['MeasurementCorrected', correction.responses],
    ]);
  });

  it('leaves a retracted measurement off the participant record', async () => {
    const participant = participants[2]!;
    const retracted = measurementOf(participant, 'who-5', 1);

    await worker.delete(`/api/measurements/${retracted.id}`);

    const record = await participantRecord(participant);
    expect(record.measurements.map((m) => m.id)).not.toContain(retracted.id);
    expect(record.measurements).toHaveLength(participant.measurements.length - 1);
  });

  it('adds logged contacts to the dose on the participant record', async () => {
    const participant = participants[3]!;
    const contacts = [
      { on: '2026-02-09', minutes: 45, kind: 'visit' },
      { on: '2026-02-16', minutes: 15, kind: 'call' },
      { on: '2026-02-23', minutes: 90, kind: 'activity' },
    ];

    for (const contact of contacts) await worker.post(`/api/participants/${participant.id}/contacts`, contact);

    const record = await participantRecord(participant);
    expect(record.dose).toEqual({ contacts: 3, minutes: 150 });
    expect(record.contacts.map(({ minutes, kind }) => ({ minutes, kind }))).toEqual(
      contacts.map(({ minutes, kind }) => ({ minutes, kind })),
    );
  });

  it('refuses a later measurement after an exit for another reason than completion, yet accepts a correction', async () => {
    const participant = participants[4]!;
    await worker.post(`/api/participants/${participant.id}/exit`, { on: '2026-06-01', reason: 'moved' });

    const refused = await measure(participant, 2, 422);

    expect(refused).toMatchObject({ statusCode: 422, code: 'measurement.after-exit' });
    await worker.post(`/api/measurements/${measurementOf(participant, 'djg-6', 1).id}/correction`, {
      responses: otherResponsesThan('djg-6', measurementOf(participant, 'djg-6', 1).sent).responses,
    });
  });

  it('still measures later waves after an exit as completed', async () => {
    const participant = participants[5]!;
    await worker.post(`/api/participants/${participant.id}/exit`, { on: '2026-06-01', reason: 'completed' });

    await measure(participant, 2, 201);

    const record = await participantRecord(participant);
    expect(record.exit).toEqual({ on: '2026-06-01', reason: 'completed' });
    expect(record.measurements).toHaveLength(participant.measurements.length + 1);
  });

  it('refuses a later measurement after consent was withdrawn, yet accepts a correction', async () => {
    const participant = participants[6]!;
    await worker.post(`/api/participants/${participant.id}/consent-withdrawal`, { on: '2026-06-01' });

    const refused = await measure(participant, 2, 422);

    expect(refused).toMatchObject({ statusCode: 422, code: 'measurement.after-consent-withdrawal' });
    const baseline = measurementOf(participant, 'who-5', 0);
    await worker.post(`/api/measurements/${baseline.id}/correction`, {
      responses: otherResponsesThan('who-5', baseline.sent).responses,
    });
    expect((await participantRecord(participant)).consent.withdrawnOn).toBe('2026-06-01');
  });

  describe('the project export', () => {
    let events: ExportedEvent[];
    beforeAll(async () => (events = (await worker.events(projectId)) as ExportedEvent[]));

    it('answers NDJSON, one {position, stream, type, version, recordedAt, data, metadata} a line', async () => {
      const response = await worker.send('get', `/api/projects/${projectId}/events`);

      expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
      for (const event of events) {
        expect(Object.keys(event).sort()).toEqual(
          ['data', 'metadata', 'position', 'recordedAt', 'stream', 'type', 'version'].sort(),
        );
        expect(event).toMatchObject({
          position: expect.stringMatching(/^\d+$/),
          stream: expect.stringMatching(/^(project|participant)-[0-9a-f-]{36}$/),
          version: expect.any(Number),
          recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        });
      }
    });

    it('lists the events in global order, each stream from version 0 without a gap', () => {
      const positions = events.map((event) => BigInt(event['position'] as string));
      for (let i = 1; i < positions.length; i++) expect(positions[i]! > positions[i - 1]!).toBe(true);
      const versionsByStream = new Map<string, number[]>();
      for (const event of events) {
        const stream = event['stream'] as string;
        versionsByStream.set(stream, [...(versionsByStream.get(stream) ?? []), event['version'] as number]);
      }
      expect(versionsByStream.size).toBe(1 + PARTICIPANTS);
      for (const versions of versionsByStream.values()) expect(versions).toEqual(versions.map((_, i) => i));
    });

    it('names the writing token, never a person, as recordedBy', () => {
      const recorders = new Set(events.map((event) => event.metadata['recordedBy']));

      expect([...recorders]).toEqual([expect.stringMatching(/^organisation-token:[0-9a-f-]{36}$/)]);
    });

    it('never holds a personal detail', async () => {
      const text = (await worker.send('get', `/api/projects/${projectId}/events`)).text;

      for (const detail of participants.flatMap((participant) => Object.values(participant.personal))) {
        expect(text).not.toContain(detail);
      }
      expect(events.filter((event) => 'personal' in event.data)).toEqual([]);
    });

    it('carries the correlation id a request sent into the metadata of the events it wrote', async () => {
      const correlationId = 'scenario-contact-0001';

      const answer = await worker.send('post', `/api/participants/${participants[8]!.id}/contacts`, {
        body: { on: '2026-03-02', minutes: 30, kind: 'help' },
        headers: { 'X-Correlation-Id': correlationId },
      });

      expect(answer.status).toBe(201);
      expect(answer.headers['x-correlation-id']).toBe(correlationId);
      const written = (await worker.events(projectId)).filter((event) => event['position'] === answer.body.position);
      expect(written).toMatchObject([{ type: 'ContactLogged', metadata: { correlationId } }]);
    });

    it('lets an evaluator granted the project export it, without references', async () => {
      const evaluator = admin.as(await admin.issueToken('evaluator', [projectId]));

      const exported = await evaluator.events(projectId);

      const positions = (await worker.events(projectId)).map((event) => event['position']);
      expect(exported.map((event) => event['position'])).toEqual(positions);
      expect(exported.filter((event) => 'reference' in dataOf(event))).toEqual([]);
    });

    it('refuses the export to a funder of the project and to an evaluator of another project', async () => {
      const funder = admin.as(await admin.issueToken('funder', [projectId]));
      const otherProject = await registerProject(worker, ['djg-6']);
      const outsider = admin.as(await admin.issueToken('evaluator', [otherProject]));

      expect((await funder.send('get', `/api/projects/${projectId}/events`)).status).toBe(403);
      expect((await outsider.send('get', `/api/projects/${projectId}/events`)).status).toBe(404);
    });
  });

  describe('after a participant is erased', () => {
    let erased: Enrolled;
    let erasure: { position: string };
    beforeAll(async () => {
      erased = participants[9]!;
      await worker.post(`/api/participants/${erased.id}/contacts`, { on: '2026-02-10', minutes: 20, kind: 'call' });
      erasure = await worker.delete<{ position: string }>(`/api/participants/${erased.id}`);
    });

    it('answers 404 for their record', async () => {
      await worker.get(`/api/participants/${erased.id}`, 404);
    });

    it('answers 404 to every write about them', async () => {
      const measurement = erased.measurements[0]!;
      const writes: [method: 'post' | 'delete', path: string, body?: unknown][] = [
        ['post', `/api/participants/${erased.id}/measurements`, laterMeasurement(3)],
        ['post', `/api/participants/${erased.id}/contacts`, { on: '2026-03-02', minutes: 30, kind: 'visit' }],
        ['post', `/api/participants/${erased.id}/exit`, { on: '2026-06-01', reason: 'other' }],
        ['post', `/api/participants/${erased.id}/consent-withdrawal`, { on: '2026-06-01' }],
        ['post', `/api/measurements/${measurement.id}/correction`, { responses: measurement.sent.responses }],
        ['delete', `/api/measurements/${measurement.id}`],
        ['delete', `/api/participants/${erased.id}`],
      ];

      for (const [method, path, body] of writes) {
        const answer = await worker.send(method, path, { body });
        expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
      }
    });

    it('exports their events marked erased, without responses, scores or personal details', async () => {
      const events = (await worker.events(projectId)) as ExportedEvent[];
      const theirs = events.filter((event) => event.data['participantId'] === erased.id);

      const withPersonalData = theirs.filter((event) =>
        ['ParticipantAdded', 'ParticipantEnrolled', 'MeasurementRecorded'].includes(event['type'] as string),
      );
      expect(withPersonalData).toHaveLength(2 + erased.measurements.length);
      for (const event of withPersonalData) expect(event.data['erased']).toBe(true);
      for (const event of theirs) {
        for (const field of ['responses', 'scores', 'personal', 'reference', 'gender', 'riskFactors']) {
          expect(event.data).not.toHaveProperty(field);
        }
      }
      expect(theirs.map((event) => event['type'])).toContain('ParticipantErased');
      expect(JSON.stringify(events)).not.toContain(erased.personal['name']);
    });

    it('no longer counts them in the project list or the participant list', async () => {
      const list = await worker.get<ProjectList>(`/api/projects?consistentWith=${erasure.position}`);
      const participantList = await worker.get<{ participants: { id: string; reference: string | null }[] }>(
        `/api/projects/${projectId}/participants?consistentWith=${erasure.position}`,
      );

      const project = list.projects.find((candidate) => candidate.id === projectId);
      expect(project?.enrolled).toEqual({ intervention: PARTICIPANTS / 2 - 1, comparison: PARTICIPANTS / 2 });
      expect(participantList.participants).toHaveLength(PARTICIPANTS - 1);
      expect(participantList.participants.map((row) => row.id)).not.toContain(erased.id);
      expect(participantList.participants.map((row) => row.reference)).not.toContain(erased.reference);
    });

    it('lets a new participant take their reference', async () => {
      const newcomer = await worker.post<{ id: string }>(
        `/api/projects/${projectId}/participants`,
        enrolmentBody({ reference: erased.reference }),
      );

      expect((await worker.get<ParticipantRecord>(`/api/participants/${newcomer.id}`)).reference).toBe(
        erased.reference,
      );
    });
  });
}

function laterMeasurement(wave: number): Record<string, unknown> {
  return { instrument: 'djg-6', wave, takenOn: '2026-08-03', responses: SCORED_RESPONSES['djg-6'][0]!.responses };
}

function dataOf(event: Record<string, unknown>): Record<string, unknown> {
  return event['data'] as Record<string, unknown>;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id);
}

describe('Recording scenario on the embedded SQLite stores', () => recordingScenario('sqlite'));

describeWithPostgres('Recording scenario on PostgreSQL', () => recordingScenario('postgres'));
