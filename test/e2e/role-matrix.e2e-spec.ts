import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { eventStoreHead } from './support/event-store-head';
import { documentedRoutes, type OpenApiDocument } from './support/fuzz/openapi-routes';
import {
  EXAMPLE_BASELINE,
  EXAMPLE_CONSENT_WITHDRAWAL,
  EXAMPLE_CONTACT,
  EXAMPLE_CORRECTION,
  EXAMPLE_ENROLMENT,
  EXAMPLE_EXIT,
  EXAMPLE_PROJECT,
  EXAMPLE_QUESTIONNAIRE_LINK,
} from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, startTestApi, type TestApi } from './support/test-api';

/** Who calls. "Granted" and "not granted" refer to the owner's project, the target of every route. */
const CALLERS = [
  'admin',
  'owning organisation',
  'other organisation',
  'granted funder',
  'funder not granted',
  'granted evaluator',
  'evaluator not granted',
  'no token',
  'unknown token',
] as const;
type Caller = (typeof CALLERS)[number];

interface Fixture {
  readonly tokens: Readonly<Record<Caller, string | undefined>>;
  /** The owner's project, granted to the funder and evaluator named "granted". */
  readonly projectId: string;
  /** The other organisation's project, granted to those "not granted". */
  readonly otherProjectId: string;
  /** A participant enrolled just now in the owner's project, for a write that changes them. */
  enrol(): Promise<string>;
  /** A baseline recorded just now for a new participant, for a write that changes it. */
  recordMeasurement(): Promise<string>;
  /** A token issued just now, for a revocation. */
  issueSpareToken(): Promise<string>;
  /** A questionnaire link made just now for a new participant, for a revocation. */
  createQuestionnaireLink(): Promise<string>;
}

interface Target {
  readonly path: string;
  readonly body?: object;
}

/** Every route, each on a fresh target where a success would change it. */
const ROUTES = {
  'POST /api/organisations': async () => ({ path: '/api/organisations', body: { name: `Buurtwerk ${randomUUID()}` } }),
  'POST /api/tokens': async (fixture) => ({
    path: '/api/tokens',
    body: { role: 'evaluator', projectIds: [fixture.projectId] },
  }),
  'GET /api/tokens': async () => ({ path: '/api/tokens' }),
  'DELETE /api/tokens/{id}': async (fixture) => ({ path: `/api/tokens/${await fixture.issueSpareToken()}` }),
  'POST /api/projects': async () => ({ path: '/api/projects', body: EXAMPLE_PROJECT }),
  'POST /api/projects/{id}/participants': async (fixture) => ({
    path: `/api/projects/${fixture.projectId}/participants`,
    body: EXAMPLE_ENROLMENT,
  }),
  'POST /api/participants/{id}/measurements': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/measurements`,
    body: EXAMPLE_BASELINE,
  }),
  'POST /api/participants/{id}/contacts': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/contacts`,
    body: EXAMPLE_CONTACT,
  }),
  'POST /api/participants/{id}/exit': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/exit`,
    body: EXAMPLE_EXIT,
  }),
  'POST /api/measurements/{id}/correction': async (fixture) => ({
    path: `/api/measurements/${await fixture.recordMeasurement()}/correction`,
    body: EXAMPLE_CORRECTION,
  }),
  'DELETE /api/measurements/{id}': async (fixture) => ({
    path: `/api/measurements/${await fixture.recordMeasurement()}`,
  }),
  'POST /api/participants/{id}/consent-withdrawal': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/consent-withdrawal`,
    body: EXAMPLE_CONSENT_WITHDRAWAL,
  }),
  'DELETE /api/participants/{id}': async (fixture) => ({ path: `/api/participants/${await fixture.enrol()}` }),
  'GET /api/session': async () => ({ path: '/api/session' }),
  'GET /api/instruments': async () => ({ path: '/api/instruments' }),
  'GET /api/projects': async () => ({ path: '/api/projects' }),
  'GET /api/projects/{id}': async (fixture) => ({ path: `/api/projects/${fixture.projectId}` }),
  'GET /api/projects/{id}/participants': async (fixture) => ({
    path: `/api/projects/${fixture.projectId}/participants`,
  }),
  'GET /api/projects/{id}/events': async (fixture) => ({ path: `/api/projects/${fixture.projectId}/events` }),
  'GET /api/participants/{id}': async (fixture) => ({ path: `/api/participants/${await fixture.enrol()}` }),
  'GET /api/projects/{id}/outcomes': async (fixture) => ({ path: `/api/projects/${fixture.projectId}/outcomes` }),
  'GET /api/outcomes': async () => ({ path: '/api/outcomes?groupBy=ageBand' }),
  'GET /api/projects/{id}/participants/{id}/trajectory': async (fixture) => ({
    path: `/api/projects/${fixture.projectId}/participants/${await fixture.enrol()}/trajectory`,
  }),
  'GET /api/projects/{id}/enrolment': async (fixture) => ({ path: `/api/projects/${fixture.projectId}/enrolment` }),
  'GET /api/projects/{id}/measurements-due': async (fixture) => ({
    path: `/api/projects/${fixture.projectId}/measurements-due`,
  }),
  'GET /api/projects/{id}/dose-response': async (fixture) => ({
    path: `/api/projects/${fixture.projectId}/dose-response`,
  }),
  'GET /api/outcomes/synthesis': async () => ({ path: '/api/outcomes/synthesis?design=before-after' }),
  'GET /api/power': async () => ({ path: '/api/power?design=controlled&effectSize=0.3' }),
  'POST /api/participants/{id}/questionnaire-links': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/questionnaire-links`,
    body: EXAMPLE_QUESTIONNAIRE_LINK,
  }),
  'GET /api/participants/{id}/questionnaire-links': async (fixture) => ({
    path: `/api/participants/${await fixture.enrol()}/questionnaire-links`,
  }),
  'DELETE /api/questionnaire-links/{id}': async (fixture) => ({
    path: `/api/questionnaire-links/${await fixture.createQuestionnaireLink()}`,
  }),
} satisfies Record<string, (fixture: Fixture) => Promise<Target>>;
type Route = keyof typeof ROUTES;

/** A route and the status each caller gets, in the order of CALLERS. */
type Row = readonly [
  route: Route,
  admin: number,
  owningOrganisation: number,
  otherOrganisation: number,
  grantedFunder: number,
  funderNotGranted: number,
  grantedEvaluator: number,
  evaluatorNotGranted: number,
  noToken: number,
  unknownToken: number,
];

/**
 * docs/api.md "Identity and roles": a route a role may use answers its success; a role that may never
 * use it, 403; a resource outside the token's reach, 404 (so that ids do not leak); no or an
 * unknown token, 401. The participant list and record are the organisation's alone: a funder
 * never sees a participant, and an evaluator reads participants only as pseudonymised events
 * (the list shows the organisation's own references, the record personal details). A trajectory
 * shows to its own organisation only: anyone else is answered as if it did not exist.
 */
// prettier-ignore
const MATRIX: readonly Row[] = [
  //                                              admin owner other funder funder✗ evaluator evaluator✗ none unknown
  ['POST /api/organisations',                       201,  403,  403,  403,   403,    403,      403,       401, 401],
  ['POST /api/tokens',                              201,  403,  403,  403,   403,    403,      403,       401, 401],
  ['GET /api/tokens',                               200,  403,  403,  403,   403,    403,      403,       401, 401],
  ['DELETE /api/tokens/{id}',                       200,  403,  403,  403,   403,    403,      403,       401, 401],
  ['POST /api/projects',                            403,  201,  201,  403,   403,    403,      403,       401, 401],
  ['POST /api/projects/{id}/participants',          403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['POST /api/participants/{id}/measurements',      403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['POST /api/participants/{id}/contacts',          403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['POST /api/participants/{id}/exit',              403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['POST /api/measurements/{id}/correction',        403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['DELETE /api/measurements/{id}',                 403,  200,  404,  403,   403,    403,      403,       401, 401],
  ['POST /api/participants/{id}/consent-withdrawal',403,  201,  404,  403,   403,    403,      403,       401, 401],
  ['DELETE /api/participants/{id}',                 403,  200,  404,  403,   403,    403,      403,       401, 401],
  ['GET /api/session',                              200,  200,  200,  200,   200,    200,      200,       401, 401],
  ['GET /api/instruments',                          200,  200,  200,  200,   200,    200,      200,       401, 401],
  ['GET /api/projects',                             403,  200,  200,  200,   200,    200,      200,       401, 401],
  ['GET /api/projects/{id}',                        403,  200,  404,  200,   404,    200,      404,       401, 401],
  ['GET /api/projects/{id}/participants',           403,  200,  404,  403,   403,    403,      403,       401, 401],
  ['GET /api/projects/{id}/events',                 403,  200,  404,  403,   403,    200,      404,       401, 401],
  ['GET /api/participants/{id}',                    403,  200,  404,  403,   403,    403,      403,       401, 401],
  ['GET /api/projects/{id}/outcomes',               403,  200,  404,  200,   404,    200,      404,       401, 401],
  ['GET /api/outcomes',                             403,  200,  200,  200,   200,    200,      200,       401, 401],
  ['GET /api/projects/{id}/participants/{id}/trajectory', 403, 200, 404, 404, 404,   404,      404,       401, 401],
  ['GET /api/projects/{id}/enrolment',              403,  200,  404,  200,   404,    200,      404,       401, 401],
  ['GET /api/projects/{id}/measurements-due',       403,  200,  404,  403,   403,    403,      403,       401, 401],
  ['GET /api/projects/{id}/dose-response',          403,  200,  404,  200,   404,    200,      404,       401, 401],
  ['GET /api/outcomes/synthesis',                   403,  200,  200,  200,   200,    200,      200,       401, 401],
  ['GET /api/power',                                200,  200,  200,  200,   200,    200,      200,       401, 401],
  ['POST /api/participants/{id}/questionnaire-links', 403, 201, 404,  403,   403,    403,      403,       401, 401],
  ['GET /api/participants/{id}/questionnaire-links',  403, 200, 404,  403,   403,    403,      403,       401, 401],
  ['DELETE /api/questionnaire-links/{id}',          403,  200,  404,  403,   403,    403,      403,       401, 401],
];

const CELLS = MATRIX.flatMap(([route, ...statuses]) =>
  CALLERS.map((caller, column) => ({ route, caller, expected: statuses[column]! })),
);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

describe('Role matrix of the recording API', () => {
  let api: TestApi;
  let fixture: Fixture;

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const owner = await admin.createOrganisation('Buurtwerk Noord');
    const other = await admin.createOrganisation('Buurtwerk Zuid');
    const ownerClient = admin.as(owner.token);
    const project = await ownerClient.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
    const otherProject = await admin
      .as(other.token)
      .post<{ id: string; position: string }>('/api/projects', EXAMPLE_PROJECT);
    // The project routes read views: wait until they hold both projects.
    await ownerClient.get(`/api/projects?consistentWith=${otherProject.position}`);
    const enrol = async () =>
      (await ownerClient.post<{ id: string }>(`/api/projects/${project.id}/participants`, EXAMPLE_ENROLMENT)).id;
    fixture = {
      projectId: project.id,
      otherProjectId: otherProject.id,
      tokens: {
        admin: ADMIN_TOKEN,
        'owning organisation': owner.token,
        'other organisation': other.token,
        'granted funder': await admin.issueToken('funder', [project.id]),
        'funder not granted': await admin.issueToken('funder', [otherProject.id]),
        'granted evaluator': await admin.issueToken('evaluator', [project.id]),
        'evaluator not granted': await admin.issueToken('evaluator', [otherProject.id]),
        'no token': undefined,
        'unknown token': 'olt_not-a-token-anyone-was-given',
      },
      enrol,
      async issueSpareToken() {
        return (await admin.post<{ id: string }>('/api/tokens', { role: 'funder', projectIds: [project.id] })).id;
      },
      async createQuestionnaireLink() {
        const participantId = await enrol();
        const path = `/api/participants/${participantId}/questionnaire-links`;
        return (await ownerClient.post<{ id: string }>(path, EXAMPLE_QUESTIONNAIRE_LINK)).id;
      },
      async recordMeasurement() {
        const participantId = await enrol();
        return (
          await ownerClient.post<{ id: string }>(`/api/participants/${participantId}/measurements`, EXAMPLE_BASELINE)
        ).id;
      },
    };
  });
  afterAll(() => api.close());

  function send(route: Route, target: Target, caller: Caller): Promise<Response> {
    const method = route.slice(0, route.indexOf(' ')).toLowerCase() as 'get' | 'post' | 'delete';
    const request = api.http[method](target.path);
    const token = fixture.tokens[caller];
    if (token !== undefined) request.set('Authorization', `Bearer ${token}`);
    return target.body === undefined ? request : request.send(target.body);
  }

  it('has a row for every route of the OpenAPI document, and none for a route it lacks', async () => {
    const document = (await api.http.get('/docs-json')).body as OpenApiDocument;
    const documented = documentedRoutes(document)
      .filter((route) => route.needsToken)
      .map((route) => route.name.replace(/\{[^}]+\}/g, '{id}'));

    expect([...MATRIX.map(([route]) => route)].sort()).toEqual([...new Set(documented)].sort());
  });

  it.each(CELLS)('$route by $caller answers $expected', async ({ route, caller, expected }) => {
    const target = await ROUTES[route](fixture);
    const headBefore = await eventStoreHead(api.http);

    const response = await send(route, target, caller);

    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: expected });
    if (expected >= 400) expect(await eventStoreHead(api.http)).toBe(headBefore);
  });

  it.each(CELLS.filter((cell) => cell.expected === 404))(
    '$route by $caller answers as if the target did not exist',
    async ({ route, caller }) => {
      const target = await ROUTES[route](fixture);
      const nowhere = { ...target, path: target.path.replace(UUID, randomUUID()) };

      const outOfReach = await send(route, target, caller);
      const missing = await send(route, nowhere, caller);

      const withoutIds = (body: unknown) => JSON.stringify(body).replace(UUID, '<id>');
      expect(withoutIds(outOfReach.body)).toBe(withoutIds(missing.body));
    },
  );

  it.each([
    { caller: 'owning organisation', sees: 'owner' },
    { caller: 'granted funder', sees: 'owner' },
    { caller: 'granted evaluator', sees: 'owner' },
    { caller: 'other organisation', sees: 'other' },
    { caller: 'funder not granted', sees: 'other' },
    { caller: 'evaluator not granted', sees: 'other' },
  ] as const)("lists for the $caller the $sees organisation's project, not the other", async ({ caller, sees }) => {
    const response = await send('GET /api/projects', { path: '/api/projects' }, caller);

    const listed = (response.body as { projects: { id: string }[] }).projects.map((project) => project.id);
    const [visible, hidden] =
      sees === 'owner' ? [fixture.projectId, fixture.otherProjectId] : [fixture.otherProjectId, fixture.projectId];
    expect(listed).toContain(visible);
    expect(listed).not.toContain(hidden);
  });
});
