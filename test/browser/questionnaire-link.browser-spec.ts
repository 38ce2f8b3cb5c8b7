/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: it may name the DOM.
import type { AddressInfo } from 'node:net';
import { findInstrument } from '@outcome/instruments';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RecordingClient } from '../e2e/support/recording-client';
import { enrolmentBody, registerProject, SCORED_RESPONSES } from '../e2e/support/recording-fixtures';
import { startTestApi, type TestApi } from '../e2e/support/test-api';
import { fitsTheViewport, launchChromium, screenshot, seriousAccessibilityViolations } from './support/chromium';

const DJG6 = findInstrument('djg-6')!;
const { responses, scores } = SCORED_RESPONSES['djg-6'][0]!;
const PHONE = { width: 375, height: 812 };

/** The French label of the answer with that code. */
const frenchLabel = (code: string | number | null) => DJG6.answers.find((option) => option.code === code)!.label.fr;

describe('A questionnaire link in a real Chromium, on a 375 px phone', () => {
  let api: TestApi;
  let origin: string;
  let worker: RecordingClient;
  let projectId: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    await api.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    const admin = RecordingClient.admin(api.http);
    worker = admin.as((await admin.createOrganisation('Buurtwerk Noord')).token);
    projectId = await registerProject(worker, ['djg-6']);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function newLink(): Promise<{ participantId: string; url: string }> {
    const participantId = (
      await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, enrolmentBody())
    ).id;
    const link = await worker.post<{ url: string }>(`/api/participants/${participantId}/questionnaire-links`, {
      instrument: 'djg-6',
      wave: 0,
      language: 'fr',
    });
    return { participantId, url: `${origin}${link.url}` };
  }

  /** A phone's page with no token, collecting console errors (a Content-Security-Policy refusal is one). */
  async function phonePage(javaScriptEnabled: boolean): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-BE', javaScriptEnabled });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    return { page, problems };
  }

  async function answerEveryItem(page: Page): Promise<void> {
    for (const [index, item] of DJG6.items.entries()) {
      await page
        .getByRole('group', { name: item.text.fr, exact: true })
        .getByRole('radio', { name: frenchLabel(responses[index]!), exact: true })
        .check();
    }
  }

  it('is answered without JavaScript, confirmed, thanked, and then answers 410', async () => {
    const { participantId, url } = await newLink();
    const { page, problems } = await phonePage(false);

    const opened = await page.goto(url);
    expect(opened?.status()).toBe(200);
    await answerEveryItem(page);
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vérifiez vos réponses');
    await screenshot(page, 'questionnaire-link-review-375');
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Merci');
    const thanks = await page.locator('main').innerText();
    const problemsBeforeReopening = [...problems];
    const again = await page.goto(url);

    expect(thanks).not.toMatch(/\d/);
    expect(again?.status()).toBe(410);
    expect(problemsBeforeReopening).toEqual([]);
    const record = await worker.get<{ measurements: { scores: unknown }[] }>(`/api/participants/${participantId}`);
    expect(record.measurements).toEqual([expect.objectContaining({ scores })]);
  });

  it('shows every French item as a radio group named by its text, fits the phone, and has no serious or critical axe violation on any step', async () => {
    const { url } = await newLink();
    const { page, problems } = await phonePage(true);

    await page.goto(url);
    for (const item of DJG6.items) {
      await expect(
        page.getByRole('group', { name: item.text.fr, exact: true }).getByRole('radio').count(),
      ).resolves.toBe(DJG6.answers.length);
    }
    const formViolations = await seriousAccessibilityViolations(page);
    const formFits = await fitsTheViewport(page);
    await screenshot(page, 'questionnaire-link-375');
    await answerEveryItem(page);
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    const reviewViolations = await seriousAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    const thanksViolations = await seriousAccessibilityViolations(page);
    const problemsBeforeReopening = [...problems];
    await page.goto(url);
    const goneViolations = await seriousAccessibilityViolations(page);

    expect({ formViolations, reviewViolations, thanksViolations, goneViolations }).toEqual({
      formViolations: [],
      reviewViolations: [],
      thanksViolations: [],
      goneViolations: [],
    });
    expect(formFits).toBe(true);
    // Chromium logs the 410 of the reopened link as a failed load: the steps before it log nothing.
    expect(problemsBeforeReopening).toEqual([]);
  });

  it('switches language with a plain link', async () => {
    const { url } = await newLink();
    const { page } = await phonePage(false);

    await page.goto(url);
    await page.getByRole('link', { name: 'Nederlands' }).click();

    await expect(page.getByRole('group', { name: DJG6.items[0]!.text.nl, exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
  });
});
