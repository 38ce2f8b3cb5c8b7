import { BODY_LIMIT } from '../../apps/api/src/create-api-app';
import { RecordingClient } from './support/recording-client';
import { registerProject } from './support/recording-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const ERROR_BODY = { statusCode: expect.any(Number), error: expect.any(String), message: expect.any(String) };

/**
 * The routes of docs/api.md as `METHOD /path`, parameters written `{}`: all but the outcome views
 * (`/api/outcomes`, `/api/projects/{}/outcomes`), which belong to the statistics, not to recording.
 */
const RECORDING_ROUTES = [
  'POST /api/organisations',
  'POST /api/tokens',
  'POST /api/projects',
  'POST /api/projects/{}/participants',
  'POST /api/participants/{}/measurements',
  'POST /api/participants/{}/contacts',
  'POST /api/participants/{}/exit',
  'POST /api/measurements/{}/correction',
  'DELETE /api/measurements/{}',
  'POST /api/participants/{}/consent-withdrawal',
  'DELETE /api/participants/{}',
  'GET /api/projects/{}/events',
  'GET /health',
];

/** The outcome views: each documented with the schema of its answer. */
const VIEW_ROUTES = [
  '/api/projects/{projectId}/outcomes',
  '/api/outcomes',
  '/api/projects/{projectId}/participants/{participantId}/trajectory',
  '/api/projects/{projectId}/enrolment',
  '/api/projects/{projectId}/measurements-due',
  '/api/projects/{projectId}/dose-response',
];

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('HTTP answers of the recording API', () => {
  let api: TestApi;
  let worker: RecordingClient;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
  });
  afterAll(() => api.close());

  it('answers 401 in the error shape to a request without a token', async () => {
    const answer = await api.http.get('/api/projects');

    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ ...ERROR_BODY, statusCode: 401, error: 'Unauthorized' });
  });

  it('answers 401 in the error shape to an unknown token', async () => {
    const answer = await worker.as('no-such-token-0123456789').send('get', '/api/projects');

    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ ...ERROR_BODY, statusCode: 401, error: 'Unauthorized' });
  });

  it(`answers 413 to a body over the limit of ${BODY_LIMIT}`, async () => {
    const answer = await worker.send('post', '/api/projects', {
      body: { name: 'x'.repeat(1024 * 1024 + 1), interventionType: 'buddy', startsOn: '2026-01-01' },
    });

    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ ...ERROR_BODY, statusCode: 413 });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await worker.send('post', '/api/projects', {
      body: '{"name": "Buddies",',
      headers: { 'Content-Type': 'application/json' },
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ...ERROR_BODY, statusCode: 400, message: expect.stringContaining('JSON') });
  });

  it('answers /health with 200 and the status of each store', async () => {
    const answer = await api.http.get('/health');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'ok',
      details: {
        eventStore: { status: 'up', kind: 'sqlite' },
        readStore: { status: 'up', kind: 'sqlite' },
        projector: { status: 'up' },
      },
    });
  });

  it('serves an OpenAPI document at /docs-json listing every recording route of docs/api.md', async () => {
    const answer = await api.http.get('/docs-json');

    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toMatch(/^3\./);
    const documented = Object.entries(answer.body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`),
    );
    expect(documented).toEqual(expect.arrayContaining(RECORDING_ROUTES));
  });

  it.each(VIEW_ROUTES)('documents GET %s with the schema of its answer, examples included', async (path) => {
    const document = (await api.http.get('/docs-json')).body as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }
      >;
      components: { schemas: Record<string, { properties: Record<string, { example?: unknown; $ref?: string }> }> };
    };

    const reference = document.paths[path]?.get.responses['200']?.content['application/json']?.schema.$ref ?? '';
    const schema = document.components.schemas[reference.replace('#/components/schemas/', '')];
    expect(schema).toBeDefined();
    const exampled = Object.values(schema!.properties).filter((property) => property.example !== undefined);
    expect(exampled.length).toBeGreaterThan(0);
  });

  it('answers 503 with Retry-After when the views do not reach a consistentWith position within 10 s', async () => {
    const answer = await worker.send('get', '/api/projects?consistentWith=999999999');

    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(answer.body).toMatchObject({ ...ERROR_BODY, statusCode: 503 });
  }, 20_000);

  it('lists the projects as they stood at an asOf instant', async () => {
    const before = await registerProject(worker, ['djg-6']);
    await sleep(20);
    const instant = new Date().toISOString();
    await sleep(20);
    const after = await registerProject(worker, ['who-5']);

    const then = await worker.get<{ projects: { id: string }[]; asOf: string }>(`/api/projects?asOf=${instant}`);
    const now = await worker.get<{ projects: { id: string }[] }>('/api/projects');

    expect(then.projects.map((project) => project.id)).toEqual([before]);
    expect(new Date(then.asOf).toISOString()).toBe(instant);
    expect(now.projects.map((project) => project.id).sort()).toEqual([before, after].sort());
  });
});

describe('Rate limit of the recording API', () => {
  const limit = 5;
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi('sqlite', { RATE_LIMIT_PER_MINUTE: String(limit) })));
  afterAll(() => api.close());

  it('answers 429 with Retry-After once a token has made RATE_LIMIT_PER_MINUTE requests in a minute', async () => {
    const admin = RecordingClient.admin(api.http);
    const statuses: number[] = [];
    for (let request = 0; request < limit; request++) {
      statuses.push((await admin.send('post', '/api/organisations', { body: { name: `Org ${request}` } })).status);
    }

    const refused = await admin.send('post', '/api/organisations', { body: { name: 'One too many' } });

    expect(statuses).toEqual(Array.from({ length: limit }, () => 201));
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ ...ERROR_BODY, statusCode: 429 });
  });
});
