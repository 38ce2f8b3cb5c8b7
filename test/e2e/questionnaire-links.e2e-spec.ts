import { createHash } from 'node:crypto';
import { EventStore } from '@outcome/event-store';
import { findInstrument } from '@outcome/instruments';
import { describeWithPostgres } from '@outcome/shared/testing';
import type { Response } from 'supertest';
import { filesHolding } from './support/data-folder-scan';
import { eventStoreHead } from './support/event-store-head';
import { RecordingClient } from './support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES } from './support/recording-fixtures';
import { type StoreSetup, startTestApi, type TestApi } from './support/test-api';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const FORM = 'application/x-www-form-urlencoded';
const DJG6 = findInstrument('djg-6')!;
const DAY_MS = 24 * 60 * 60 * 1000;

interface CreatedLink {
  readonly id: string;
  readonly url: string;
  readonly expiresAt: string;
}

interface ListedLink {
  readonly id: string;
  readonly usedAt: string | null;
  readonly revokedAt: string | null;
}

/** The text a page shows, its tags dropped and its entities read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function questionnaireLinks(setup: StoreSetup): void {
  let api: TestApi;
  let worker: RecordingClient;
  let projectId: string;

  beforeAll(async () => {
    api = await startTestApi(setup);
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    projectId = await registerProject(worker, ['djg-6']);
  });
  afterAll(() => api.close());

  const enrol = async (overrides: Record<string, unknown> = {}) =>
    (await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, enrolmentBody(overrides))).id;
  const createLink = (participantId: string, body: Record<string, unknown> = {}) =>
    worker.post<CreatedLink>(`/api/participants/${participantId}/questionnaire-links`, {
      instrument: 'djg-6',
      wave: 0,
      language: 'fr',
      ...body,
    });
  const submit = (url: string, responses: unknown = SCORED_RESPONSES['djg-6'][0]!.responses) =>
    api.http.post(url).send({ responses });

  /** The refusal, and whether the store's head moved while it was given. */
  async function refusalOf(
    send: () => Promise<Response>,
  ): Promise<{ status: number; code: unknown; headMoved: boolean }> {
    const before = await eventStoreHead(api.http);
    const response = await send();
    return {
      status: response.status,
      code: (response.body as { code?: unknown }).code,
      headMoved: (await eventStoreHead(api.http)) !== before,
    };
  }

  it('makes a link whose url is a path with a secret of at least 128 bits, lasting 14 days by default', async () => {
    const participantId = await enrol();
    const before = Date.now();

    const link = await createLink(participantId);
    const { links } = await worker.get<{ links: ListedLink[] }>(
      `/api/participants/${participantId}/questionnaire-links`,
    );

    expect(link.url).toMatch(/^\/q\/[A-Za-z0-9_-]{22,}$/);
    expect(Buffer.from(link.url.slice(3), 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(Date.parse(link.expiresAt) - before).toBeGreaterThanOrEqual(14 * DAY_MS - 1000);
    expect(Date.parse(link.expiresAt) - before).toBeLessThanOrEqual(14 * DAY_MS + 60_000);
    expect(links).toEqual([
      {
        id: link.id,
        instrument: 'djg-6',
        wave: 0,
        language: 'fr',
        expiresAt: link.expiresAt,
        usedAt: null,
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(links)).not.toContain(link.url.slice(3));
  });

  it('shows the page in French with the French item texts, one radio group per item, and nothing about the participant', async () => {
    const participantId = await enrol({ reference: 'P-PAGE-4471' });
    const link = await createLink(participantId);

    const page = await api.http.get(link.url).set('Accept', BROWSER);

    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="fr">');
    const legends = [...page.text.matchAll(/<legend>(.*?)<\/legend>/g)].map(([, legend]) => textOf(legend!).trim());
    expect(legends).toEqual(DJG6.items.map((item) => item.text.fr));
    expect(page.text.match(/type="radio"/g)).toHaveLength(DJG6.items.length * DJG6.answers.length);
    for (const option of DJG6.answers) expect(textOf(page.text)).toContain(option.label.fr);
    for (const detail of [participantId, projectId, 'P-PAGE-4471', 'Anna', 'anna@example.org']) {
      expect(page.text).not.toContain(detail);
    }
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('offers the page in Dutch when asked, and serves its stylesheet from this server', async () => {
    const link = await createLink(await enrol());

    const dutch = await api.http.get(`${link.url}?lang=nl`).set('Accept', BROWSER);
    const stylesheet = await api.http.get('/q/assets/questionnaire.css');

    expect(textOf(dutch.text)).toContain(DJG6.items[0]!.text.nl);
    expect(dutch.text).toContain('href="/q/assets/questionnaire.css"');
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers['content-type']).toMatch(/^text\/css/);
  });

  it('records the answers of a form post after its confirmation step, thanks without a score, and then answers 410', async () => {
    const participantId = await enrol();
    const link = await createLink(participantId);
    const { responses, scores } = SCORED_RESPONSES['djg-6'][0]!;
    const fields = Object.fromEntries(responses.map((answer, index) => [`item-${index}`, String(answer)]));
    const form = (step: string) =>
      api.http
        .post(link.url)
        .set('Accept', BROWSER)
        .type(FORM)
        .send({ ...fields, lang: 'fr', step });

    const headBeforeReview = await eventStoreHead(api.http);
    const review = await form('review');
    const headAfterReview = await eventStoreHead(api.http);
    const thanks = await form('send');
    const again = await api.http.get(link.url).set('Accept', BROWSER);

    expect(review.status).toBe(200);
    expect(textOf(review.text)).toContain(DJG6.answers.find((option) => option.code === responses[0])!.label.fr);
    expect(review.text).toContain('value="send"');
    expect(headAfterReview).toBe(headBeforeReview);
    expect(thanks.status).toBe(201);
    expect(textOf(thanks.text)).toContain('Merci');
    expect(thanks.text).not.toMatch(/<(form|input|dl|table)\b/);
    expect(textOf(thanks.text)).not.toMatch(/\d/);
    expect(again.status).toBe(410);
    const record = await worker.get<{ measurements: { wave: number; scores: unknown }[] }>(
      `/api/participants/${participantId}`,
    );
    expect(record.measurements).toEqual([expect.objectContaining({ wave: 0, scores })]);
  });

  it("records a JSON submission as the organisation's measurement, scored by the instrument's rules and recorded by the link", async () => {
    const participantId = await enrol();
    const link = await createLink(participantId);
    const { responses, scores } = SCORED_RESPONSES['djg-6'][3]!;

    const submitted = await submit(link.url, responses);

    expect(submitted.status).toBe(201);
    expect(submitted.body).toEqual({ position: expect.stringMatching(/^\d+$/) });
    const record = await worker.get<{ measurements: { instrument: string; responses: unknown; scores: unknown }[] }>(
      `/api/participants/${participantId}`,
    );
    expect(record.measurements).toEqual([expect.objectContaining({ instrument: 'djg-6', responses, scores })]);
    const recorded = (await worker.events(projectId)).filter(
      (event) =>
        event.type === 'MeasurementRecorded' &&
        (event.data as { participantId: string }).participantId === participantId,
    );
    expect(recorded.map((event) => (event.metadata as { recordedBy: string }).recordedBy)).toEqual([
      `questionnaire-link:${link.id}`,
    ]);
    const { links } = await worker.get<{ links: ListedLink[] }>(
      `/api/participants/${participantId}/questionnaire-links`,
    );
    expect(links[0]!.usedAt).toEqual(expect.any(String));
  });

  it('answers 410 to a second submission and appends nothing', async () => {
    const link = await createLink(await enrol());
    expect((await submit(link.url)).status).toBe(201);

    expect(await refusalOf(() => submit(link.url))).toEqual({
      status: 410,
      code: 'questionnaire-link.closed',
      headMoved: false,
    });
  });

  it('records one measurement of two submissions sent at once, and answers the other 410', async () => {
    const participantId = await enrol();
    const link = await createLink(participantId);

    const statuses = (await Promise.all([submit(link.url), submit(link.url)])).map((response) => response.status);

    expect(statuses.sort()).toEqual([201, 410]);
    const record = await worker.get<{ measurements: unknown[] }>(`/api/participants/${participantId}`);
    expect(record.measurements).toHaveLength(1);
  });

  it('answers 409 when the wave was measured since the link was made, and appends nothing', async () => {
    const participantId = await enrol();
    const link = await createLink(participantId);
    await worker.post(`/api/participants/${participantId}/measurements`, {
      instrument: 'djg-6',
      wave: 0,
      takenOn: '2026-02-02',
      responses: SCORED_RESPONSES['djg-6'][1]!.responses,
    });

    expect(await refusalOf(() => submit(link.url))).toEqual({
      status: 409,
      code: 'questionnaire-link.already-answered',
      headMoved: false,
    });
  });

  it.each([
    ['an erased participant', (id: string) => worker.delete(`/api/participants/${id}`)],
    [
      'a participant who left for another reason than completion',
      (id: string) => worker.post(`/api/participants/${id}/exit`, { on: '2026-03-01', reason: 'moved' }),
    ],
    [
      'a participant who withdrew consent',
      (id: string) => worker.post(`/api/participants/${id}/consent-withdrawal`, { on: '2026-03-01' }),
    ],
  ])('answers 410 to the link of %s, on the page and to answers, and appends nothing', async (_case, change) => {
    const participantId = await enrol();
    const link = await createLink(participantId);
    await change(participantId);

    const page = await api.http.get(link.url).set('Accept', BROWSER);
    const refusal = await refusalOf(() => submit(link.url));

    expect(page.status).toBe(410);
    expect(refusal).toEqual({ status: 410, code: 'questionnaire-link.closed', headMoved: false });
  });

  it('revokes a link: 410 from then on, a second revocation answers the first, and erasure revokes the open ones', async () => {
    const participantId = await enrol();
    const revokedLink = await createLink(participantId);
    const openLink = await createLink(participantId, { wave: 1 });

    const revoked = await worker.delete<{ id: string; revokedAt: string }>(
      `/api/questionnaire-links/${revokedLink.id}`,
    );
    const again = await worker.delete<{ id: string; revokedAt: string }>(`/api/questionnaire-links/${revokedLink.id}`);
    const refusal = await refusalOf(() => submit(revokedLink.url));
    const { links } = await worker.get<{ links: ListedLink[] }>(
      `/api/participants/${participantId}/questionnaire-links`,
    );

    expect(revoked).toEqual({ id: revokedLink.id, revokedAt: expect.any(String) });
    expect(again).toEqual(revoked);
    expect(refusal).toEqual({ status: 410, code: 'questionnaire-link.closed', headMoved: false });
    expect(links.map(({ id, revokedAt }) => ({ id, revoked: revokedAt !== null }))).toEqual([
      { id: revokedLink.id, revoked: true },
      { id: openLink.id, revoked: false },
    ]);

    await worker.delete(`/api/participants/${participantId}`);
    const linkEvents = await api.app.get(EventStore).readStream(`questionnaire-links-${participantId}`);
    expect(linkEvents.filter((event) => event.type === 'QuestionnaireLinkRevoked').map((event) => event.data)).toEqual([
      expect.objectContaining({ linkId: revokedLink.id, reason: 'revoked-by-organisation' }),
      expect.objectContaining({ linkId: openLink.id, reason: 'participant-erased' }),
    ]);
    const created = linkEvents.filter((event) => event.type === 'QuestionnaireLinkCreated');
    expect(created.map((event) => ({ erased: event.erased, language: event.data['language'] }))).toEqual([
      { erased: true, language: undefined },
      { erased: true, language: undefined },
    ]);
    expect((await submit(openLink.url)).status).toBe(410);
    await worker.get(`/api/participants/${participantId}/questionnaire-links`, 404);
  });

  it('refuses to revoke a used link, and another organisation’s link as if it did not exist', async () => {
    const link = await createLink(await enrol());
    await submit(link.url);
    const admin = RecordingClient.admin(api.http);
    const stranger = admin.as((await admin.createOrganisation('Buurtwerk Zuid')).token);

    const used = await worker.send('delete', `/api/questionnaire-links/${link.id}`);
    const foreign = await stranger.send('delete', `/api/questionnaire-links/${link.id}`);

    expect(used.status).toBe(422);
    expect(used.body).toMatchObject({ code: 'questionnaire-link.used' });
    expect(foreign.status).toBe(404);
  });

  it('shows the form again with a message, and records nothing, when no answer was chosen', async () => {
    const link = await createLink(await enrol());

    const refusal = await refusalOf(() =>
      api.http.post(link.url).set('Accept', BROWSER).type(FORM).send({ lang: 'fr', step: 'review' }),
    );
    const page = await api.http.post(link.url).set('Accept', BROWSER).type(FORM).send({ lang: 'fr', step: 'send' });

    expect(refusal).toEqual({ status: 400, code: undefined, headMoved: false });
    expect(page.status).toBe(400);
    expect(textOf(page.text)).toContain('Répondez à au moins une question.');
    expect(page.text.match(/<fieldset>/g)).toHaveLength(DJG6.items.length);
  });

  it('answers 400 naming the item to a bad answer, and keeps the link open', async () => {
    const link = await createLink(await enrol());
    const responses = [...SCORED_RESPONSES['djg-6'][0]!.responses];
    responses[2] = 'perhaps';

    const refused = await submit(link.url, responses);
    const fixed = await submit(link.url);

    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ details: [expect.objectContaining({ path: 'responses[2]' })] });
    expect(fixed.status).toBe(201);
  });

  it('refuses malformed answers to an open link with 400, appending nothing, and still takes good ones', async () => {
    const link = await createLink(await enrol());
    const sixNulls = [null, null, null, null, null, null];
    const jsonBodies: unknown[] = [
      {},
      { responses: null },
      { responses: 'yes' },
      { responses: {} },
      { responses: [[], {}, true, 1.5, '', 'yes'] },
      { responses: [...SCORED_RESPONSES['djg-6'][0]!.responses, 'yes'] },
      { responses: sixNulls },
      [SCORED_RESPONSES['djg-6'][0]!.responses],
    ];
    const forms = ['item-0=maybe&step=send', 'item-0=yes&item-0=no&step=send', 'item-9=yes&step=send', 'step=send'];

    const refusals = [
      ...(await Promise.all(jsonBodies.map((body) => refusalOf(() => api.http.post(link.url).send(body as object))))),
      ...(await Promise.all(forms.map((form) => refusalOf(() => api.http.post(link.url).type(FORM).send(form))))),
    ];
    const accepted = await submit(link.url);

    expect(refusals.map(({ status, headMoved }) => ({ status, headMoved }))).toEqual(
      refusals.map(() => ({ status: 400, headMoved: false })),
    );
    expect(accepted.status).toBe(201);
  });

  it('answers 400 to a link asked to expire in the past, and 404 to an unknown secret, as a page to a browser', async () => {
    const participantId = await enrol();

    const past = await worker.send('post', `/api/participants/${participantId}/questionnaire-links`, {
      body: { instrument: 'djg-6', wave: 0, language: 'en', expiresOn: '2026-01-01' },
    });
    const unknown = await api.http.get('/q/not-a-secret-anyone-was-given');
    const unknownPage = await api.http.get('/q/not-a-secret-anyone-was-given').set('Accept', BROWSER);

    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ details: [expect.objectContaining({ path: 'expiresOn' })] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    expect(unknownPage.status).toBe(404);
    expect(unknownPage.headers['content-type']).toMatch(/^text\/html/);
  });

  describe('once the link has expired', () => {
    let link: CreatedLink;
    beforeAll(async () => {
      link = await createLink(await enrol());
      // Only the clock moves, 15 days ahead: timers stay real, so the stores work as ever.
      jest.useFakeTimers({
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'requestIdleCallback',
          'cancelIdleCallback',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
      jest.setSystemTime(Date.now() + 15 * DAY_MS);
    });
    afterAll(() => jest.useRealTimers());

    it('answers 410 on the page and to answers, and appends nothing', async () => {
      const page = await api.http.get(link.url).set('Accept', BROWSER);
      const refusal = await refusalOf(() => submit(link.url));

      expect(page.status).toBe(410);
      expect(refusal).toEqual({ status: 410, code: 'questionnaire-link.closed', headMoved: false });
    });
  });
}

describe('Questionnaire links on SQLite', () => {
  questionnaireLinks('sqlite');
});

describeWithPostgres('Questionnaire links on PostgreSQL', () => {
  questionnaireLinks('postgres');
});

describe('The secret of a questionnaire link at rest', () => {
  let api: TestApi;
  afterAll(() => api.close());

  it('is in no file of the data folder, while its hash is', async () => {
    api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    const projectId = await registerProject(worker, ['djg-6']);
    const participant = await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, enrolmentBody());
    const link = await worker.post<CreatedLink>(`/api/participants/${participant.id}/questionnaire-links`, {
      instrument: 'djg-6',
      wave: 0,
      language: 'nl',
    });
    await api.http.get(link.url).set('Accept', BROWSER).expect(200);
    await api.http.post(link.url).send({ responses: SCORED_RESPONSES['djg-6'][0]!.responses }).expect(201);
    const secret = link.url.slice('/q/'.length);
    const hash = createHash('sha256').update(secret, 'utf8').digest('hex');

    expect(filesHolding(api.dataDir, hash)).not.toEqual([]);
    expect(filesHolding(api.dataDir, secret)).toEqual([]);
    api = await api.restart();
    expect(filesHolding(api.dataDir, secret)).toEqual([]);
  });
});

describe('Rate limit of /q/', () => {
  let api: TestApi;
  // A hundredth of RATE_LIMIT_PER_MINUTE per address: 3 here.
  beforeAll(async () => (api = await startTestApi('sqlite', { RATE_LIMIT_PER_MINUTE: '300' })));
  afterAll(() => api.close());

  it('answers 429 with Retry-After past the limit from one address, and leaves /api to its own limit', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 4; request++) {
      statuses.push((await api.http.get(`/q/guess-${request}`)).status);
    }
    const limited = await api.http.post('/q/guess-4').send({ responses: [] });
    const elsewhere = await api.http
      .get('/api/instruments')
      .set('Authorization', api.bearer('test-admin-token-0123456789abcdef0123456789'));

    expect(statuses).toEqual([404, 404, 404, 429]);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(elsewhere.status).toBe(200);
  });
});
