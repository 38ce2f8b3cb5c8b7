import { EventStore } from '@outcome/event-store';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { EXAMPLE_BASELINE, EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { type Caller, type HostileRequest, hostileRequests, type WireRequest } from './support/fuzz/wire-requests';
import { deeplyNestedJson } from './support/fuzz/hostile-values';
import { type DocumentedRoute, documentedRoutes, type OpenApiDocument } from './support/fuzz/openapi-routes';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, startTestApi, type TestApi } from './support/test-api';

/** docs/api.md "Errors": the only answers a refused request may get. */
const REFUSALS = new Set([400, 401, 403, 404, 409, 410, 413, 415, 422]);
const ERROR_ANSWER_LIMIT = 64 * 1024;
/** Requests per documented route; at least 10,000 in all over today's routes. */
const RUNS_PER_WRITE_ROUTE = Number(process.env.FUZZ_RUNS_PER_WRITE_ROUTE ?? 550);
const RUNS_PER_READ_ROUTE = Number(process.env.FUZZ_RUNS_PER_READ_ROUTE ?? 320);
const LEAST_REQUESTS = 10_000;

interface Fixture {
  readonly tokens: Readonly<Record<Caller, string | undefined>>;
  readonly ids: Readonly<Record<string, readonly string[]>>;
}

async function arrangeFixture(api: TestApi): Promise<Fixture> {
  const admin = RecordingClient.admin(api.http);
  const owner = await admin.createOrganisation('Buurtwerk Fuzz');
  const other = await admin.createOrganisation('Buurtwerk Elders');
  const ownerClient = admin.as(owner.token);
  const projectId = (await ownerClient.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT)).id;
  const otherProjectId = (await admin.as(other.token).post<{ id: string }>('/api/projects', EXAMPLE_PROJECT)).id;
  const participants = await Promise.all(
    Array.from({ length: 6 }, async () => {
      const { id } = await ownerClient.post<{ id: string }>(
        `/api/projects/${projectId}/participants`,
        EXAMPLE_ENROLMENT,
      );
      const measurement = await ownerClient.post<{ id: string }>(
        `/api/participants/${id}/measurements`,
        EXAMPLE_BASELINE,
      );
      return { id, measurementId: measurement.id };
    }),
  );
  const otherParticipant = (
    await admin.as(other.token).post<{ id: string }>(`/api/projects/${otherProjectId}/participants`, EXAMPLE_ENROLMENT)
  ).id;
  const issue = (body: object) => admin.post<{ id: string; token: string }>('/api/tokens', body);
  const revoked = await issue({ role: 'organisation', organisationId: owner.organisationId });
  await admin.delete(`/api/tokens/${revoked.id}`);
  const spare = await Promise.all([1, 2, 3].map(() => issue({ role: 'funder', projectIds: [projectId] })));
  return {
    tokens: {
      owner: owner.token,
      'other organisation': other.token,
      funder: (await issue({ role: 'funder', projectIds: [projectId] })).token,
      evaluator: (await issue({ role: 'evaluator', projectIds: [projectId] })).token,
      admin: ADMIN_TOKEN,
      revoked: revoked.token,
      unknown: 'olt_unknownunknownunknownunknownunknownunknow',
      none: undefined,
    },
    ids: {
      projectId: [projectId, otherProjectId],
      participantId: [...participants.map(({ id }) => id), otherParticipant],
      measurementId: participants.map(({ measurementId }) => measurementId),
      tokenId: spare.map(({ id }) => id),
      organisationId: [owner.organisationId, other.organisationId],
    },
  };
}

function send(api: TestApi, route: DocumentedRoute, { caller, request }: HostileRequest, fixture: Fixture) {
  let pending = api.http[route.method](request.url).set(request.headers);
  const token = fixture.tokens[caller];
  if (token) pending = pending.set('Authorization', `Bearer ${token}`);
  return request.body === undefined ? pending : pending.send(request.body);
}

/** What is wrong with an answer, or null: a refusal in the contract's shape that wrote nothing, or a success. */
function problemWith(route: DocumentedRoute, caller: Caller, response: Response, headMoved: boolean): string | null {
  const { status } = response;
  const authenticated = !['revoked', 'unknown', 'none'].includes(caller) || !route.needsToken;
  if (status === 200 || status === 201) return authenticated ? null : `answered ${status} without a valid token`;
  if (!REFUSALS.has(status) && !isPositionNotReached(response)) return `answered ${status}`;
  if (headMoved) return `answered ${status} yet moved the store's head`;
  if (response.text.length > ERROR_ANSWER_LIMIT) return `answered ${response.text.length} characters`;
  const body = response.body as Record<string, unknown>;
  if (body.statusCode !== status || typeof body.error !== 'string' || typeof body.message !== 'string') {
    return 'answered outside the error shape';
  }
  return null;
}

/** docs/api.md "Reads": a view asked to wait for a position it has not reached answers 503 with Retry-After. */
function isPositionNotReached(response: Response): boolean {
  const body = response.body as { code?: unknown };
  return (
    response.status === 503 && body.code === 'read-models.position-not-reached' && !!response.headers['retry-after']
  );
}

class RouteCounts {
  private readonly counts = new Map<string, Map<number, number>>();

  add(route: string, status: number): void {
    const byStatus = this.counts.get(route) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.counts.set(route, byStatus);
  }

  get total(): number {
    return [...this.counts.values()].reduce(
      (sum, byStatus) => sum + [...byStatus.values()].reduce((a, b) => a + b, 0),
      0,
    );
  }

  report(): string {
    const lines = [...this.counts].map(([route, byStatus]) => {
      const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
      const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
      return `${String(total).padStart(6)}  ${route.padEnd(72)} ${statuses.join(' ')}`;
    });
    return [`Hostile requests per route (${this.total} in all):`, ...lines].join('\n');
  }
}

/** The cases of the hardening issue's table, each sent once whatever the generator draws. */
function tableCases(fixture: Fixture): { route: string; request: HostileRequest }[] {
  const [projectId] = fixture.ids.projectId!;
  const [participantId] = fixture.ids.participantId!;
  const enrol = `POST /api/projects/{projectId}/participants`;
  const enrolUrl = `/api/projects/${projectId}/participants`;
  const json = { 'Content-Type': 'application/json' };
  const owner = (kind: string, url: string, body?: string | Buffer, headers: Record<string, string> = json) => ({
    caller: 'owner' as const,
    request: { url, headers, body, kind } satisfies WireRequest,
  });
  const enrolment = JSON.stringify(EXAMPLE_ENROLMENT);
  return [
    { route: enrol, request: owner('deep', enrolUrl, `{"personal":{"notes":${deeplyNestedJson(1_313)}}}`) },
    { route: enrol, request: owner('deep', enrolUrl, deeplyNestedJson(100_000)) },
    ...['gzip', 'br'].map((encoding) => ({
      route: enrol,
      request: owner('compressed', enrolUrl, Buffer.from('not compressed'), { ...json, 'Content-Encoding': encoding }),
    })),
    {
      route: enrol,
      request: owner(
        'lone surrogate',
        enrolUrl,
        JSON.stringify({ ...EXAMPLE_ENROLMENT, personal: { email: 'a\ud800' } }),
      ),
    },
    ...['__proto__', 'constructor', 'prototype'].map((key) => ({
      route: enrol,
      request: owner('prototype key', enrolUrl, `{"${key}":{"x":1},${enrolment.slice(1)}`),
    })),
    {
      route: 'GET /api/projects/{projectId}/outcomes',
      request: owner('impossible date', `/api/projects/${projectId}/outcomes?asOf=2026-02-30`),
    },
    {
      route: 'POST /api/participants/{participantId}/measurements',
      request: owner(
        '400 KB of problems',
        `/api/participants/${participantId}/measurements`,
        JSON.stringify({ ...EXAMPLE_BASELINE, responses: Array.from({ length: 4_000 }, () => 'x'.repeat(90)) }),
        { ...json, 'Idempotency-Key': 'fuzz-amplification' },
      ),
    },
    {
      route: 'GET /api/projects',
      request: { caller: 'revoked', request: { url: '/api/projects', headers: {}, kind: 'revoked' } },
    },
  ];
}

describe('Hostile requests to every documented route (fast-check, from the OpenAPI document)', () => {
  let api: TestApi;
  let fixture: Fixture;
  let routes: DocumentedRoute[];
  let head: () => Promise<bigint | null>;
  const counts = new RouteCounts();

  beforeAll(async () => {
    api = await startTestApi('sqlite', { RATE_LIMIT_PER_MINUTE: '100000000' });
    fixture = await arrangeFixture(api);
    routes = documentedRoutes((await api.http.get('/docs-json')).body as OpenApiDocument);
    const store = api.app.get(EventStore);
    head = () => store.readHeadPosition();
  }, 60_000);

  afterAll(async () => {
    console.log(counts.report());
    await api.close();
  });

  async function expectNoFault(route: DocumentedRoute, request: HostileRequest): Promise<void> {
    const before = await head();
    const response = await send(api, route, request, fixture);
    const problem = problemWith(route, request.caller, response, (await head()) !== before);
    counts.add(route.name, response.status);
    if (problem) {
      throw new Error(
        `${route.name} as ${request.caller} (${request.request.kind}) ${problem}: ${request.request.url.slice(0, 200)} → ${response.text.slice(0, 300)}`,
      );
    }
  }

  it('documents the routes it fuzzes, writes and reads', () => {
    const names = routes.map((route) => route.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/projects/{projectId}/participants',
        'DELETE /api/tokens/{tokenId}',
        'GET /api/outcomes',
      ]),
    );
  });

  it('answers every case of the hardening table with a refusal that writes nothing', async () => {
    for (const { route: name, request } of tableCases(fixture)) {
      const route = routes.find((candidate) => candidate.name === name)!;
      await expectNoFault(route, request);
    }
  });

  it(`answers at least ${LEAST_REQUESTS} generated requests without a fault`, async () => {
    for (const route of routes) {
      const ids = (parameter: string) =>
        fixture.ids[parameter] ? fc.constantFrom(...fixture.ids[parameter]) : fc.uuid();
      await fc.assert(
        fc.asyncProperty(hostileRequests(route, ids), (request) => expectNoFault(route, request)),
        { numRuns: route.method === 'get' ? RUNS_PER_READ_ROUTE : RUNS_PER_WRITE_ROUTE, endOnFailure: true },
      );
    }
    expect(counts.total).toBeGreaterThanOrEqual(LEAST_REQUESTS);
  }, 600_000);
});
