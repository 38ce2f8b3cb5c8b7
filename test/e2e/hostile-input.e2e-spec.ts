import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { eventStoreHead } from './support/event-store-head';
import { EXAMPLE_BASELINE, EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

/** The largest error answer the api may give, whatever the request (docs/api.md "Errors"). */
const ERROR_ANSWER_LIMIT = 64 * 1024;

interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: readonly { path: string; message: string }[];
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

function expectRefused(response: Response, status: number): ErrorBody {
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({
    status,
    body: { statusCode: status, error: expect.any(String), message: expect.any(String) },
  });
  return response.body as ErrorBody;
}

describe('Hostile input (issue: no 500 on any input)', () => {
  let api: TestApi;
  let organisation: RecordingClient;
  let organisationToken: string;
  let projectId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Hostile');
    organisation = admin.as(token);
    organisationToken = token;
    projectId = (await organisation.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT)).id;
  });

  afterAll(() => api.close());

  const enrolmentPath = () => `/api/projects/${projectId}/participants`;

  /** An enrolment sent as raw bytes, with the headers given. */
  const postRawEnrolment = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    api.http
      .post(enrolmentPath())
      .set('Authorization', `Bearer ${organisationToken}`)
      .set('Content-Type', 'application/json')
      .set(headers)
      .send(payload);

  async function refusedWithoutWrite(send: () => Promise<Response>, status: number): Promise<ErrorBody> {
    const before = await eventStoreHead(api.http);
    const body = expectRefused(await send(), status);
    expect(await eventStoreHead(api.http)).toBe(before);
    return body;
  }

  describe('a body nested deeper than the limit', () => {
    it.each([
      ['a list', nested(1_313)],
      ['an object', JSON.parse(`${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`) as unknown],
    ])('answers 400 naming the limit for %s 1,313 or more levels deep in a field', async (_kind, deep) => {
      const body = await refusedWithoutWrite(
        () => organisation.send('post', enrolmentPath(), { body: { ...EXAMPLE_ENROLMENT, personal: { notes: deep } } }),
        400,
      );
      expect(body.message).toMatch(/nested deeper than the limit of \d+ levels/);
    });

    it('answers 400 for a body 100,000 levels deep, even without a token', async () => {
      const response = await api.http
        .post('/api/organisations')
        .set('Content-Type', 'application/json')
        .send(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      expect(expectRefused(response, 400).message).toMatch(/nested deeper than the limit/);
    });
  });

  describe('a compressed body', () => {
    it.each(['gzip', 'br', 'deflate'])('answers 415 for Content-Encoding %s that does not decode', async (encoding) => {
      const response = await refusedWithoutWrite(
        () => postRawEnrolment(Buffer.from('not compressed at all'), { 'Content-Encoding': encoding }),
        415,
      );
      expect(response.message).toMatch(/Content-Encoding/);
    });

    it('answers 415 for a well-compressed body too: only identity is accepted', async () => {
      const response = await refusedWithoutWrite(
        () => postRawEnrolment(gzipSync(JSON.stringify(EXAMPLE_ENROLMENT)), { 'Content-Encoding': 'gzip' }),
        415,
      );
      expect(response.message).toMatch(/Content-Encoding/);
    });
  });

  describe('a lone surrogate in a text field', () => {
    it.each([
      ['personal.email', { personal: { email: 'mia\ud800@example.org' } }],
      ['personal.name', { personal: { name: '\udfffMia' } }],
      ['reference', { reference: 'ref-\ud83d' }],
    ])('answers 400 naming %s', async (path, changes) => {
      const body = await refusedWithoutWrite(
        () => organisation.send('post', enrolmentPath(), { body: { ...EXAMPLE_ENROLMENT, ...changes } }),
        400,
      );
      expect(body.details).toEqual([{ path, message: expect.stringMatching(/lone surrogate|not valid Unicode/) }]);
    });

    it('accepts a well-formed pair of surrogates (an emoji)', async () => {
      await organisation.post(enrolmentPath(), { ...EXAMPLE_ENROLMENT, personal: { name: 'Mia \ud83d\ude00' } });
    });
  });

  describe('prototype keys', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses %s like any unknown field', async (key) => {
      const text = `{${JSON.stringify(key)}:{"polluted":true},${JSON.stringify(EXAMPLE_ENROLMENT).slice(1)}`;
      const body = await refusedWithoutWrite(() => postRawEnrolment(text), 400);
      expect(body.details).toEqual([{ path: key, message: 'is not a known field' }]);
    });

    it('refuses a prototype key nested in a field', async () => {
      const text = JSON.stringify({ ...EXAMPLE_ENROLMENT, consent: { givenOn: '2026-01-10', ['__proto__']: 1 } });
      const body = await refusedWithoutWrite(() => postRawEnrolment(text), 400);
      expect(body.details).toEqual([{ path: 'consent.__proto__', message: 'is not a known field' }]);
    });
  });

  describe('impossible dates', () => {
    it.each([
      ['asOf', `/api/projects/{p}/outcomes?instrument=djg-6&asOf=2026-02-30T00:00:00Z`],
      ['asOf', `/api/projects/{p}/enrolment?asOf=2026-02-30`],
      ['asOf', `/api/outcomes?instrument=djg-6&asOf=2026-02-30`],
    ])('answers 400 naming %s for the 30th of February', async (parameter, path) => {
      const body = expectRefused(await organisation.send('get', path.replace('{p}', projectId)), 400);
      expect(body.message).toContain(parameter);
    });

    it.each(['enrolledOn', 'consent.givenOn'])('answers 400 naming %s for the 30th of February', async (path) => {
      const [field, nestedField] = path.split('.');
      const changes = nestedField ? { [field!]: { [nestedField]: '2026-02-30' } } : { [field!]: '2026-02-30' };
      const body = await refusedWithoutWrite(
        () => organisation.send('post', enrolmentPath(), { body: { ...EXAMPLE_ENROLMENT, ...changes } }),
        400,
      );
      expect(body.details?.map((problem) => problem.path)).toEqual([path]);
    });
  });

  describe('errors that name, not echo', () => {
    const hugeBadResponses = () => ({
      ...EXAMPLE_BASELINE,
      responses: Array.from({ length: 4_000 }, (_, index) => `${'x'.repeat(90)}-${index}`),
    });

    it('answers at most 20 problems, a count of the rest, and short prefixes of bad values', async () => {
      const participant = await organisation.post<{ id: string }>(enrolmentPath(), EXAMPLE_ENROLMENT);
      const response = await organisation.send('post', `/api/participants/${participant.id}/measurements`, {
        body: hugeBadResponses(),
      });
      const body = expectRefused(response, 400);
      expect(response.text.length).toBeLessThan(ERROR_ANSWER_LIMIT);
      expect(body.details).toHaveLength(20);
      expect(body.message).toMatch(/and 3,?981 more problems/);
      expect(response.text).not.toContain('x'.repeat(40));
    });

    it('answers a few KiB to a 400 KB body of unknown fields', async () => {
      const fields = Object.fromEntries(Array.from({ length: 4_000 }, (_, index) => [`f${index}`, 'v'.repeat(90)]));
      const response = await organisation.send('post', enrolmentPath(), { body: { ...EXAMPLE_ENROLMENT, ...fields } });
      expectRefused(response, 400);
      expect(response.text.length).toBeLessThan(ERROR_ANSWER_LIMIT);
    });

    it('keeps a small answer for an Idempotency-Key, however large the request', async () => {
      const participant = await organisation.post<{ id: string }>(enrolmentPath(), EXAMPLE_ENROLMENT);
      const key = randomUUID();
      const send = () =>
        organisation.send('post', `/api/participants/${participant.id}/measurements`, {
          body: hugeBadResponses(),
          headers: { 'Idempotency-Key': key },
        });
      const first = await send();
      const replay = await send();
      expect(replay.status).toBe(400);
      expect(replay.text).toBe(first.text);
      expect(replay.text.length).toBeLessThan(ERROR_ANSWER_LIMIT);
    });
  });
});
