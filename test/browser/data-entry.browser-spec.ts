/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: it may name the DOM.
import type { Browser, Page } from 'playwright-core';
import { type BuiltServer, startBuiltServer } from './support/built-server';
import {
  fitsTheViewport,
  launchChromium,
  openPage,
  screenshot,
  seriousAccessibilityViolations,
  type WatchedPage,
} from './support/chromium';

jest.setTimeout(180_000);

const PROJECT = 'Neighbour help Noord (demo)';
/** An answer to each DJG-6 item, by its code: two emotional "yes", and "more or less" on a social item. */
const ANSWERS = ['yes', 'yes', 'no', 'more-or-less', 'no', 'no'] as const;

interface InstrumentText {
  readonly items: readonly Record<'nl' | 'fr' | 'en', string>[];
  readonly answers: readonly { code: string; label: Record<'nl' | 'fr' | 'en', string> }[];
}

let server: BuiltServer;
let browser: Browser;
let djg6: InstrumentText;
let project: { id: string; startsOn: string };
const pages: WatchedPage[] = [];

async function api<T>(path: string): Promise<T> {
  const answer = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${server.tokens.organisation}` },
  });
  expect(answer.status).toBe(200);
  return (await answer.json()) as T;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  const { instruments } = await api<{ instruments: (InstrumentText & { id: string })[] }>('/api/instruments');
  djg6 = instruments.find((instrument) => instrument.id === 'djg-6')!;
  const { projects } = await api<{ projects: { id: string; name: string; startsOn: string }[] }>('/api/projects');
  project = projects.find((candidate) => candidate.name === PROJECT)!;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  for (const { problems } of pages.splice(0)) expect(problems).toEqual([]);
});

async function watched(options?: Parameters<typeof openPage>[1]): Promise<WatchedPage> {
  const opened = await openPage(browser, options);
  pages.push(opened);
  return opened;
}

/** The browser logs a refused request as a console error: drop exactly the expected ones, keep any other. */
function expectRefusedRequests(watchedPage: WatchedPage, status: number, count: number): void {
  const refused = watchedPage.problems.filter((problem) => problem.includes(`status of ${status}`));
  expect(refused).toHaveLength(count);
  const others = watchedPage.problems.filter((problem) => !problem.includes(`status of ${status}`));
  watchedPage.problems.splice(0, watchedPage.problems.length, ...others);
}

async function signInAsOrganisation(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Access token').fill(server.tokens.organisation);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: PROJECT, exact: true }).first().click();
  await page.getByRole('button', { name: 'Enrol participant' }).waitFor();
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The message shown beside a field: the element its aria-describedby names that holds the refusal. */
async function messageBeside(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const problemId = described.split(' ').find((id) => id.endsWith('-problem'));
  expect(problemId).toBeDefined();
  return (await page.locator(`[id="${problemId}"]`).textContent()) ?? '';
}

describe('recording the work in the dashboard, in Chromium on the built server', () => {
  it('enrols a participant through the form, refuses a baseline dated before the enrolment beside its date, then records it by clicking answers and shows its scores; a questionnaire link made there is answered in French on a phone without a token, once', async () => {
    const watchedPage = await watched();
    const { page } = watchedPage;
    await signInAsOrganisation(page);
    await page.getByRole('button', { name: 'Enrol participant' }).click();
    await page.getByRole('form', { name: 'Enrol a participant' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Reference', { exact: true }).fill('WALK-IN-1');
    await page.getByLabel('Enrolled on').fill(project.startsOn);
    await page.getByLabel('Age band').selectOption('80+');
    await page.getByLabel('Consent given on').fill(project.startsOn);
    await page.getByLabel('living alone').check();
    await page.getByLabel('Name').fill('Mia Peeters');
    await screenshot(page, 'enrolment-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Participant WALK-IN-1', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Record questionnaire' }).click();
    await page.getByLabel('Questionnaire', { exact: true }).selectOption('djg-6');
    await page.getByLabel('Taken on').fill(dayBefore(project.startsOn));
    for (const [index, code] of ANSWERS.entries()) {
      const label = djg6.answers.find((answer) => answer.code === code)!.label.en;
      await page.getByRole('radiogroup', { name: djg6.items[index]!.en }).getByLabel(label, { exact: true }).check();
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'questionnaire-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'before the participant was enrolled' }).waitFor();
    expect(await messageBeside(page, 'Taken on')).toMatch(/before the participant was enrolled/);
    expectRefusedRequests(watchedPage, 422, 1);

    await page.getByLabel('Taken on').fill(project.startsOn);
    await page.getByRole('button', { name: 'Save' }).click();
    const saved = page.getByRole('region', { name: 'Saved. Scores of this questionnaire:' });
    await saved.waitFor();
    // DJG-6: "yes" on an emotional item and "more or less" or "no" on a social one count, so 2 + 1 + 2 = 5.
    await expect(saved.getByText('total: 5 (severely lonely)').count()).resolves.toBe(1);
    await expect(saved.getByText('emotional: 2').count()).resolves.toBe(1);
    await expect(saved.getByText('social: 3').count()).resolves.toBe(1);
    await screenshot(page, 'questionnaire-saved');

    await page.getByRole('button', { name: 'Create questionnaire link' }).click();
    const linkForm = page.getByRole('form', { name: 'Create a questionnaire link' });
    await linkForm.getByLabel('Questionnaire', { exact: true }).selectOption('djg-6');
    await linkForm.getByLabel('Wave', { exact: true }).fill('1');
    await linkForm.getByLabel('Language of the questionnaire').selectOption('fr');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await linkForm.getByRole('button', { name: 'Save' }).click();
    const address = (await page.locator('.made-link code').textContent())!.trim();
    expect(address).toMatch(new RegExp(`^${server.url}/q/\\S+$`));
    await page.getByRole('img', { name: 'QR code of the questionnaire link' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();

    // The participant, on a phone, with no token: the page in French.
    const phone = await watched({ width: 375, height: 812, language: 'fr-BE' });
    const opened = await phone.page.goto(address);
    expect(opened?.status()).toBe(200);
    const answers = ['no', 'no', 'no', 'yes', 'yes', 'yes'] as const;
    for (const [index, code] of answers.entries()) {
      const label = djg6.answers.find((answer) => answer.code === code)!.label.fr;
      await phone.page
        .getByRole('group', { name: djg6.items[index]!.fr, exact: true })
        .getByRole('radio', { name: label, exact: true })
        .check();
    }
    expect(await fitsTheViewport(phone.page)).toBe(true);
    expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'questionnaire-link-phone');
    await phone.page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await phone.page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await expect(phone.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Merci');
    const again = await phone.page.goto(address);
    expect(again?.status()).toBe(410);
    expectRefusedRequests(phone, 410, 1);

    // Back at the organisation: the measurement, scored by the instrument's rules (all "no" on the emotional
    // items and "yes" on the social ones: nothing counts, total 0).
    await page.reload();
    const wave1 = page.getByRole('listitem').filter({ hasText: /djg-6 · Wave 1/ });
    await wave1.waitFor();
    await expect(wave1.getByText('total: 0 (not lonely)').count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: 'Questionnaire links' }).getByText('used').count()).resolves.toBe(1);
  });

  it('lets an organisation log a contact and record an exit, and shows the record', async () => {
    const { page } = await watched();
    await signInAsOrganisation(page);
    await page.getByRole('button', { name: 'Enrol participant' }).click();
    await page.getByLabel('Reference', { exact: true }).fill('WALK-IN-2');
    await page.getByLabel('Enrolled on').fill(project.startsOn);
    await page.getByLabel('Consent given on').fill(project.startsOn);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Participant WALK-IN-2', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Log contact' }).click();
    await page.getByLabel('Date').fill(project.startsOn);
    await page.getByLabel('Minutes').fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/1 contacts, 1\.5 hours of contact/).waitFor();

    await page.getByRole('button', { name: 'Record exit' }).click();
    await page.getByLabel('Left on').fill(project.startsOn);
    await page.getByLabel('Reason').selectOption('moved');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/left on .* \(moved\)/).waitFor();
  });

  it('fits the forms on a 375 px wide phone', async () => {
    const { page } = await watched({ width: 375, height: 812 });
    await signInAsOrganisation(page);
    await page.getByRole('button', { name: 'Enrol participant' }).click();
    await page.getByRole('form', { name: 'Enrol a participant' }).waitFor();
    expect(await fitsTheViewport(page)).toBe(true);
    await screenshot(page, 'phone-enrolment-form');
  });
});
