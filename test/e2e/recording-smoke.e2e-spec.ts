import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

describe('Recording API (smoke)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi('sqlite')));
  afterAll(() => api.close());

  it('records a measurement with derived scores and shows it on the participant', async () => {
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Noord');
    const worker = admin.as(token);
    const project = await worker.post<{ id: string; position: string }>('/api/projects', {
      name: 'Buddies',
      interventionType: 'buddy',
      startsOn: '2026-01-01',
      instruments: ['djg-6'],
      hasComparisonGroup: true,
    });
    const participant = await worker.post<{ id: string }>(`/api/projects/${project.id}/participants`, {
      arm: 'intervention',
      enrolledOn: '2026-01-10',
      ageBand: '80+',
      consent: { givenOn: '2026-01-10' },
      personal: { name: 'Mia Peeters' },
    });
    const measurement = await worker.post<{ id: string; scores: unknown; position: string }>(
      `/api/participants/${participant.id}/measurements`,
      {
        instrument: 'djg-6',
        wave: 0,
        takenOn: '2026-01-10',
        responses: ['yes', 'more-or-less', 'no', 'yes', 'yes', 'no'],
      },
    );

    expect(measurement.scores).toEqual({ total: 3, emotional: 2, social: 1 });
    const record = await worker.get<{ personal: unknown; measurements: unknown[] }>(
      `/api/participants/${participant.id}`,
    );
    expect(record.personal).toEqual({ name: 'Mia Peeters' });
    expect(record.measurements).toHaveLength(1);
    const corrected = await worker.post<{ scores: unknown }>(`/api/measurements/${measurement.id}/correction`, {
      responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'],
    });
    expect(corrected.scores).toEqual({ total: 0, emotional: 0, social: 0 });
    const list = await worker.get<{ projects: unknown[] }>(`/api/projects?consistentWith=${measurement.position}`);
    expect(list.projects).toHaveLength(1);
    const events = await worker.events(project.id);
    expect(events.map((event) => event['type'])).toEqual([
      'ProjectRegistered',
      'ParticipantAdded',
      'ParticipantEnrolled',
      'MeasurementRecorded',
      'MeasurementCorrected',
    ]);
    expect(JSON.stringify(events)).not.toContain('Mia Peeters');
  });
});
