import type { Response } from 'supertest';
import { eventStoreHead } from './support/event-store-head';
import {
  DJG6_ANSWERS,
  EXAMPLE_BASELINE,
  EXAMPLE_CONSENT_WITHDRAWAL,
  EXAMPLE_CONTACT,
  EXAMPLE_CORRECTION,
  EXAMPLE_ENROLMENT,
  EXAMPLE_EXIT,
  EXAMPLE_PROJECT,
} from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, startTestApi, type TestApi } from './support/test-api';

type Body = Record<string, unknown>;

interface Fixture {
  readonly organisationId: string;
  readonly organisationToken: string;
  /** Measures djg-6 and who-5, enrols from 2026-01-01 on. */
  readonly projectId: string;
  /** A participant enrolled on 2026-01-10. */
  enrol(reference?: string): Promise<string>;
  /** A djg-6 baseline, taken on 2026-01-10, of a new participant. */
  recordMeasurement(): Promise<string>;
}

interface Variant {
  readonly problem: string;
  readonly body: (valid: Body) => unknown;
  /** Every field the answer must name. */
  readonly paths: readonly string[];
  /** What the answer must say about the first of them, where the wording matters. */
  readonly detail?: string;
}

interface WriteRoute {
  readonly caller: 'admin' | 'organisation';
  /** The path, on a target that exists and accepts the valid body. */
  readonly path: (fixture: Fixture) => Promise<string>;
  readonly valid: (fixture: Fixture) => Body;
  readonly variants: readonly Variant[];
}

function missing(...fields: string[]): Variant[] {
  return fields.map((field) => ({
    problem: `without ${field}`,
    body: ({ [field]: _omitted, ...rest }) => rest,
    paths: [field],
  }));
}

function wrongTypes(values: Body): Variant[] {
  return Object.entries(values).map(([field, value]) => ({
    problem: `${field} as ${JSON.stringify(value)}`,
    body: (valid) => ({ ...valid, [field]: value }),
    paths: [field],
  }));
}

function variant(problem: string, changes: Body, paths: readonly string[], detail?: string): Variant {
  return { problem, body: (valid) => ({ ...valid, ...changes }), paths, detail };
}

const unknownField = variant('an unknown field', { colour: 'blue' }, ['colour']);

/** Every write of docs/api.md that takes a body, with what can be wrong in it. */
const WRITES = {
  'POST /api/organisations': {
    caller: 'admin',
    path: async () => '/api/organisations',
    valid: () => ({ name: 'Buurtwerk Oost' }),
    variants: [
      ...missing('name'),
      ...wrongTypes({ name: 42 }),
      variant('an empty name', { name: '' }, ['name']),
      variant('a name of 201 characters', { name: 'x'.repeat(201) }, ['name']),
      unknownField,
    ],
  },
  'POST /api/tokens': {
    caller: 'admin',
    path: async () => '/api/tokens',
    valid: (fixture) => ({ role: 'organisation', organisationId: fixture.organisationId }),
    variants: [
      // An organisationId belongs with role organisation only, so it fails too whenever the role is not that.
      variant('without role', { role: undefined }, ['role', 'organisationId'], 'is required'),
      ...missing('organisationId'),
      variant('role as 1', { role: 1 }, ['role', 'organisationId']),
      variant('role unknown', { role: 'owner' }, ['role', 'organisationId']),
      variant('role admin, which is not granted', { role: 'admin' }, ['role', 'organisationId']),
      ...wrongTypes({ organisationId: 7, label: 5 }),
      variant('a funder without projectIds', { role: 'funder', organisationId: undefined }, ['projectIds']),
      variant('a funder with organisationId', { role: 'funder', projectIds: ['p'] }, ['organisationId']),
      variant('projectIds as text', { role: 'evaluator', organisationId: undefined, projectIds: 'p' }, ['projectIds']),
      variant('projectIds empty', { role: 'evaluator', organisationId: undefined, projectIds: [] }, ['projectIds']),
      variant('projectIds[1] as 7', { role: 'evaluator', organisationId: undefined, projectIds: ['p', 7] }, [
        'projectIds[1]',
      ]),
      unknownField,
    ],
  },
  'POST /api/projects': {
    caller: 'organisation',
    path: async () => '/api/projects',
    valid: () => ({ ...EXAMPLE_PROJECT }),
    variants: [
      ...missing('name', 'interventionType', 'startsOn', 'instruments'),
      ...wrongTypes({
        name: 42,
        interventionType: 3,
        targetGroup: 12,
        startsOn: 20260101,
        endsOn: true,
        instruments: 'djg-6',
        hasComparisonGroup: 'yes',
      }),
      variant('an unknown interventionType', { interventionType: 'coffee-mornings' }, ['interventionType']),
      variant('startsOn 2026-02-30', { startsOn: '2026-02-30' }, ['startsOn']),
      variant('startsOn 01/01/2026', { startsOn: '01/01/2026' }, ['startsOn']),
      variant('endsOn before startsOn', { startsOn: '2026-03-01', endsOn: '2026-02-28' }, ['endsOn']),
      variant('no instrument', { instruments: [] }, ['instruments']),
      variant('an unknown instruments[1]', { instruments: ['djg-6', 'loneliness-9'] }, ['instruments[1]']),
      unknownField,
    ],
  },
  'POST /api/projects/{id}/participants': {
    caller: 'organisation',
    path: async (fixture) => `/api/projects/${fixture.projectId}/participants`,
    valid: () => ({ ...EXAMPLE_ENROLMENT }),
    variants: [
      ...missing('arm', 'enrolledOn', 'ageBand', 'consent'),
      variant('consent without givenOn', { consent: {} }, ['consent.givenOn'], 'is required'),
      ...wrongTypes({
        reference: 17,
        arm: 1,
        enrolledOn: 20260110,
        ageBand: 80,
        gender: false,
        riskFactors: 'poverty',
        personal: 'Mia Peeters',
      }),
      variant(
        'consent as "yes"',
        { consent: 'yes' },
        ['consent'],
        'must be an object such as {"givenOn": "2026-02-01"}',
      ),
      variant('consent.givenOn as 5', { consent: { givenOn: 5 } }, ['consent.givenOn']),
      variant('an unknown arm', { arm: 'treatment' }, ['arm'], '"treatment" is not one of intervention, comparison'),
      variant('an unknown ageBand', { ageBand: '80-100' }, ['ageBand']),
      variant('an unknown gender', { gender: 'x' }, ['gender']),
      variant('an unknown riskFactors[1]', { riskFactors: ['poverty', 'boredom'] }, ['riskFactors[1]']),
      variant('riskFactors[1] as 3', { riskFactors: ['poverty', 3] }, ['riskFactors[1]']),
      variant('enrolledOn 2026-02-30', { enrolledOn: '2026-02-30' }, ['enrolledOn']),
      variant('consent.givenOn 30/01/2026', { consent: { givenOn: '30/01/2026' } }, ['consent.givenOn']),
      variant('personal.email not an address', { personal: { email: 'mia at home' } }, ['personal.email']),
      unknownField,
      variant('an unknown field in consent', { consent: { givenOn: '2026-01-10', extra: true } }, ['consent.extra']),
      variant('an unknown field in personal', { personal: { name: 'Mia', age: 81 } }, ['personal.age']),
    ],
  },
  'POST /api/participants/{id}/measurements': {
    caller: 'organisation',
    path: async (fixture) => `/api/participants/${await fixture.enrol()}/measurements`,
    valid: () => ({ ...EXAMPLE_BASELINE }),
    variants: [
      ...missing('instrument', 'wave', 'takenOn', 'responses'),
      ...wrongTypes({ instrument: 6, wave: '0', takenOn: 20260110, responses: 'yes' }),
      variant('wave −1', { wave: -1 }, ['wave']),
      variant('wave 1.5', { wave: 1.5 }, ['wave']),
      variant('takenOn 2026-02-30', { takenOn: '2026-02-30' }, ['takenOn']),
      variant('takenOn 30/01/2026', { takenOn: '30/01/2026' }, ['takenOn']),
      variant('an unknown instrument', { instrument: 'djg-7' }, ['instrument']),
      variant('five answers to six items', { responses: DJG6_ANSWERS.slice(0, 5) }, ['responses']),
      variant('seven answers to six items', { responses: [...DJG6_ANSWERS, 'no'] }, ['responses']),
      variant(
        'an unknown answer code',
        { responses: ['yes', 'no', 'no', 'yes', 'maybe', 'no'] },
        ['responses[4]'],
        '"maybe" is not one of yes, more-or-less, no',
      ),
      variant('a number where a code is text', { responses: ['yes', 'no', 2, 'yes', 'no', 'no'] }, ['responses[2]']),
      variant('a string where a code is a number', { instrument: 'who-5', responses: ['5', 4, 3, 2, 1] }, [
        'responses[0]',
      ]),
      variant('every answer null', { responses: DJG6_ANSWERS.map(() => null) }, ['responses']),
      unknownField,
    ],
  },
  'POST /api/participants/{id}/contacts': {
    caller: 'organisation',
    path: async (fixture) => `/api/participants/${await fixture.enrol()}/contacts`,
    valid: () => ({ ...EXAMPLE_CONTACT }),
    variants: [
      ...missing('on', 'minutes', 'kind'),
      ...wrongTypes({ on: 20260117, minutes: '45', kind: 1 }),
      variant('minutes 0', { minutes: 0 }, ['minutes']),
      variant('minutes 100000', { minutes: 100000 }, ['minutes']),
      variant('minutes 1.5', { minutes: 1.5 }, ['minutes']),
      variant('an unknown kind', { kind: 'email' }, ['kind']),
      variant('on 2026-02-30', { on: '2026-02-30' }, ['on']),
      variant('on 17/01/2026', { on: '17/01/2026' }, ['on']),
      unknownField,
    ],
  },
  'POST /api/participants/{id}/exit': {
    caller: 'organisation',
    path: async (fixture) => `/api/participants/${await fixture.enrol()}/exit`,
    valid: () => ({ ...EXAMPLE_EXIT }),
    variants: [
      ...missing('on', 'reason'),
      ...wrongTypes({ on: true, reason: 3 }),
      variant('an unknown reason', { reason: 'bored' }, ['reason']),
      variant('on 2026-06-31', { on: '2026-06-31' }, ['on']),
      variant('on 30/06/2026', { on: '30/06/2026' }, ['on']),
      unknownField,
    ],
  },
  'POST /api/measurements/{id}/correction': {
    caller: 'organisation',
    path: async (fixture) => `/api/measurements/${await fixture.recordMeasurement()}/correction`,
    valid: () => ({ ...EXAMPLE_CORRECTION }),
    variants: [
      ...missing('responses'),
      ...wrongTypes({ responses: 'yes', takenOn: 20260110 }),
      variant('five answers to six items', { responses: DJG6_ANSWERS.slice(0, 5) }, ['responses']),
      variant(
        'an unknown answer code',
        { responses: ['yes', 'no', 'no', 'yes', 'maybe', 'no'] },
        ['responses[4]'],
        '"maybe" is not one of yes, more-or-less, no',
      ),
      variant('every answer null', { responses: DJG6_ANSWERS.map(() => null) }, ['responses']),
      variant('takenOn 2026-02-30', { takenOn: '2026-02-30' }, ['takenOn']),
      unknownField,
    ],
  },
  'POST /api/participants/{id}/consent-withdrawal': {
    caller: 'organisation',
    path: async (fixture) => `/api/participants/${await fixture.enrol()}/consent-withdrawal`,
    valid: () => ({ ...EXAMPLE_CONSENT_WITHDRAWAL }),
    variants: [
      ...missing('on'),
      ...wrongTypes({ on: 5 }),
      variant('on 2026-02-30', { on: '2026-02-30' }, ['on']),
      variant('on 01/03/2026', { on: '01/03/2026' }, ['on']),
      unknownField,
    ],
  },
} satisfies Record<string, WriteRoute>;
type Write = keyof typeof WRITES;

const WRITE_NAMES = Object.keys(WRITES) as Write[];
const INVALID_CASES = WRITE_NAMES.flatMap((route) =>
  WRITES[route].variants.map((invalid: Variant) => ({ route, ...invalid })),
);

/** Bodies that are no JSON object, each with the words that refuse it. */
const NOT_AN_OBJECT = [
  ['a list', '[{"name": "Buurtwerk Oost"}]', 'The request body must be a JSON object'],
  ['a JSON string', '"Buurtwerk Oost"', 'The request body must be a JSON object'],
  ['null', 'null', 'The request body must be a JSON object'],
  ['malformed JSON', '{"name": ', 'The request body is not valid JSON'],
] as const;

interface ErasedIds {
  readonly participantId: string;
  readonly measurementId: string;
}

interface ErrorBody {
  readonly statusCode: number;
  readonly message: string;
  readonly code?: string;
  readonly details?: readonly { path: string; message: string }[];
}

describe('Invalid input to the recording API', () => {
  let api: TestApi;
  let fixture: Fixture;
  let organisation: RecordingClient;

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const created = await admin.createOrganisation('Buurtwerk Noord');
    organisation = admin.as(created.token);
    const project = await organisation.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
    const enrol = async (reference?: string) =>
      (
        await organisation.post<{ id: string }>(`/api/projects/${project.id}/participants`, {
          ...EXAMPLE_ENROLMENT,
          reference,
        })
      ).id;
    fixture = {
      organisationId: created.organisationId,
      organisationToken: created.token,
      projectId: project.id,
      enrol,
      async recordMeasurement() {
        const participantId = await enrol();
        return (
          await organisation.post<{ id: string }>(`/api/participants/${participantId}/measurements`, EXAMPLE_BASELINE)
        ).id;
      },
    };
  });
  afterAll(() => api.close());

  function post(route: Write, path: string, body: unknown): Promise<Response> {
    const token = WRITES[route].caller === 'admin' ? ADMIN_TOKEN : fixture.organisationToken;
    const request = api.http.post(path).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json');
    return request.send(typeof body === 'string' ? body : JSON.stringify(body));
  }

  it.each(WRITE_NAMES)('%s accepts the valid body that the invalid cases vary', async (route) => {
    const response = await post(route, await WRITES[route].path(fixture), WRITES[route].valid(fixture));

    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 201 });
  });

  it.each(INVALID_CASES)('$route answers 400 to $problem, naming $paths', async ({ route, body, paths, detail }) => {
    const path = await WRITES[route].path(fixture);
    const headBefore = await eventStoreHead(api.http);

    const response = await post(route, path, body(WRITES[route].valid(fixture)));

    const answer = response.body as ErrorBody;
    expect({ status: response.status, body: answer }).toMatchObject({ status: 400 });
    expect(answer.details?.map((problem) => problem.path).sort()).toEqual([...paths].sort());
    for (const failing of paths) expect(answer.message).toContain(`${failing}: `);
    if (detail) expect(answer.details?.find((problem) => problem.path === paths[0])?.message).toBe(detail);
    expect(await eventStoreHead(api.http)).toBe(headBefore);
  });

  it.each(WRITE_NAMES.flatMap((route) => NOT_AN_OBJECT.map(([body, raw, message]) => ({ route, body, raw, message }))))(
    '$route answers 400 to $body as the body',
    async ({ route, raw, message }) => {
      const path = await WRITES[route].path(fixture);
      const headBefore = await eventStoreHead(api.http);

      const response = await post(route, path, raw);

      expect({ status: response.status, body: response.body as unknown }).toMatchObject({
        status: 400,
        body: { message },
      });
      expect(await eventStoreHead(api.http)).toBe(headBefore);
    },
  );

  describe('domain rules over HTTP', () => {
    interface Attempt {
      readonly method: 'post' | 'delete';
      readonly path: string;
      readonly body?: object;
    }

    /** Sends the attempt and checks that it was refused as expected, leaving the event store as it was. */
    async function expectRefused(attempt: Attempt, expected: { status: number; code?: string; message?: RegExp }) {
      const headBefore = await eventStoreHead(api.http);

      const response = await organisation.send(attempt.method, attempt.path, { body: attempt.body });

      const answer = response.body as ErrorBody;
      expect({ status: response.status, body: answer }).toMatchObject({
        status: expected.status,
        ...(expected.code ? { body: { code: expected.code } } : {}),
      });
      if (expected.message) expect(answer.message).toMatch(expected.message);
      expect(await eventStoreHead(api.http)).toBe(headBefore);
    }

    const recordOn = (participantId: string, measurement: Body = {}): Attempt => ({
      method: 'post',
      path: `/api/participants/${participantId}/measurements`,
      body: { ...EXAMPLE_BASELINE, ...measurement },
    });
    const followUp = { wave: 1, takenOn: '2026-04-01' };
    const write = (path: string, body: object) => organisation.post(path, body);

    it.each([
      {
        rule: 'an instrument the project does not measure',
        code: 'measurement.instrument-not-measured',
        message: /does not measure ucla-3/,
        attempt: async () => recordOn(await fixture.enrol(), { instrument: 'ucla-3', responses: [1, 2, 3] }),
      },
      {
        rule: 'a measurement dated before enrolment',
        code: 'measurement.before-enrolment',
        message: /cannot be taken \(2026-01-09\) before the participant was enrolled \(2026-01-10\)/,
        attempt: async () => recordOn(await fixture.enrol(), { takenOn: '2026-01-09' }),
      },
      {
        rule: 'a second measurement of the same instrument and wave',
        code: 'measurement.wave-already-recorded',
        message: /Wave 0 of djg-6 is already recorded .*: correct that measurement instead/,
        attempt: async () => {
          const participantId = await fixture.enrol();
          await write(`/api/participants/${participantId}/measurements`, EXAMPLE_BASELINE);
          return recordOn(participantId, { takenOn: '2026-01-11' });
        },
      },
      {
        rule: 'a contact dated after exit',
        code: 'contact.after-exit',
        message: /cannot be dated 2026-07-01, after the participant left the project on 2026-06-30/,
        attempt: async () => {
          const participantId = await fixture.enrol();
          await write(`/api/participants/${participantId}/exit`, { on: '2026-06-30', reason: 'completed' });
          return {
            method: 'post',
            path: `/api/participants/${participantId}/contacts`,
            body: { ...EXAMPLE_CONTACT, on: '2026-07-01' },
          };
        },
      },
      {
        rule: 'a measurement after consent withdrawal',
        code: 'measurement.after-consent-withdrawal',
        message: /withdrew consent on 2026-02-01: no new measurements/,
        attempt: async () => {
          const participantId = await fixture.enrol();
          await write(`/api/participants/${participantId}/consent-withdrawal`, { on: '2026-02-01' });
          return recordOn(participantId, followUp);
        },
      },
    ] satisfies { rule: string; code: string; message: RegExp; attempt: () => Promise<Attempt> }[])(
      'answers 422 to $rule, naming the rule',
      async ({ code, message, attempt }) => {
        await expectRefused(await attempt(), { status: 422, code, message });
      },
    );

    it.each(['moved', 'died', 'declined', 'lost-to-follow-up', 'other'])(
      'answers 422 to a measurement after an exit for "%s", naming the rule',
      async (reason) => {
        const participantId = await fixture.enrol();
        await write(`/api/participants/${participantId}/exit`, { on: '2026-03-01', reason });

        await expectRefused(recordOn(participantId, followUp), {
          status: 422,
          code: 'measurement.after-exit',
          message: /left the project on 2026-03-01 .*only participants who completed it are measured afterwards/,
        });
      },
    );

    it('still measures a participant who completed the intervention at a later wave', async () => {
      const participantId = await fixture.enrol();
      await write(`/api/participants/${participantId}/exit`, { on: '2026-03-01', reason: 'completed' });

      const attempt = recordOn(participantId, followUp);
      const response = await organisation.send(attempt.method, attempt.path, { body: attempt.body });

      expect(response.status).toBe(201);
    });

    it('answers 409 to a reference already used in the project, whatever its case and spaces', async () => {
      await fixture.enrol('P-017');

      await expectRefused(
        {
          method: 'post',
          path: `/api/projects/${fixture.projectId}/participants`,
          body: { ...EXAMPLE_ENROLMENT, reference: ' p-017 ' },
        },
        { status: 409, code: 'participant.reference-already-used', message: /"p-017" is already used in this project/ },
      );
    });

    it.each([
      ['POST /api/participants/{id}/measurements', (ids: ErasedIds) => recordOn(ids.participantId, followUp)],
      [
        'POST /api/participants/{id}/contacts',
        (ids: ErasedIds) => ({
          method: 'post',
          path: `/api/participants/${ids.participantId}/contacts`,
          body: EXAMPLE_CONTACT,
        }),
      ],
      [
        'POST /api/participants/{id}/exit',
        (ids: ErasedIds) => ({
          method: 'post',
          path: `/api/participants/${ids.participantId}/exit`,
          body: EXAMPLE_EXIT,
        }),
      ],
      [
        'POST /api/participants/{id}/consent-withdrawal',
        (ids: ErasedIds) => ({
          method: 'post',
          path: `/api/participants/${ids.participantId}/consent-withdrawal`,
          body: EXAMPLE_CONSENT_WITHDRAWAL,
        }),
      ],
      [
        'DELETE /api/participants/{id}',
        (ids: ErasedIds) => ({ method: 'delete', path: `/api/participants/${ids.participantId}` }),
      ],
      [
        'POST /api/measurements/{id}/correction',
        (ids: ErasedIds) => ({
          method: 'post',
          path: `/api/measurements/${ids.measurementId}/correction`,
          body: EXAMPLE_CORRECTION,
        }),
      ],
      [
        'DELETE /api/measurements/{id}',
        (ids: ErasedIds) => ({ method: 'delete', path: `/api/measurements/${ids.measurementId}` }),
      ],
    ] satisfies [string, (ids: ErasedIds) => Attempt][])(
      'answers 404 to %s for an erased participant',
      async (_route, attempt) => {
        const participantId = await fixture.enrol();
        const { id: measurementId } = await write(`/api/participants/${participantId}/measurements`, EXAMPLE_BASELINE);
        await organisation.delete(`/api/participants/${participantId}`);

        await expectRefused(attempt({ participantId, measurementId: measurementId as string }), { status: 404 });
      },
    );
  });
});
