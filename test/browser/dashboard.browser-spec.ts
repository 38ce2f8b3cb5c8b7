/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: it may name the DOM.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type BuiltServer, startBuiltServer } from './support/built-server';
import {
  ARTEFACTS,
  fitsTheViewport,
  launchChromium,
  openPage,
  screenshot,
  seriousAccessibilityViolations,
  type WatchedPage,
} from './support/chromium';

jest.setTimeout(180_000);

const BUDDY_DUOS = 'Buddy duos (demo)';

let server: BuiltServer;
let browser: Browser;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function watched(options?: Parameters<typeof openPage>[1]): Promise<WatchedPage> {
  const opened = await openPage(browser, options);
  pages.push(opened);
  return opened;
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

function projectLink(page: Page, name: string) {
  return page.getByRole('region', { name: /^(Projects|Projecten|Projets)$/ }).getByRole('link', { name, exact: true });
}

/** The figure in an outcome card's table: the row named `statistic`, the arm's column. */
function outcomeFigure(page: Page, outcome: string, statistic: string) {
  return page
    .getByRole('article', { name: outcome })
    .getByRole('row', { name: new RegExp(`^${statistic}\\b`) })
    .getByRole('cell')
    .first();
}

/** Waits until an outcome card's statistic reads that value (a figure shown stays while its new value loads). */
async function outcomeFigureShows(page: Page, outcome: string, statistic: string, value: number): Promise<void> {
  await page
    .getByRole('article', { name: outcome })
    .getByRole('row', { name: new RegExp(`^${statistic} ${value}\\b`) })
    .waitFor();
}

/** The first row of the measurements due of someone measured before (its last and due dates both shown). */
function measuredBefore(due: Locator): Locator {
  return due
    .getByRole('row')
    .filter({ hasText: /\d{4}.*\d{4}/ })
    .first();
}

/** The last event position the first figure on the page includes, as its "Computed from …" line says. */
async function positionOfTheFirstFigure(page: Page): Promise<number> {
  const line = await page
    .getByText(/Computed from the events up to position \d+/)
    .first()
    .textContent();
  return Number(/position (\d+)/.exec(line ?? '')?.[1]);
}

async function apiCall(method: string, path: string, token: string, body?: object): Promise<Record<string, unknown>> {
  const answer = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(answer.ok).toBe(true);
  return (await answer.json()) as Record<string, unknown>;
}

describe('the dashboard in Chromium, on the built server with the demo dataset', () => {
  afterEach(() => {
    for (const { problems } of pages.splice(0)) expect(problems).toEqual([]);
  });

  it('shows a funder every demo project on a forest plot with its verdict, in English, French and Dutch', async () => {
    const { page } = await watched();
    const started = Date.now();
    await signIn(page, server.tokens.funder);
    const forest = page.getByRole('img', { name: 'Forest plot of effects on djg-6 total', exact: true });
    await forest.locator('svg').waitFor();
    const signedInAndDrawn = Date.now() - started;
    // Page load as a signed-in funder meets it: the overview opened anew, until its first forest plot is drawn.
    await page.reload();
    await forest.locator('svg').waitFor();
    const pageLoad = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        domContentLoadedMs: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
        firstForestPlotDrawnMs: Math.round(performance.now()),
      };
    });
    const report = { ...pageLoad, signInToFirstForestPlotDrawnMs: signedInAndDrawn };
    writeFileSync(join(ARTEFACTS, 'page-load.json'), JSON.stringify(report, null, 2));
    console.log(`dashboard page load with the demo data: ${JSON.stringify(report)}`);

    const table = page.getByRole('table', {
      name: 'The numbers behind the chart: Forest plot of effects on djg-6 total',
    });
    await expect(
      table.getByRole('row', { name: /Neighbour help Noord \(demo\).*scores improved/ }).count(),
    ).resolves.toBe(1);
    await expect(table.getByRole('row', { name: /Group activities \(demo\).*controlled/ }).count()).resolves.toBe(1);
    await expect(
      table.getByRole('row', { name: /Neighbour help Kanaalwijk \(demo\) fewer than 10 participants/ }).count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByText(/regression to the mean/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    for (const domain of ['Loneliness', 'Social isolation', 'Wellbeing', 'Health']) {
      await expect(page.getByRole('heading', { name: domain, level: 2 }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText(/It could have detected a change of d = \d\.\d\d/).count()).resolves.toBeGreaterThan(0);

    const synthesis = page.getByRole('region', { name: 'Pooled across projects' });
    const pooledName = 'before–after change on djg-6 total, pooled across projects';
    await synthesis.getByRole('img', { name: `Forest plot of the ${pooledName}`, exact: true }).waitFor();
    await expect(synthesis.getByRole('row', { name: /^Pooled \(random effects\) -\d\.\d\d/ }).count()).resolves.toBe(1);
    await expect(synthesis.getByText(/Prediction interval: \[/).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'funder-overview-en');
    await synthesis.getByLabel('Show shrunken estimates').check();
    await synthesis.getByRole('img', { name: `Forest plot of the shrunken ${pooledName}`, exact: true }).waitFor();

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Vue d’ensemble de l’impact' }).waitFor();
    await page.getByRole('img', { name: 'Forest plot des effets sur djg-6 total', exact: true }).waitFor();
    const frenchTable = page.getByRole('table', {
      name: 'Les chiffres du graphique : Forest plot des effets sur djg-6 total',
      exact: true,
    });
    await expect(frenchTable.getByRole('cell', { name: /^-\d+,\d\d$/ }).count()).resolves.toBeGreaterThan(0);
    await expect(frenchTable.getByText('scores améliorés').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'funder-overview-fr');

    await page.getByLabel('Langue').selectOption('nl');
    await page.getByRole('heading', { name: 'Overzicht van de impact' }).waitFor();
    const dutchTable = page.getByRole('table', {
      name: 'De cijfers achter de grafiek: Forest plot van de effecten op djg-6 total',
      exact: true,
    });
    await expect(dutchTable.getByRole('cell', { name: /^\[-\d+,\d\d; -\d+,\d\d\]$/ }).count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(dutchTable.getByText('minder dan 10 deelnemers').count()).resolves.toBe(1);

    await page.reload();
    await page.getByRole('heading', { name: 'Overzicht van de impact' }).waitFor();

    await projectLink(page, BUDDY_DUOS).click();
    await page
      .getByRole('img', { name: 'Dosis en effect: verandering op djg-11 total naar uren contact', exact: true })
      .waitFor();
    await expect(
      page
        .getByRole('table', { name: /De cijfers achter de grafiek: Dosis en effect/ })
        .getByRole('row')
        .count(),
    ).resolves.toBeGreaterThan(2);
    await expectAccessible(page);
    await screenshot(page, 'funder-project-nl');
  });

  it('lets an organisation, by keyboard alone, reach the measurements due and a participant’s trajectory', async () => {
    const { page } = await watched();
    await page.goto(server.url);
    await page.getByLabel('Access token').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('password');
    await page.keyboard.type(server.tokens.organisation);
    await page.keyboard.press('Enter');
    await projectLink(page, BUDDY_DUOS).focus();
    await page.keyboard.press('Enter');

    const due = page.getByRole('table', { name: 'Measurements due' });
    await due.waitFor();
    await expect(due.getByRole('row').count()).resolves.toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, 'organisation-project');

    const planning = page.getByRole('region', { name: 'Planning' });
    await planning.getByLabel('Design').selectOption('before-after');
    await planning.getByLabel('Effect size (d)').fill('0.3');
    await planning.getByLabel('Expected drop-out').fill('0.2');
    await planning.getByRole('button', { name: 'Calculate' }).click();
    await planning
      .getByText('To show a before–after change of d = 0.3 with 80% power and 20% drop-out, enrol 113.')
      .waitFor();

    const firstDue = measuredBefore(due).getByRole('link');
    const reference = (await firstDue.textContent())!.trim();
    await firstDue.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Trajectory of ${reference}` }).waitFor();
    await page.getByRole('img', { name: `Scores per wave on djg-11 total for ${reference}` }).waitFor();
    const trajectory = page.getByRole('table', { name: `Trajectory of ${reference}` });
    await expect(trajectory.getByRole('row').count()).resolves.toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, 'organisation-trajectory');
  });

  it('shows an evaluator the events and every figure as it stood at a chosen instant', async () => {
    const { page } = await watched();
    await signIn(page, server.tokens.evaluator);
    await projectLink(page, BUDDY_DUOS).click();
    await page.getByRole('table', { name: 'Event timeline' }).waitFor();
    const enrolled = outcomeFigure(page, 'Outcome on djg-11 total', 'Enrolled');
    const before = Number(await enrolled.textContent());
    expect(before).toBeGreaterThan(0);

    const publishedAt = new Date();
    await new Promise((later) => setTimeout(later, 1_100));
    const projectId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
    const { startsOn } = (await apiCall('GET', `/api/projects/${projectId}`, server.tokens.organisation)) as {
      startsOn: string;
    };
    const { position } = await apiCall('POST', `/api/projects/${projectId}/participants`, server.tokens.organisation, {
      reference: 'ENROLLED-AFTER-PUBLICATION',
      arm: 'intervention',
      enrolledOn: startsOn,
      ageBand: '80+',
      consent: { givenOn: startsOn },
    });
    await apiCall(
      'GET',
      `/api/projects/${projectId}/outcomes?instrument=djg-11&consistentWith=${String(position)}`,
      server.tokens.evaluator,
    );

    await page.reload();
    await page.getByRole('table', { name: 'Event timeline' }).waitFor();
    await outcomeFigureShows(page, 'Outcome on djg-11 total', 'Enrolled', before + 1);

    const livePosition = await positionOfTheFirstFigure(page);
    await page.getByLabel('As of').fill(publishedAt.toISOString().slice(0, 19));
    await page.getByText(/Showing the figures as they stood on/).waitFor();
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('article[aria-label="Outcome on djg-11 total"] tr')].some(
          (row) =>
            row.querySelector('th')?.textContent === 'Enrolled' && row.querySelector('td')?.textContent === expected,
        ),
      String(before),
    );
    expect(await positionOfTheFirstFigure(page)).toBeLessThan(livePosition);
    await expectAccessible(page);
    await screenshot(page, 'evaluator-as-of');

    await page.getByRole('button', { name: 'Now' }).click();
    await outcomeFigureShows(page, 'Outcome on djg-11 total', 'Enrolled', before + 1);
  });

  it('fits every page on a 375 px wide phone', async () => {
    const { page } = await watched({ width: 375, height: 812 });
    await signIn(page, server.tokens.organisation);
    await page.getByRole('img', { name: 'Forest plot of effects on djg-6 total', exact: true }).waitFor();
    expect(await fitsTheViewport(page)).toBe(true);
    await screenshot(page, 'phone-overview');
    await projectLink(page, BUDDY_DUOS).click();
    await page.getByRole('table', { name: 'Measurements due' }).waitFor();
    expect(await fitsTheViewport(page)).toBe(true);
    await screenshot(page, 'phone-project');
    await measuredBefore(page.getByRole('table', { name: 'Measurements due' }))
      .getByRole('link')
      .click();
    await page
      .getByRole('img', { name: /Scores per wave/ })
      .first()
      .waitFor();
    expect(await fitsTheViewport(page)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'phone-trajectory');
  });

  it('lets an administrator register an organisation, issue its token, and revoke it', async () => {
    const watchedPage = await watched();
    const { page } = watchedPage;
    await signIn(page, server.tokens.admin);
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('button', { name: 'Register organisation' }).click();
    await page.getByLabel('Name of the organisation').fill('Buurtwerk Browser');
    await page.getByRole('button', { name: 'Save' }).click();
    const registered = await page.getByText(/^Registered Buurtwerk Browser: its id is /).textContent();
    const organisationId = /its id is (\S+)\.$/.exec(registered ?? '')![1]!;

    await page.getByRole('button', { name: 'Issue token' }).click();
    await page.getByLabel('Organisation id').fill(organisationId);
    await page.getByLabel('Label (optional)').fill('browser coordinator');
    await page.getByRole('button', { name: 'Save' }).click();
    const issued = (await page.locator('.made-link code').textContent())!.trim();
    const tokens = page.getByRole('table', { name: 'Access tokens' });
    await tokens.getByRole('row', { name: /^browser coordinator organisation/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin');

    const revoke = tokens.getByRole('button', { name: 'Revoke the token browser coordinator' });
    await revoke.click();
    await revoke.waitFor({ state: 'detached' });
    const refused = await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${issued}` } });
    expect(refused.status).toBe(401);
  });

  it('keeps the token for the tab only, forgets it on sign-out, and refuses an unknown one', async () => {
    const { page, context } = await watched();
    await signIn(page, server.tokens.funder);
    const otherTab = await context.newPage();
    await otherTab.goto(server.url);
    await otherTab.getByLabel('Access token').waitFor();
    await otherTab.close();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Access token').waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await page.reload();
    await page.getByLabel('Access token').waitFor();

    await page.getByLabel('Access token').fill('not-a-token-of-this-platform');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'This access token is unknown or was revoked.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-refused');
    // The browser logs the refused request's 401 as a console error: that one is expected, any other is not.
    const { problems } = pages[pages.length - 1]!;
    const unexpected = problems.filter((problem) => !problem.includes('status of 401'));
    expect(problems.length - unexpected.length).toBe(1);
    problems.splice(0, problems.length, ...unexpected);
  });
});
